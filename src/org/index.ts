/** 组织: teams (region, supervisor, parent team), users and their roles, and each team's Feishu/WeCom/e-mail channels. */
import type { CapabilityModule } from '../core/module.js';
import { teamChannelRoutes } from './channels.routes.js';
import { setupRoutes } from './setup.routes.js';
import { teamRoutes } from './teams.routes.js';
import { userRoutes } from './users.routes.js';

export const orgModule: CapabilityModule = {
  name: 'org',
  summary: 'Teams, users and roles, team notification channels',
  routes: (app, ctx) => {
    teamRoutes(app, ctx);
    userRoutes(app, ctx);
    teamChannelRoutes(app, ctx);
    setupRoutes(app, ctx);
  },
  permissions: ['org:manage'],
};
