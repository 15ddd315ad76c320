import { randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { sql, type Kysely } from 'kysely';
import type { DatabaseHandle } from './db/connect.js';
import type { DB } from './db/schema.js';

/**
 * What every app node must learn at once: `auth` (a user, team, token or session changed: forget
 * cached callers), `playbook` (a new version was published), `clock` (the time machine moved).
 */
export type ClusterTopic = 'auth' | 'playbook' | 'clock';

const CHANNEL = 'spm_cluster';
const RECONNECT_MS = 1000;

/** Handlers of the embedded database's nodes (apps of one process on one database): in-process delivery. */
const local = new WeakMap<object, Set<ClusterSignals>>();

/**
 * Invalidations between app nodes. On PostgreSQL through LISTEN/NOTIFY: `publish` with a
 * transaction sends its NOTIFY on COMMIT (nothing if it rolls back), and every node, this one
 * included, hears it within milliseconds. On the embedded database there is one process: the
 * signal goes to the handlers of every app on that database in-process.
 *
 * A node that loses its listening connection treats every topic as changed (it may have missed
 * signals) and listens again.
 */
export class ClusterSignals {
  readonly node = randomBytes(6).toString('hex');
  private readonly handlers = new Map<ClusterTopic, Set<(data: unknown) => void>>();
  private listener: { close(): Promise<void> } | null = null;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;

  private constructor(
    private readonly database: DatabaseHandle,
    private readonly log: Pick<FastifyBaseLogger, 'warn'>,
  ) {}

  static async start(database: DatabaseHandle, log: Pick<FastifyBaseLogger, 'warn'>): Promise<ClusterSignals> {
    const signals = new ClusterSignals(database, log);
    if (database.listen) await signals.connect();
    else {
      const peers = local.get(database.db) ?? new Set<ClusterSignals>();
      local.set(database.db, peers);
      peers.add(signals);
    }
    return signals;
  }

  /** Calls `handler` whenever a node (this one included) signals `topic`; returns a function that stops it. */
  on(topic: ClusterTopic, handler: (data: unknown) => void): () => void {
    const set = this.handlers.get(topic) ?? new Set();
    this.handlers.set(topic, set);
    set.add(handler);
    return () => set.delete(handler);
  }

  /**
   * Tells every node. With `db` a transaction, the other nodes hear it when it commits; this node's
   * handlers run at once (call it after the change is visible, or inside the transaction that makes it).
   */
  async publish(topic: ClusterTopic, data: unknown = null, db: Kysely<DB> = this.database.db): Promise<void> {
    if (!this.database.listen) {
      for (const peer of local.get(this.database.db) ?? []) peer.deliver(topic, data);
      return;
    }
    this.deliver(topic, data);
    await sql`select pg_notify(${CHANNEL}, ${JSON.stringify({ node: this.node, topic, data })})`.execute(db);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    local.get(this.database.db)?.delete(this);
    await this.listener?.close();
    this.listener = null;
  }

  private deliver(topic: ClusterTopic, data: unknown): void {
    for (const handler of this.handlers.get(topic) ?? []) {
      try {
        handler(data);
      } catch (error) {
        this.log.warn({ err: error, topic }, 'cluster signal handler failed');
      }
    }
  }

  private async connect(): Promise<void> {
    try {
      this.listener = await this.database.listen!(
        CHANNEL,
        (payload) => {
          try {
            const message = JSON.parse(payload) as { node: string; topic: ClusterTopic; data: unknown };
            if (message.node !== this.node) this.deliver(message.topic, message.data);
          } catch {
            this.log.warn({ payload }, 'unreadable cluster signal');
          }
        },
        (error) => this.lost(error),
      );
    } catch (error) {
      this.lost(error as Error);
    }
  }

  private lost(error?: Error): void {
    if (this.closed || this.retry) return;
    this.log.warn({ err: error }, 'lost the cluster-signal connection; listening again (every cache is dropped meanwhile)');
    this.listener = null;
    for (const topic of ['auth', 'playbook', 'clock'] as const) this.deliver(topic, null);
    this.retry = setTimeout(() => {
      this.retry = null;
      if (!this.closed) void this.connect();
    }, RECONNECT_MS);
    this.retry.unref();
  }
}
