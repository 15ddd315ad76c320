import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../../src/core/db/connect.js';
import { createEmptyPostgresDatabase } from '../support/test-db.js';

const onPostgres = inject('testDb') === 'postgres';

/** PostgreSQL ends the app's idle connections (a restart, a failover): the app carries on. */
describe('connections the database server ends', () => {
  let database: DatabaseHandle | undefined;
  let target: Awaited<ReturnType<typeof createEmptyPostgresDatabase>> | undefined;

  beforeAll(async () => {
    if (!onPostgres) return; // the embedded database runs in this process: no server to end them
    target = await createEmptyPostgresDatabase();
    database = await connectDatabase({ databaseUrl: target.url, poolSize: 4 });
  });
  afterAll(async () => {
    await database?.close();
    await target?.drop();
  });

  it('names the database engine it ran on', () => {
    expect(['pglite', 'postgres']).toContain(inject('testDb'));
  });

  if (onPostgres)
    it('do not crash the process; the next queries get new connections', async () => {
      const db = database!.db;
      // Several idle connections in the pool.
      await Promise.all([1, 2, 3].map(() => sql`select pg_sleep(0.05)`.execute(db)));
      const admin = new pg.Client({ connectionString: inject('postgresAdminUrl') });
      await admin.connect();
      const name = new URL(target!.url).pathname.slice(1);
      const ended = await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1`, [name]);
      await admin.end();
      expect(ended.rowCount).toBeGreaterThan(0);
      // An unhandled 'error' event would fail the whole run; the pool hands out a working connection again.
      await expect
        .poll(
          async () => {
            try {
              return (await sql<{ n: number }>`select 1 as n`.execute(db)).rows[0].n;
            } catch {
              return 0;
            }
          },
          { timeout: 10_000 },
        )
        .toBe(1);
    });
});
