import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseDay } from '../../src/core/calendar/official-days.js';
import { nextDate } from '../../src/core/calendar/working-time.js';
import { createOrg, uploadEvidence, validStageFields } from '../support/fixtures.js';
import { Client, createTestApp, type TestApp } from '../support/test-app.js';
import { sh } from '../support/time.js';

/**
 * A fixture team (华东一组: rep1, rep2; 华南一组: rep3) with a month of recorded work (March 2026),
 * and the contribution ranking, capability radar and KPIs computed by hand from it.
 */
describe('sales analytics on a fixture team', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof createOrg>>;
  let rep1: Client;
  let rep2: Client;
  let rep3: Client;
  let sup1: Client;
  let sup2: Client;
  let director: Client;
  let csm: Client;
  const c: Record<string, string> = {};
  const o: Record<string, string> = {};
  const l: Record<string, string> = {};

  const at = (local: string) => t.clock.set(sh(local));
  const advance = async (client: Client, id: string, to: string, reason?: string) => {
    const r = await client.post(`/opportunities/${id}/stage`, reason ? { to, reason } : { to, fields: validStageFields(t.clock.now()) });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
  };
  const toContractStage = async (client: Client, id: string) => {
    for (const to of ['needs', 'proposal', 'negotiation', 'contract']) await advance(client, id, to);
  };
  const customer = async (client: Client, name: string, region = '华东') => {
    const r = await client.post('/customers', { name, type: 'B2B', grade: 'B', region });
    expect(r.status).toBe(201);
    return r.body.id as string;
  };
  const opportunity = async (client: Client, customerId: string, name: string, amount: number) => {
    const r = await client.post('/opportunities', { customerId, name, amount, productLine: '工业设备' });
    expect(r.status).toBe(201);
    return r.body.id as string;
  };
  const lead = async (client: Client, name: string, region = '华东') => {
    const r = await client.post('/leads', { name, type: 'B2B', region, productLine: '工业设备' });
    expect(r.status).toBe(201);
    return r.body.id as string;
  };
  // Distinct texts: the authenticity checks would rightly flag copies as 疑似雷同.
  const TEXTS = [
    '客户采购经理介绍了明年的产能扩张计划，希望先看同行业案例',
    '现场查看了二号车间的布局，记录了三处需要改造的工位',
    '财务总监关心付款节奏，我们说明了分期方案和质保金比例',
    '技术部提出接口需要兼容旧版MES，约定下周联调',
    '回访上月交付的设备运行情况，客户反馈稼动率提升明显',
    '组织了一次线上培训，八位操作工参加并通过考核',
    '演示了能耗看板，客户对按班次统计的报表很感兴趣',
    '对方提到竞品报价低一成，我们强调了本地化服务响应',
    '确认了验收标准和试运行周期，双方签字确认会议纪要',
  ];
  let written = 0;
  const followUp = async (client: Client, targetType: string, targetId: string, valueTag: string, kind = 'recording', content?: string) => {
    const file = await uploadEvidence(client, kind, kind === 'proposal' ? '方案.pdf' : 'call.txt');
    const r = await client.post('/followups', {
      targetType,
      targetId,
      channel: 'phone',
      valueTag,
      content: content ?? TEXTS[written++ % TEXTS.length],
      attachmentIds: [file],
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
  };
  /** Contracts are drafted on the open opportunity; their later life cycle is set directly. */
  const contract = async (client: Client, opportunityId: string, title: string, amount: number, set: Record<string, unknown>) => {
    const r = await client.post('/contracts', { opportunityId, title, amount });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    await t.ctx.db.updateTable('contracts').set(set).where('id', '=', r.body.id).execute();
    return r.body.id as string;
  };

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t);
    [rep1, rep2, rep3, sup1, sup2, director] = await Promise.all(['rep1', 'rep2', 'rep3', 'sup1', 'sup2', 'director'].map((u) => org.as(u)));
    const token = await t.admin.post('/tokens', { name: 'CSM', scopes: ['write'], userId: org.ids.director });
    expect(token.status).toBe(201);
    csm = new Client(t.app, { bearer: token.body.token });

    // February: rep2 wins 常州机电 for the first time; rep1's 杭州纺机 has a contract ending 3/20,
    // renewed by a contract submitted on 2/10.
    at('2026-02-02T10:00:00');
    c.C4 = await customer(rep2, '常州机电');
    o.o5 = await opportunity(rep2, c.C4, '首单', 80_000);
    await toContractStage(rep2, o.o5);
    at('2026-02-10T10:00:00');
    await advance(rep2, o.o5, 'won');
    c.C1 = await customer(rep1, '杭州纺机');
    const oK = await opportunity(rep1, c.C1, '年度服务', 60_000);
    await contract(rep1, oK, '2025 年度服务', 60_000, {
      status: 'delivered',
      end_date: '2026-03-20',
      submitted_at: sh('2025-03-15T10:00:00'),
      delivery_started_at: sh('2025-03-20T10:00:00'),
    });
    await contract(rep1, oK, '2026 年度服务（续约）', 66_000, { status: 'approved', end_date: '2027-03-19', submitted_at: sh('2026-02-10T10:00:00') });

    // March 2, a Monday: five B2B leads (2 business hours to answer), new customers and opportunities.
    at('2026-03-02T10:00:00');
    l.L1 = await lead(rep1, '线索一');
    l.L2 = await lead(rep1, '线索二');
    l.L3 = await lead(rep2, '线索三');
    l.L4 = await lead(rep2, '线索四');
    l.L5 = await lead(rep3, '线索五', '华南');
    c.C2 = await customer(rep1, '嘉兴化纤');
    c.C3 = await customer(rep2, '苏州电子');
    o.o1 = await opportunity(rep1, c.C1, '纺机改造', 100_000);
    o.o2 = await opportunity(rep1, c.C2, '一期产线', 200_000);
    o.o3 = await opportunity(rep1, c.C2, '备件包', 50_000);
    o.o7 = await opportunity(rep1, c.C1, '小额试点', 10_000);
    o.o4 = await opportunity(rep2, c.C3, '整线采购', 300_000);
    o.o6 = await opportunity(rep2, c.C4, '二期扩产', 150_000);
    for (const id of [o.o1, o.o2, o.o3]) await toContractStage(rep1, id);
    for (const id of ['needs', 'proposal', 'negotiation']) await advance(rep1, o.o7, id);
    for (const id of [o.o4, o.o6]) await toContractStage(rep2, id);
    // rep2's first contract on 整线采购 (3/5 → delivery 3/12) and a second one (3/16 → 3/20).
    await contract(rep2, o.o4, '整线采购合同', 300_000, {
      status: 'delivering',
      end_date: '2027-03-04',
      submitted_at: sh('2026-03-05T10:00:00'),
      delivery_started_at: sh('2026-03-12T10:00:00'),
    });
    await contract(rep2, o.o4, '整线采购补充合同', 40_000, {
      status: 'delivering',
      submitted_at: sh('2026-03-16T10:00:00'),
      delivery_started_at: sh('2026-03-20T10:00:00'),
    });
    at('2026-03-02T10:30:00');
    expect((await rep2.patch(`/leads/${l.L4}`, { status: 'qualified' })).status).toBe(200);
    at('2026-03-02T11:00:00');
    await followUp(rep1, 'lead', l.L1, 'needs_discovery');
    await followUp(rep2, 'lead', l.L3, 'needs_discovery');
    await followUp(rep3, 'lead', l.L5, 'needs_discovery');
    at('2026-03-02T12:00:00');
    await t.ctx.scheduler.tick(); // L2 and L4 breach their response SLA
    at('2026-03-03T10:00:00');
    expect((await rep1.patch(`/leads/${l.L2}`, { status: 'disqualified' })).status).toBe(200);
    at('2026-03-05T10:00:00');
    expect((await rep1.post(`/leads/${l.L1}/convert`, { grade: 'C' })).status).toBe(201);
    at('2026-03-09T10:00:00');
    expect((await rep2.post(`/leads/${l.L3}/convert`, { grade: 'C' })).status).toBe(201);
    at('2026-03-10T10:00:00');
    await followUp(rep1, 'customer', c.C1, 'needs_discovery');
    await followUp(rep1, 'customer', c.C1, 'needs_discovery');
    await followUp(rep1, 'customer', c.C2, 'customer_success');
    await followUp(rep1, 'customer', c.C2, 'customer_success');
    await followUp(rep1, 'customer', c.C2, 'value_presentation', 'proposal');
    expect((await rep1.post(`/customers/${c.C1}/nps`, { score: 80 })).status).toBe(201);
    expect((await rep1.post(`/customers/${c.C2}/nps`, { score: 4, scale: 10 })).status).toBe(201);
    // Wins: 嘉兴化纤's first deal before its 备件包, both 10 days after they were opened on average.
    at('2026-03-12T08:00:00');
    await advance(rep1, o.o2, 'won');
    at('2026-03-12T10:00:00');
    await advance(rep1, o.o1, 'won');
    at('2026-03-12T12:00:00');
    await advance(rep1, o.o3, 'won');
    at('2026-03-20T10:00:00');
    await advance(rep1, o.o7, 'lost', '客户预算取消');
    at('2026-03-22T10:00:00');
    await advance(rep2, o.o4, 'won');
    await advance(rep2, o.o6, 'won');

    // April: rep1 pastes the same customer-success note twice; the copy is flagged and earns nothing.
    at('2026-04-10T10:00:00');
    await followUp(rep1, 'customer', c.C2, 'customer_success', 'recording', '已联系，客户表示再考虑');
    at('2026-04-10T15:00:00');
    await followUp(rep1, 'customer', c.C2, 'customer_success', 'recording', '已联系，客户表示再考虑');

    // South: a contract across the Labour Day holidays (for the working-day KPI).
    at('2026-04-28T10:00:00');
    c.C5 = await customer(rep3, '深圳电池', '华南');
    const o8 = await opportunity(rep3, c.C5, '化成设备', 500_000);
    await contract(rep3, o8, '化成设备合同', 500_000, {
      status: 'delivering',
      submitted_at: sh('2026-04-30T10:00:00'),
      delivery_started_at: sh('2026-05-07T10:00:00'),
    });
    at('2026-03-25T10:00:00');
  });
  afterAll(() => t.close());

  it('credits CSM events to the responsible rep, idempotently by externalId', async () => {
    const event = { externalId: 'CSM-T-0001', customerId: c.C3, type: 'training', occurredAt: '2026-03-10T10:00:00+08:00' };
    const first = await csm.post('/integrations/csm-events', event);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ externalId: 'CSM-T-0001', type: 'training', points: 5, creditedUserId: org.ids.rep2, duplicate: false });
    const again = await csm.post('/integrations/csm-events', { ...event, type: 'ticket' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, type: 'training', points: 5, duplicate: true });
    expect(
      (
        await csm.post('/integrations/csm-events', {
          externalId: 'CSM-W-0001',
          customerId: c.C3,
          type: 'whitepaper_download',
          occurredAt: '2026-03-10T11:00:00+08:00',
        })
      ).status,
    ).toBe(201);
    const nps = await csm.post('/integrations/csm-events', {
      externalId: 'CSM-N-0001',
      customerId: c.C3,
      type: 'nps',
      score: 9,
      scale: 10,
      occurredAt: '2026-03-11T10:00:00+08:00',
    });
    expect(nps.status).toBe(201);
    expect(
      (
        await csm.post('/integrations/csm-events', {
          externalId: 'CSM-N-0001',
          customerId: c.C3,
          type: 'nps',
          score: 9,
          scale: 10,
          occurredAt: '2026-03-11T10:00:00+08:00',
        })
      ).status,
    ).toBe(200);
    // One NPS answer, not two: the repeat changed nothing.
    expect((await rep2.get(`/customers/${c.C3}/nps`)).body.items.map((n: any) => [n.score, n.source])).toEqual([[90, 'csm']]);
    expect(
      (await csm.post('/integrations/csm-events', { externalId: 'CSM-X', customerId: c.C3, type: 'lunch', occurredAt: '2026-03-11T10:00:00+08:00' })).status,
    ).toBe(422);
    expect(
      (await csm.post('/integrations/csm-events', { externalId: 'CSM-Y', customerId: c.C3, type: 'nps', occurredAt: '2026-03-11T10:00:00+08:00' })).status,
    ).toBe(422);
    expect((await director.post('/integrations/csm-events', { ...event, externalId: 'CSM-S' })).status).toBe(403);
    const listed = await rep2.get(`/customers/${c.C3}/csm-events`);
    expect(listed.body.totalPoints).toBe(7);
    expect(listed.body.items).toHaveLength(3);
  });

  it('ranks the team on the three-dimensional contribution model, and re-ranks when the weights move', async () => {
    const r = await director.get(`/analytics/contribution?from=2026-03-01&to=2026-03-31&teamId=${org.ids.east}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ phase: 'growth', weightsSource: 'phase', weights: { newCustomers: 0.45, upsell: 0.35, customerSuccess: 0.2 } });
    expect(r.body.formula).toBe('贡献度 = 100 × (0.45 × 新客获取数 ÷ 团队最大值 + 0.35 × 老客增购金额 ÷ 团队最大值 + 0.2 × 客户成功介入 ÷ 团队最大值)');
    const by = Object.fromEntries(r.body.items.map((i: any) => [i.name, i]));
    // rep1: 杭州纺机 and 嘉兴化纤 are new (2); 备件包 is upsell (50,000); 2 customer-success follow-ups (2).
    expect(by.rep1.raw).toEqual({ newCustomers: 2, upsell: 50_000, customerSuccess: 2 });
    // rep2: 苏州电子 is new (1); 常州机电 won before in February (150,000) + the second contract on 整线采购
    // (40,000); CSM: training 5 + white paper 1 + NPS survey 1 = 7.
    expect(by.rep2.raw).toEqual({ newCustomers: 1, upsell: 190_000, customerSuccess: 7 });
    expect(by.rep2.details).toMatchObject({ upsellWonAmount: 150_000, upsellContractAmount: 40_000, csmPoints: 7, csmEvents: 3 });
    expect(by.rep1.normalised).toEqual({ newCustomers: 1, upsell: 0.2632, customerSuccess: 0.2857 });
    expect(by.rep2.normalised).toEqual({ newCustomers: 0.5, upsell: 1, customerSuccess: 1 });
    // rep1: 100 × (0.45 × 1 + 0.35 × 50/190 + 0.2 × 2/7) = 59.92; rep2: 100 × (0.45 × 0.5 + 0.35 + 0.2) = 77.5
    expect(r.body.items.map((i: any) => [i.name, i.score, i.rank])).toEqual([
      ['rep2', 77.5, 1],
      ['rep1', 59.92, 2],
    ]);

    // A director moving the weights towards new customers turns the ranking round.
    const moved = await director.get(`/analytics/contribution?from=2026-03-01&to=2026-03-31&teamId=${org.ids.east}&weights=0.8,0.1,0.1`);
    // rep1: 100 × (0.8 + 0.1 × 50/190 + 0.1 × 2/7) = 85.49; rep2: 100 × (0.4 + 0.1 + 0.1) = 60
    expect(moved.body.items.map((i: any) => [i.name, i.score, i.rank])).toEqual([
      ['rep1', 85.49, 1],
      ['rep2', 60, 2],
    ]);
    expect(moved.body.weightsSource).toBe('query');
    // 拓展期 weights from the playbook: 0.6 / 0.25 / 0.15 → rep1 70.86, rep2 70.
    const expansion = await director.get(`/analytics/contribution?from=2026-03-01&to=2026-03-31&teamId=${org.ids.east}&phase=expansion`);
    expect(expansion.body.items.map((i: any) => [i.name, i.score, i.rank])).toEqual([
      ['rep1', 70.86, 1],
      ['rep2', 70, 2],
    ]);
    // In April the second, copied customer-success note is held for fake: it does not count.
    const april = await director.get(`/analytics/contribution?from=2026-04-01&to=2026-04-30&teamId=${org.ids.east}`);
    expect(april.body.items.find((i: any) => i.name === 'rep1').details.csFollowups).toBe(1);
    const named = await director.get(
      `/analytics/contribution?from=2026-03-01&to=2026-03-31&teamId=${org.ids.east}&weights=newCustomers:8,upsell:1,customerSuccess:1`,
    );
    expect(named.body.items.map((i: any) => i.score)).toEqual([85.49, 60]);
    expect((await director.get('/analytics/contribution?weights=0,0,0')).status).toBe(422);
  });

  it('keeps the contribution dashboard inside the caller\u2019s reach', async () => {
    const mine = await sup1.get('/analytics/contribution?from=2026-03-01&to=2026-03-31');
    expect(mine.body.items.map((i: any) => i.name).sort()).toEqual(['rep1', 'rep2']);
    expect((await sup1.get(`/analytics/contribution?teamId=${org.ids.south}`)).status).toBe(403);
    expect((await rep1.get('/analytics/contribution')).status).toBe(403);
    const all = await director.get('/analytics/contribution?from=2026-03-01&to=2026-03-31');
    expect(all.body.items.map((i: any) => i.name).sort()).toEqual(['rep1', 'rep2', 'rep3']);
  });

  it('draws the capability radar from the documented formulas', async () => {
    const r = await sup1.get('/analytics/radar?month=2026-03');
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.dimensions.map((d: any) => d.label)).toEqual(['商机识别', '方案设计', '谈判攻坚', '客户经营']);
    expect(r.body.dimensions[0].formula).toContain('线索转化率');
    const by = Object.fromEntries(r.body.reps.map((x: any) => [x.name, x]));
    expect(by.rep1.raw).toEqual({
      leadsConverted: 1,
      leadsDisqualified: 1,
      needsDiscoveryActions: 3,
      proposals: 1,
      valueActions: 1,
      lateStageWon: 3,
      lateStageLost: 1,
      wonDeals: 3,
      avgCycleDays: 10,
      contractsEnding: 1,
      contractsRenewed: 1,
      npsAverage: 60,
      upsellAmount: 50_000,
    });
    expect(by.rep2.raw).toMatchObject({
      leadsConverted: 1,
      leadsDisqualified: 0,
      needsDiscoveryActions: 1,
      proposals: 0,
      valueActions: 0,
      lateStageWon: 2,
      lateStageLost: 0,
      avgCycleDays: 20,
      contractsEnding: 0,
      npsAverage: 90,
      upsellAmount: 190_000,
    });
    // rep1: 商机识别 100 × (0.6 × 1/2 + 0.4 × 3/3) = 70; 方案设计 100 × (0.5 + 0.5) = 100;
    // 谈判攻坚 100 × (0.6 × 3/4 + 0.4 × 10/10) = 85; 客户经营 100 × (0.4 × 1 + 0.3 × 0.6 + 0.3 × 50/190) = 65.89
    expect(by.rep1.scores).toEqual({ opportunity: 70, solution: 100, negotiation: 85, account: 65.89 });
    // rep2: 100 × (0.6 × 1 + 0.4 × 1/3) = 73.33; 0; 100 × (0.6 × 1 + 0.4 × 10/20) = 80;
    // 客户经营 without a contract ending: (0.3 × 0.9 + 0.3 × 1) ÷ 0.6 = 95
    expect(by.rep2.scores).toEqual({ opportunity: 73.33, solution: 0, negotiation: 80, account: 95 });
    const avg = (a: number, b: number) => Math.round(((a + b) / 2) * 100) / 100;
    expect(by.rep1.teamAverage).toEqual({ opportunity: avg(70, 73.33), solution: 50, negotiation: 82.5, account: avg(65.89, 95) });
    expect(by.rep2.components.account.map((x: any) => [x.key, x.value])).toEqual([
      ['renewalRate', null],
      ['nps', 0.9],
      ['upsell', 1],
    ]);

    // A rep sees their own radar against the team average.
    const own = await rep1.get('/analytics/radar?month=2026-03');
    expect(own.body.reps.map((x: any) => x.name)).toEqual(['rep1']);
    expect(own.body.reps[0].teamAverage).toEqual(by.rep1.teamAverage);
    const xlsx = await t.app.inject({ method: 'GET', url: '/api/v1/analytics/radar.xlsx?month=2026-03', headers: { cookie: (sup1 as any).auth.cookie } });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('computes the KPI dashboard per team and region in SQL, within the caller\u2019s scope', async () => {
    const r = await director.get('/analytics/kpi?from=2026-03-01&to=2026-03-31&groupBy=team');
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const east = r.body.groups.find((g: any) => g.key === org.ids.east);
    const south = r.body.groups.find((g: any) => g.key === org.ids.south);
    expect(east.label).toBe('华东一组');
    // Closed in March: L1 after 3 days, L2 after 1, L3 after 7 → 11/3.
    expect(east.leadCycle).toEqual({ closed: 3, avgDays: 3.67 });
    // High intent: L1, L3 (converted) and L4 (qualified); L1 and L3 answered within the hour, L4 never.
    expect(east.highIntent).toEqual({ total: 3, answeredInWindow: 2, rate: 0.6667 });
    expect(east.responseSla).toEqual({ met: 2, breached: 2, rate: 0.5 });
    expect(east.conversion).toEqual({ arrived: 4, converted: 2, rate: 0.5 });
    // 3/5 → 3/12: 5 working days; 3/16 → 3/20: 4.
    expect(east.contractToDelivery).toEqual({ contracts: 2, avgWorkingDays: 4.5, avgDays: 5.5 });
    expect(south).toMatchObject({
      conversion: { arrived: 1, converted: 0, rate: 0 },
      responseSla: { met: 1, breached: 0, rate: 1 },
      highIntent: { total: 0, rate: null },
      leadCycle: { closed: 0, avgDays: null },
    });
    expect(r.body.total).toMatchObject({
      conversion: { arrived: 5, converted: 2, rate: 0.4 },
      responseSla: { met: 3, breached: 2, rate: 0.6 },
      leadCycle: { closed: 3, avgDays: 3.67 },
    });
    expect(r.body.definitions.highIntent).toContain('48 小时');
    // From the authenticity module: no fake follow-up in March; 有效动作密度 = effective tagged
    // follow-ups ÷ (reps × 22 working days): east 7 ÷ 44, south 1 ÷ 22.
    expect(r.body.fakeFollowupAvailable).toBe(true);
    expect([east.fakeFollowupRate, east.effectiveActionDensity]).toEqual([0, 0.16]);
    expect([south.fakeFollowupRate, south.effectiveActionDensity]).toEqual([0, 0.05]);

    // The same numbers by region; a rep sees only their own records.
    const byRegion = await director.get('/analytics/kpi?from=2026-03-01&to=2026-03-31&groupBy=region');
    expect(byRegion.body.groups.map((g: any) => [g.key, g.conversion.arrived])).toEqual([
      ['华东', 4],
      ['华南', 1],
    ]);
    const own = await rep1.get('/analytics/kpi?from=2026-03-01&to=2026-03-31');
    expect(own.body.groups).toHaveLength(1);
    expect(own.body.groups[0]).toMatchObject({
      conversion: { arrived: 2, converted: 1 },
      responseSla: { met: 1, breached: 1 },
      contractToDelivery: { contracts: 0 },
    });
    const south2 = await sup2.get('/analytics/kpi?from=2026-03-01&to=2026-03-31');
    expect(south2.body.groups.map((g: any) => g.label)).toEqual(['华南一组']);

    // Across the Labour Day holidays only official working days count.
    const may = await director.get('/analytics/kpi?from=2026-04-01&to=2026-05-31&groupBy=region');
    let expected = 0;
    for (let d = nextDate('2026-04-30'); d <= '2026-05-07'; d = nextDate(d)) if (baseDay(d).working) expected += 1;
    expect(expected).toBeLessThan(5);
    expect(may.body.groups.find((g: any) => g.key === '华南').contractToDelivery).toMatchObject({ contracts: 1, avgWorkingDays: expected, avgDays: 7 });
    // rep1's pasted copy in April: 1 of 2 follow-ups in 华东 is fake.
    expect(may.body.groups.find((g: any) => g.key === '华东').fakeFollowupRate).toBe(0.5);
  });
});
