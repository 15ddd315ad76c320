import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, rowCount } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { sh } from '../support/time.js';

/**
 * A morning's backlog: many leads of several teams breach in one tick. The sweep handles them as a
 * batch (one digest per team, notices and audit entries in bulk, webhook deliveries only where a
 * webhook takes the event) and must leave exactly what one lead at a time would.
 */
describe('response SLA: a backlog of breaches in one tick', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof createOrg>>;

  beforeAll(async () => {
    t = await createTestApp({ env: { PUBLIC_URL: 'https://crm.example.com' } });
    org = await createOrg(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('sends one digest per team in its language, every notice and audit entry, and webhook deliveries only to subscribers', async () => {
    const [sup1, sup2, rep1, rep3] = await Promise.all([org.as('sup1'), org.as('sup2'), org.as('rep1'), org.as('rep3')]);
    expect((await t.admin.patch(`/teams/${org.ids.south}`, { locale: 'en' })).status).toBe(200);
    expect((await sup1.put(`/teams/${org.ids.east}/channels`, { wecom: { url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=east' } })).status).toBe(
      200,
    );
    expect((await sup2.put(`/teams/${org.ids.south}/channels`, { wecom: { url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=south' } })).status).toBe(
      200,
    );
    const breaches = await t.admin.post('/webhooks', { url: 'https://erp.example.com/hooks/sla', events: ['lead.sla_breached'] });
    const other = await t.admin.post('/webhooks', { url: 'https://erp.example.com/hooks/contracts', events: ['contract.submitted'] });
    expect([breaches.status, other.status]).toEqual([201, 201]);

    t.clock.set(sh('2026-11-24T09:00:00')); // Tuesday: B2B leads are due two business hours later
    const east: string[] = [];
    const south: string[] = [];
    for (let i = 0; i < 36; i++) {
      const r = await rep1.post('/leads', { name: `华东积压线索${i}`, type: 'B2B', region: '华东', productLine: '工业设备' });
      expect(r.status).toBe(201);
      east.push(r.body.id);
    }
    for (let i = 0; i < 24; i++) {
      const r = await rep3.post('/leads', { name: `South backlog ${i}`, type: 'B2B', region: '华南', productLine: '工业设备' });
      expect(r.status).toBe(201);
      south.push(r.body.id);
    }
    const all = [...east, ...south];

    t.clock.set(sh('2026-11-24T11:00:00'));
    const fired = await t.ctx.scheduler.tick();
    expect(fired['lead-response-breach']).toBe(60);

    // One group message per team, in the team's language, listing that team's leads only.
    const digests = await t.ctx.db
      .selectFrom('outbox')
      .select(['target_key', 'message', 'dedupe_key'])
      .where('channel', '=', 'wecom')
      .where('dedupe_key', 'like', 'lead-response-breach:%')
      .execute();
    expect(digests.map((d) => d.target_key).sort()).toEqual([`wecom:${org.ids.east}`, `wecom:${org.ids.south}`].sort());
    const digestOf = (teamId: string) => digests.find((d) => d.target_key === `wecom:${teamId}`)!.message as { title: string; table: { rows: string[][] } };
    expect(digestOf(org.ids.east).title).toBe('【响应超时】36 条线索超过黄金响应时效未联系');
    expect(
      digestOf(org.ids.east)
        .table.rows.map((r) => r[0])
        .sort(),
    ).toEqual(Array.from({ length: 36 }, (_, i) => `华东积压线索${i}`).sort());
    expect(digestOf(org.ids.south).title).toBe('Response overdue: 24 leads have passed the golden response time without contact');
    expect(digestOf(org.ids.south).table.rows).toHaveLength(24);

    // Every lead: a breach notice to its owner and its supervisor, and one audit entry.
    const notices = await t.ctx.db.selectFrom('notifications').select(['user_id', 'data']).where('kind', '=', 'lead.sla.breached').execute();
    const noticed = (userId: string) =>
      notices
        .filter((n) => n.user_id === userId)
        .map((n) => (n.data as { leadId: string }).leadId)
        .sort();
    expect(noticed(org.ids.rep1)).toEqual([...east].sort());
    expect(noticed(org.ids.sup1)).toEqual([...east].sort());
    expect(noticed(org.ids.rep3)).toEqual([...south].sort());
    expect(noticed(org.ids.sup2)).toEqual([...south].sort());
    const audited = (await t.admin.get('/audit?action=lead.sla.breached&pageSize=200')).body.items as { entityId: string; data: { escalatedTo: string[] } }[];
    expect(audited.map((a) => a.entityId).sort()).toEqual([...all].sort());
    expect(audited.find((a) => a.entityId === south[0])!.data.escalatedTo).toEqual([org.ids.sup2]);

    // One webhook delivery per lead, to the webhook that takes the event only.
    const deliveries = await t.ctx.db.selectFrom('outbox').select(['target', 'message']).where('channel', '=', 'webhook').execute();
    const breachDeliveries = deliveries.filter((d) => (d.message as { type: string }).type === 'lead.sla_breached');
    expect(breachDeliveries).toHaveLength(60);
    expect(new Set(breachDeliveries.map((d) => (d.target as { webhookId: string }).webhookId))).toEqual(new Set([breaches.body.id]));
    expect(breachDeliveries.map((d) => (d.message as { data: { leadId: string } }).data.leadId).sort()).toEqual([...all].sort());

    // A second tick repeats nothing.
    const before = await rowCount(t, 'outbox');
    const again = await t.ctx.scheduler.tick();
    expect(again['lead-response-breach']).toBe(0);
    expect(await rowCount(t, 'outbox')).toBe(before);
  });
});
