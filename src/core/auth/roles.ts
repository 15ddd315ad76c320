import { z } from 'zod';

export const ROLES = ['sales', 'supervisor', 'regional_manager', 'director', 'product', 'delivery', 'finance', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES).meta({ id: 'Role', description: 'What a user may do and how far their reads reach' });

export type Permission =
  | 'org:manage'
  | 'tokens:manage'
  | 'playbook:edit'
  | 'audit:read'
  | 'audit:verify'
  | 'records:write'
  | 'leads:assign'
  | 'leads:import'
  | 'calendar:manage'
  | 'system:operate'
  | 'webhooks:manage';

const grants: Record<Role, Permission[]> = {
  sales: ['records:write'],
  supervisor: ['records:write', 'leads:assign', 'leads:import'],
  regional_manager: ['records:write', 'leads:assign', 'leads:import'],
  director: ['records:write', 'leads:assign', 'leads:import', 'playbook:edit', 'audit:read', 'calendar:manage'],
  product: [],
  delivery: [],
  finance: [],
  admin: [
    'org:manage',
    'tokens:manage',
    'playbook:edit',
    'audit:read',
    'audit:verify',
    'records:write',
    'leads:assign',
    'leads:import',
    'calendar:manage',
    'system:operate',
    'webhooks:manage',
  ],
};

export function can(role: Role, permission: Permission): boolean {
  return grants[role].includes(permission);
}

/** How far a role's reads reach. Departments outside sales read without writing. */
export type ScopeKind = 'own' | 'team' | 'region' | 'all';
export const scopeKindSchema = z
  .enum(['own', 'team', 'region', 'all'])
  .meta({ id: 'DataScopeKind', description: 'own records, the teams led or belonged to (and below), a region, or everything' });

export function scopeKindOf(role: Role): ScopeKind {
  switch (role) {
    case 'sales':
      return 'own';
    case 'supervisor':
      return 'team';
    case 'regional_manager':
    case 'delivery':
      return 'region';
    default:
      return 'all';
  }
}
