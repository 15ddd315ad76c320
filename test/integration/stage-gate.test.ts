import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, uploadEvidence, validStageFields } from '../support/fixtures.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';

let t: TestApp;
let rep: Client;
beforeAll(async () => {
  t = await createTestApp();
  const org = await createOrg(t);
  rep = await org.as('rep1');
});
afterAll(() => t.close());

async function opportunityFor(grade: 'A' | 'B') {
  const customer = await rep.post('/customers', { name: `客户${grade}${Math.random()}`, type: 'B2B', grade, region: '华东' });
  expect(customer.status).toBe(201);
  const opportunity = await rep.post('/opportunities', { customerId: customer.body.id, name: '产线改造', amount: 500000, productLine: '工业设备' });
  expect(opportunity.status).toBe(201);
  expect(opportunity.body.stage).toBe('initial');
  return { customerId: customer.body.id as string, id: opportunity.body.id as string };
}

async function advance(id: string, to: string, fields = validStageFields(t.clock.now())) {
  const r = await rep.post(`/opportunities/${id}/stage`, { to, fields });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r;
}

describe('stage gate', () => {
  it('refuses to leave a stage with every missing field listed at once, and changes nothing', async () => {
    const { id } = await opportunityFor('B');
    const r = await rep.post(`/opportunities/${id}/stage`, { to: 'needs' });
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('STAGE_GATE');
    expect(r.body.error.message).toContain('需求确认');
    expect(r.body.error.details.missing.map((m: { key: string }) => m.key)).toEqual(['painPoints', 'competitorResponse', 'nextFollowUpAt']);
    expect(r.body.error.details.missing[0]).toMatchObject({ label: '客户痛点确认记录', rule: 'stage_required_fields' });
    const after = await rep.get(`/opportunities/${id}`);
    expect(after.body.stage).toBe('initial');
    expect(after.body.gate.missing).toHaveLength(3);
  });

  it('speaks English when asked', async () => {
    const { id } = await opportunityFor('B');
    const r = await rep.post(`/opportunities/${id}/stage`, { to: 'needs' }, { 'accept-language': 'en' });
    expect(r.body.error.details.missing[0].label).toBe('Confirmed customer pain points');
  });

  it('accepts fields saved earlier with PATCH, and refuses a next follow-up time in the past', async () => {
    const { id } = await opportunityFor('B');
    const past = new Date(t.clock.now().getTime() - 3600_000).toISOString();
    const saved = await rep.patch(`/opportunities/${id}`, { fields: { ...validStageFields(t.clock.now()), nextFollowUpAt: past } });
    expect(saved.status).toBe(200);
    expect(saved.body.gate.missing.map((m: { key: string; reason: string }) => `${m.key}:${m.reason}`)).toEqual(['nextFollowUpAt:not_future']);
    const moved = await rep.post(`/opportunities/${id}/stage`, { to: 'needs', fields: { nextFollowUpAt: validStageFields(t.clock.now()).nextFollowUpAt } });
    expect(moved.status).toBe(200);
    expect(moved.body.stage).toBe('needs');
    expect(moved.body.history.map((h: { to: string }) => h.to)).toEqual(['initial', 'needs']);
    // Each stage has its own record: the next stage asks again.
    expect(moved.body.gate.missing).toHaveLength(3);
  });

  it('moves one stage at a time and ends as lost only with a reason', async () => {
    const { id } = await opportunityFor('B');
    const skip = await rep.post(`/opportunities/${id}/stage`, { to: 'proposal', fields: validStageFields(t.clock.now()) });
    expect(skip.status).toBe(422);
    expect(skip.body.error.code).toBe('STAGE_TRANSITION');
    const noReason = await rep.post(`/opportunities/${id}/stage`, { to: 'lost' });
    expect(noReason.body.error.code).toBe('LOST_REASON_REQUIRED');
    const lost = await rep.post(`/opportunities/${id}/stage`, { to: 'lost', reason: '客户预算取消' });
    expect(lost.status).toBe(200);
    expect(lost.body).toMatchObject({ stage: 'lost', status: 'lost', lostReason: '客户预算取消' });
    const reopen = await rep.post(`/opportunities/${id}/stage`, { to: 'needs', fields: validStageFields(t.clock.now()) });
    expect(reopen.status).toBe(409);
    expect(reopen.body.error.code).toBe('STAGE_CLOSED');
  });

  it('keeps an A customer out of the contract stage until 3 visits and a proposal are on record', async () => {
    const { id, customerId } = await opportunityFor('A');
    for (const to of ['needs', 'proposal', 'negotiation']) await advance(id, to);
    const refused = await rep.post(`/opportunities/${id}/stage`, { to: 'contract', fields: { painPoints: '短' } });
    expect(refused.status).toBe(422);
    const missing = refused.body.error.details.missing;
    expect(missing.map((m: { key: string }) => m.key)).toEqual(['painPoints', 'competitorResponse', 'nextFollowUpAt', 'followups:visit', 'files:proposal']);
    expect(missing[0].reason).toBe('too_short');
    expect(missing[3]).toMatchObject({ required: 3, actual: 0, rule: 'grade_a_before_contract' });

    const log = async (channel: string, kind: string) =>
      expect(
        (
          await rep.post('/followups', {
            targetType: 'opportunity',
            targetId: id,
            channel,
            valueTag: 'needs_discovery',
            content: '现场拜访，确认需求细节',
            attachmentIds: [await uploadEvidence(rep, kind)],
          })
        ).status,
      ).toBe(201);
    await log('visit', 'photo');
    await log('visit', 'photo');
    await log('phone', 'proposal');
    const gate = await rep.get(`/opportunities/${id}/gate?to=contract`);
    expect(gate.body.missing.filter((m: { kind: string }) => m.kind !== 'field').map((m: { key: string; actual: number }) => `${m.key}=${m.actual}`)).toEqual([
      'followups:visit=2',
    ]);
    // A visit logged on the customer counts as well.
    expect(
      (
        await rep.post('/followups', {
          targetType: 'customer',
          targetId: customerId,
          channel: 'visit',
          valueTag: 'value_presentation',
          content: '拜访客户总部',
          attachmentIds: [await uploadEvidence(rep, 'photo')],
        })
      ).status,
    ).toBe(201);
    await advance(id, 'contract');
    await advance(id, 'won');
    expect((await rep.get(`/opportunities/${id}`)).body.status).toBe('won');
  });

  it('follows the playbook: a disabled grade rule no longer blocks', async () => {
    const { id } = await opportunityFor('A');
    for (const to of ['needs', 'proposal', 'negotiation']) await advance(id, to);
    const playbook = (await t.admin.get('/playbook')).body.document;
    playbook.rules.gradeRules[0].enabled = false;
    expect((await t.admin.put('/playbook', playbook)).status).toBe(200);
    await advance(id, 'contract');
    playbook.rules.gradeRules[0].enabled = true;
    await t.admin.put('/playbook', playbook);
  });

  it('lets only one of two concurrent moves through', async () => {
    const { id } = await opportunityFor('B');
    const fields = validStageFields(t.clock.now());
    const results = await Promise.all([
      rep.post(`/opportunities/${id}/stage`, { to: 'needs', fields }),
      rep.post(`/opportunities/${id}/stage`, { to: 'needs', fields }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 422]);
    const history = (await rep.get(`/opportunities/${id}`)).body.history;
    expect(history).toHaveLength(2);
  });
});
