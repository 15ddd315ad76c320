import { EVENT_NAMES, type EventName } from '../core/events/catalog.js';
import type { AppSubscriber } from '../core/events/subscriber.js';
import { on } from '../core/events/subscriber.js';
import { enqueueEvent } from './webhook.service.js';

/** One subscriber per domain event: queues a signed delivery to each webhook subscribed to it. */
export const deliverToWebhooks: readonly AppSubscriber[] = EVENT_NAMES.map(
  (event: EventName) =>
    on(event, 'queues a signed delivery to every webhook subscribed to the event', (trx, payload, ctx) =>
      enqueueEvent(trx, ctx, event, payload),
    ) as AppSubscriber,
);
