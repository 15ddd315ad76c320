import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventName, JsonObject } from '../../src/core/events/catalog.js';
import { on } from '../../src/core/events/subscriber.js';
import { createOrg, uploadEvidence } from '../support/fixtures.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';

const LEAD = { type: 'B2B', region: '华东', productLine: '工业设备' };
const CALL = '电话联系设备科李工，确认了年度预算和改造范围，约定下周二到现场查看产线';
const VISIT = '到客户仓库查看备件库存，仓管主任希望统一备件编码，约好月底前给出整改清单';

describe('domain events inside the transaction', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof createOrg>>;
  let rep1: Client;
  let sup1: Client;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t);
    [rep1, sup1] = await Promise.all([org.as('rep1'), org.as('sup1')]);
  });
  afterAll(() => t.close());

  const auditCount = async () => {
    const pending = await t.ctx.db
      .selectFrom('audit_pending')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const chained = await t.ctx.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(pending.n) + Number(chained.n);
  };

  it('names every subscriber of an event, in the order they run', () => {
    expect(t.ctx.events.subscribersOf('followup.created').map((s) => s.module)).toEqual([
      'leads',
      'customers',
      'opportunities',
      'authenticity',
      'field',
      'voice',
      'webhooks',
    ]);
    expect(t.ctx.events.subscribersOf('contract.submitted')).toEqual([
      { module: 'collaboration', does: 'creates the product, finance and delivery task cards' },
      { module: 'receivables', does: 'turns the contract’s instalments into receivables with due dates' },
      { module: 'webhooks', does: 'queues a signed delivery to every webhook subscribed to the event' },
    ]);
    expect(t.ctx.events.subscribersOf('contract.frozen').map((s) => s.module)).toEqual(['collaboration', 'webhooks']);
  });

  it("a subscriber's failure rolls back the publisher's write and every other reaction to it", async () => {
    const lead = await rep1.post('/leads', { name: '回滚测试', ...LEAD });
    expect(lead.status).toBe(201);
    const fileId = await uploadEvidence(rep1);
    const prints = await t.ctx.db.selectFrom('followup_fingerprints').select('followup_id').execute();
    const audits = await auditCount();
    const body = { targetType: 'lead', targetId: lead.body.id, channel: 'phone', valueTag: 'needs_discovery', content: CALL, attachmentIds: [fileId] };

    // Registered after the modules, it runs after the lead, customer, opportunity and authenticity subscribers did their part.
    const unsubscribe = t.ctx.events.subscribe(
      'test',
      on('followup.created', 'fails on purpose', async () => {
        throw new Error('webhook queue unavailable');
      }),
    );
    const failed = await rep1.post('/followups', body);
    unsubscribe();
    expect(failed.status).toBe(500);
    expect(failed.body.error.code).toBe('INTERNAL');

    // Nothing of it is left: no follow-up, the evidence still free, no fingerprint, the lead untouched, no audit entry.
    expect(await t.ctx.db.selectFrom('followups').select('id').where('lead_id', '=', lead.body.id).execute()).toEqual([]);
    expect(await t.ctx.db.selectFrom('followup_attachments').select('followup_id').where('file_id', '=', fileId).execute()).toEqual([]);
    expect(await t.ctx.db.selectFrom('followup_fingerprints').select('followup_id').execute()).toHaveLength(prints.length);
    const untouched = await rep1.get(`/leads/${lead.body.id}`);
    expect(untouched.body).toMatchObject({ status: 'new', firstContactAt: null, respondedAt: null, slaStatus: 'pending' });
    expect(await auditCount()).toBe(audits);

    // The same request without the failing subscriber: the follow-up, and the lead's reaction, are committed together.
    const ok = await rep1.post('/followups', body);
    expect(ok.status).toBe(201);
    const contacted = await rep1.get(`/leads/${lead.body.id}`);
    expect(contacted.body).toMatchObject({ status: 'contacted', firstContactAt: ok.body.createdAt, respondedAt: ok.body.createdAt, slaStatus: 'met' });
    expect(await t.ctx.db.selectFrom('followup_fingerprints').select('followup_id').where('followup_id', '=', ok.body.id).execute()).toHaveLength(1);
  });

  it('a failing subscriber of a sweep event rolls back the batch; the next tick fires it again', async () => {
    const lead = await rep1.post('/leads', { name: '超时回滚', ...LEAD });
    expect(lead.status).toBe(201);
    t.clock.advance(3 * 24 * 3_600_000);
    const unsubscribe = t.ctx.events.subscribe(
      'test',
      on('lead.sla_breached', 'fails on purpose', async () => {
        throw new Error('subscriber failed');
      }),
    );
    const first = await t.ctx.scheduler.tick();
    unsubscribe();
    expect(first['lead-response-breach']).toBeUndefined();
    expect((await rep1.get(`/leads/${lead.body.id}`)).body.slaStatus).not.toBe('breached');
    const second = await t.ctx.scheduler.tick();
    expect(second['lead-response-breach']).toBeGreaterThanOrEqual(1);
    expect((await rep1.get(`/leads/${lead.body.id}`)).body.slaStatus).toBe('breached');
  });

  it('publishes documented, JSON-only payloads with the ids an integrator needs', async () => {
    const seen: Partial<Record<EventName, JsonObject[]>> = {};
    const record = (event: EventName) =>
      t.ctx.events.subscribe(
        'test',
        on(event, 'records', async (_trx, payload) => {
          (seen[event] ??= []).push(payload);
        }),
      );
    const stop = (['lead.created', 'lead.assigned', 'followup.created', 'followup.flagged', 'opportunity.stage_changed'] as const).map(record);
    try {
      const lead = await rep1.post('/leads', { name: '事件载荷', company: '苏州某厂', ...LEAD });
      expect((await sup1.post(`/leads/${lead.body.id}/assign`, { ownerId: null })).status).toBe(200);
      expect((await rep1.post(`/leads/${lead.body.id}/claim`)).status).toBe(200);
      for (let i = 0; i < 2; i++) {
        // A recording first, then a photo: only recordings are named in recordingIds.
        const attachmentIds = [await uploadEvidence(rep1, i === 0 ? 'recording' : 'photo')];
        const r = await rep1.post('/followups', {
          targetType: 'lead',
          targetId: lead.body.id,
          channel: 'phone',
          valueTag: 'needs_discovery',
          content: VISIT,
          attachmentIds,
        });
        expect(r.status).toBe(201);
      }
      const customer = await rep1.post('/customers', { name: '事件客户', type: 'B2B', grade: 'C', region: '华东' });
      const opportunity = await rep1.post('/opportunities', { customerId: customer.body.id, name: '产线改造', amount: 500000, productLine: '工业设备' });
      expect((await rep1.post(`/opportunities/${opportunity.body.id}/stage`, { to: 'lost', reason: '客户预算取消' })).status).toBe(200);

      for (const payloads of Object.values(seen)) for (const p of payloads) expect(JSON.parse(JSON.stringify(p))).toEqual(p);
      const now = t.clock.now().toISOString();
      expect(seen['lead.created']).toEqual([
        {
          leadId: lead.body.id,
          name: '事件载荷',
          type: 'B2B',
          region: '华东',
          productLine: '工业设备',
          company: '苏州某厂',
          source: null,
          status: 'new',
          ownerId: org.ids.rep1,
          teamId: org.ids.east,
          responseDueAt: lead.body.responseDueAt,
          via: 'api',
          actorId: org.ids.rep1,
          createdAt: now,
        },
      ]);
      expect(seen['lead.assigned']).toEqual([
        { leadId: lead.body.id, ownerId: null, teamId: null, previousOwnerId: org.ids.rep1, via: 'assign', actorId: org.ids.sup1, assignedAt: now },
        { leadId: lead.body.id, ownerId: org.ids.rep1, teamId: org.ids.east, previousOwnerId: null, via: 'claim', actorId: org.ids.rep1, assignedAt: now },
      ]);
      const [firstCall, copy] = seen['followup.created']!;
      expect(Object.keys(firstCall).sort()).toEqual(
        [
          'followupId',
          'targetType',
          'targetId',
          'leadId',
          'customerId',
          'opportunityId',
          'channel',
          'valueTag',
          'content',
          'stage',
          'attachmentIds',
          'recordingIds',
          'nextFollowUpAt',
          'authorId',
          'authorTeamId',
          'teamId',
          'correctsId',
          'createdAt',
          'concerns',
        ].sort(),
      );
      expect(firstCall).toMatchObject({
        targetType: 'lead',
        leadId: lead.body.id,
        customerId: null,
        authorId: org.ids.rep1,
        authorTeamId: org.ids.east,
        stage: 'new',
        recordingIds: firstCall.attachmentIds,
      });
      expect(copy).toMatchObject({ recordingIds: [] });
      expect(copy.attachmentIds).toHaveLength(1);
      // The second, identical text is flagged as the author's own near-duplicate of the first.
      expect(seen['followup.flagged']).toEqual([
        {
          followupId: copy.followupId,
          authorId: org.ids.rep1,
          flags: [{ kind: 'similar', reason: 'own', matchedFollowupId: firstCall.followupId, similarity: 1 }],
          triggeredBy: copy.followupId,
          flaggedAt: copy.createdAt,
        },
      ]);
      expect(seen['opportunity.stage_changed']).toEqual([
        {
          opportunityId: opportunity.body.id,
          customerId: customer.body.id,
          name: '产线改造',
          from: 'initial',
          to: 'lost',
          status: 'lost',
          lostReason: '客户预算取消',
          amount: 500000,
          ownerId: org.ids.rep1,
          teamId: org.ids.east,
          actorId: org.ids.rep1,
          playbookVersion: 1,
          changedAt: now,
        },
      ]);
    } finally {
      for (const unsubscribe of stop) unsubscribe();
    }
  });
});
