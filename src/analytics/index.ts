/**
 * 销售贡献与能力: the 三维贡献模型 (with CSM events credited to reps), the monthly capability radar
 * and the KPI dashboard, all aggregated in SQL. Reads authenticity and health through their modules.
 */
import type { CapabilityModule } from '../core/module.js';
import { analyticsRoutes } from './analytics.routes.js';
import { csmRoutes } from './csm.js';

export const analyticsModule: CapabilityModule = {
  name: 'analytics',
  switch: 'analytics',
  summary: 'Contribution model, capability radar, KPI dashboard; CSM events from the customer-success system',
  routes: (app, ctx) => {
    analyticsRoutes(app, ctx);
    csmRoutes(app, ctx);
  },
  playbookSections: ['contribution', 'kpi'],
  permissions: ['records:write'],
};

export { monthPeriod, type Period } from './period.js';
export { MANAGER_ROLES, repsOf, teamsInReach, type Rep } from './team-scope.js';
export { managerFigures } from './home.js';
