/**
 * 客户健康度: a health score per customer from recency, NPS, renewal status and open complaints,
 * and three alert sweeps that each create one remedial task (and publish `customer.health_alert`).
 */
import type { CapabilityModule } from '../core/module.js';
import { healthRoutes } from './health.routes.js';
import { healthRules } from './health.rules.js';

export const healthModule: CapabilityModule = {
  name: 'health',
  summary: 'Customer health score, NPS, complaints, and the alerts that create remedial tasks',
  routes: healthRoutes,
  timeRules: healthRules,
  publishes: ['customer.health_alert'],
  playbookSections: ['health', 'complaints'],
  permissions: ['records:write'],
};

export { complaintSchema, recordNps, toComplaint, visibleCustomer } from './health.routes.js';
export { loadHealth } from './health.query.js';
