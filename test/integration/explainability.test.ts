import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, uploadEvidence } from '../support/fixtures.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';
import { sh } from '../support/time.js';

/**
 * Explainability: a flag, a health score and alert, the contribution and appraisal scores name the
 * rule and the playbook version they came from, and the designer's "近 30 天决定" link finds them.
 */
describe('every flag and score names its rule and playbook version', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof createOrg>>;
  let rep1: Client;
  let director: Client;
  let version: number;
  let customerId: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t);
    [rep1, director] = await Promise.all(['rep1', 'director'].map((u) => org.as(u)));
    t.clock.set(sh('2026-11-25T10:00:00'));
    // A new version moves the odd hours to the evening: a flag raised under it names that version.
    const active = (await director.get('/playbook')).body;
    const doc = structuredClone(active.document);
    doc.authenticity.oddHours = { from: '20:00', to: '23:00' };
    const published = await director.put('/playbook', doc);
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    version = (await director.get('/playbook')).body.version;
    expect(version).toBe(active.version + 1);
    customerId = (await rep1.post('/customers', { name: '宁波港机', type: 'B2B', grade: 'B', region: '华东', ownerId: rep1.userId })).body.id;
  });
  afterAll(() => t.close());

  it('an authenticity flag names its rule and version; the designer lists it under that rule only', async () => {
    t.clock.set(sh('2026-11-25T21:10:00'));
    const r = await rep1.post('/followups', {
      targetType: 'customer',
      targetId: customerId,
      channel: 'phone',
      valueTag: 'needs_discovery',
      content: '晚上电话沟通设备科李工，确认改造方案的停机窗口安排在下周六',
      attachmentIds: [await uploadEvidence(rep1)],
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.flags).toEqual([expect.objectContaining({ kind: 'burst', reason: 'odd_hours', rule: 'odd_hours', playbookVersion: version })]);
    expect(r.body.flags[0].details).toMatchObject({ from: '20:00', to: '23:00' });

    const listed = await director.get(`/followup-flags?authorId=${org.ids.rep1}`);
    expect(listed.body.items).toEqual([expect.objectContaining({ followupId: r.body.id, rule: 'odd_hours', playbookVersion: version })]);

    const decisions = await director.get('/playbook/rules/odd_hours/decisions');
    expect(decisions.status).toBe(200);
    expect(decisions.body.items).toEqual([
      expect.objectContaining({ action: 'followup.flag', entityType: 'followup', entityId: r.body.id, playbookVersion: version }),
    ]);
    expect((await director.get('/playbook/rules/near_duplicate/decisions')).body.items).toEqual([]);

    // The review is a decision on the same rule; it does not show up under the burst rule of the same kind.
    const sup1 = await org.as('sup1');
    const flagId = r.body.flags[0].id;
    t.clock.set(sh('2026-11-26T09:00:00'));
    expect((await sup1.post(`/followup-flags/${flagId}/review`, { decision: 'dismissed', comment: '客户只在晚上有空' })).status).toBe(200);
    const afterReview = (await director.get('/playbook/rules/odd_hours/decisions')).body.items;
    expect(afterReview.map((d: any) => [d.action, d.playbookVersion])).toEqual([
      ['followup_flag.review', version],
      ['followup.flag', version],
    ]);
    expect((await director.get('/playbook/rules/burst/decisions')).body.items).toEqual([]);
    // Sales reps do not read the designer.
    expect((await rep1.get('/playbook/rules/odd_hours/decisions')).status).toBe(403);
  });

  it('a health score names its rule, weights and version; an alert names its rule and version', async () => {
    const health = await rep1.get(`/customers/${customerId}/health`);
    expect(health.status).toBe(200);
    expect(health.body.basis).toEqual({ rule: 'health-score', settings: expect.arrayContaining(['health.weights']), playbookVersion: version });
    expect(health.body.components.map((c: any) => c.setting)).toEqual([
      'health.weights.recency',
      'health.weights.nps',
      'health.weights.renewal',
      'health.weights.complaints',
    ]);
    const many = await rep1.get(`/health/customers?ids=${customerId}`);
    expect(many.body.items[0].basis.playbookVersion).toBe(version);

    // Thirty-one quiet days: the inactive rule fires under the active version.
    t.clock.set(sh('2026-12-27T10:00:00'));
    expect((await t.ctx.scheduler.tick())['health-inactive']).toBe(1);
    const alerted = await rep1.get(`/customers/${customerId}/health`);
    expect(alerted.body.alerts).toEqual([
      expect.objectContaining({ ruleId: 'health-inactive', ruleName: expect.stringContaining('健康度预警'), playbookVersion: version }),
    ]);
    const decisions = await director.get('/playbook/rules/health-inactive/decisions');
    expect(decisions.body.items).toEqual([expect.objectContaining({ action: 'health.alert', entityId: customerId, playbookVersion: version })]);
  });

  it('the contribution and appraisal scores name their rule, settings and version', async () => {
    const contribution = await director.get('/analytics/contribution');
    expect(contribution.status).toBe(200);
    expect(contribution.body.basis).toEqual({
      rule: 'contribution-score',
      settings: [`contribution.phases[${contribution.body.phase}].weights`, 'contribution.customerSuccessFollowupPoints', 'contribution.csmPoints'],
      playbookVersion: version,
    });
    // Weights given in the query are not the playbook's.
    const custom = await director.get('/analytics/contribution?weights=0.5,0.3,0.2');
    expect(custom.body.basis.settings).not.toContain(`contribution.phases[${contribution.body.phase}].weights`);

    const appraisal = await director.get('/analytics/appraisal');
    expect(appraisal.status).toBe(200);
    expect(appraisal.body).toMatchObject({
      playbookVersion: version,
      basis: { rule: 'monthly-appraisal', settings: ['appraisal.components', 'health.weights'], playbookVersion: version },
    });
  });
});
