import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { DomainEvents, EventName } from './catalog.js';

/**
 * Domain events inside the transaction. A service that changes state publishes what happened with
 * the transaction it wrote in; every subscriber runs right there, in the same transaction, in the
 * order the modules are listed. A subscriber that throws rolls back the whole write, publisher's
 * part included: either the change and every reaction to it are committed, or none is.
 *
 * Subscribers use only the transaction they are given (on the embedded database a query through
 * the database handle would wait for the connection the transaction holds): read the playbook
 * with `ctx.playbook.active(trx)` and the calendar with `ctx.calendar.current(trx)`.
 *
 * The bus is generic over the context it hands to subscribers (the app's `AppContext`, see
 * `subscriber.ts`), so the context can hold the bus without the two importing each other.
 */
export interface EventSubscriber<K extends EventName, C> {
  event: K;
  /** What the subscriber does, in a few words (listed by `subscribersOf`, and in docs/events.md). */
  does: string;
  handle(trx: Transaction<DB>, payload: DomainEvents[K], ctx: C): Promise<void>;
  /**
   * Optional: handles a batch published with `publishAll` at once (one statement for a sweep's or
   * an import's events), with the same effect as `handle` for each payload in order.
   */
  handleBatch?(trx: Transaction<DB>, payloads: readonly DomainEvents[K][], ctx: C): Promise<void>;
}

export type AnySubscriber<C> = { [K in EventName]: EventSubscriber<K, C> }[EventName];

/** Subscribers publishing each other's events in a loop would never end; this depth stops them. */
const MAX_DEPTH = 8;

interface Registered<C> {
  module: string;
  subscriber: AnySubscriber<C>;
}

export class EventBus<C> {
  private readonly subscribers = new Map<EventName, Registered<C>[]>();
  private readonly depth = new WeakMap<Transaction<DB>, number>();
  private readonly collected = new WeakMap<Transaction<DB>, Map<EventName, unknown[]>>();
  private ctx: C | null = null;

  /** The context handed to every subscriber (set once the app's context exists). */
  bind(ctx: C): void {
    this.ctx = ctx;
  }

  /** Registers a subscriber of a module; returns a function that removes it again. */
  subscribe(module: string, subscriber: AnySubscriber<C>): () => void {
    const entry = { module, subscriber };
    this.subscribers.set(subscriber.event, [...(this.subscribers.get(subscriber.event) ?? []), entry]);
    return () => {
      this.subscribers.set(
        subscriber.event,
        (this.subscribers.get(subscriber.event) ?? []).filter((e) => e !== entry),
      );
    };
  }

  /** Who reacts to an event, in the order they run. */
  subscribersOf(event: EventName): { module: string; does: string }[] {
    return (this.subscribers.get(event) ?? []).map((e) => ({ module: e.module, does: e.subscriber.does }));
  }

  /**
   * The payloads of `event` published on `trx` from now on, filled as they are published (a
   * publisher learns what its subscribers reacted with without reading it back).
   */
  collect<K extends EventName>(trx: Transaction<DB>, event: K): readonly DomainEvents[K][] {
    const byEvent = this.collected.get(trx) ?? new Map<EventName, unknown[]>();
    this.collected.set(trx, byEvent);
    const list = (byEvent.get(event) ?? []) as DomainEvents[K][];
    byEvent.set(event, list);
    return list;
  }

  async publish<K extends EventName>(trx: Transaction<DB>, event: K, payload: DomainEvents[K]): Promise<void> {
    await this.publishAll(trx, event, [payload]);
  }

  /** Publishes one event per payload (a sweep's batch): each subscriber handles them in order. */
  async publishAll<K extends EventName>(trx: Transaction<DB>, event: K, payloads: readonly DomainEvents[K][]): Promise<void> {
    (this.collected.get(trx)?.get(event) as DomainEvents[K][] | undefined)?.push(...payloads);
    const registered = this.subscribers.get(event);
    if (!registered?.length || payloads.length === 0) return;
    if (!this.ctx) throw new Error(`Event ${event} published before the event bus was bound to the app context`);
    const depth = (this.depth.get(trx) ?? 0) + 1;
    if (depth > MAX_DEPTH) throw new Error(`Event ${event} published ${MAX_DEPTH} levels deep: subscribers publish each other's events in a loop`);
    this.depth.set(trx, depth);
    try {
      for (const { subscriber } of [...registered]) {
        const typed = subscriber as EventSubscriber<K, C>;
        if (typed.handleBatch && payloads.length > 1) await typed.handleBatch(trx, payloads, this.ctx);
        else for (const payload of payloads) await typed.handle(trx, payload, this.ctx);
      }
    } finally {
      this.depth.set(trx, depth - 1);
    }
  }
}
