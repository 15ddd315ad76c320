import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, uploadEvidence } from '../support/fixtures.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';
import { sh } from '../support/time.js';

describe('golden response time: deadlines, warnings and escalations fire on their own', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof createOrg>>;
  let rep1: Client;
  let sup1: Client;
  let mgr: Client;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t);
    [rep1, sup1, mgr] = await Promise.all([org.as('rep1'), org.as('sup1'), org.as('mgr_east')]);
  });
  afterAll(() => t.close());

  const newLead = async (client: Client, name: string, type: 'B2B' | 'B2C' = 'B2B') => {
    const r = await client.post('/leads', { name, type, region: '华东', productLine: '工业设备' });
    expect(r.status).toBe(201);
    return r.body;
  };
  const lead = async (id: string) => (await rep1.get(`/leads/${id}`)).body;
  const inbox = async (client: Client, leadId: string) =>
    (await client.get('/notifications?pageSize=200')).body.items.filter((n: any) => n.data.leadId === leadId);
  const moveTo = async (local: string) => {
    t.clock.set(sh(local));
    return t.ctx.scheduler.tick();
  };

  it('B2B: 2 business hours across a weekend, warning at 75 %, breach to the supervisor, then the regional manager', async () => {
    t.clock.set(sh('2026-11-20T17:00:00')); // Friday
    const created = await newLead(rep1, '周五傍晚到达的线索');
    expect(created.responseDueAt).toBe(sh('2026-11-23T10:00:00').toISOString());
    expect(created.responseWarnAt).toBe(sh('2026-11-23T09:30:00').toISOString());
    expect(created.slaStatus).toBe('pending');

    await moveTo('2026-11-22T23:00:00'); // Sunday night: still two business hours to go
    expect((await lead(created.id)).slaStatus).toBe('pending');
    await moveTo('2026-11-23T09:29:59');
    expect((await lead(created.id)).slaStatus).toBe('pending');

    const warned = await moveTo('2026-11-23T09:30:00');
    expect(warned['lead-response-warning']).toBeGreaterThanOrEqual(1);
    expect((await lead(created.id)).slaStatus).toBe('warned');
    expect((await inbox(rep1, created.id)).map((n: any) => n.kind)).toEqual(['lead.sla.warning']);
    expect(await inbox(sup1, created.id)).toHaveLength(0);

    await moveTo('2026-11-23T10:00:00');
    const breached = await lead(created.id);
    expect(breached).toMatchObject({ slaStatus: 'breached', escalationLevel: 1 });
    expect((await inbox(sup1, created.id)).map((n: any) => n.kind)).toEqual(['lead.sla.breached']);
    expect(await inbox(mgr, created.id)).toHaveLength(0);

    // Ticking again, and again later, never repeats a notification.
    await t.ctx.scheduler.tick();
    await moveTo('2026-11-23T11:59:00');
    expect(await inbox(sup1, created.id)).toHaveLength(1);
    expect(await inbox(mgr, created.id)).toHaveLength(0);

    await moveTo('2026-11-23T12:00:00'); // a second period (2 business hours) after the deadline
    expect((await lead(created.id)).escalationLevel).toBe(2);
    expect((await inbox(mgr, created.id)).map((n: any) => n.kind)).toEqual(['lead.sla.escalated']);
    await moveTo('2026-11-24T12:00:00');
    expect(await inbox(mgr, created.id)).toHaveLength(1);
    expect((await inbox(rep1, created.id)).map((n: any) => n.kind).sort()).toEqual(['lead.sla.breached', 'lead.sla.warning']);
  });

  it('skips the National Day holiday week', async () => {
    t.clock.set(sh('2026-09-30T17:30:00'));
    const created = await newLead(rep1, '国庆前到达的线索');
    expect(created.responseDueAt).toBe(sh('2026-10-08T10:30:00').toISOString());
    await moveTo('2026-10-07T20:00:00');
    expect((await lead(created.id)).slaStatus).toBe('pending');
    await moveTo('2026-10-08T10:00:00');
    expect((await lead(created.id)).slaStatus).toBe('warned');
    await moveTo('2026-10-08T10:29:00');
    expect((await lead(created.id)).slaStatus).toBe('warned');
    await moveTo('2026-10-08T10:30:00');
    expect((await lead(created.id)).slaStatus).toBe('breached');
  });

  it('counts a 调休 Saturday as a working day', async () => {
    t.clock.set(sh('2026-10-09T17:00:00')); // Friday before the make-up Saturday 2026-10-10
    const created = await newLead(rep1, '调休前到达的线索');
    expect(created.responseDueAt).toBe(sh('2026-10-10T10:00:00').toISOString());
    await moveTo('2026-10-10T10:00:00');
    expect((await lead(created.id)).slaStatus).toBe('breached');
  });

  it('B2C: 24 natural hours, weekend or not', async () => {
    t.clock.set(sh('2026-11-21T20:00:00')); // Saturday evening
    const created = await newLead(rep1, '周末到达的C端线索', 'B2C');
    expect(created.responseDueAt).toBe(sh('2026-11-22T20:00:00').toISOString());
    expect(created.responseWarnAt).toBe(sh('2026-11-22T14:00:00').toISOString());
  });

  it('a company day off (calendar override) moves the deadline', async () => {
    const r = await t.admin.put('/calendar/overrides/2026-12-07', { working: false, note: '公司年会' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ date: '2026-12-07', working: false, source: 'override' });
    t.clock.set(sh('2026-12-04T17:00:00')); // Friday; Monday the 7th is off
    const created = await newLead(rep1, '年会前到达的线索');
    expect(created.responseDueAt).toBe(sh('2026-12-08T10:00:00').toISOString());
    expect((await rep1.put('/calendar/overrides/2026-12-09', { working: false, note: 'x' })).status).toBe(403);
    expect((await t.admin.put('/calendar/overrides/2026-02-30', { working: false, note: 'x' })).status).toBe(400);
  });

  it('warns about a year without official holiday data instead of guessing silently', async () => {
    const r = await rep1.get('/calendar?year=2027');
    expect(r.body.official).toBe(false);
    expect(r.body.warning).toContain('2027');
    const known = await rep1.get('/calendar?year=2026');
    expect(known.body.warning).toBeNull();
    expect(known.body.days.find((d: any) => d.date === '2026-10-10')).toMatchObject({ working: true, source: 'official' });
    t.clock.set(sh('2026-11-28T12:00:00'));
    expect((await rep1.get('/calendar/status')).body.warnings.map((w: any) => w.year)).toEqual([2027]);
  });

  it('the first qualifying follow-up meets the deadline and stops every later warning', async () => {
    t.clock.set(sh('2026-11-24T09:00:00'));
    const created = await newLead(rep1, '及时响应的线索');
    t.clock.set(sh('2026-11-24T09:40:00'));
    const f = await rep1.post('/followups', {
      targetType: 'lead',
      targetId: created.id,
      channel: 'phone',
      valueTag: 'needs_discovery',
      content: '电话沟通了采购计划',
      attachmentIds: [await uploadEvidence(rep1)],
    });
    expect(f.status).toBe(201);
    expect(await lead(created.id)).toMatchObject({ slaStatus: 'met', respondedAt: sh('2026-11-24T09:40:00').toISOString() });
    await moveTo('2026-11-25T18:00:00');
    expect((await lead(created.id)).slaStatus).toBe('met');
    expect(await inbox(rep1, created.id)).toHaveLength(0);
  });

  it('a late answer stays breached on record and stops the second escalation', async () => {
    t.clock.set(sh('2026-11-24T09:00:00'));
    const created = await newLead(rep1, '迟到响应的线索');
    await moveTo('2026-11-24T11:30:00');
    expect((await lead(created.id)).slaStatus).toBe('breached');
    await rep1.post('/followups', {
      targetType: 'lead',
      targetId: created.id,
      channel: 'visit',
      valueTag: 'needs_discovery',
      content: '上门拜访',
      attachmentIds: [await uploadEvidence(rep1)],
    });
    await moveTo('2026-11-25T12:00:00');
    expect(await lead(created.id)).toMatchObject({ slaStatus: 'breached', escalationLevel: 1 });
    expect(await inbox(mgr, created.id)).toHaveLength(0);
    expect((await rep1.get('/leads?slaStatus=breached&pageSize=200')).body.items.map((l: any) => l.id)).toContain(created.id);
  });

  it('writes every SLA state change into the audit chain', async () => {
    const audit = await t.ctx.db.selectFrom('audit_log').select(['action']).where('action', 'like', 'lead.sla.%').execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['lead.sla.warned', 'lead.sla.breached', 'lead.sla.escalated']));
  });
});
