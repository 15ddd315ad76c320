import { auditChainRule, auditRoutes } from './audit/routes.js';
import { authRoutes } from './auth/routes.js';
import { tokenRoutes } from './auth/tokens.routes.js';
import { calendarRoutes } from './calendar/routes.js';
import type { CapabilityModule } from './module.js';
import { notificationRoutes } from './notifications/routes.js';
import { playbookRoutes } from './playbook/routes.js';
import { schedulerRoutes } from './scheduler/routes.js';
import { importRoutes, importWorkerRule } from './import/routes.js';

/** The platform's own routes and rules, shaped like capability modules so the manifest lists them too. */
export const coreModules: CapabilityModule[] = [
  { name: 'auth', summary: 'Sign-in, sessions and the caller (/auth, /me)', routes: authRoutes },
  { name: 'tokens', summary: 'API tokens acting as a user, limited to read/write scopes', routes: tokenRoutes, permissions: ['tokens:manage'] },
  {
    name: 'playbook',
    summary: 'The versioned, validated playbook document; the vocabulary every capability shares',
    routes: playbookRoutes,
    permissions: ['playbook:edit'],
    playbookSections: ['name', 'stages', 'fields', 'channels', 'valueTags', 'fileKinds', 'regions', 'productLines', 'leadSources', 'thresholds', 'modules'],
  },
  {
    name: 'calendar',
    summary: 'Working-day calendar: official holidays and 调休, company overrides',
    routes: calendarRoutes,
    permissions: ['calendar:manage'],
  },
  { name: 'notifications', summary: 'Inbox, delivery log and the outbox to Feishu, WeCom and e-mail', routes: notificationRoutes },
  {
    name: 'imports',
    summary: 'Spreadsheet imports as background jobs: template, mapping, preview, progress, error report',
    routes: importRoutes,
    timeRules: (ctx) => [importWorkerRule(ctx)],
  },
  {
    name: 'scheduler',
    summary: 'Declared time rules and their last runs; the time machine (TIME_MACHINE=1)',
    routes: schedulerRoutes,
    permissions: ['system:operate'],
  },
];

/**
 * The audit log. Listed last in the manifest: its time rule links into the hash chain the entries
 * every other rule queued in the same tick.
 */
export const auditModule: CapabilityModule = {
  name: 'audit',
  summary: 'Hash-chained audit log: reading, verification, and the chainer',
  routes: auditRoutes,
  timeRules: (ctx) => [auditChainRule(ctx)],
  permissions: ['audit:read', 'audit:verify'],
};
