import type { ConfirmationParty, Department, Me } from '../../api/types';
import { can } from '../../state/permissions';

const DEPARTMENTS: Department[] = ['product', 'finance', 'delivery'];
/** The department a user works for, when their role is one. */
const departmentOf = (me: Me): Department | null => (DEPARTMENTS.includes(me.role as Department) ? (me.role as Department) : null);

// The server enforces every rule again; these only decide what the UI offers.
export const collab = {
  /** The contract list and the 「合同」 menu: the sales side's, and product's and finance's (they confirm contracts). */
  seeContracts: (me: Me) => can.writeSales(me) || me.role === 'product' || me.role === 'finance',
  /** Contract pages are linked from confirmation requests and cards, so every role may open one. */
  openContract: () => true,
  writeContracts: (me: Me) => can.writeSales(me),
  seeBoard: (me: Me) => can.writeSales(me) || departmentOf(me) !== null,
  seeGantt: (me: Me) => can.writeSales(me) || departmentOf(me) !== null,
  book: (me: Me) => me.role === 'delivery' || me.role === 'admin',
  seeReport: (me: Me) => me.role !== 'sales',
  managePayments: (me: Me) => me.role === 'finance' || me.role === 'admin',
  decide: (me: Me, party: ConfirmationParty) => me.role === party || me.role === 'admin',
  workCard: (me: Me, department: Department) => me.role === department || me.role === 'admin',
  deliver: (me: Me) => me.role === 'delivery' || me.role === 'admin',
  close: (me: Me) => can.writeSales(me),
  /** Department users only see their own department's cards. */
  ownDepartment: departmentOf,
};

export const DEPARTMENT_KEYS: Department[] = DEPARTMENTS;
export const PARTY_KEYS: ConfirmationParty[] = ['product', 'finance'];
