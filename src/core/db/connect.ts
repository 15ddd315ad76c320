import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { SerialPGliteDialect, type PoolUse } from './pglite-dialect.js';
import { countingDialect } from './request-use.js';
import type { DB } from './schema.js';
import type { AppConfig } from '../config.js';

/**
 * pg returns int8 and numeric as strings, PGlite as numbers or strings depending on the type.
 * Both drivers get the same parsers so every count, sum and amount reaches the code as a number.
 * Amounts are numeric(16,2) and ids are uuids, so no value here exceeds 2^53.
 */
const INT8_OID = 20;
// Calendar dates stay 'YYYY-MM-DD' text: turning them into Date objects would shift them by the
// server's time zone.
const DATE_OID = 1082;
const keepText = (value: string) => value;
const NUMERIC_OID = 1700;
const toNumber = (value: string) => (value === null ? null : Number(value));

export type Database = Kysely<DB>;

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
  /** The embedded instance, for dumps in tests; undefined on PostgreSQL. */
  pglite?: PGlite;
  /** Connections of the pool (the embedded database has one), in use and waited for. */
  poolUse(): PoolUse;
  /**
   * PostgreSQL only: a connection of its own that LISTENs on `channel` (outside the pool, which
   * would hand it out for queries). `onEnd` is called when it is lost.
   */
  listen?(channel: string, onMessage: (payload: string) => void, onEnd: (error?: Error) => void): Promise<{ close(): Promise<void> }>;
}

export type { PoolUse };

export interface ConnectOptions {
  databaseUrl?: string;
  /** Directory for the embedded database; omit for an in-memory one. */
  pgliteDir?: string;
  /** A dump (tarball) to start the embedded database from, as made by PGlite.dumpDataDir. */
  pgliteDump?: Blob | File;
  /** The embedded database's shared_buffers in MB (PGlite's default without it: 128). */
  pgliteSharedBuffersMb?: number;
  poolSize?: number;
  /** How the connections show in pg_stat_activity (a restore looks for the app's). */
  applicationName?: string;
}

/** PGlite's start parameters with the buffer cache of PGLITE_SHARED_BUFFERS_MB (undefined: PGlite's own). */
export function pgliteStartParams(sharedBuffersMb: number | undefined): string[] | undefined {
  return sharedBuffersMb ? [...PGlite.defaultStartParams, '-c', `shared_buffers=${Math.round(sharedBuffersMb)}MB`] : undefined;
}

/** The app's own database: PostgreSQL at DATABASE_URL, else the embedded one in DATA_DIR/pgdata. */
export function appDatabaseOptions(config: Pick<AppConfig, 'databaseUrl' | 'dataDir' | 'pgliteSharedBuffersMb'>): ConnectOptions {
  return config.databaseUrl
    ? { databaseUrl: config.databaseUrl }
    : { pgliteDir: path.join(config.dataDir, 'pgdata'), pgliteSharedBuffersMb: config.pgliteSharedBuffersMb };
}

export async function connectDatabase(options: ConnectOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 20,
      application_name: options.applicationName ?? 'sales-process-management',
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
          if (oid === INT8_OID || oid === NUMERIC_OID) return toNumber;
          if (oid === DATE_OID) return keepText;
          return pg.types.getTypeParser(oid, format) as (value: string) => unknown;
        }) as typeof pg.types.getTypeParser,
      },
    });
    // An idle connection the server ends (a restart, a failover, an administrator) emits an error on
    // the pool; without a listener that error would crash the process. The pool replaces the
    // connection on the next query, so it is reported and nothing else.
    pool.on('error', (error) => {
      if (!pool.ending) console.warn(`PostgreSQL closed an idle connection (${error.message}); it is replaced on the next query`);
    });
    const db = new Kysely<DB>({ dialect: countingDialect(new PostgresDialect({ pool })) });
    const size = options.poolSize ?? 20;
    return {
      db,
      kind: 'postgres',
      close: () => db.destroy(),
      poolUse: () => ({ size, inUse: pool.totalCount - pool.idleCount, waiting: pool.waitingCount }),
      listen: async (channel, onMessage, onEnd) => {
        const client = new pg.Client({
          connectionString: options.databaseUrl,
          application_name: `${options.applicationName ?? 'sales-process-management'} listen`,
        });
        let closing = false;
        client.on('notification', (message) => {
          if (message.channel === channel) onMessage(message.payload ?? '');
        });
        client.on('error', (error) => {
          if (!closing) onEnd(error);
        });
        client.on('end', () => {
          if (!closing) onEnd();
        });
        await client.connect();
        await client.query(`listen ${pg.escapeIdentifier(channel)}`);
        return {
          close: async () => {
            closing = true;
            await client.end().catch(() => undefined);
          },
        };
      },
    };
  }
  if (options.pgliteDir) fs.mkdirSync(path.dirname(options.pgliteDir), { recursive: true });
  // Options go in the first argument: with a positional undefined data dir PGlite ignores loadDataDir.
  const pglite = new PGlite({
    dataDir: options.pgliteDir,
    loadDataDir: options.pgliteDump,
    startParams: pgliteStartParams(options.pgliteSharedBuffersMb),
    parsers: { [INT8_OID]: toNumber, [NUMERIC_OID]: toNumber, [DATE_OID]: keepText },
  });
  await pglite.waitReady;
  const dialect = new SerialPGliteDialect(pglite);
  const db = new Kysely<DB>({ dialect: countingDialect(dialect) });
  return { db, kind: 'pglite', pglite, close: () => db.destroy(), poolUse: () => dialect.poolUse() };
}
