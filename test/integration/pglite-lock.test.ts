import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/test-db.js';
import type { DatabaseHandle } from '../../src/core/db/connect.js';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
  await sql`create table lock_probe (id serial primary key, note text not null)`.execute(database.db);
});
afterAll(() => database.close());

describe('database access under concurrency', () => {
  it('keeps writes made while another request’s transaction rolls back', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const rolledBack = database.db
      .transaction()
      .execute(async (trx) => {
        await trx
          .insertInto('lock_probe' as never)
          .values({ note: 'inside' })
          .execute();
        await gate;
        throw new Error('roll back');
      })
      .catch(() => 'rolled back');
    // Issued while the transaction is open; on a shared single session it would be rolled back too.
    const outside = database.db
      .insertInto('lock_probe' as never)
      .values({ note: 'outside' })
      .execute();
    setTimeout(release, 50);
    expect(await rolledBack).toBe('rolled back');
    await outside;
    const rows = await sql<{ note: string }>`select note from lock_probe order by id`.execute(database.db);
    expect(rows.rows.map((r) => r.note)).toEqual(['outside']);
  });

  it('normalises counts and amounts to numbers on both engines', async () => {
    const row = await sql<{ n: number; amount: number }>`select count(*) as n, 12.50::numeric(16,2) as amount from lock_probe`.execute(database.db);
    expect(row.rows[0]).toEqual({ n: 1, amount: 12.5 });
  });
});
