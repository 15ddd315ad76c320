import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { companyKeySql, phoneKeySql } from '../../src/core/duplicates/duplicates.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The indexes of migration 0024 only help while the live SQL computes exactly the expressions
 * they were built on: with sequential scans priced out, the planner must pick each index.
 */
describe('look-up indexes: the duplicate check and the upload quota read indexes, not tables', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const plan = async (query: ReturnType<typeof sql>) =>
    t.ctx.db.transaction().execute(async (trx) => {
      await sql`set local enable_seqscan = off`.execute(trx);
      const { rows } = await sql<Record<string, string>>`explain ${query}`.execute(trx);
      return rows.map((r) => Object.values(r)[0]).join('\n');
    });

  it.each([
    ['leads', 'phone', 'leads_phone_key_idx', phoneKeySql, '13800000000'],
    ['leads', 'company', 'leads_company_key_idx', companyKeySql, '恒通机械'],
    ['customers', 'phone', 'customers_phone_key_idx', phoneKeySql, '13800000000'],
    ['customers', 'name', 'customers_name_key_idx', companyKeySql, '恒通机械'],
  ] as const)('%s.%s key → %s', async (table, column, index, key, value) => {
    const text = await plan(sql`select id from ${sql.table(table)} where ${key(sql.ref(`${table}.${column}`))} = any(${[value]}::text[])`);
    expect(text).toContain(index);
  });

  it('the upload quota sums a user’s files from the index alone', async () => {
    const text = await plan(sql`select coalesce(sum(size), 0) from files where uploaded_by = ${'00000000-0000-0000-0000-000000000000'}`);
    expect(text).toContain('files_uploader_size_idx');
  });

  it('the purge of unattached uploads reads only files without a record', async () => {
    const text = await plan(sql`select id from files where attached_at is null and created_at < now() order by created_at limit 500`);
    expect(text).toContain('files_unattached_idx');
  });
});
