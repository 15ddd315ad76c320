/**
 * 跨部门协作: the product, finance and delivery task cards a submitted contract gets (it subscribes
 * to `contract.submitted`), their working-day SLAs and overdue alerts, credit checks, payment
 * anomalies that freeze contracts, delivery engineers and their bookings, and the monthly
 * 协作堵点分析报告.
 */
import type { CapabilityModule } from '../core/module.js';
import { cardRoutes } from './cards.routes.js';
import { cardSlaRules } from './cards.rules.js';
import { creditRoutes } from './credit.js';
import { engineerRoutes } from './engineers.routes.js';
import { paymentRoutes } from './payments.js';
import { collaborationReportRoutes, collaborationReportRule } from './report.routes.js';
import { createCardsOnSubmission, pauseCardsOnFreeze, resumeCardsOnUnfreeze } from './subscribers.js';

export const collaborationModule: CapabilityModule = {
  name: 'collaboration',
  switch: 'collaboration',
  summary: 'Task cards for product, finance and delivery with working-day SLAs, credit checks, payment freeze, engineers, monthly report',
  routes: (app, ctx) => {
    cardRoutes(app, ctx);
    creditRoutes(app, ctx);
    paymentRoutes(app, ctx);
    collaborationReportRoutes(app, ctx);
    engineerRoutes(app, ctx);
  },
  timeRules: (ctx) => [...cardSlaRules(ctx), collaborationReportRule(ctx)],
  subscribers: [createCardsOnSubmission, pauseCardsOnFreeze, resumeCardsOnUnfreeze],
  publishes: ['card.overdue', 'payment_anomaly.created', 'payment_anomaly.resolved'],
  playbookSections: ['collaboration'],
};
export { raiseAnomaly } from './payments.js';
export { openCardsFor, overdueByDepartment } from './home.js';
export { cardView as taskCardSchema } from './cards.routes.js';
