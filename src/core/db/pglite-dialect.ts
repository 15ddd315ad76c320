import type { PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import { databaseUse, type DatabaseUse } from './request-use.js';

/**
 * PGlite is a single database session. If two requests shared it freely, a query of one request
 * would run inside another request's open transaction and be rolled back with it. The driver
 * therefore hands out the one connection to one holder at a time: a transaction keeps it from
 * BEGIN to COMMIT/ROLLBACK and everyone else waits in line.
 *
 * Request-level fairness: a request that has already had the connection once (its sign-in look-up,
 * its transaction) goes ahead of requests that have not started yet when it asks again, so a
 * request's statements are served together instead of each waiting behind every request that
 * arrived meanwhile (with 50 concurrent requests, a follow-up used to queue behind the others at
 * every one of its round trips).
 */
const STUCK_WARNING_MS = 15_000;
export const SELF_DEADLOCK =
  'a query through the database handle was issued inside a transaction of the same unit of work: on the embedded database it would wait forever for the connection that transaction holds (pass the transaction instead)';

class ConnectionLock {
  private held = false;
  /** The unit of work (request, time rule) holding the connection, and whether it holds it for a transaction. */
  holder: { use: DatabaseUse | undefined; inTransaction: boolean } | null = null;
  /** Requests already under way, then newcomers; each served in arrival order. */
  private readonly resuming: Array<() => void> = [];
  private readonly arriving: Array<() => void> = [];
  /** Holders and waiters (for the pool metrics): the one connection is in use when > 0. */
  queued = 0;

  acquire(use: DatabaseUse | undefined): Promise<() => void> {
    this.queued += 1;
    const resuming = (use?.acquisitions ?? 0) > 0;
    return new Promise((resolve) => {
      const grant = () => {
        this.held = true;
        this.holder = { use, inTransaction: false };
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          this.queued -= 1;
          this.held = false;
          this.holder = null;
          this.next();
        });
      };
      if (!this.held) grant();
      else (resuming ? this.resuming : this.arriving).push(grant);
    });
  }

  private next(): void {
    const grant = this.resuming.shift() ?? this.arriving.shift();
    grant?.();
  }
}

/** Use of the embedded database's one connection: the same shape as a pool's. */
export interface PoolUse {
  size: number;
  inUse: number;
  waiting: number;
}

class PGliteConnection implements DatabaseConnection {
  constructor(
    private readonly pg: PGlite,
    readonly release: () => void,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.pg.query<R>(query.sql, query.parameters as unknown[], { rowMode: 'object' });
    return {
      rows: result.rows,
      numAffectedRows: result.affectedRows === undefined ? undefined : BigInt(result.affectedRows),
    };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming queries are not supported on the embedded database');
  }
}

class PGliteDriver implements Driver {
  constructor(
    private readonly pg: PGlite,
    private readonly lock: ConnectionLock,
  ) {}

  async init(): Promise<void> {
    await this.pg.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    // A query through the database handle inside a transaction callback would wait for the
    // connection that very transaction holds, forever, and with it every other request. When the
    // waiting unit of work is the one whose transaction holds the connection, fail at once instead.
    const use = databaseUse();
    if (use && this.lock.holder?.use === use && this.lock.holder.inTransaction) throw new Error(SELF_DEADLOCK);
    const stuck = setTimeout(
      () =>
        console.warn(
          `[pglite] waited ${STUCK_WARNING_MS / 1000} s for the embedded database connection: is a query using the database handle inside a transaction (use the transaction instead)?`,
        ),
      STUCK_WARNING_MS,
    );
    stuck.unref();
    try {
      const release = await this.lock.acquire(use);
      return new PGliteConnection(this.pg, release);
    } finally {
      clearTimeout(stuck);
    }
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const isolation = settings.isolationLevel ? ` isolation level ${settings.isolationLevel}` : '';
    const access = settings.accessMode ? ` ${settings.accessMode}` : '';
    await connection.executeQuery(CompiledQuery.raw(`begin${isolation}${access}`));
    if (this.lock.holder) this.lock.holder.inTransaction = true;
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
    if (this.lock.holder) this.lock.holder.inTransaction = false;
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
    if (this.lock.holder) this.lock.holder.inTransaction = false;
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as PGliteConnection).release();
  }

  async destroy(): Promise<void> {
    if (!this.pg.closed) await this.pg.close();
  }
}

export class SerialPGliteDialect implements Dialect {
  private readonly lock = new ConnectionLock();

  constructor(private readonly pg: PGlite) {}

  poolUse(): PoolUse {
    return { size: 1, inUse: Math.min(1, this.lock.queued), waiting: Math.max(0, this.lock.queued - 1) };
  }

  createAdapter(): DialectAdapter {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PGliteDriver(this.pg, this.lock);
  }
  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }
  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }
}
