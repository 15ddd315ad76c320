import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseDay } from '../../src/core/calendar/official-days.js';
import { businessTimeBetween } from '../../src/core/calendar/working-time.js';
import { createOrg, PASSWORD } from '../support/fixtures.js';
import { Client, createTestApp, type TestApp } from '../support/test-app.js';
import { sh } from '../support/time.js';

const working = (date: string) => baseDay(date).working;
const hours = { start: '09:00', end: '18:00', timeZone: 'Asia/Shanghai' };
const terms = (creditDays: number) => ({
  creditDays,
  instalments: [
    { percent: 30, milestone: '签约', dueDays: 0 },
    { percent: 70, milestone: '验收', dueDays: creditDays },
  ],
});
const clauses = [
  { key: 'penalty', title: '违约金', text: '逾期交付每日按合同额千分之一计违约金' },
  { key: 'warranty', title: '质保', text: '整机质保两年' },
];

describe('contract-triggered collaboration', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof createOrg>>;
  let rep1: Client;
  let sup1: Client;
  let product: Client;
  let finance: Client;
  let delivery: Client;
  let director: Client;
  let customerId: string;
  let opportunityId: string;
  let contractId: string;

  const newContract = async (title: string, creditDays = 60) => {
    const r = await rep1.post('/contracts', {
      opportunityId,
      title,
      amount: 480000,
      paymentTerms: terms(creditDays),
      clauses,
      requirement: {
        items: [
          { template: 'equipment', item: 'model', params: { model: 'JX-200', quantity: 3 } },
          { template: 'training', item: 'sessions', params: { attendees: 12, days: 2 } },
        ],
      },
      startDate: '2026-10-15',
      endDate: '2027-10-14',
    });
    expect(r.status).toBe(201);
    return r.body.id as string;
  };
  const confirmAndSubmit = async (id: string) => {
    expect((await rep1.post(`/contracts/${id}/confirmations`)).status).toBe(200);
    expect((await product.post(`/contracts/${id}/confirmations/product`, { decision: 'confirm' })).status).toBe(200);
    expect((await finance.post(`/contracts/${id}/confirmations/finance`, { decision: 'confirm' })).status).toBe(200);
    const submitted = await rep1.post(`/contracts/${id}/submit`);
    expect(submitted.body.status).toBe('submitted');
  };
  const cardsOf = async (client: Client, id: string) => (await client.get(`/cards?contractId=${id}`)).body.items as any[];
  const inboxKinds = async (client: Client, kind: string) => (await client.get('/notifications?pageSize=200')).body.items.filter((n: any) => n.kind === kind);

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t);
    expect((await t.admin.post('/users', { username: 'product1', password: PASSWORD, displayName: '产品经理', role: 'product' })).status).toBe(201);
    [rep1, sup1, product, finance, delivery, director] = await Promise.all(
      ['rep1', 'sup1', 'product1', 'finance', 'delivery', 'director'].map((u) => org.as(u)),
    );
    t.clock.set(sh('2026-09-30T09:00:00'));
    customerId = (await rep1.post('/customers', { name: '苏州精密制造', type: 'B2B', grade: 'B', region: '华东' })).body.id;
    opportunityId = (await rep1.post('/opportunities', { customerId, name: '三台 JX-200 采购', amount: 480000, productLine: '工业设备' })).body.id;
  });
  afterAll(() => t.close());

  it('a veto freezes submission with its reason until the rep fixes the terms and both parties confirm', async () => {
    contractId = await newContract('苏州精密 JX-200 采购合同', 90);
    const asked = await rep1.post(`/contracts/${contractId}/confirmations`);
    expect(asked.body).toMatchObject({ status: 'confirming', confirmationRound: 1 });
    expect(asked.body.confirmations.map((c: any) => [c.party, c.decision, c.assigneeName])).toEqual([
      ['product', 'pending', '产品经理'],
      ['finance', 'pending', 'finance'],
    ]);
    expect((await inboxKinds(product, 'contract.confirmation')).length).toBe(1);
    expect((await rep1.post(`/contracts/${contractId}/confirmations/finance`, { decision: 'confirm' })).status).toBe(403);
    expect((await finance.post(`/contracts/${contractId}/confirmations/finance`, { decision: 'veto' })).status).toBe(422);
    const vetoed = await finance.post(`/contracts/${contractId}/confirmations/finance`, {
      decision: 'veto',
      reason: '账期 90 天超出信用政策（最长 60 天）',
      clauseKeys: ['penalty'],
    });
    expect(vetoed.status).toBe(200);
    const refused = await rep1.post(`/contracts/${contractId}/submit`);
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('CONFIRMATION_REQUIRED');
    expect(refused.body.error.details.blockers).toEqual([
      { party: 'product', state: 'pending', reason: null },
      { party: 'finance', state: 'vetoed', reason: '账期 90 天超出信用政策（最长 60 天）' },
    ]);
    expect((await inboxKinds(rep1, 'contract.vetoed'))[0].body).toContain('账期 90 天');

    const fixed = await rep1.patch(`/contracts/${contractId}`, { paymentTerms: terms(60) });
    expect(fixed.body.status).toBe('draft');
    t.clock.set(sh('2026-09-30T15:00:00'));
    await confirmAndSubmit(contractId);
    const cards = await cardsOf(rep1, contractId);
    expect(cards.map((c) => [c.department, c.dueAt]).sort()).toEqual(
      [
        ['delivery', sh('2026-10-10T15:00:00').toISOString()], // 3 working days end on the 调休 Saturday
        ['finance', sh('2026-10-08T15:00:00').toISOString()], // 1 working day, across the National Day week
        ['product', sh('2026-10-09T15:00:00').toISOString()],
      ].sort(),
    );
    const productCard = cards.find((c) => c.department === 'product');
    expect(productCard.payload.requirementDocument).toContain('设备选型与配置');
    expect(productCard.payload.requirementDocument).toContain('型号：JX-200');
    expect(productCard.payload.communication).toMatchObject({ totalFollowups: 0 });
  });

  it('an overdue finance card turns red and both sides\u2019 superiors are told exactly once', async () => {
    const cards = await cardsOf(rep1, contractId);
    const byDept = Object.fromEntries(cards.map((c) => [c.department, c]));
    t.clock.set(sh('2026-10-08T08:00:00'));
    expect((await product.post(`/cards/${byDept.product.id}/complete`, { note: '技术方案可行' })).status).toBe(200);
    expect((await rep1.post(`/cards/${byDept.delivery.id}/complete`, {})).status).toBe(403);
    expect((await delivery.post(`/cards/${byDept.delivery.id}/complete`, { note: '10 月下旬可排期' })).status).toBe(200);
    t.clock.set(sh('2026-10-08T14:59:00'));
    expect((await t.ctx.scheduler.tick())['card-overdue']).toBe(0);
    t.clock.set(sh('2026-10-08T15:00:00'));
    expect((await t.ctx.scheduler.tick())['card-overdue']).toBe(1);
    expect((await t.ctx.scheduler.tick())['card-overdue']).toBe(0);
    const board = await director.get('/cards?overdue=true');
    expect(board.body.items.map((c: any) => [c.department, c.overdue])).toEqual([['finance', true]]);
    // The escalation names its rule and the playbook version it fired under, for the designer's link.
    const version = (await director.get('/playbook')).body.version;
    expect((await director.get('/playbook/rules/card-overdue/decisions')).body.items).toEqual([
      expect.objectContaining({ action: 'card.overdue', entityId: byDept.finance.id, playbookVersion: version }),
    ]);
    for (const client of [director, sup1]) expect(await inboxKinds(client, 'card.overdue')).toHaveLength(1);
    t.clock.set(sh('2026-10-09T12:00:00'));
    await t.ctx.scheduler.tick();
    for (const client of [director, sup1]) expect(await inboxKinds(client, 'card.overdue')).toHaveLength(1);

    expect((await finance.post(`/cards/${byDept.finance.id}/complete`, {})).body.error.code).toBe('CREDIT_CHECK_REQUIRED');
    const check = await finance.post(`/cards/${byDept.finance.id}/credit-check`, {
      provider: 'manual',
      rating: 'AA',
      score: 720,
      creditLimit: 1000000,
      summary: '企业征信良好，无逾期记录',
    });
    expect(check.status).toBe(201);
    expect((await finance.post(`/cards/${byDept.finance.id}/complete`, { note: '账期 60 天合规' })).status).toBe(200);
    const contract = await rep1.get(`/contracts/${contractId}`);
    expect(contract.body.status).toBe('approved');
  });

  it('a payment anomaly from the ERP freezes undelivered contracts, pauses their cards, and spares a delivered one', async () => {
    expect((await delivery.post(`/contracts/${contractId}/start-delivery`)).status).toBe(200);
    expect((await delivery.post(`/contracts/${contractId}/deliver`)).body.status).toBe('delivered');
    t.clock.set(sh('2026-10-12T09:00:00'));
    const draft = await newContract('备件补充合同');
    const submitted = await newContract('二期扩产合同');
    await confirmAndSubmit(submitted);
    t.clock.set(sh('2026-10-12T10:00:00')); // Monday, an hour after submission
    const before = Object.fromEntries((await cardsOf(rep1, submitted)).map((c) => [c.department, c]));

    const token = await t.admin.post('/tokens', { name: 'ERP', scopes: ['write'], userId: org.ids.finance });
    expect(token.status).toBe(201);
    const erp = new Client(t.app, { bearer: token.body.token });
    const report = { externalId: 'ERP-PAY-0001', customerId, status: 'abnormal', reason: '二期首付款逾期 45 天', amount: 144000 };
    const frozen = await erp.post('/integrations/payments', report);
    expect(frozen.status).toBe(201);
    expect(frozen.body.frozen.sort()).toEqual([draft, submitted].sort());
    expect((await erp.post('/integrations/payments', report)).status).toBe(200);
    expect((await rep1.get(`/customers/${customerId}/payment-anomalies`)).body.items).toHaveLength(1);
    expect((await rep1.get(`/contracts/${contractId}`)).body.status).toBe('delivered');
    expect((await rep1.get(`/contracts/${draft}`)).body).toMatchObject({ status: 'frozen', frozenFrom: 'draft', frozenReason: '二期首付款逾期 45 天' });
    expect((await cardsOf(rep1, submitted)).map((c) => c.status)).toEqual(['paused', 'paused', 'paused']);
    const todo = (await sup1.get('/queue')).body.items.filter((i: any) => i.task?.ruleId === 'payment-anomaly-freeze');
    expect(todo.map((i: any) => i.entityId).sort()).toEqual([draft, submitted].sort());
    expect((await rep1.patch(`/contracts/${draft}`, { title: 'x' })).status).toBe(409);

    // Frozen for three working days: the cards' clocks stand still meanwhile.
    t.clock.set(sh('2026-10-15T10:00:00'));
    const anomalyId = frozen.body.anomalyId;
    expect((await rep1.post(`/payment-anomalies/${anomalyId}/resolve`, { resolution: '客户已回款' })).status).toBe(403);
    expect((await finance.post(`/payment-anomalies/${anomalyId}/resolve`, { resolution: '客户已补缴首付款' })).status).toBe(200);
    expect((await rep1.get(`/contracts/${submitted}`)).body.status).toBe('submitted');
    const after = Object.fromEntries((await cardsOf(rep1, submitted)).map((c) => [c.department, c]));
    for (const d of ['product', 'finance', 'delivery']) {
      expect(after[d].status).toBe('open');
      // The business time left at the freeze is exactly what is left after it.
      const leftAtFreeze = businessTimeBetween(sh('2026-10-12T10:00:00'), new Date(before[d].dueAt), working, hours);
      expect(leftAtFreeze).toBeGreaterThan(0);
      expect(businessTimeBetween(sh('2026-10-15T10:00:00'), new Date(after[d].dueAt), working, hours)).toBe(leftAtFreeze);
    }
  });

  it('reports where collaboration stalls, month by month, with hand-checked numbers', async () => {
    const september = await director.get('/reports/collaboration?month=2026-09');
    expect(september.status).toBe(200);
    // Round 1: finance vetoed at once; round 2 (15:00): both confirmed at once.
    expect(september.body.steps.filter((s: any) => s.step.startsWith('confirm_'))).toEqual([
      { step: 'confirm_product', label: '三方确认：产品', count: 1, avgWorkingDays: 0 },
      { step: 'confirm_finance', label: '三方确认：财务', count: 2, avgWorkingDays: 0 },
    ]);
    expect(september.body.rejectionReasons).toEqual([{ reason: '账期 90 天超出信用政策（最长 60 天）', count: 1 }]);
    expect(september.body.disputedClauses).toEqual([{ key: 'penalty', title: '违约金', count: 1 }]);

    const october = await director.get('/reports/collaboration?month=2026-10');
    const step = (key: string) => october.body.steps.find((s: any) => s.step === key);
    // Cards created 9/30 15:00. Product and delivery done 10/8 08:00: 3 business hours = 0.33 working day.
    expect(step('product')).toMatchObject({ count: 1, avgWorkingDays: 0.33 });
    expect(step('delivery')).toMatchObject({ count: 1, avgWorkingDays: 0.33 });
    // Finance done 10/9 12:00: 3 h + 9 h + 3 h = 15 h = 1.67 working days.
    expect(step('finance')).toMatchObject({ count: 1, avgWorkingDays: 1.67 });
    // 二期扩产合同's three cards resumed on 10/15 and were still open past their deadlines at month end.
    expect(october.body.slaCompliance).toEqual([
      { department: 'product', label: '产品', completed: 1, onTime: 1, rate: 1, overdueOpen: 1 },
      { department: 'finance', label: '财务', completed: 1, onTime: 0, rate: 0, overdueOpen: 1 },
      { department: 'delivery', label: '交付', completed: 1, onTime: 1, rate: 1, overdueOpen: 1 },
    ]);
    expect((await rep1.get('/reports/collaboration?month=2026-10')).status).toBe(403);
    const xlsx = await t.app.inject({
      method: 'GET',
      url: '/api/v1/reports/collaboration.xlsx?month=2026-10',
      headers: { cookie: (director as any).auth.cookie },
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');

    // On the first working day of a month at 09:00 last month's report reaches the directors, once
    // (September's went out on 10/8, the first working day after the National Day week).
    t.clock.set(sh('2026-11-02T09:00:00'));
    expect((await t.ctx.scheduler.tick())['collaboration-report']).toBe(1);
    t.clock.set(sh('2026-11-03T09:00:00'));
    expect((await t.ctx.scheduler.tick())['collaboration-report']).toBe(0);
    expect((await inboxKinds(director, 'report.collaboration')).map((n: any) => n.data.month).sort()).toEqual(['2026-09', '2026-10']);
  });

  it('shows engineers’ bookings and free working days; delivery books without overlaps', async () => {
    const engineer = await t.admin.post('/engineers', { name: '张工', region: '华东', skills: ['安装调试', 'PLC'] });
    expect(engineer.status).toBe(201);
    expect((await delivery.post(`/engineers/${engineer.body.id}/bookings`, { startsOn: '2026-10-08', endsOn: '2026-10-09', contractId })).status).toBe(201);
    const clash = await delivery.post(`/engineers/${engineer.body.id}/bookings`, { startsOn: '2026-10-09', endsOn: '2026-10-12' });
    expect(clash.status).toBe(409);
    expect(clash.body.error.code).toBe('BOOKING_OVERLAP');
    expect((await rep1.post(`/engineers/${engineer.body.id}/bookings`, { startsOn: '2026-10-20', endsOn: '2026-10-21' })).status).toBe(403);
    const gantt = await rep1.get('/engineers?from=2026-10-05&to=2026-10-13&region=华东');
    const row = gantt.body.items.find((e: any) => e.id === engineer.body.id);
    expect(row.bookings).toEqual([expect.objectContaining({ startsOn: '2026-10-08', endsOn: '2026-10-09', contractNumber: expect.stringMatching(/^HT-/) })]);
    // 10/5–10/7 are holidays, 10/8–9 booked, 10/10 a 调休 Saturday, 10/11 Sunday.
    expect(row.free).toEqual([
      { from: '2026-10-10', to: '2026-10-10' },
      { from: '2026-10-12', to: '2026-10-13' },
    ]);
  });

  it('keeps the delivery role read-only outside its own work', async () => {
    expect((await delivery.get(`/contracts/${contractId}`)).status).toBe(200);
    expect((await delivery.get(`/customers/${customerId}`)).status).toBe(200);
    expect((await delivery.post('/contracts', { opportunityId, title: 'x', amount: 1 })).status).toBe(403);
    expect((await delivery.patch(`/contracts/${contractId}`, { title: 'x' })).status).toBe(403);
  });
});
