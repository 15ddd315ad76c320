import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chainPendingAudit, verifyAudit } from '../../src/core/audit/audit.js';
import { entryHash, GENESIS_HASH } from '../../src/core/audit/chain.js';
import { auditVerifyReport } from '../../src/core/audit/verify-report.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Replays tampering by someone who owns the database but not the anchor key: deleting the newest
 * entries, recomputing the whole chain after an edit, editing the queue, truncating the log. Each
 * must be refused by the database or reported by `audit:verify` (exit code 2).
 */
describe('audit tamper evidence', () => {
  let t: TestApp;

  /** A fresh database per test: each one tampers with it. */
  beforeEach(async () => {
    t = await createTestApp();
    for (let i = 0; i < 6; i++) {
      const r = await t.admin.post('/teams', { name: `审计团队 ${i}`, region: '华东' });
      expect(r.status).toBe(201);
    }
  });
  afterEach(() => t.close());

  const asSuperuser = async (statements: string[]) => {
    // A superuser can switch the append-only triggers off for their session.
    await t.ctx.db.connection().execute(async (db) => {
      await sql`set session_replication_role = replica`.execute(db);
      try {
        for (const statement of statements) await sql.raw(statement).execute(db);
      } finally {
        await sql`set session_replication_role = origin`.execute(db);
      }
    });
  };

  const report = async () => {
    const result = await verifyAudit(t.ctx.db, t.ctx.anchors);
    return { result, report: auditVerifyReport(result, { keyFound: true, keyHint: '', anchorDir: t.ctx.anchors.dir }) };
  };

  it('signs the head on demand and outside the database, and verifies against it', async () => {
    const anchored = await t.admin.post('/audit/anchor');
    expect(anchored.status).toBe(200);
    expect(anchored.body.seq).toBeGreaterThanOrEqual(7);
    expect(anchored.body.hash).toMatch(/^[0-9a-f]{64}$/);
    const latest = JSON.parse(fs.readFileSync(path.join(t.ctx.anchors.dir, 'latest.json'), 'utf8'));
    expect(latest).toMatchObject({ seq: anchored.body.seq, hash: anchored.body.hash, signature: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const verify = await t.admin.get('/audit/verify');
    expect(verify.body).toMatchObject({ ok: true, anchor: { seq: anchored.body.seq }, anchorCheck: { ok: true }, invalidAnchors: 0 });
    expect((await report()).report.exitCode).toBe(0);
  });

  it('the scheduler anchors a moved head by itself', async () => {
    await t.ctx.scheduler.tick();
    const { anchor } = t.ctx.anchors.latestValid();
    const head = await t.ctx.db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(anchor).toMatchObject({ seq: Number(head.seq), hash: head.hash });
  });

  it('reports a deleted tail', async () => {
    const anchored = (await t.admin.post('/audit/anchor')).body;
    await asSuperuser([`delete from audit_log where seq > ${anchored.seq - 2}`]);
    const { result, report: r } = await report();
    expect(result.ok).toBe(true); // what is left is a valid chain…
    expect(result.anchorCheck).toMatchObject({ ok: false, reason: 'missing_tail', anchoredSeq: anchored.seq, headSeq: anchored.seq - 2 });
    expect(r.exitCode).toBe(2);
    expect(r.lines[0].text).toContain('TAIL MISSING');
    expect((await t.admin.get('/audit/verify')).body).toMatchObject({ ok: false, anchorCheck: { reason: 'missing_tail' } });
  });

  it('reports a chain recomputed after an edit', async () => {
    const anchored = (await t.admin.post('/audit/anchor')).body;
    // The attacker edits entry 3 and recomputes every hash after it, so the links all agree.
    const rows = await t.ctx.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
    let prev = GENESIS_HASH;
    const updates: string[] = [];
    for (const r of rows) {
      const data = Number(r.seq) === 3 ? { forged: true } : r.data;
      const content = {
        seq: Number(r.seq),
        at: r.at.toISOString(),
        actorId: r.actor_id,
        action: r.action,
        entityType: r.entity_type,
        entityId: r.entity_id,
        data,
      };
      const hash = entryHash(prev, content);
      updates.push(`update audit_log set data = '${JSON.stringify(data).replace(/'/g, "''")}', prev_hash = '${prev}', hash = '${hash}' where seq = ${r.seq}`);
      prev = hash;
    }
    await asSuperuser(updates);
    const { result, report: r } = await report();
    expect(result.ok).toBe(true);
    expect(result.anchorCheck).toMatchObject({ ok: false, reason: 'rewritten', seq: anchored.seq, anchoredHash: anchored.hash });
    expect(r.exitCode).toBe(2);
    expect(r.lines[0].text).toContain('REWRITTEN');
  });

  it('reports a truncated and refilled log; TRUNCATE itself is refused', async () => {
    await t.admin.post('/audit/anchor');
    await expect(sql`truncate audit_log`.execute(t.ctx.db)).rejects.toThrow(/cannot be truncated/);
    await expect(sql`truncate audit_pending`.execute(t.ctx.db)).rejects.toThrow(/cannot be truncated/);
    await expect(sql`truncate followups cascade`.execute(t.ctx.db)).rejects.toThrow(/cannot be truncated/);
    await asSuperuser(['alter table audit_log disable trigger user', 'truncate audit_log', 'alter table audit_log enable trigger user']);
    const { result, report: r } = await report();
    expect(result.anchorCheck).toMatchObject({ ok: false, reason: 'missing_tail', headSeq: 0 });
    expect(r.exitCode).toBe(2);
  });

  it('keeps the queue append-only: no edits, and no removal before an entry is chained', async () => {
    await t.admin.post('/teams', { name: '排队中', region: '华东' });
    const pending = await t.ctx.db.selectFrom('audit_pending').select('id').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    await expect(sql`update audit_pending set action = 'forged' where id = ${pending.id}`.execute(t.ctx.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_pending where id = ${pending.id}`.execute(t.ctx.db)).rejects.toThrow(/not chained/);
    // The chainer itself still moves entries into the log and out of the queue.
    expect(await chainPendingAudit(t.ctx.db)).toBeGreaterThan(0);
    expect(Number((await sql<{ n: number }>`select count(*)::int as n from audit_pending`.execute(t.ctx.db)).rows[0].n)).toBe(0);
  });

  it('treats an anchor written without the key as forged', async () => {
    const anchored = (await t.admin.post('/audit/anchor')).body;
    fs.appendFileSync(
      path.join(t.ctx.anchors.dir, 'anchors.jsonl'),
      `${JSON.stringify({ version: 1, seq: anchored.seq + 100, hash: 'f'.repeat(64), at: new Date().toISOString(), signature: '0'.repeat(64) })}\n`,
    );
    const { result, report: r } = await report();
    expect(result.anchor?.seq).toBe(anchored.seq);
    expect(result.invalidAnchors).toBe(1);
    expect(r.exitCode).toBe(2);
  });

  it('refuses edits and deletions of follow-up attachments', async () => {
    const customer = await t.admin.post('/customers', { name: '证据客户', type: 'B2B', grade: 'B', region: '华东' });
    expect(customer.status).toBe(201);
    const file = await t.admin.upload('通话转写', 'call.txt', 'recording');
    const followup = await t.admin.post('/followups', {
      targetType: 'customer',
      targetId: customer.body.id,
      channel: 'phone',
      valueTag: 'needs_discovery',
      content: '电话沟通了需求',
      attachmentIds: [file.body.id],
    });
    expect(followup.status, JSON.stringify(followup.body)).toBe(201);
    await expect(sql`delete from followup_attachments where followup_id = ${followup.body.id}`.execute(t.ctx.db)).rejects.toThrow(/append-only/);
    await expect(sql`update followup_attachments set file_id = file_id where followup_id = ${followup.body.id}`.execute(t.ctx.db)).rejects.toThrow(
      /append-only/,
    );
  });
});
