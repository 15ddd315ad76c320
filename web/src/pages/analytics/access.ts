import type { Role } from '../../types';

// The server enforces the same; these only decide what the UI offers.
export const canSeeContribution = (role: Role) => ['supervisor', 'regional_manager', 'director', 'admin'].includes(role);
export const canSeeRadar = (role: Role) => ['sales', 'supervisor', 'regional_manager', 'director', 'admin'].includes(role);
export const canSeeKpi = canSeeRadar;
export const canSeeHealthAlerts = canSeeRadar;
