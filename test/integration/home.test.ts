import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, PASSWORD } from '../support/fixtures.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';
import { sh } from '../support/time.js';

/** 工作台 (GET /home): each role's widgets, each in the caller's scope. */
describe('role home pages', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof createOrg>>;
  let c: Record<'rep1' | 'rep3' | 'sup1' | 'sup2' | 'mgrEast' | 'director' | 'finance' | 'product' | 'delivery', Client>;
  const contracts: Record<string, string> = {};

  /** A rep's customer, opportunity and contract; `submit` takes it through 三方确认 to its task cards. */
  const contractOf = async (rep: Client, region: string, name: string, submit: boolean) => {
    const customerId = (await rep.post('/customers', { name, type: 'B2B', grade: 'B', region })).body.id;
    const opportunityId = (await rep.post('/opportunities', { customerId, name: `${name} 设备采购`, amount: 300000, productLine: '工业设备' })).body.id;
    const contract = await rep.post('/contracts', {
      opportunityId,
      title: `${name} 采购合同`,
      amount: 300000,
      paymentTerms: { creditDays: 60, instalments: [{ percent: 100, milestone: '验收', dueDays: 60 }] },
      clauses: [],
    });
    expect(contract.status, JSON.stringify(contract.body)).toBe(201);
    const id = contract.body.id as string;
    expect((await rep.post(`/contracts/${id}/confirmations`)).status).toBe(200);
    if (submit) {
      expect((await c.product.post(`/contracts/${id}/confirmations/product`, { decision: 'confirm' })).status).toBe(200);
      expect((await c.finance.post(`/contracts/${id}/confirmations/finance`, { decision: 'confirm' })).status).toBe(200);
      expect((await rep.post(`/contracts/${id}/submit`)).body.status).toBe('submitted');
    }
    return id;
  };

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t);
    expect((await t.admin.post('/users', { username: 'product1', password: PASSWORD, displayName: '产品经理', role: 'product' })).status).toBe(201);
    const names = {
      rep1: 'rep1',
      rep3: 'rep3',
      sup1: 'sup1',
      sup2: 'sup2',
      mgrEast: 'mgr_east',
      director: 'director',
      finance: 'finance',
      product: 'product1',
      delivery: 'delivery',
    };
    c = Object.fromEntries(await Promise.all(Object.entries(names).map(async ([k, u]) => [k, await org.as(u)]))) as typeof c;
    t.clock.set(sh('2026-11-02T10:00:00'));
    contracts.east = await contractOf(c.rep1, '华东', '苏州精工', true);
    contracts.south = await contractOf(c.rep3, '华南', '深圳鹏程', true);
    contracts.waiting = await contractOf(c.rep1, '华东', '杭州云帆', false);
    await c.rep1.post('/leads', { name: '钱工', type: 'B2B', region: '华东', productLine: '工业设备', phone: '13800000001', company: '无锡华光' });
    await c.rep3.post('/leads', { name: '陶工', type: 'B2B', region: '华南', productLine: '工业设备', phone: '13800000003', company: '东莞精工' });
    // A week on: the cards (1–3 working days) are overdue, the leads' first responses too.
    t.clock.set(sh('2026-11-09T10:00:00'));
    await t.ctx.scheduler.tick();
  });
  afterAll(() => t.close());

  it('gives a rep their own queue, stale items and flags, and nothing of another team', async () => {
    const home = (await c.rep1.get('/home')).body;
    expect(home.role).toBe('sales');
    expect(home.queue.items.length).toBeGreaterThan(0);
    expect(home.queue.items.every((i: { ownerId: string | null }) => i.ownerId === org.ids.rep1)).toBe(true);
    expect(home.queue.counts.overdue).toBeGreaterThan(0);
    expect(home.stale).toMatchObject({ total: expect.any(Number), thresholdHours: expect.any(Number) });
    expect(home.stale.items.every((i: { name: string }) => !i.name.includes('陶工') && !i.name.includes('深圳'))).toBe(true);
    expect(home.flags).toMatchObject({ pending: 0, items: [] });
    expect([home.kpi, home.contribution, home.blockers, home.confirmations, home.cards, home.spotCheck]).toEqual([null, null, null, null, null, null]);
    const other = (await c.rep3.get('/home')).body;
    expect(other.queue.items.every((i: { ownerId: string | null }) => i.ownerId === org.ids.rep3)).toBe(true);
    expect(JSON.stringify(other)).not.toContain('苏州精工');
  });

  it('gives a supervisor the team’s overdue work, flags to review, the spot check, 断点 and their team’s blockers', async () => {
    const home = (await c.sup1.get('/home')).body;
    expect(home.queue.items.length).toBeGreaterThan(0);
    expect(home.queue.items.every((i: { state: string; ownerId: string }) => i.state === 'overdue' && i.ownerId !== org.ids.rep3)).toBe(true);
    expect(home.flags).toMatchObject({ pending: 0 });
    expect(home.spotCheck).toMatchObject({ total: expect.any(Number) });
    expect(home.stale).not.toBeNull();
    expect(home.blockers.total).toBeGreaterThan(0);
    expect(new Set(home.blockers.items.map((i: { contractId: string }) => i.contractId))).toEqual(new Set([contracts.east]));
    const south = (await c.sup2.get('/home')).body;
    expect(new Set(south.blockers.items.map((i: { contractId: string }) => i.contractId))).toEqual(new Set([contracts.south]));
  });

  it('gives the director and the regional manager KPIs, last month’s contribution and the 协作堵点看板 by department', async () => {
    const director = (await c.director.get('/home')).body;
    expect(director.kpi).toMatchObject({ from: '2026-10-11', to: '2026-11-09' });
    expect(director.contribution).toMatchObject({ from: '2026-10-01', to: '2026-10-31' });
    expect(director.blockers.departments.map((d: { department: string }) => d.department)).toEqual(['product', 'finance', 'delivery']);
    expect(director.blockers.total).toBe(director.blockers.departments.reduce((n: number, d: { overdue: number }) => n + d.overdue, 0));
    expect(new Set(director.blockers.items.map((i: { contractId: string }) => i.contractId))).toEqual(new Set([contracts.east, contracts.south]));
    expect(director.queue).not.toBeNull();
    const manager = (await c.mgrEast.get('/home')).body;
    expect(manager.kpi).not.toBeNull();
    expect(new Set(manager.blockers.items.map((i: { contractId: string }) => i.contractId))).toEqual(new Set([contracts.east]));
  });

  it('gives finance and product their 待我确认 and their department’s open cards', async () => {
    for (const [client, department] of [
      [c.finance, 'finance'],
      [c.product, 'product'],
    ] as const) {
      const home = (await client.get('/home')).body;
      expect(home.confirmations.total).toBe(1);
      expect(home.confirmations.items[0]).toMatchObject({ contractId: contracts.waiting, title: '杭州云帆 采购合同' });
      expect(home.cards.total).toBe(2);
      expect(home.cards.overdue).toBe(2);
      expect(home.cards.items.every((card: { department: string }) => card.department === department)).toBe(true);
      expect([home.queue, home.stale, home.kpi, home.blockers]).toEqual([null, null, null, null]);
    }
    // Once finance confirms, the contract leaves finance's list and stays on product's.
    expect((await c.finance.post(`/contracts/${contracts.waiting}/confirmations/finance`, { decision: 'confirm' })).status).toBe(200);
    expect((await c.finance.get('/home')).body.confirmations.total).toBe(0);
    expect((await c.product.get('/home')).body.confirmations.total).toBe(1);
  });
});
