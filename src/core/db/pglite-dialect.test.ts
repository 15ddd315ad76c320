import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from './connect.js';
import { SELF_DEADLOCK } from './pglite-dialect.js';
import { withDatabaseUse } from './request-use.js';

/** The embedded database's one connection, handed out one holder at a time. */
describe('the embedded database connection hand-out', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await connectDatabase({});
    await sql`create table t (n int)`.execute(database.db);
  });
  afterAll(() => database.close());

  it('refuses at once a query through the handle inside the same unit of work’s transaction, and goes on serving', async () => {
    const { db } = database;
    const attempt = withDatabaseUse(() =>
      db.transaction().execute(async (trx) => {
        await sql`insert into t values (1)`.execute(trx);
        // Waiting here would wait for this very transaction's connection, forever.
        await sql`select count(*) from t`.execute(db);
      }),
    );
    await expect(attempt).rejects.toThrow(SELF_DEADLOCK);
    // The transaction was rolled back and the connection is free again.
    const rows = await withDatabaseUse(() => sql<{ n: number }>`select count(*)::int as n from t`.execute(db));
    expect(rows.rows[0].n).toBe(0);
  });

  it('lets one unit of work run plain queries side by side, and a transaction wait for another unit’s', async () => {
    const { db } = database;
    const both = await withDatabaseUse(() => Promise.all([sql`select 1 as a`.execute(db), sql`select 2 as b`.execute(db)]));
    expect(both.map((r) => Object.values(r.rows[0] as object)[0])).toEqual([1, 2]);

    let releaseFirst!: () => void;
    let insertedFirst!: () => void;
    const held = new Promise<void>((resolve) => (releaseFirst = resolve));
    const inserted = new Promise<void>((resolve) => (insertedFirst = resolve));
    const first = withDatabaseUse(() =>
      db.transaction().execute(async (trx) => {
        await sql`insert into t values (2)`.execute(trx);
        insertedFirst();
        await held;
      }),
    );
    await inserted;
    // Another request's query waits for the transaction instead of failing.
    const second = withDatabaseUse(() => sql<{ n: number }>`select count(*)::int as n from t`.execute(db));
    releaseFirst();
    await first;
    expect((await second).rows[0].n).toBe(1);
  });
});
