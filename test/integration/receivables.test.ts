import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, PASSWORD } from '../support/fixtures.js';
import { Client, createTestApp, type TestApp } from '../support/test-app.js';
import { sh } from '../support/time.js';

const terms = {
  creditDays: 60,
  instalments: [
    { percent: 30, milestone: '签约', dueDays: 0 },
    { percent: 70, milestone: '验收', dueDays: 60 },
  ],
};

describe('receivables, payments and the overdue freeze', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof createOrg>>;
  let rep1: Client;
  let rep3: Client;
  let product: Client;
  let finance: Client;
  let director: Client;
  let customerId: string;
  let opportunityId: string;
  let contractId: string;
  let draftId: string;

  const newContract = async (title: string, amount: number) => {
    const r = await rep1.post('/contracts', { opportunityId, title, amount, paymentTerms: terms, startDate: '2026-11-01', endDate: '2027-10-31' });
    expect(r.status).toBe(201);
    return r.body.id as string;
  };
  const submit = async (id: string) => {
    expect((await rep1.post(`/contracts/${id}/confirmations`)).status).toBe(200);
    expect((await product.post(`/contracts/${id}/confirmations/product`, { decision: 'confirm' })).status).toBe(200);
    expect((await finance.post(`/contracts/${id}/confirmations/finance`, { decision: 'confirm' })).status).toBe(200);
    expect((await rep1.post(`/contracts/${id}/submit`)).body.status).toBe('submitted');
  };

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t);
    expect((await t.admin.post('/users', { username: 'product1', password: PASSWORD, displayName: '产品经理', role: 'product' })).status).toBe(201);
    [rep1, rep3, product, finance, director] = await Promise.all(['rep1', 'rep3', 'product1', 'finance', 'director'].map((u) => org.as(u)));
    t.clock.set(sh('2026-11-02T09:00:00')); // Monday
    customerId = (await rep1.post('/customers', { name: '苏州精密制造', type: 'B2B', grade: 'B', region: '华东' })).body.id;
    opportunityId = (await rep1.post('/opportunities', { customerId, name: '三台 JX-200 采购', amount: 480000, productLine: '工业设备' })).body.id;
    contractId = await newContract('JX-200 采购合同', 480000);
    draftId = await newContract('备件补充合同', 20000);
    await submit(contractId);
  });
  afterAll(() => t.close());

  it('turns a submitted contract’s instalments into receivables with due dates', async () => {
    const r = await rep1.get(`/contracts/${contractId}/receivables`);
    expect(r.status).toBe(200);
    expect(r.body.items.map((i: any) => [i.seq, i.milestone, i.amount, i.dueDate, i.status])).toEqual([
      [1, '签约', 144000, '2026-11-02', 'open'],
      [2, '验收', 336000, '2027-01-01', 'open'],
    ]);
    expect((await rep1.get(`/contracts/${draftId}/receivables`)).body.items).toEqual([]);
    expect((await rep3.get(`/contracts/${contractId}/receivables`)).status).toBe(404);
  });

  it('applies payments to the oldest receivable first, refuses over-payment and repeated references', async () => {
    t.clock.set(sh('2026-11-02T15:00:00'));
    const body = { amount: 100000, receivedAt: '2026-11-02T10:00:00+08:00', reference: 'BANK-0001' };
    expect((await rep1.post(`/contracts/${contractId}/payments`, body)).status).toBe(403);
    expect((await finance.post(`/contracts/${draftId}/payments`, body)).body.error.code).toBe('NO_RECEIVABLES');
    const paid = await finance.post(`/contracts/${contractId}/payments`, body);
    expect(paid.status).toBe(201);
    expect(paid.body.items.map((i: any) => [i.received, i.outstanding, i.status])).toEqual([
      [100000, 44000, 'open'],
      [0, 336000, 'open'],
    ]);
    expect(paid.body.payments[0]).toMatchObject({ amount: 100000, reference: 'BANK-0001', via: 'session', allocations: [{ seq: 1, amount: 100000 }] });
    expect((await finance.post(`/contracts/${contractId}/payments`, body)).body.error.code).toBe('PAYMENT_DUPLICATE');
    const over = await finance.post(`/contracts/${contractId}/payments`, { ...body, amount: 380000.01, reference: 'BANK-0002' }, { 'accept-language': 'en' });
    expect(over.status).toBe(422);
    expect(over.body.error).toMatchObject({ code: 'OVERPAYMENT', details: { outstanding: 380000 } });
    expect(over.body.error.message).toContain('380000.00');
    const future = await finance.post(`/contracts/${contractId}/payments`, { ...body, receivedAt: '2026-11-03T10:00:00+08:00', reference: 'BANK-0003' });
    expect(future.body.error.code).toBe('DATE_IN_FUTURE');
    expect((await finance.post(`/contracts/${contractId}/payments`, { amount: -1, receivedAt: body.receivedAt, reference: 'x' })).status).toBe(400);

    // The ERP with a finance user's API token.
    const token = await t.admin.post('/tokens', { name: 'ERP', scopes: ['write'], userId: org.ids.finance });
    const erp = new Client(t.app, { bearer: token.body.token });
    const viaErp = await erp.post(`/contracts/${contractId}/payments`, { amount: 4000, receivedAt: '2026-11-02T11:00:00+08:00', reference: 'ERP-PAY-1' });
    expect(viaErp.status).toBe(201);
    expect(viaErp.body.items[0]).toMatchObject({ received: 104000, outstanding: 40000 });
    expect(viaErp.body.payments.map((p: any) => p.via)).toEqual(['session', 'token']);
    const audit = await t.ctx.db.selectFrom('audit_pending').select(['action']).where('action', '=', 'contract.payment').execute();
    expect(audit).toHaveLength(2);
  });

  it('raises the payment anomaly exactly once, 10 working days after the due date, freezing undelivered contracts', async () => {
    // Due Monday 2026-11-02; the 10th working day after it is Monday 2026-11-16.
    t.clock.set(sh('2026-11-13T23:00:00'));
    expect((await t.ctx.scheduler.tick())['receivable-overdue']).toBe(0);
    expect((await rep1.get(`/contracts/${contractId}`)).body.status).toBe('submitted');
    t.clock.set(sh('2026-11-16T00:30:00'));
    expect((await t.ctx.scheduler.tick())['receivable-overdue']).toBe(1);
    expect((await t.ctx.scheduler.tick())['receivable-overdue']).toBe(0);
    t.clock.set(sh('2026-11-17T09:00:00'));
    expect((await t.ctx.scheduler.tick())['receivable-overdue']).toBe(0);
    const anomalies = (await finance.get(`/customers/${customerId}/payment-anomalies`)).body.items;
    expect(anomalies).toHaveLength(1);
    expect(anomalies[0]).toMatchObject({ source: 'overdue', status: 'open', amount: 40000 });
    expect(anomalies[0].reason).toContain('到期后 10 个工作日仍未回款');
    expect((await rep1.get(`/contracts/${contractId}`)).body).toMatchObject({ status: 'frozen', frozenFrom: 'submitted' });
    expect((await rep1.get(`/contracts/${draftId}`)).body).toMatchObject({ status: 'frozen', frozenFrom: 'draft' });
    const item = (await rep1.get(`/contracts/${contractId}/receivables`)).body.items[0];
    expect(item).toMatchObject({ overdue: true, daysOverdue: 15, anomalyId: anomalies[0].id });
    expect(item.anomalyRaisedAt).toBe(sh('2026-11-16T00:30:00').toISOString());
    const todo = (await (await org.as('sup1')).get('/queue')).body.items.filter((i: any) => i.task?.ruleId === 'payment-anomaly-freeze');
    expect(todo).toHaveLength(2);
  });

  it('lists, sums and exports receivables by customer, rep and month within scope', async () => {
    const list = await director.get('/receivables?status=overdue&sort=outstanding&order=desc');
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(1);
    expect(list.body.totals).toEqual({ due: 144000, received: 104000, outstanding: 40000, overdue: 40000 });
    const all = await rep1.get('/receivables?sort=dueDate&order=desc');
    expect(all.body.items.map((i: any) => i.seq)).toEqual([2, 1]);
    expect((await rep3.get('/receivables')).body.total).toBe(0);
    const byMonth = await director.get('/reports/receivables?groupBy=month');
    expect(byMonth.body.groups).toEqual([
      { key: '2026-11', label: '2026-11', due: 144000, received: 104000, outstanding: 40000, overdue: 40000, count: 1 },
      { key: '2027-01', label: '2027-01', due: 336000, received: 0, outstanding: 336000, overdue: 0, count: 1 },
    ]);
    expect(byMonth.body.totals).toEqual({ due: 480000, received: 104000, outstanding: 376000, overdue: 40000 });
    const byRep = await director.get('/reports/receivables?groupBy=rep&from=2026-11&to=2026-11');
    expect(byRep.body.groups).toEqual([{ key: org.ids.rep1, label: 'rep1', due: 144000, received: 104000, outstanding: 40000, overdue: 40000, count: 1 }]);
    for (const url of ['/receivables.xlsx?status=open', '/reports/receivables.xlsx']) {
      const x = await director.get(url);
      expect(x.status, url).toBe(200);
      expect(x.headers['content-type']).toContain('spreadsheetml');
      expect(String(x.headers['content-disposition'])).toContain('.xlsx');
    }
  });

  it('records the signature date and lists won contracts still unsigned beyond the deadline', async () => {
    const won = sh('2026-10-01T10:00:00');
    await t.ctx.db.updateTable('opportunities').set({ status: 'won', stage: 'won', stage_entered_at: won }).where('id', '=', opportunityId).execute();
    const report = await director.get('/reports/contract-signing');
    expect(report.status).toBe(200);
    expect(report.body.deadlineDays).toBe(30);
    expect(report.body.unsignedLate.map((i: any) => i.contractId)).toEqual([contractId]);
    expect(report.body.unsignedLate[0]).toMatchObject({ signedAt: null, daysToSign: null, late: true });
    expect((await rep1.post(`/contracts/${draftId}/sign`, { signedAt: '2026-10-10T10:00:00+08:00' })).status).toBe(409);
    expect((await rep1.post(`/contracts/${contractId}/sign`, { signedAt: '2027-10-10T10:00:00+08:00' })).body.error.code).toBe('DATE_IN_FUTURE');
    expect((await product.post(`/contracts/${contractId}/sign`, { signedAt: '2026-10-11T10:00:00+08:00' })).status).toBe(403);
    const signed = await rep1.post(`/contracts/${contractId}/sign`, { signedAt: '2026-10-11T10:00:00+08:00' });
    expect(signed.status).toBe(200);
    expect(signed.body.signedAt).toBe(sh('2026-10-11T10:00:00').toISOString());
    const after = await director.get('/reports/contract-signing?state=signed');
    expect(after.body.unsignedLate).toEqual([]);
    expect(after.body.items[0]).toMatchObject({ daysToSign: 10, late: false });
    expect(after.body.averageDaysToSign).toBe(10);
    expect((await director.get('/reports/contract-signing.xlsx')).status).toBe(200);
  });
});
