/**
 * 续约: the time rule that creates a renewal opportunity for the customer's owner before a
 * contract ends (exactly once), renewal links between opportunities and contracts, and the
 * renewal rate and average renewal amount per rep, team and month.
 */
import type { CapabilityModule } from '../core/module.js';
import { renewalRoutes } from './renewals.routes.js';
import { renewalOpportunityRule } from './renewals.service.js';

export const renewalsModule: CapabilityModule = {
  name: 'renewals',
  summary: 'Renewal opportunities before contracts end, renewal links, renewal rate and average renewal amount',
  routes: renewalRoutes,
  timeRules: (ctx) => [renewalOpportunityRule(ctx)],
  playbookSections: ['renewals'],
  permissions: ['records:write'],
};

export { endingContracts } from './renewals.query.js';
export { renewalGroups, renewalRate } from './renewal-stats.js';
