import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('time machine', () => {
  let plain: TestApp;
  let machine: TestApp;

  beforeAll(async () => {
    plain = await createTestApp();
    machine = await createTestApp({ env: { TIME_MACHINE: '1' } });
  });
  afterAll(async () => {
    await plain.close();
    await machine.close();
  });

  it('does not exist without TIME_MACHINE=1', async () => {
    expect((await plain.admin.post('/admin/clock', { advanceMs: 3_600_000 })).status).toBe(404);
    expect((await plain.admin.get('/admin/clock')).status).toBe(404);
  });

  it('lets an admin move time forward and fires what became due', async () => {
    const org = await createOrg(machine);
    const rep1 = await org.as('rep1');
    const lead = (await rep1.post('/leads', { name: '时间机器演示线索', type: 'B2B', region: '华东', productLine: '工业设备' })).body;
    expect((await rep1.post('/admin/clock', { advanceMs: 3_600_000 })).status).toBe(403);
    expect((await machine.admin.post('/admin/clock', { advanceMs: -5 })).status).toBe(400);
    const before = (await machine.admin.get('/admin/clock')).body.now;
    const moved = await machine.admin.post('/admin/clock', { advanceMs: 3 * 3_600_000 });
    expect(moved.status).toBe(200);
    expect(new Date(moved.body.now).getTime() - new Date(before).getTime()).toBe(3 * 3_600_000);
    expect(moved.body.fired['lead-response-breach']).toBe(1);
    // Each rule's last run on this node, with how long it took.
    const rules = (await machine.admin.get('/admin/scheduler')).body.rules as { id: string; lastResult: number | null; lastDurationMs: number | null }[];
    expect(rules.find((r) => r.id === 'lead-response-breach')).toMatchObject({ lastResult: 1, lastDurationMs: expect.any(Number) });
    expect(rules.every((r) => r.lastDurationMs !== null && r.lastDurationMs >= 0)).toBe(true);
    expect((await rep1.get('/admin/scheduler')).status).toBe(403);
    expect((await rep1.get(`/leads/${lead.id}`)).body.slaStatus).toBe('breached');
    const sup1 = await org.as('sup1');
    const inbox = await sup1.get('/notifications?unread=true');
    // The supervisor also gets last month's collaboration report on the first tick of the month.
    const breach = inbox.body.items.find((n: any) => n.kind === 'lead.sla.breached');
    expect(breach).toMatchObject({ link: `/leads/${lead.id}` });
    const unread = inbox.body.unread;
    const read = await sup1.post(`/notifications/${breach.id}/read`);
    expect(read.body.readAt).not.toBeNull();
    expect((await sup1.get('/notifications/unread-count')).body.unread).toBe(unread - 1);
    expect((await rep1.post(`/notifications/${breach.id}/read`)).status).toBe(404);
  });
});
