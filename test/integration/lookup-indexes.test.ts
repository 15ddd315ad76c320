import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidatesSql } from '../../src/authenticity/checks.js';
import { fingerprint } from '../../src/authenticity/minhash.js';
import { companyKeySql, phoneKeySql } from '../../src/core/duplicates/duplicates.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The indexes of migrations 0024 and 0026 only help while the live SQL asks exactly what they were
 * built for: with sequential scans priced out, the planner must pick each index.
 */
describe('look-up indexes: the duplicate check, the upload quota and the 防伪跟进 probe read indexes, not tables', () => {
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

  it('the 防伪跟进 probe reads its bucket rows from the index alone (migration 0026)', async () => {
    const probe = candidatesSql({
      id: '00000000-0000-0000-0000-000000000001',
      teamKey: '00000000-0000-0000-0000-000000000002',
      print: fingerprint('拜访恒通机械，与王经理面谈，重点沟通了数控机床的交付周期。'),
      createdAt: new Date('2026-06-01T02:00:00Z'),
      lookbackDays: 90,
    })!;
    const text = await plan(sql`with ${probe.with} ${probe.select}`);
    expect(text).toContain('Index Only Scan using followup_lsh_buckets_probe_idx on followup_lsh_buckets');
  });
});
