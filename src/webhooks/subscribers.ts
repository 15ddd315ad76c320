import { EVENT_NAMES, type EventName } from '../core/events/catalog.js';
import type { AppSubscriber } from '../core/events/subscriber.js';
import { onBatch } from '../core/events/subscriber.js';
import { enqueueEvents } from './webhook.service.js';

/**
 * One subscriber per domain event: queues a signed delivery to each webhook subscribed to it. A
 * batch of events (a sweep, an archive call) is queued in one statement.
 */
export const deliverToWebhooks: readonly AppSubscriber[] = EVENT_NAMES.map(
  (event: EventName) =>
    onBatch(event, 'queues a signed delivery to every webhook subscribed to the event', (trx, payloads, ctx) =>
      enqueueEvents(trx, ctx, event, payloads),
    ) as AppSubscriber,
);
