import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, PASSWORD } from '../support/fixtures.js';
import { Client, createTestApp, type TestApp } from '../support/test-app.js';
import { sh } from '../support/time.js';

const terms = { creditDays: 30, instalments: [{ percent: 100, milestone: '验收', dueDays: 30 }] };

describe('renewal opportunities and the renewal rate', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof createOrg>>;
  let rep1: Client;
  let sup1: Client;
  let director: Client;
  let customerId: string;
  let opportunityId: string;
  let contractA: string;
  let contractB: string;
  const tick = async () => (await t.ctx.scheduler.tick())['renewal-opportunity'];

  const runningContract = async (title: string, amount: number, endDate: string) => {
    const product = await t.login('product1', PASSWORD);
    const finance = await org.as('finance');
    const r = await rep1.post('/contracts', { opportunityId, title, amount, paymentTerms: terms, startDate: '2026-03-01', endDate });
    expect(r.status).toBe(201);
    const id = r.body.id as string;
    expect((await rep1.post(`/contracts/${id}/confirmations`)).status).toBe(200);
    expect((await product.post(`/contracts/${id}/confirmations/product`, { decision: 'confirm' })).status).toBe(200);
    expect((await finance.post(`/contracts/${id}/confirmations/finance`, { decision: 'confirm' })).status).toBe(200);
    expect((await rep1.post(`/contracts/${id}/submit`)).status).toBe(200);
    // Approval by the departments is collaboration's business: the contract is simply running here.
    await t.ctx.db.updateTable('contracts').set({ status: 'approved', approved_at: t.clock.now() }).where('id', '=', id).execute();
    return id;
  };
  const renewalsOf = async () =>
    (await rep1.get(`/opportunities?customerId=${customerId}&pageSize=50`)).body.items.filter((o: any) => o.name.startsWith('续约：'));

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t);
    expect((await t.admin.post('/users', { username: 'product1', password: PASSWORD, displayName: '产品经理', role: 'product' })).status).toBe(201);
    [rep1, sup1, director] = await Promise.all(['rep1', 'sup1', 'director'].map((u) => org.as(u)));
    t.clock.set(sh('2026-11-20T10:00:00'));
    customerId = (await rep1.post('/customers', { name: '宁波海纳精工', type: 'B2B', grade: 'B', region: '华东' })).body.id;
    opportunityId = (await rep1.post('/opportunities', { customerId, name: '年度维保', amount: 480000, productLine: '软件服务' })).body.id;
    // A ends 2027-03-05: 90 days before is Saturday 2026-12-05. B ends 2027-03-20: Sunday 2026-12-20.
    contractA = await runningContract('年度维保合同', 480000, '2027-03-05');
    contractB = await runningContract('备件供应合同', 200000, '2027-03-20');
  });
  afterAll(() => t.close());

  it('creates the renewal opportunity for the customer’s owner once, on the first working day of the window', async () => {
    t.clock.set(sh('2026-12-04T18:00:00'));
    expect(await tick()).toBe(0);
    t.clock.set(sh('2026-12-05T09:00:00')); // Saturday
    expect(await tick()).toBe(0);
    t.clock.set(sh('2026-12-07T00:10:00')); // Monday
    expect(await tick()).toBe(1);
    expect(await tick()).toBe(0);
    t.clock.set(sh('2026-12-07T15:00:00'));
    expect(await tick()).toBe(0);
    const [renewal] = await renewalsOf();
    expect(renewal).toMatchObject({ name: '续约：年度维保合同', amount: 480000, ownerId: org.ids.rep1, productLine: '软件服务', status: 'open' });
    const link = await rep1.get(`/opportunities/${renewal.id}/renewal`);
    expect(link.body.renewalOf).toMatchObject({ contractId: contractA, source: 'rule', endDate: '2027-03-05' });
    const notices = (await rep1.get('/notifications?pageSize=100')).body.items.filter((n: any) => n.kind === 'renewal.created');
    expect(notices).toHaveLength(1);
    expect(notices[0].title).toContain('宁波海纳精工');

    t.clock.set(sh('2026-12-21T08:00:00')); // Monday after B's Sunday
    expect(await tick()).toBe(1);
    expect(await tick()).toBe(0);
    expect(await renewalsOf()).toHaveLength(2);
  });

  it('lets a rep mark an opportunity as a renewal, once per contract', async () => {
    const other = (await rep1.post('/opportunities', { customerId, name: '扩容', amount: 50000, productLine: '工业设备' })).body.id;
    expect((await rep1.get(`/opportunities/${other}/renewal`)).body.renewalOf).toBeNull();
    const taken = await rep1.put(`/opportunities/${other}/renewal`, { contractId: contractA });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('RENEWAL_EXISTS');
    expect((await (await org.as('rep3')).put(`/opportunities/${other}/renewal`, { contractId: contractA })).status).toBe(404);
    expect((await rep1.put(`/opportunities/${opportunityId}/renewal`, { contractId: contractA })).status).toBe(422);
  });

  it('reports the renewal rate and average renewal amount per rep, team and month', async () => {
    const [renewalA] = (await renewalsOf()).filter((o: any) => o.name === '续约：年度维保合同');
    await t.ctx.db.updateTable('opportunities').set({ status: 'won', amount: 500000 }).where('id', '=', renewalA.id).execute();
    const byRep = await director.get('/reports/renewals?groupBy=rep&from=2027-03&to=2027-03');
    expect(byRep.status).toBe(200);
    expect(byRep.body.groups).toEqual([{ key: org.ids.rep1, label: 'rep1', ending: 2, renewed: 1, rate: 0.5, renewedAmount: 500000, averageAmount: 500000 }]);
    expect(byRep.body.totals).toEqual({ ending: 2, renewed: 1, rate: 0.5, averageAmount: 500000 });
    expect(byRep.body.contracts.map((c: any) => [c.contractId, c.renewed, c.renewedAmount])).toEqual([
      [contractA, true, 500000],
      [contractB, false, null],
    ]);
    const byTeam = await sup1.get('/reports/renewals?groupBy=team&from=2027-01&to=2027-06');
    expect(byTeam.body.groups).toEqual([
      { key: org.ids.east, label: '华东一组', ending: 2, renewed: 1, rate: 0.5, renewedAmount: 500000, averageAmount: 500000 },
    ]);
    expect((await (await org.as('rep3')).get('/reports/renewals?from=2027-03')).body.totals.ending).toBe(0);
    const xlsx = await director.get('/reports/renewals.xlsx?groupBy=month&from=2027-03');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });
});
