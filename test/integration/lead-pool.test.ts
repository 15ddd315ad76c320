import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, uploadEvidence } from '../support/fixtures.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';
import { sh } from '../support/time.js';

const DAY = 86_400_000;

describe('lead assignment and the public pool', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof createOrg>>;
  let sup1: Client;
  let rep1: Client;
  let mgr: Client;

  const publishPlaybook = async (change: (doc: any) => void) => {
    const current = await t.admin.get('/playbook');
    const doc = structuredClone(current.body.document);
    change(doc);
    const r = await t.admin.put('/playbook', { document: doc, note: 'test' });
    expect(r.status).toBe(200);
  };

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t);
    [sup1, rep1, mgr] = await Promise.all([org.as('sup1'), org.as('rep1'), org.as('mgr_east')]);
  });
  afterAll(() => t.close());

  it('alerts the region\u2019s supervisors and manager when a pool lead stays unassigned', async () => {
    t.clock.set(sh('2026-11-24T10:00:00'));
    const pooled = (await sup1.post('/leads', { name: '无人认领的线索', type: 'B2C', region: '华东', productLine: '工业设备' })).body;
    expect(pooled).toMatchObject({ ownerId: null, poolSince: sh('2026-11-24T10:00:00').toISOString() });
    t.clock.set(sh('2026-11-24T10:29:00'));
    expect((await t.ctx.scheduler.tick())['lead-unassigned-alert']).toBe(0);
    t.clock.set(sh('2026-11-24T10:30:00'));
    expect((await t.ctx.scheduler.tick())['lead-unassigned-alert']).toBe(1);
    expect((await t.ctx.scheduler.tick())['lead-unassigned-alert']).toBe(0);
    for (const client of [sup1, mgr]) {
      const alerts = (await client.get('/notifications')).body.items.filter((n: any) => n.kind === 'lead.unassigned');
      expect(alerts.map((n: any) => n.data.leadId)).toEqual([pooled.id]);
    }
    const sup2 = await org.as('sup2');
    expect((await sup2.get('/notifications')).body.items.filter((n: any) => n.kind === 'lead.unassigned')).toHaveLength(0);
    const claimed = await rep1.post(`/leads/${pooled.id}/claim`);
    expect(claimed.body).toMatchObject({ ownerId: org.ids.rep1, poolSince: null });
  });

  it('deals leads round-robin by region × product line when auto-assignment is on', async () => {
    await publishPlaybook((doc) => {
      doc.assignment.autoAssign = true;
      doc.assignment.routes = [
        { region: '华东', productLine: '软件服务', usernames: ['rep2'] },
        { region: '*', productLine: '*' },
      ];
    });
    const owners = [];
    for (let i = 0; i < 4; i++)
      owners.push((await sup1.post('/leads', { name: `自动分配 ${i}`, type: 'B2B', region: '华东', productLine: '工业设备' })).body.ownerId);
    expect(owners).toEqual([org.ids.rep1, org.ids.rep2, org.ids.rep1, org.ids.rep2]);
    const software = await sup1.post('/leads', { name: '软件线索', type: 'B2B', region: '华东', productLine: '软件服务' });
    expect(software.body.ownerId).toBe(org.ids.rep2);
    const south = await t.admin.post('/leads', { name: '华南线索', type: 'B2B', region: '华南', productLine: '工业设备' });
    expect(south.body).toMatchObject({ ownerId: org.ids.rep3, teamId: org.ids.south });
    // An explicit "leave it in the pool" is respected.
    const pooled = await sup1.post('/leads', { name: '留在公海', type: 'B2B', region: '华东', productLine: '工业设备', ownerId: null });
    expect(pooled.body.ownerId).toBeNull();
    await publishPlaybook((doc) => {
      doc.assignment.autoAssign = false;
    });
  });

  it('reminds the owner before recycling an idle lead, then returns it to the pool', async () => {
    t.clock.set(sh('2026-11-02T10:00:00'));
    const idle = (await rep1.post('/leads', { name: '长期未跟进', type: 'B2B', region: '华东', productLine: '耗材配件' })).body;
    const active = (await rep1.post('/leads', { name: '持续跟进', type: 'B2B', region: '华东', productLine: '耗材配件' })).body;
    t.clock.set(new Date(sh('2026-11-02T10:00:00').getTime() + 11 * DAY));
    await rep1.post('/followups', {
      targetType: 'lead',
      targetId: active.id,
      channel: 'phone',
      valueTag: 'needs_discovery',
      content: '持续跟进中',
      attachmentIds: [await uploadEvidence(rep1)],
    });
    t.clock.set(new Date(sh('2026-11-02T10:00:00').getTime() + 12 * DAY));
    await t.ctx.scheduler.tick();
    const queue = (await rep1.get('/queue')).body.items;
    const task = queue.find((i: any) => i.kind === 'task' && i.entityId === idle.id);
    expect(task.task).toMatchObject({ ruleId: 'lead-recycle-reminder', ruleName: '线索即将回收公海提醒' });
    expect(task.task.reason).toContain('12 天无跟进');
    expect(task.dueAt).toBe(new Date(sh('2026-11-02T10:00:00').getTime() + 15 * DAY).toISOString());
    expect(queue.some((i: any) => i.kind === 'task' && i.entityId === active.id)).toBe(false);

    t.clock.set(new Date(sh('2026-11-02T10:00:00').getTime() + 15 * DAY));
    expect((await t.ctx.scheduler.tick())['lead-recycle']).toBeGreaterThanOrEqual(1);
    const recycled = (await sup1.get(`/leads/${idle.id}`)).body;
    expect(recycled).toMatchObject({ ownerId: null, teamId: null });
    expect((await rep1.get(`/leads/${active.id}`)).body.ownerId).toBe(org.ids.rep1);
    const tasks = await t.ctx.db.selectFrom('tasks').select('status').where('entity_id', '=', idle.id).execute();
    expect(tasks.map((x) => x.status)).toEqual(['cancelled']);
    const audit = await t.ctx.db.selectFrom('audit_log').select('data').where('action', '=', 'lead.recycle').where('entity_id', '=', idle.id).execute();
    expect(audit).toHaveLength(1);
  });

  it('shows the supervisor the team\u2019s overdue work', async () => {
    const team = await sup1.get('/queue/team');
    expect(team.status).toBe(200);
    expect(team.body.items.every((i: any) => i.state !== 'upcoming')).toBe(true);
    expect((await rep1.get('/queue/team')).status).toBe(403);
  });
});
