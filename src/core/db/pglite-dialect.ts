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

/**
 * PGlite is a single database session. If two requests shared it freely, a query of one request
 * would run inside another request's open transaction and be rolled back with it. The driver
 * therefore hands out the one connection to one holder at a time: a transaction keeps it from
 * BEGIN to COMMIT/ROLLBACK and everyone else waits in line.
 */
const STUCK_WARNING_MS = 15_000;

class ConnectionLock {
  private tail: Promise<void> = Promise.resolve();
  /** Holders and waiters (for the pool metrics): the one connection is in use when > 0. */
  queued = 0;

  acquire(): Promise<() => void> {
    let release!: () => void;
    this.queued += 1;
    const held = new Promise<void>((resolve) => (release = resolve));
    const granted = this.tail.then(() => () => {
      this.queued -= 1;
      release();
    });
    this.tail = this.tail.then(() => held);
    return granted;
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
    // A query through the database handle inside a transaction callback waits for the connection
    // that very transaction holds, forever. Say so instead of hanging silently.
    const stuck = setTimeout(
      () =>
        console.warn(
          `[pglite] waited ${STUCK_WARNING_MS / 1000} s for the embedded database connection: is a query using the database handle inside a transaction (use the transaction instead)?`,
        ),
      STUCK_WARNING_MS,
    );
    stuck.unref();
    try {
      const release = await this.lock.acquire();
      return new PGliteConnection(this.pg, release);
    } finally {
      clearTimeout(stuck);
    }
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const isolation = settings.isolationLevel ? ` isolation level ${settings.isolationLevel}` : '';
    const access = settings.accessMode ? ` ${settings.accessMode}` : '';
    await connection.executeQuery(CompiledQuery.raw(`begin${isolation}${access}`));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
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
