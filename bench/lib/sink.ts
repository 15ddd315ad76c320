import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';

/**
 * Where generated rows go: a PostgreSQL pool or an embedded PGlite instance. Rows are inserted as
 * `insert … select * from unnest($1::type[], …)` with one text parameter per column (a PostgreSQL
 * array literal built here), so one statement carries thousands of rows and both drivers see the
 * same SQL. (pg-copy-streams is not installed, so no COPY FROM STDIN.)
 */
export interface Sink {
  kind: 'postgres' | 'pglite';
  query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  /** Runs independent statements, concurrently where the database allows it. */
  parallel(statements: string[], concurrency: number): Promise<void>;
  close(): Promise<void>;
}

export function pgSink(pool: pg.Pool): Sink {
  return {
    kind: 'postgres',
    query: async (sql, params) => pool.query(sql, params as unknown[]),
    async parallel(statements, concurrency) {
      const queue = [...statements];
      const worker = async () => {
        const client = await pool.connect();
        try {
          await client.query(`set maintenance_work_mem = '1GB'`);
          for (let s = queue.shift(); s !== undefined; s = queue.shift()) await client.query(s);
        } finally {
          client.release();
        }
      };
      await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
    },
    close: () => pool.end(),
  };
}

export function pgliteSink(db: PGlite): Sink {
  return {
    kind: 'pglite',
    query: async (sql, params) => db.query<Record<string, unknown>>(sql, params as unknown[]),
    async parallel(statements) {
      for (const s of statements) await db.exec(s);
    },
    close: () => db.close(),
  };
}

/** One column of a batch: its SQL type and values (null allowed). */
export type ColumnType = 'uuid' | 'text' | 'timestamptz' | 'int' | 'bigint' | 'smallint' | 'numeric' | 'jsonb' | 'bool' | 'date';

const needsQuote = /["\\{},\s]|^null$/i;

/** A PostgreSQL array literal for text input: every element quoted unless it is a plain token. */
export function arrayLiteral(values: readonly unknown[]): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) parts[i] = 'NULL';
    else if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') parts[i] = String(v);
    else if (v instanceof Date) parts[i] = v.toISOString();
    else if (typeof v === 'string') parts[i] = v === '' || needsQuote.test(v) ? `"${v.replace(/[\\"]/g, '\\$&')}"` : v;
    // jsonb values arrive as JSON text; any other object is a mistake in the generator.
    else throw new Error(`no text form for a value of type ${typeof v}`);
  }
  return `{${parts.join(',')}}`;
}

/** Column-major buffer of rows for one table. */
export class Batch {
  readonly cols: unknown[][];
  length = 0;

  constructor(
    readonly table: string,
    readonly columns: readonly (readonly [string, ColumnType])[],
  ) {
    this.cols = columns.map(() => []);
  }

  push(...values: unknown[]): void {
    for (let c = 0; c < this.cols.length; c++) this.cols[c].push(values[c]);
    this.length++;
  }

  /** Takes the rows out as one statement and its parameters. */
  drain(): { sql: string; params: string[]; rows: number } {
    const names = this.columns.map(([n]) => n).join(', ');
    const arrays = this.columns.map(([, t], i) => `$${i + 1}::${t}[]`).join(', ');
    const params = this.cols.map((values) => arrayLiteral(values));
    const rows = this.length;
    for (const c of this.cols) c.length = 0;
    this.length = 0;
    return { sql: `insert into ${this.table} (${names}) select * from unnest(${arrays})`, params, rows };
  }
}

/**
 * Keeps up to `inFlight` batch inserts running while the caller generates the next batch, so the
 * generator (one Node thread) and the database (other cores) work at the same time.
 */
export class Loader {
  private running = new Set<Promise<void>>();
  readonly counts = new Map<string, number>();
  private failure: Error | null = null;

  constructor(
    private readonly sink: Sink,
    private readonly inFlight: number,
    readonly batchRows = 5000,
  ) {}

  /** A batch that failed fails the load at the next add or flush. */
  private throwFailure(): void {
    if (this.failure) throw this.failure;
  }

  async add(batch: Batch, force = false): Promise<void> {
    if (batch.length === 0 || (!force && batch.length < this.batchRows)) return;
    this.throwFailure();
    while (this.running.size >= this.inFlight) await Promise.race(this.running);
    this.throwFailure();
    const { sql, params, rows } = batch.drain();
    const p: Promise<void> = this.sink
      .query(sql, params)
      .then(() => {
        this.counts.set(batch.table, (this.counts.get(batch.table) ?? 0) + rows);
      })
      .catch((error: unknown) => {
        this.failure ??= error instanceof Error ? error : new Error(String(error));
      })
      .finally(() => this.running.delete(p));
    this.running.add(p);
    // PGlite runs one statement at a time: waiting here keeps memory flat.
    if (this.sink.kind === 'pglite') await p;
  }

  async flush(...batches: Batch[]): Promise<void> {
    for (const b of batches) await this.add(b, true);
    await Promise.all(this.running);
    this.throwFailure();
  }
}
