import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainPendingAudit } from '../../src/core/audit/audit.js';
import { createOrg, rowCount } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('audit hash chain', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('chains every entry of concurrent writers in one unbroken sequence', async () => {
    const org = await createOrg(t);
    const rep1 = await org.as('rep1');
    const created = await Promise.all(
      Array.from({ length: 25 }, (_, i) => rep1.post('/leads', { name: `并发审计 ${i}`, type: 'B2C', region: '华东', productLine: '工业设备' })),
    );
    expect(created.every((r) => r.status === 201)).toBe(true);
    const queued = await t.ctx.db
      .selectFrom('audit_pending')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(queued.n)).toBeGreaterThanOrEqual(25);
    const verify = await t.admin.get('/audit/verify');
    expect(verify.body).toMatchObject({ ok: true });
    expect(await rowCount(t, 'audit_pending')).toBe(0);
    const entries = await t.admin.get('/audit?entityType=lead&pageSize=100');
    expect(entries.body.items.filter((e: any) => e.action === 'lead.create')).toHaveLength(25);
    expect(await chainPendingAudit(t.ctx.db)).toBe(0);
  });

  it('reports the first broken link when an entry was altered', async () => {
    const victim = await t.ctx.db.selectFrom('audit_log').select('seq').orderBy('seq').offset(3).limit(1).executeTakeFirstOrThrow();
    await sql`alter table audit_log disable trigger audit_log_append_only`.execute(t.ctx.db);
    await sql`update audit_log set data = '{"tampered":true}' where seq = ${victim.seq}`.execute(t.ctx.db);
    await sql`alter table audit_log enable trigger audit_log_append_only`.execute(t.ctx.db);
    const verify = await t.admin.get('/audit/verify');
    expect(verify.body).toMatchObject({ ok: false, firstBroken: { seq: victim.seq, reason: 'hash_mismatch' } });
  });

  it('refuses updates and deletes of chained entries', async () => {
    await expect(sql`delete from audit_log where seq = 1`.execute(t.ctx.db)).rejects.toThrow(/append-only/);
  });
});
