import type { Role } from './types';

export const ALL_ROLES: Role[] = ['sales', 'supervisor', 'regional_manager', 'director', 'product', 'delivery', 'finance', 'admin'];

const SELLING: Role[] = ['sales', 'supervisor', 'regional_manager', 'director', 'admin'];

// The server enforces scope on every call; these only decide what the UI offers.
export const can = {
  seeLeads: (role: Role) => SELLING.includes(role),
  seeOpportunities: (role: Role) => SELLING.includes(role),
  seeCustomers: (role: Role) => SELLING.includes(role) || role === 'delivery' || role === 'product' || role === 'finance',
  writeCustomers: (role: Role) => SELLING.includes(role),
  writeSales: (role: Role) => SELLING.includes(role),
  assignLeads: (role: Role) => ['supervisor', 'regional_manager', 'director', 'admin'].includes(role),
  editPlaybook: (role: Role) => role === 'admin' || role === 'director',
  admin: (role: Role) => role === 'admin',
  seeQueue: (role: Role) => SELLING.includes(role),
  seeTeamQueue: (role: Role) => ['supervisor', 'regional_manager', 'director', 'admin'].includes(role),
  seeStaleReport: (role: Role) => SELLING.includes(role),
  manageCalendar: (role: Role) => role === 'admin' || role === 'director',
};
