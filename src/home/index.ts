/**
 * 工作台: each role's home page in one answer — what the article wants each person to see first
 * (a rep's queue, a supervisor's team work and flags, the managers' figures and 协作堵点看板,
 * finance's and product's 待我确认). It owns no data: it composes the other capabilities' public
 * queries, each in the caller's scope.
 */
import type { CapabilityModule } from '../core/module.js';
import { homeRoutes } from './home.routes.js';

export const homeModule: CapabilityModule = {
  name: 'home',
  summary: 'Role home pages composed from the other capabilities’ queries, in the caller’s scope',
  routes: homeRoutes,
};
