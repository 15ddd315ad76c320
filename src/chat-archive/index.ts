/**
 * 会话存档: the WeCom chat archive. Whatever runs WeCom's SDK (a sidecar at the customer's site, or
 * `npm run wecom:ingest`) posts the decrypted records; they are masked before anything is stored,
 * linked to customers and reps through the identity mappings, tagged with the customer's concerns
 * (客户关注点), and kept for the playbook's retention. A contact's `disagree` purges what was stored
 * of them.
 */
import type { CapabilityModule } from '../core/module.js';
import { concernRoutes } from './concerns.routes.js';
import { integrationRoutes } from './integration.routes.js';
import { retentionRule } from './retention.rules.js';
import { mapContactExternalId } from './subscribers.js';

export const chatArchiveModule: CapabilityModule = {
  name: 'chat-archive',
  switch: 'chatArchive',
  summary: 'WeCom chat archive: masked messages and media, identities, consent, retention, the customer-concern heat map and blind spots',
  routes: (app, ctx) => {
    integrationRoutes(app, ctx);
    concernRoutes(app, ctx);
  },
  timeRules: (ctx) => [retentionRule(ctx)],
  subscribers: [mapContactExternalId],
  publishes: ['chat.concern_raised'],
  playbookSections: ['chatArchive', 'concerns'],
  permissions: ['integrations:manage'],
};

export { directSink, httpSink, parseIngestArgs, runIngest, summaryLines, type IngestSink, type IngestTotals } from './ingest-cli.js';
export { conversationAround, followupsWithoutChatEvidence, type MissingChatEvidence } from './evidence.js';
export { type ConversationItem } from './conversation.js';
export { chatMessageSchema } from './concerns.routes.js';
export { concernTagger, type ConcernTagger } from './concerns.js';
