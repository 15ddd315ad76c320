import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, PASSWORD, uploadEvidence, validStageFields } from '../support/fixtures.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';
import { sh } from '../support/time.js';

/** A rule that guards a stage move also guards every other way to the same state. */
describe('rules on every path', () => {
  let t: TestApp;
  let rep: Client;
  let product: Client;
  let finance: Client;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await createOrg(t);
    await t.admin.post('/users', { username: 'product1', password: PASSWORD, displayName: '产品经理', role: 'product' });
    [rep, product, finance] = await Promise.all(['rep1', 'product1', 'finance'].map((u) => org.as(u)));
    t.clock.set(sh('2026-11-23T10:00:00'));
  });
  afterAll(() => t.close());

  const log = async (opportunityId: string, channel: string, kind: string) => {
    const r = await rep.post('/followups', {
      targetType: 'opportunity',
      targetId: opportunityId,
      channel,
      valueTag: 'needs_discovery',
      content: `${channel} 跟进，确认需求细节 ${Math.random()}`,
      attachmentIds: [await uploadEvidence(rep, kind)],
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
  };

  it('refuses to submit a contract for an A customer before 3 visits and a proposal, with the stage gate’s missing list', async () => {
    const customer = await rep.post('/customers', { name: '甲级客户制造', type: 'B2B', grade: 'A', region: '华东' });
    const opportunity = (await rep.post('/opportunities', { customerId: customer.body.id, name: '整线改造', amount: 900000, productLine: '工业设备' })).body;
    expect((await rep.post(`/opportunities/${opportunity.id}/stage`, { to: 'needs', fields: validStageFields(t.clock.now()) })).status).toBe(200);
    const contract = await rep.post('/contracts', {
      opportunityId: opportunity.id,
      title: '整线改造合同',
      amount: 900000,
      paymentTerms: { creditDays: 30, instalments: [{ percent: 100, milestone: '验收', dueDays: 30 }] },
    });
    expect(contract.status, JSON.stringify(contract.body)).toBe(201);
    const id = contract.body.id as string;
    expect((await rep.post(`/contracts/${id}/confirmations`)).status).toBe(200);
    expect((await product.post(`/contracts/${id}/confirmations/product`, { decision: 'confirm' })).status).toBe(200);
    expect((await finance.post(`/contracts/${id}/confirmations/finance`, { decision: 'confirm' })).status).toBe(200);

    const refused = await rep.post(`/contracts/${id}/submit`);
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('STAGE_GATE');
    expect(refused.body.error.message).toContain('合同签订');
    expect(refused.body.error.details).toMatchObject({ from: 'needs', to: 'contract' });
    const missing = refused.body.error.details.missing;
    expect(missing.map((m: { key: string }) => m.key)).toEqual(['followups:visit', 'files:proposal']);
    expect(missing[0]).toMatchObject({ kind: 'followups', required: 3, actual: 0, rule: 'grade_a_before_contract', reason: 'insufficient' });
    expect(missing[1]).toMatchObject({ kind: 'files', required: 1, actual: 0, rule: 'grade_a_before_contract' });
    const english = await rep.post(`/contracts/${id}/submit`, {}, { 'accept-language': 'en' });
    expect(english.body.error.details.missing[0].label).toContain('at least 3 on record (now 0)');
    // Nothing changed: still awaiting submission, no task cards.
    expect((await rep.get(`/contracts/${id}`)).body.status).toBe('confirming');
    expect((await rep.get(`/cards?contractId=${id}`)).body.items).toHaveLength(0);

    // The same items the stage gate lists for entering the contract stage (another of the customer's deals, at 商务谈判).
    const other = (await rep.post('/opportunities', { customerId: customer.body.id, name: '二期改造', amount: 300000, productLine: '工业设备' })).body;
    for (const to of ['needs', 'proposal', 'negotiation'])
      expect((await rep.post(`/opportunities/${other.id}/stage`, { to, fields: validStageFields(t.clock.now()) })).status).toBe(200);
    const gate = await rep.get(`/opportunities/${other.id}/gate?to=contract`);
    expect(gate.body.missing.filter((m: { kind: string }) => m.kind !== 'field')).toEqual(missing);

    for (let i = 0; i < 3; i++) await log(opportunity.id, 'visit', 'photo');
    await log(opportunity.id, 'phone', 'proposal');
    const submitted = await rep.post(`/contracts/${id}/submit`);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body.status).toBe('submitted');
  });

  it('lets a B customer’s contract through without visits (the rule is scoped to grade A)', async () => {
    const customer = await rep.post('/customers', { name: '乙级客户商贸', type: 'B2B', grade: 'B', region: '华东' });
    const opportunity = (await rep.post('/opportunities', { customerId: customer.body.id, name: '备件采购', amount: 50000, productLine: '工业设备' })).body;
    const id = (
      await rep.post('/contracts', {
        opportunityId: opportunity.id,
        title: '备件采购合同',
        amount: 50000,
        paymentTerms: { creditDays: 30, instalments: [{ percent: 100, milestone: '到货', dueDays: 30 }] },
      })
    ).body.id as string;
    await rep.post(`/contracts/${id}/confirmations`);
    await product.post(`/contracts/${id}/confirmations/product`, { decision: 'confirm' });
    await finance.post(`/contracts/${id}/confirmations/finance`, { decision: 'confirm' });
    expect((await rep.post(`/contracts/${id}/submit`)).status).toBe(200);
  });

  it('refuses a follow-up whose next follow-up time has already passed, in the reader’s language, and stores nothing', async () => {
    const customer = (await rep.post('/customers', { name: '跟进客户', type: 'B2B', grade: 'C', region: '华东' })).body;
    const before = (await rep.get(`/followups?customerId=${customer.id}`)).body.total;
    const attempt = async (nextFollowUpAt: string, headers?: Record<string, string>) =>
      rep.post(
        '/followups',
        {
          targetType: 'customer',
          targetId: customer.id,
          channel: 'phone',
          valueTag: 'needs_discovery',
          content: '电话确认预算',
          attachmentIds: [await uploadEvidence(rep)],
          nextFollowUpAt,
        },
        headers,
      );
    const past = await attempt('2026-11-20T10:00:00+08:00');
    expect(past.status).toBe(422);
    expect(past.body.error.code).toBe('NEXT_FOLLOWUP_IN_PAST');
    expect(past.body.error.message).toBe('下次跟进时间 2026-11-20 10:00 已经过去，请选择晚于现在的时间');
    const now = await attempt(t.clock.now().toISOString(), { 'accept-language': 'en' });
    expect(now.status).toBe(422);
    expect(now.body.error.message).toBe('The next follow-up time 2026-11-23 10:00 has already passed; choose a later time');
    expect((await rep.get(`/followups?customerId=${customer.id}`)).body.total).toBe(before);
    const future = await attempt('2026-11-24T10:00:00+08:00');
    expect(future.status).toBe(201);
    expect(future.body.nextFollowUpAt).toBe(sh('2026-11-24T10:00:00').toISOString());
  });
});
