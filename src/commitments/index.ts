/**
 * 服务承诺与交付视图: the SLA commitments sales made to a customer (response and on-site time,
 * uptime, free services such as 免费部署), installation-environment photos (uploaded through the
 * files capability), and delivery's read-only customer view (交付团队只读权限).
 */
import type { CapabilityModule } from '../core/module.js';
import { commitmentRoutes } from './commitments.routes.js';

export const commitmentsModule: CapabilityModule = {
  name: 'commitments',
  summary: 'SLA commitments, installation-environment photos and delivery’s read-only customer view',
  routes: commitmentRoutes,
  permissions: ['records:write'],
};
