import { z } from 'zod';
import { EVENT_NAMES } from '../core/events/catalog.js';

/**
 * What a webhook can subscribe to: every domain event (docs/events.md documents each payload,
 * which is the delivery's `data`).
 */
export const WEBHOOK_EVENTS = EVENT_NAMES;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const webhookEventSchema = z
  .enum(WEBHOOK_EVENTS)
  .meta({ id: 'WebhookEventType', description: 'A domain event type; its payload is documented in docs/events.md' });
