import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, PASSWORD } from '../support/fixtures.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';
import { sh } from '../support/time.js';

/** Whoever holds a task card reads that card's contract and customer; delivery can work a region without a team. */
describe('delivery read access', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof createOrg>>;
  let rep3: Client;
  let field: Client;
  let fieldId: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t);
    await t.admin.post('/users', { username: 'product1', password: PASSWORD, displayName: '产品经理', role: 'product' });
    // No team and no region, as the demo's delivery engineer was: the first delivery user by name gets the delivery cards.
    const created = await t.admin.post('/users', { username: 'a_field', password: PASSWORD, displayName: '外勤交付', role: 'delivery' });
    expect(created.status).toBe(201);
    expect(created.body.region).toBeNull();
    fieldId = created.body.id;
    [rep3, field] = await Promise.all([org.as('rep3'), org.as('a_field')]);
    t.clock.set(sh('2026-11-23T10:00:00'));
  });
  afterAll(() => t.close());

  it('reads the contract and customer behind its own card, and nothing else', async () => {
    expect((await field.get('/customers')).body.total).toBe(0);
    const customer = (await rep3.post('/customers', { name: '深圳精工', type: 'B2B', grade: 'B', region: '华南' })).body;
    const other = (await rep3.post('/customers', { name: '广州另一家', type: 'B2B', grade: 'C', region: '华南' })).body;
    const opportunity = (await rep3.post('/opportunities', { customerId: customer.id, name: '设备采购', amount: 200000, productLine: '工业设备' })).body;
    const contract = (
      await rep3.post('/contracts', {
        opportunityId: opportunity.id,
        title: '深圳精工设备合同',
        amount: 200000,
        paymentTerms: { creditDays: 30, instalments: [{ percent: 100, milestone: '验收', dueDays: 30 }] },
      })
    ).body;
    expect((await field.get(`/contracts/${contract.id}`)).status).toBe(404);
    await rep3.post(`/contracts/${contract.id}/confirmations`);
    await (await org.as('product1')).post(`/contracts/${contract.id}/confirmations/product`, { decision: 'confirm' });
    await (await org.as('finance')).post(`/contracts/${contract.id}/confirmations/finance`, { decision: 'confirm' });
    expect((await rep3.post(`/contracts/${contract.id}/submit`)).status).toBe(200);

    const cards = (await field.get(`/cards?contractId=${contract.id}`)).body.items as { department: string; assigneeId: string }[];
    expect(cards.find((c) => c.department === 'delivery')!.assigneeId).toBe(fieldId);
    const read = await field.get(`/contracts/${contract.id}`);
    expect(read.status).toBe(200);
    expect(read.body.title).toBe('深圳精工设备合同');
    expect((await field.get(`/customers/${customer.id}`)).status).toBe(200);
    expect((await field.get('/contracts')).body.items.map((c: { id: string }) => c.id)).toEqual([contract.id]);
    expect((await field.get('/customers')).body.items.map((c: { id: string }) => c.id)).toEqual([customer.id]);
    expect((await field.get(`/customers/${other.id}`)).status).toBe(404);
    // Reading is not writing.
    expect((await field.patch(`/customers/${customer.id}`, { name: '改名' })).status).toBe(403);
  });

  it('can be given a region without a team, checked against the playbook', async () => {
    expect((await t.admin.patch(`/users/${fieldId}`, { region: '火星' })).body.error.code).toBe('UNKNOWN_REGION');
    const given = await t.admin.patch(`/users/${fieldId}`, { region: '华南' });
    expect(given.status).toBe(200);
    expect(given.body).toMatchObject({ region: '华南', teamId: null });
    expect((await field.get('/customers')).body.items.map((c: { name: string }) => c.name).sort()).toEqual(['广州另一家', '深圳精工'].sort());
    expect((await field.get('/me')).body.scope).toMatchObject({ kind: 'region', region: '华南' });
    // A team's region wins over the user's own.
    await t.admin.patch(`/users/${fieldId}`, { teamId: org.ids.east });
    expect((await field.get('/customers')).body.items.map((c: { name: string }) => c.name)).toEqual(['深圳精工']);
    await t.admin.patch(`/users/${fieldId}`, { teamId: null, region: null });
    expect((await field.get('/customers')).body.items.map((c: { name: string }) => c.name)).toEqual(['深圳精工']);
  });
});
