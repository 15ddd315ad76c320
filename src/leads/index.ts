/**
 * 线索: leads from the API, the UI and .xlsx/.csv imports; the pool with round-robin assignment,
 * claiming and recycling; the golden response time (黄金响应时效) with its warning and
 * escalations; conversion into a customer (and opportunity).
 */
import type { CapabilityModule } from '../core/module.js';
import { leadRoutes } from './leads.routes.js';
import { leadPoolRules } from './pool.rules.js';
import { leadSlaRules } from './sla.rules.js';
import { leadImpact, replanDeadlines } from './sla-replan.js';
import { touchLeadOnFollowup } from './subscribers.js';
import { leadImporter } from './import.js';

export const leadsModule: CapabilityModule = {
  name: 'leads',
  summary: 'Leads, import, the pool and its assignment, the golden response time, conversion',
  routes: leadRoutes,
  timeRules: (ctx) => [...leadSlaRules(ctx), ...leadPoolRules(ctx)],
  subscribers: [touchLeadOnFollowup],
  importers: [leadImporter],
  publishes: ['lead.created', 'lead.assigned', 'lead.sla_breached'],
  playbookSections: ['sla', 'assignment'],
  permissions: ['records:write', 'leads:assign', 'leads:import'],
  playbookImpact: leadImpact,
  playbookPublished: replanDeadlines,
};

export { OPEN_LEAD_STATUSES } from './lead.model.js';
export { responseDeadline, secondEscalationAt } from './sla.js';
