/**
 * Outgoing webhooks: integrators subscribe URLs to domain events; every event is queued inside
 * the publisher's transaction and delivered by the outbox, signed (HMAC-SHA256), retried with
 * backoff, logged per attempt and replayable. Targets on internal addresses are refused.
 */
import type { CapabilityModule } from '../core/module.js';
import { deliverToWebhooks } from './subscribers.js';
import { webhookRoutes } from './webhooks.routes.js';

export const webhooksModule: CapabilityModule = {
  name: 'webhooks',
  summary: 'Outgoing webhooks: signed deliveries of domain events with retries, a delivery log and replay',
  routes: webhookRoutes,
  subscribers: deliverToWebhooks,
  permissions: ['webhooks:manage'],
};
