import type { FastifyBaseLogger, FastifyInstance, RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Clock } from './clock.js';
import type { AppConfig } from './config.js';
import type { Database } from './db/connect.js';
import type { ReadReplica } from './db/replica.js';
import type { PlaybookService } from './playbook/service.js';
import type { CalendarService } from './calendar/calendar.service.js';
import type { Notifier } from './notifications/notifier.js';
import type { OutboxWorker } from './notifications/outbox-worker.js';
import type { Scheduler } from './scheduler/scheduler.js';
import type { EventBus } from './events/bus.js';
import type { AnchorStore } from './audit/anchors.js';
import type { ClusterSignals } from './cluster.js';

/** What every capability receives: the core services, never another capability. */
export interface AppContext {
  db: Database;
  /** The read replica (DATABASE_READ_URL) for reports and analytics, if configured: reach it through `readContext`. */
  replica: ReadReplica | null;
  dbKind: 'pglite' | 'postgres';
  clock: Clock;
  config: AppConfig;
  playbook: PlaybookService;
  log: FastifyBaseLogger;
  calendar: CalendarService;
  scheduler: Scheduler;
  notifier: Notifier;
  outbox: OutboxWorker;
  /** Domain events: services publish inside their transaction, modules' subscribers react in it. */
  events: EventBus<AppContext>;
  /** Signed audit anchors written outside the database. */
  anchors: AnchorStore;
  /** Invalidations every app node hears at once (LISTEN/NOTIFY on PostgreSQL). */
  signals: ClusterSignals;
}

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;
