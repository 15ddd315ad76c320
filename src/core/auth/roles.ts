import { z } from 'zod';

export const ROLES = ['sales', 'supervisor', 'regional_manager', 'director', 'product', 'delivery', 'finance', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES).meta({ id: 'Role', description: 'What a user may do and how far their reads reach' });

export const PERMISSIONS = [
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
  'integrations:manage',
  'products:write',
  'quotes:approve',
] as const;
export type Permission = (typeof PERMISSIONS)[number];
export const permissionSchema = z.enum(PERMISSIONS).meta({ id: 'Permission', description: 'Something a role may do beyond reading its scope' });

const grants: Record<Role, Permission[]> = {
  sales: ['records:write'],
  supervisor: ['records:write', 'leads:assign', 'leads:import', 'quotes:approve'],
  regional_manager: ['records:write', 'leads:assign', 'leads:import', 'quotes:approve'],
  director: ['records:write', 'leads:assign', 'leads:import', 'playbook:edit', 'audit:read', 'calendar:manage', 'quotes:approve'],
  product: ['products:write'],
  delivery: [],
  finance: [],
  admin: [...PERMISSIONS],
};

export function can(role: Role, permission: Permission): boolean {
  return grants[role].includes(permission);
}

/** What the role may do, in the order of PERMISSIONS (GET /me tells the web client). */
export function permissionsOf(role: Role): Permission[] {
  return PERMISSIONS.filter((permission) => grants[role].includes(permission));
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
