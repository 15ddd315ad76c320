/**
 * 商机: opportunities on the playbook's pipeline, and the stage gate (阶段必填字段锁) every stage
 * change passes (`stage-gate.ts`, pure). Publishes `opportunity.stage_changed`.
 */
import type { CapabilityModule } from '../core/module.js';
import { forecastRoutes } from './forecast.routes.js';
import { opportunityRoutes } from './opportunities.routes.js';
import { opportunityImpact } from './playbook-impact.js';
import { touchOpportunityOnFollowup } from './subscribers.js';

export const opportunitiesModule: CapabilityModule = {
  name: 'opportunities',
  summary: 'Opportunities on the pipeline, list and kanban, and the stage gate on every stage change',
  routes: (app, ctx) => {
    opportunityRoutes(app, ctx);
    forecastRoutes(app, ctx);
  },
  subscribers: [touchOpportunityOnFollowup],
  publishes: ['opportunity.stage_changed'],
  playbookSections: ['rules', 'forecast'],
  permissions: ['records:write'],
  playbookImpact: opportunityImpact,
};

export { assertContractStageRules, findVisibleOpportunity, insertOpportunity } from './opportunity.service.js';
export { opportunitySchema, toOpportunity } from './opportunity.model.js';
