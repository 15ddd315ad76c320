import { chainPendingAudit } from '../../src/core/audit/audit.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../../src/core/db/connect.js';
import { createOrg } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { sh } from '../support/time.js';

const LEADS = 120;

/**
 * Several app nodes on one database: every deadline fires exactly once, and a node that was down
 * when a deadline passed catches up after its restart.
 */
describe('time rules across app nodes and restarts', () => {
  let a: TestApp;
  let b: TestApp;
  let secondHandle: DatabaseHandle | undefined;
  let org: Awaited<ReturnType<typeof createOrg>>;

  beforeAll(async () => {
    a = await createTestApp();
    org = await createOrg(a);
    // On PostgreSQL the second node has its own connection pool, as a second process would.
    const url = (a.database as { url?: string }).url;
    secondHandle = url ? await connectDatabase({ databaseUrl: url, poolSize: 10 }) : undefined;
    b = await createTestApp({ database: secondHandle ?? a.database, clock: a.clock });
  });
  afterAll(async () => {
    await b.close();
    await secondHandle?.close();
    await a.close();
  });

  it('two schedulers racing over the same due deadlines fire each one exactly once', async () => {
    a.clock.set(sh('2026-11-24T09:00:00'));
    const rep1 = await org.as('rep1');
    const ids: string[] = [];
    for (let i = 0; i < LEADS; i++) {
      const r = await rep1.post('/leads', { name: `并发线索 ${i}`, type: 'B2B', region: '华东', productLine: '工业设备' });
      ids.push(r.body.id);
    }
    a.clock.set(sh('2026-11-24T11:00:00'));
    const [fa, fb] = await Promise.all([a.ctx.scheduler.tick(), b.ctx.scheduler.tick()]);
    // Warned (at 10:30) and breached (at 11:00) in the same tick, each lead once over both nodes.
    expect((fa['lead-response-warning'] ?? 0) + (fb['lead-response-warning'] ?? 0)).toBe(LEADS);
    expect((fa['lead-response-breach'] ?? 0) + (fb['lead-response-breach'] ?? 0)).toBe(LEADS);

    const notices = await a.ctx.db.selectFrom('notifications').select(['user_id', 'kind', 'data']).where('kind', '=', 'lead.sla.breached').execute();
    const sup1 = org.ids.sup1;
    const supNotices = notices.filter((n) => n.user_id === sup1).map((n) => (n.data as { leadId: string }).leadId);
    expect(supNotices).toHaveLength(LEADS);
    expect(new Set(supNotices).size).toBe(LEADS);
    // Entries are queued in the breach's transaction and linked into the chain by whichever node's
    // chainer runs next: under load the other node's chainer may have run before these committed.
    await chainPendingAudit(a.ctx.db);
    const audit = await a.ctx.db.selectFrom('audit_log').select('entity_id').where('action', '=', 'lead.sla.breached').execute();
    expect(audit).toHaveLength(LEADS);
    expect(new Set(audit.map((x) => x.entity_id))).toEqual(new Set(ids));
  });

  it('a daily slot runs on exactly one node', async () => {
    a.clock.set(sh('2026-11-30T08:30:00')); // Monday
    const [fa, fb] = await Promise.all([a.ctx.scheduler.tick(), b.ctx.scheduler.tick()]);
    expect((fa['stale-digest'] ?? 0) + (fb['stale-digest'] ?? 0)).toBeGreaterThan(0);
    expect(Math.min(fa['stale-digest'] ?? 0, fb['stale-digest'] ?? 0)).toBe(0);
    const runs = await a.ctx.db.selectFrom('job_runs').selectAll().where('job', '=', 'stale-digest').execute();
    expect(runs.filter((r) => r.slot === '2026-11-30')).toHaveLength(1);
  });

  it('a restart between deadline and sweep loses nothing', async () => {
    a.clock.set(sh('2026-11-25T09:00:00'));
    const rep1 = await org.as('rep1');
    const created = (await rep1.post('/leads', { name: '重启前到达的线索', type: 'B2B', region: '华东', productLine: '工业设备' })).body;
    // Node b goes down; the deadline passes while no scheduler runs.
    await b.close();
    a.clock.set(sh('2026-11-25T12:00:00'));
    // It comes back (a new process on the same database) and its first tick catches up.
    b = await createTestApp({ database: secondHandle ?? a.database, clock: a.clock });
    const fired = await b.ctx.scheduler.tick();
    expect(fired['lead-response-breach']).toBe(1);
    const row = await b.ctx.db.selectFrom('leads').select(['sla_status', 'escalation_level']).where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ sla_status: 'breached', escalation_level: 1 });
    expect(
      await b.ctx.db
        .selectFrom('notifications')
        .select('id')
        .where('kind', '=', 'lead.sla.breached')
        .where('user_id', '=', org.ids.sup1)
        .where('link', '=', `/leads/${created.id}`)
        .execute(),
    ).toHaveLength(1);
  });

  it('names the database engine it ran on', () => {
    expect(['pglite', 'postgres']).toContain(inject('testDb'));
  });
});
