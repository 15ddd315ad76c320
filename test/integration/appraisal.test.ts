import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, PASSWORD } from '../support/fixtures.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';
import { sh } from '../support/time.js';

const terms = { creditDays: 30, instalments: [{ percent: 100, milestone: '验收', dueDays: 30 }] };

describe('monthly appraisal and LTV, checked against hand-computed figures', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof createOrg>>;
  let rep1: Client;
  let rep2: Client;
  let sup1: Client;
  const ids: Record<string, string> = {};

  const customer = async (rep: Client, name: string) => (await rep.post('/customers', { name, type: 'B2B', grade: 'B', region: '华东' })).body.id as string;
  const opportunity = async (rep: Client, customerId: string, name: string) =>
    (await rep.post('/opportunities', { customerId, name, amount: 100000, productLine: '工业设备' })).body.id as string;
  const contract = async (rep: Client, opportunityId: string, amount: number, startDate: string, endDate: string, status = 'approved') => {
    const product = await t.login('product1', PASSWORD);
    const finance = await org.as('finance');
    const id = (await rep.post('/contracts', { opportunityId, title: `合同 ${amount}`, amount, paymentTerms: terms, startDate, endDate })).body.id as string;
    expect((await rep.post(`/contracts/${id}/confirmations`)).status).toBe(200);
    expect((await product.post(`/contracts/${id}/confirmations/product`, { decision: 'confirm' })).status).toBe(200);
    expect((await finance.post(`/contracts/${id}/confirmations/finance`, { decision: 'confirm' })).status).toBe(200);
    expect((await rep.post(`/contracts/${id}/submit`)).status).toBe(200);
    await t.ctx.db.updateTable('contracts').set({ status }).where('id', '=', id).execute();
    return id;
  };
  const close = (id: string, status: 'won' | 'lost', at: string) =>
    t.ctx.db
      .updateTable('opportunities')
      .set({ status, stage: status, stage_entered_at: sh(at) })
      .where('id', '=', id)
      .execute();

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t);
    expect((await t.admin.post('/users', { username: 'product1', password: PASSWORD, displayName: '产品经理', role: 'product' })).status).toBe(201);
    [rep1, rep2, sup1] = await Promise.all(['rep1', 'rep2', 'sup1'].map((u) => org.as(u)));
    t.clock.set(sh('2026-11-10T10:00:00'));
    // rep1 — A: a new customer signed this month; B: an old customer whose contract ends this month and renewed.
    ids.a = await customer(rep1, '甲·新客户');
    ids.b = await customer(rep1, '乙·老客户');
    ids.oppA = await opportunity(rep1, ids.a, '甲 首单');
    ids.oppB = await opportunity(rep1, ids.b, '乙 年度合同');
    ids.a1 = await contract(rep1, ids.oppA, 480000, '2026-03-01', '2027-02-28');
    ids.b1 = await contract(rep1, ids.oppB, 100000, '2025-12-01', '2026-11-30', 'closed');
    await t.ctx.db
      .updateTable('contracts')
      .set({ submitted_at: sh('2025-11-20T10:00:00') })
      .where('id', '=', ids.b1)
      .execute();
    ids.b2 = await contract(rep1, ids.oppB, 120000, '2026-12-01', '2027-11-30');
    await close(ids.oppA, 'won', '2026-11-12T10:00:00');
    for (const n of [1, 2, 3]) await close(await opportunity(rep1, ids.a, `甲 加购 ${n}`), 'lost', '2026-11-13T10:00:00');
    await close(await opportunity(rep1, ids.a, '甲 上月输单'), 'lost', '2026-10-20T10:00:00');
    // rep2 — C: a new customer signed this month.
    ids.c = await customer(rep2, '丙·新客户');
    ids.c1 = await contract(rep2, await opportunity(rep2, ids.c, '丙 首单'), 200000, '2026-01-01', '2026-12-31');
    // Complaints this month on rep1's customers: two of four are 内部协调不畅.
    for (const [c, category] of [
      [ids.a, 'coordination'],
      [ids.a, 'billing'],
      [ids.b, 'coordination'],
      [ids.b, 'product_quality'],
    ])
      expect((await rep1.post(`/customers/${c}/complaints`, { title: `投诉：${category}`, category })).status).toBe(201);
    t.clock.set(sh('2026-11-20T10:00:00'));
    const finance = await org.as('finance');
    expect(
      (await finance.post(`/contracts/${ids.a1}/payments`, { amount: 104000, receivedAt: '2026-11-20T09:00:00+08:00', reference: 'BANK-A1' })).status,
    ).toBe(201);
  });
  afterAll(() => t.close());

  it('scores every component with the playbook weights and ranks reps inside the team', async () => {
    const r = await sup1.get('/analytics/appraisal?month=2026-11');
    expect(r.status).toBe(200);
    expect(r.body.components.map((c: any) => [c.key, c.weight, c.target])).toEqual([
      ['newCustomerAmount', 42.5, 500000],
      ['renewalRate', 26.4, 0.9],
      ['incubationQuality', 16.1, 0.3],
      ['customerHealth', 15, 100],
    ]);
    const health = async (id: string) => (await sup1.get(`/customers/${id}/health`)).body.score as number;
    const h1 = Math.round((((await health(ids.a)) + (await health(ids.b))) / 2) * 100) / 100;
    const h2 = await health(ids.c);
    const [first, second] = r.body.items;
    expect(first).toMatchObject({ name: 'rep1', rank: 1, complaints: 4, coordinationComplaints: 2, coordinationShare: 0.5 });
    // 480000 ÷ 500000 = 96; renewed 1 of 1 ending → 1 ÷ 0.9 capped at 100; won 1 of 4 closed → 0.25 ÷ 0.3 = 83.33.
    expect(first.components.map((c: any) => [c.key, c.raw, c.score])).toEqual([
      ['newCustomerAmount', 480000, 96],
      ['renewalRate', 1, 100],
      ['incubationQuality', 0.25, 83.33],
      ['customerHealth', h1, h1],
    ]);
    // (96 × 42.5 + 100 × 26.4 + 83.33 × 16.1 + h1 × 15) ÷ 100
    expect(first.total).toBeCloseTo((4080 + 2640 + 1341.613 + h1 * 15) / 100, 2);
    // rep2: 200000 ÷ 500000 = 40; nothing ended or closed: (40 × 42.5 + h2 × 15) ÷ 57.5
    expect(second).toMatchObject({ name: 'rep2', rank: 2, complaints: 0, coordinationShare: null });
    expect(second.components.map((c: any) => c.score)).toEqual([40, null, null, h2]);
    expect(second.total).toBeCloseTo((1700 + h2 * 15) / 57.5, 2);
    expect(r.body.coordinationShare).toBe(0.5);

    const own = await rep2.get('/analytics/appraisal?month=2026-11');
    expect(own.body.items.map((i: any) => i.name)).toEqual(['rep2']);
    expect((await (await org.as('finance')).get('/analytics/appraisal')).status).toBe(403);
    const xlsx = await sup1.get('/analytics/appraisal.xlsx?month=2026-11');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('computes LTV as received plus expected renewals, and each rep’s share', async () => {
    const r = await sup1.get('/analytics/ltv');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ horizonYears: 3, expectedRenewalRate: 0.8 });
    // 甲: 104000 received + 480000 a year × 3 × 0.8 = 1256000; 丙: 200000 × 2.4 = 480000;
    // 乙: its closed contract does not renew, the running one 120000 × 2.4 = 288000.
    expect(r.body.items.map((i: any) => [i.customerName, i.received, i.expectedRenewals, i.ltv])).toEqual([
      ['甲·新客户', 104000, 1152000, 1256000],
      ['丙·新客户', 0, 480000, 480000],
      ['乙·老客户', 0, 288000, 288000],
    ]);
    // rep1 manages 1544000 of 2024000 = 0.7628; rep2 480000 = 0.2372.
    expect(r.body.reps).toEqual([
      { ownerId: org.ids.rep1, ownerName: 'rep1', customers: 2, ltv: 1544000, share: 0.7628 },
      { ownerId: org.ids.rep2, ownerName: 'rep2', customers: 1, ltv: 480000, share: 0.2372 },
    ]);
    const own = await rep1.get('/analytics/ltv?sort=customerName&order=asc');
    expect(own.body.items.map((i: any) => i.customerName)).toEqual(['乙·老客户', '甲·新客户']);
    expect(own.body.reps).toEqual([{ ownerId: org.ids.rep1, ownerName: 'rep1', customers: 2, ltv: 1544000, share: 1 }]);
    expect((await sup1.get('/analytics/ltv.xlsx')).status).toBe(200);
  });
});
