import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, uploadEvidence } from '../support/fixtures.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';
import { sh } from '../support/time.js';

/**
 * 健康度预警 fired by the scheduler as the injectable clock moves: one remedial task per customer
 * and occurrence, visible to the rep and the supervisor, cleared by the remedy.
 */
describe('customer health score and alerts', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof createOrg>>;
  let rep1: Client;
  let sup1: Client;
  let rep3: Client;
  let quiet: string; // 甲: silence + NPS
  let renewing: string; // 乙: a contract that ends
  let contractId: string;

  const tick = async () => await t.ctx.scheduler.tick();
  const tasksOf = async (client: Client, ruleId: string, status = 'open') =>
    ((await client.get(`/tasks?status=${status}&pageSize=200`)).body.items as any[]).filter((x) => x.ruleId === ruleId);
  const followUp = async (client: Client, customerId: string, valueTag = 'customer_success') => {
    const file = await uploadEvidence(client);
    const r = await client.post('/followups', {
      targetType: 'customer',
      targetId: customerId,
      channel: 'phone',
      valueTag,
      content: `回访客户，了解使用情况 ${Math.random()}`,
      attachmentIds: [file],
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
  };

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t);
    [rep1, sup1, rep3] = await Promise.all(['rep1', 'sup1', 'rep3'].map((u) => org.as(u)));
    t.clock.set(sh('2026-03-02T10:00:00'));
    quiet = (await rep1.post('/customers', { name: '宁波港机', type: 'B2B', grade: 'B', region: '华东' })).body.id;
    renewing = (await rep1.post('/customers', { name: '无锡精工', type: 'B2B', grade: 'A', region: '华东' })).body.id;
    const opp = await rep1.post('/opportunities', { customerId: renewing, name: '年度维保', amount: 120000, productLine: '软件服务' });
    const contract = await rep1.post('/contracts', {
      opportunityId: opp.body.id,
      title: '2026 年度维保合同',
      amount: 120000,
      startDate: '2025-07-11',
      endDate: '2026-07-10',
    });
    expect(contract.status).toBe(201);
    contractId = contract.body.id;
    // The contract has been running for months: its life cycle is not what this test is about.
    await t.ctx.db
      .updateTable('contracts')
      .set({ status: 'delivering', submitted_at: sh('2026-03-02T10:00:00'), delivery_started_at: sh('2026-03-02T10:00:00') })
      .where('id', '=', contractId)
      .execute();
  });
  afterAll(() => t.close());

  it('scores a customer from its components', async () => {
    const h = await rep1.get(`/customers/${quiet}/health`);
    expect(h.status).toBe(200);
    expect(h.body).toMatchObject({ customerId: quiet, score: 100, level: 'healthy', alerts: [] });
    expect(h.body.components.map((c: any) => [c.key, c.score])).toEqual([
      ['recency', 100],
      ['nps', null],
      ['renewal', null],
      ['complaints', 100],
    ]);
    // 乙's contract ends in 130 days: outside the 60-day window.
    const r = await rep1.get(`/customers/${renewing}/health`);
    expect(r.body.components.find((c: any) => c.key === 'renewal')).toMatchObject({
      score: 100,
      detail: { contractId, endDate: '2026-07-10', daysLeft: 130, inWindow: false },
    });
    expect((await rep3.get(`/customers/${quiet}/health`)).status).toBe(404);
    const batch = await rep1.get(`/health/customers?ids=${quiet},${renewing}`);
    expect(batch.body.items.map((i: any) => i.customerId)).toEqual([quiet, renewing]);
    expect((await rep3.get(`/health/customers?ids=${quiet}`)).body.items).toEqual([]);
  });

  it('counts open complaints until they are closed', async () => {
    const opened = await rep1.post(`/customers/${quiet}/complaints`, { title: '设备异响', description: '二号机运行时异响', severity: 'high' });
    expect(opened.status).toBe(201);
    let h = await rep1.get(`/customers/${quiet}/health`);
    expect(h.body.components.find((c: any) => c.key === 'complaints')).toMatchObject({ score: 60, detail: { open: 1 } });
    // (0.35 × 100 + 0.2 × 60) ÷ 0.55 = 85.45
    expect(h.body.score).toBe(85);
    expect((await rep1.get(`/customers/${quiet}/complaints?status=open`)).body.items).toHaveLength(1);
    expect((await rep1.post(`/complaints/${opened.body.id}/close`, { resolution: '更换轴承，客户确认' })).status).toBe(200);
    expect((await rep1.post(`/complaints/${opened.body.id}/close`, { resolution: '再次关闭' })).status).toBe(409);
    h = await rep1.get(`/customers/${quiet}/health`);
    expect(h.body.components.find((c: any) => c.key === 'complaints').score).toBe(100);
  });

  it('fires one NPS alert per low answer, and a better answer clears it', async () => {
    expect((await rep1.post(`/customers/${quiet}/nps`, { score: 11, scale: 10 })).status).toBe(400);
    const low = await rep1.post(`/customers/${quiet}/nps`, { score: 2, scale: 10, comment: '响应太慢' });
    expect(low.status).toBe(201);
    expect(low.body).toMatchObject({ score: 20, rawScore: 2, scale: 10, source: 'ui' });
    expect((await tick())['health-nps']).toBe(1);
    expect((await tick())['health-nps']).toBe(0);
    const [task] = await tasksOf(rep1, 'health-nps');
    expect(task).toMatchObject({
      entityType: 'customer',
      entityId: quiet,
      ruleName: '健康度预警：NPS 低于阈值',
      playbookVersion: 1,
      facts: { score: 20, threshold: 30 },
    });
    expect(task.title).toContain('NPS 20 分');
    expect(task.dueAt).toBe(sh('2026-03-03T10:00:00').toISOString());
    // The rep's queue and the supervisor's team view show it with its rule.
    expect((await rep1.get('/queue')).body.items.filter((i: any) => i.task?.ruleId === 'health-nps')).toHaveLength(1);
    expect((await sup1.get('/queue/team')).body.items.filter((i: any) => i.task?.ruleId === 'health-nps' && i.entityId === quiet)).toHaveLength(1);
    const h = await rep1.get(`/customers/${quiet}/health`);
    expect(h.body.components.find((c: any) => c.key === 'nps').score).toBe(20);
    expect(h.body.alerts.map((a: any) => a.ruleName)).toEqual(['健康度预警：NPS 低于阈值']);

    expect((await rep1.post(`/customers/${quiet}/nps`, { score: 85 })).status).toBe(201);
    expect((await tick())['health-nps']).toBe(0);
    expect(await tasksOf(rep1, 'health-nps')).toHaveLength(0);
    expect(await tasksOf(rep1, 'health-nps', 'done')).toHaveLength(1);
  });

  it('fires the 30-day silence alert once per customer; a new interaction clears it and a new silence fires again', async () => {
    t.clock.set(sh('2026-04-01T09:59:00'));
    expect((await tick())['health-inactive']).toBe(0);
    t.clock.set(sh('2026-04-01T10:00:00'));
    expect((await tick())['health-inactive']).toBe(2);
    expect((await tick())['health-inactive']).toBe(0);
    const open = await tasksOf(rep1, 'health-inactive');
    expect(open.map((x) => x.entityId).sort()).toEqual([quiet, renewing].sort());
    const mine = open.find((x) => x.entityId === quiet);
    expect(mine.facts).toMatchObject({ idleDays: 30, thresholdDays: 30, lastActivityAt: sh('2026-03-02T10:00:00').toISOString() });
    expect(mine.reason).toContain('超过 30 天');
    expect((await rep1.get('/notifications?pageSize=200')).body.items.filter((n: any) => n.kind === 'health.inactive')).toHaveLength(2);
    const alerts = await sup1.get('/health/alerts?ruleId=health-inactive');
    expect(alerts.body.total).toBe(2);
    expect(alerts.body.items[0].customer).toMatchObject({ level: expect.any(String) });

    await followUp(rep1, quiet);
    await tick();
    expect((await tasksOf(rep1, 'health-inactive')).map((x) => x.entityId)).toEqual([renewing]);
    expect((await tasksOf(rep1, 'health-inactive', 'done')).map((x) => x.entityId)).toEqual([quiet]);

    // 乙 is still the same silence: no second task. 甲 falls silent again 30 days after the follow-up.
    t.clock.set(sh('2026-05-01T10:00:00'));
    expect((await tick())['health-inactive']).toBe(1);
    expect((await tick())['health-inactive']).toBe(0);
    const again = await tasksOf(rep1, 'health-inactive');
    expect(again.map((x) => x.entityId).sort()).toEqual([quiet, renewing].sort());
  });

  it('fires the renewal alert when the 60-day window opens without a renewal conversation, once', async () => {
    t.clock.set(sh('2026-05-10T23:59:00'));
    expect((await tick())['health-renewal']).toBe(0);
    t.clock.set(sh('2026-05-11T00:00:00'));
    expect((await tick())['health-renewal']).toBe(1);
    expect((await tick())['health-renewal']).toBe(0);
    const [task] = await tasksOf(rep1, 'health-renewal');
    expect(task).toMatchObject({ entityId: renewing, facts: { contractId, endDate: '2026-07-10', daysLeft: 60, windowDays: 60 } });
    expect(task.title).toContain('2026-07-10');
    const h = await rep1.get(`/customers/${renewing}/health`);
    expect(h.body.components.find((c: any) => c.key === 'renewal')).toMatchObject({
      score: 50,
      detail: { daysLeft: 60, inWindow: true, renewalStarted: false },
    });

    // A follow-up starts the renewal conversation: both of 乙's alerts clear on the next tick.
    t.clock.set(sh('2026-05-12T10:00:00'));
    await followUp(rep1, renewing, 'value_presentation');
    expect((await tick())['health-renewal']).toBe(0);
    expect(await tasksOf(rep1, 'health-renewal')).toHaveLength(0);
    expect(await tasksOf(rep1, 'health-renewal', 'done')).toHaveLength(1);
    expect((await tasksOf(rep1, 'health-inactive')).map((x) => x.entityId)).toEqual([quiet]);
    const after = await rep1.get(`/customers/${renewing}/health`);
    expect(after.body.components.find((c: any) => c.key === 'renewal')).toMatchObject({ score: 100, detail: { renewalStarted: true } });
  });
});
