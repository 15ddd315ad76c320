import type { AppContext } from '../context.js';
import type { AnySubscriber, EventSubscriber } from './bus.js';
import type { EventName } from './catalog.js';

/** A subscriber of the app: it receives the app's context (services, clock, playbook, notifier). */
export type AppSubscriber = AnySubscriber<AppContext>;

/** Declares a subscriber with its payload type inferred from the event name. */
export function on<K extends EventName>(event: K, does: string, handle: EventSubscriber<K, AppContext>['handle']): EventSubscriber<K, AppContext> {
  return { event, does, handle };
}

/** Declares a subscriber that handles a `publishAll` batch in one go (and a single event as a batch of one). */
export function onBatch<K extends EventName>(
  event: K,
  does: string,
  handleBatch: NonNullable<EventSubscriber<K, AppContext>['handleBatch']>,
): EventSubscriber<K, AppContext> {
  return { event, does, handle: (trx, payload, ctx) => handleBatch(trx, [payload], ctx), handleBatch };
}
