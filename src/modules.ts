import { analyticsModule } from './analytics/index.js';
import { appraisalModule } from './appraisal/index.js';
import { authenticityModule } from './authenticity/index.js';
import { chatArchiveModule } from './chat-archive/index.js';
import { collaborationModule } from './collaboration/index.js';
import { contactsModule } from './contacts/index.js';
import { commitmentsModule } from './commitments/index.js';
import { contractsModule } from './contracts/index.js';
import { auditModule, coreModules } from './core/core-modules.js';
import type { CapabilityModule } from './core/module.js';
import { customersModule } from './customers/index.js';
import { devicesModule } from './devices/index.js';
import { fieldModule } from './field/index.js';
import { filesModule } from './files/index.js';
import { followupsModule } from './followups/index.js';
import { healthModule } from './health/index.js';
import { homeModule } from './home/index.js';
import { leadsModule } from './leads/index.js';
import { opportunitiesModule } from './opportunities/index.js';
import { orgModule } from './org/index.js';
import { productsModule } from './products/index.js';
import { quotesModule } from './quotes/index.js';
import { receivablesModule } from './receivables/index.js';
import { renewalsModule } from './renewals/index.js';
import { reportsModule } from './reports/index.js';
import { savedViewsModule } from './saved-views/index.js';
import { tasksModule } from './tasks/index.js';
import { voiceModule } from './voice/index.js';
import { webhooksModule } from './webhooks/index.js';

/**
 * The app, module by module: each brings its routes, time rules, event subscribers and playbook
 * sections (see each folder's index.ts). Order matters in two places: subscribers of one event
 * run in this order inside the publisher's transaction, and the scheduler runs time rules in this
 * order (the audit chainer last, so it links what the other rules wrote in the same tick).
 */
export const modules: readonly CapabilityModule[] = [
  ...coreModules,
  orgModule,
  filesModule,
  leadsModule,
  customersModule,
  contactsModule,
  productsModule,
  opportunitiesModule,
  quotesModule,
  devicesModule,
  followupsModule,
  reportsModule,
  tasksModule,
  contractsModule,
  collaborationModule,
  receivablesModule,
  renewalsModule,
  chatArchiveModule,
  authenticityModule,
  analyticsModule,
  healthModule,
  commitmentsModule,
  appraisalModule,
  fieldModule,
  voiceModule,
  webhooksModule,
  savedViewsModule,
  homeModule,
  auditModule,
];
