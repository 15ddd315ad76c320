import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPOT_CHECK_JOB } from '../../src/authenticity/spot-check.js';
import { createOrg, uploadEvidence } from '../support/fixtures.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';
import { sh } from '../support/time.js';

/** Two app nodes racing over the weekly spot check: each supervisor's week is issued once. */
describe('weekly spot check across app nodes', () => {
  let a: TestApp;
  let b: TestApp;
  let org: Awaited<ReturnType<typeof createOrg>>;

  beforeAll(async () => {
    a = await createTestApp();
    org = await createOrg(a);
    // A second node on the same database (on PostgreSQL its ticks run on other pooled connections, concurrently).
    b = await createTestApp({ database: a.database, clock: a.clock });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('two schedulers ticking at the same moment issue each supervisor exactly one sample', async () => {
    const write = async (client: Client, region: string, n: number, day: string) => {
      const c = await client.post('/customers', { name: `${client.userId} 客户`, type: 'B2B', grade: 'C', region, ownerId: client.userId });
      for (let i = 0; i < n; i++) {
        a.clock.set(sh(`${day}T${10 + i}:00:00`));
        const r = await client.post('/followups', {
          targetType: 'customer',
          targetId: c.body.id,
          channel: 'phone',
          valueTag: 'needs_discovery',
          content: `第 ${i} 次沟通 ${client.userId} ${Math.random()}`,
          attachmentIds: [await uploadEvidence(client)],
        });
        expect(r.status).toBe(201);
      }
    };
    await write(await org.as('rep1'), '华东', 4, '2026-11-24');
    await write(await org.as('rep2'), '华东', 4, '2026-11-25');
    await write(await org.as('rep3'), '华南', 2, '2026-11-26');

    a.clock.set(sh('2026-11-30T09:00:00')); // Monday
    const [fa, fb] = await Promise.all([a.ctx.scheduler.tick(), b.ctx.scheduler.tick()]);
    expect((fa[SPOT_CHECK_JOB] ?? 0) + (fb[SPOT_CHECK_JOB] ?? 0)).toBe(2);
    const [again1, again2] = await Promise.all([a.ctx.scheduler.tick(), b.ctx.scheduler.tick()]);
    expect((again1[SPOT_CHECK_JOB] ?? 0) + (again2[SPOT_CHECK_JOB] ?? 0)).toBe(0);

    const rows = await a.ctx.db.selectFrom('spot_checks').select(['supervisor_id', 'week', 'followup_id']).execute();
    expect(rows.filter((r) => r.supervisor_id === org.ids.sup1)).toHaveLength(5);
    expect(rows.filter((r) => r.supervisor_id === org.ids.sup2)).toHaveLength(2);
    expect(new Set(rows.map((r) => r.week))).toEqual(new Set(['2026-W48']));
    const claims = await a.ctx.db.selectFrom('job_runs').select('slot').where('job', '=', SPOT_CHECK_JOB).execute();
    expect(claims.map((c) => c.slot).sort()).toEqual([`2026-W48:${org.ids.sup1}`, `2026-W48:${org.ids.sup2}`].sort());
    const notices = await a.ctx.db.selectFrom('notifications').select('user_id').where('kind', '=', 'authenticity.spot_check').execute();
    expect(notices.map((n) => n.user_id).sort()).toEqual([org.ids.sup1, org.ids.sup2].sort());
  });
});
