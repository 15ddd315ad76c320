import type { Role } from '../../types';
import type { Department, Party } from '../../types.collaboration';

const SELLING: Role[] = ['sales', 'supervisor', 'regional_manager', 'director', 'admin'];
const DEPARTMENTS: Role[] = ['product', 'finance', 'delivery'];

// The server enforces every rule again; these only decide what the UI offers.
export const collab = {
  /** The contract list and the 「合同」 menu are the sales side's. */
  seeContracts: (role: Role) => SELLING.includes(role),
  /** Contract pages are linked from confirmation requests and cards, so every role may open one. */
  openContract: () => true,
  writeContracts: (role: Role) => SELLING.includes(role),
  seeBoard: (role: Role) => SELLING.includes(role) || DEPARTMENTS.includes(role),
  seeGantt: (role: Role) => SELLING.includes(role) || DEPARTMENTS.includes(role),
  book: (role: Role) => role === 'delivery' || role === 'admin',
  seeReport: (role: Role) => role !== 'sales',
  managePayments: (role: Role) => role === 'finance' || role === 'admin',
  decide: (role: Role, party: Party) => role === party || role === 'admin',
  workCard: (role: Role, department: Department) => role === department || role === 'admin',
  deliver: (role: Role) => role === 'delivery' || role === 'admin',
  close: (role: Role) => SELLING.includes(role),
  /** Department users only see their own department's cards. */
  ownDepartment: (role: Role): Department | null => (DEPARTMENTS.includes(role) ? (role as Department) : null),
};

export const DEPARTMENT_KEYS: Department[] = ['product', 'finance', 'delivery'];
export const PARTY_KEYS: Party[] = ['product', 'finance'];
