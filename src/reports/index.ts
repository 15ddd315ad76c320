/** 昨日断点清单: open leads and opportunities idle for more than the playbook's hours, grouped and exported, and pushed every working morning. */
import type { CapabilityModule } from '../core/module.js';
import { staleDigestRule } from './stale.digest.js';
import { staleReportRoutes } from './stale.routes.js';

export const reportsModule: CapabilityModule = {
  name: 'reports',
  summary: '断点清单 (stale leads and opportunities): report, Excel export, daily digest',
  routes: staleReportRoutes,
  timeRules: (ctx) => [staleDigestRule(ctx)],
  playbookSections: ['schedules'],
};

export { staleGroups, staleItems, staleThreshold } from './stale.query.js';
