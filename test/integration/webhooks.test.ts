import { createHmac, timingSafeEqual } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg } from '../support/fixtures.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';
import { startWebhookReceiver, type ReceivedRequest, type WebhookReceiver } from '../support/webhook-receiver.js';

/**
 * How an integrator checks a delivery, written independently of the product's code: HMAC-SHA256
 * of "timestamp.rawBody" with the secret, compared in constant time, timestamp within 5 minutes.
 */
function verify(request: ReceivedRequest, secret: string, nowSeconds = Math.floor(Date.now() / 1000)): boolean {
  const timestamp = String(request.headers['x-spm-timestamp'] ?? '');
  const signature = String(request.headers['x-spm-signature'] ?? '');
  if (!/^\d+$/.test(timestamp) || Math.abs(nowSeconds - Number(timestamp)) > 300) return false;
  const expected = Buffer.from(`v1=${createHmac('sha256', secret).update(`${timestamp}.${request.rawBody}`).digest('hex')}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const lead = (name: string) => ({ name, type: 'B2B', region: '华东', productLine: '工业设备' });

describe('outgoing webhooks', () => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  let rep1: Client;
  let hook: { id: string; secret: string };

  beforeAll(async () => {
    t = await createTestApp({ env: { WEBHOOK_ALLOW_PRIVATE: '1' } });
    const org = await createOrg(t);
    rep1 = await org.as('rep1');
    receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await t.close();
  });

  const advance = (ms: number) => t.clock.set(new Date(t.clock.now().getTime() + ms));
  const deliveries = async (query = '') => (await t.admin.get(`/webhooks/${hook.id}/deliveries${query}`)).body;

  it('is managed by administrators only; the secret is shown once and never logged', async () => {
    expect((await rep1.post('/webhooks', { url: receiver.url('/hook'), events: ['lead.created'] })).status).toBe(403);
    expect((await rep1.get('/webhooks')).status).toBe(403);
    const created = await t.admin.post('/webhooks', { url: receiver.url('/hook'), events: ['lead.created', 'contract.submitted'], description: 'ERP' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ url: receiver.url('/hook'), events: ['lead.created', 'contract.submitted'], active: true });
    expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    hook = { id: created.body.id, secret: created.body.secret };
    const listed = await t.admin.get('/webhooks');
    expect(listed.body.items).toHaveLength(1);
    expect(JSON.stringify(listed.body)).not.toContain(hook.secret);
    const audit = await t.admin.get(`/audit?entityType=webhook&pageSize=50`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain('webhook.create');
    expect(JSON.stringify(audit.body)).not.toContain(hook.secret);
    expect((await t.admin.post('/webhooks', { url: receiver.url('/x'), events: ['no.such_event'] })).status).toBe(400);
    expect((await t.admin.post('/webhooks', { url: 'ftp://example.com/x', events: ['lead.created'] })).body.error.code).toBe('WEBHOOK_URL_INVALID');
  });

  it('delivers a signed event that an independent receiver verifies', async () => {
    receiver.respondWith(() => ({ status: 204 }));
    const created = await rep1.post('/leads', lead('网钩客户'));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    await rep1.post('/leads', lead('第二个网钩客户'));
    expect(await t.ctx.outbox.drain()).toMatchObject({ sent: 2, dead: 0 });
    expect(receiver.requests).toHaveLength(2);
    const [first] = receiver.requests;
    expect(first.method).toBe('POST');
    expect(first.path).toBe('/hook');
    expect(first.headers['content-type']).toContain('application/json');
    expect(first.headers['x-spm-event']).toBe('lead.created');
    expect(first.headers['x-spm-delivery']).toMatch(/^[0-9a-f-]{36}$/);
    expect(verify(first, hook.secret)).toBe(true);
    expect(verify({ ...first, rawBody: first.rawBody.replace('网钩客户', '篡改客户') }, hook.secret)).toBe(false);
    expect(verify(first, 'whsec_wrong')).toBe(false);
    expect(first.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      type: 'lead.created',
      occurredAt: t.clock.now().toISOString(),
      data: expect.objectContaining({ leadId: created.body.id, name: '网钩客户', region: '华东', via: 'api' }),
    });
    const log = await deliveries();
    expect(log.total).toBe(2);
    expect(log.items[1]).toMatchObject({ id: first.headers['x-spm-delivery'], type: 'lead.created', status: 'sent', attempts: 1, eventId: first.body.id });
    // Events the webhook did not subscribe to are not sent; the notification log does not list deliveries.
    expect((await t.admin.get('/outbox?pageSize=200')).body.items.filter((m: { channel: string }) => m.channel === 'webhook')).toEqual([]);
  });

  it('retries non-2xx answers with backoff, then succeeds with the same delivery and event', async () => {
    receiver.requests.length = 0;
    receiver.respondWith([{ status: 500, body: { error: 'busy' } }, { status: 429 }, { status: 200, body: { ok: true } }]);
    await rep1.post('/leads', lead('重试客户'));
    expect(await t.ctx.outbox.drain()).toMatchObject({ retried: 1 });
    expect(await t.ctx.outbox.drain()).toMatchObject({ sent: 0, retried: 0 }); // not due yet
    advance(30_000);
    expect(await t.ctx.outbox.drain()).toMatchObject({ retried: 1 });
    advance(60_000);
    expect(await t.ctx.outbox.drain()).toMatchObject({ sent: 1 });
    expect(receiver.requests).toHaveLength(3);
    expect(new Set(receiver.requests.map((r) => r.headers['x-spm-delivery'])).size).toBe(1);
    expect(new Set(receiver.requests.map((r) => r.body.id)).size).toBe(1);
    for (const request of receiver.requests) expect(verify(request, hook.secret)).toBe(true);
    const [latest] = (await deliveries()).items;
    expect(latest).toMatchObject({ status: 'sent', attempts: 3 });
    const detail = await t.admin.get(`/webhook-deliveries/${latest.id}`);
    expect(detail.body.attemptLog.map((a: { httpStatus: number; ok: boolean }) => [a.httpStatus, a.ok])).toEqual([
      [500, false],
      [429, false],
      [200, true],
    ]);
    expect(detail.body.body.data.name).toBe('重试客户');
  });

  it('gives up after the last attempt, and a redelivery sends the same event again as a new delivery', async () => {
    receiver.requests.length = 0;
    receiver.respondWith(() => ({ status: 503 }));
    await rep1.post('/leads', lead('死信客户'));
    for (let attempt = 0; attempt < 8; attempt++) {
      await t.ctx.outbox.drain();
      advance(3_600_000);
    }
    expect(receiver.requests).toHaveLength(8);
    const [dead] = (await deliveries('?status=dead')).items;
    expect(dead).toMatchObject({ status: 'dead', attempts: 8, lastError: 'HTTP 503' });

    receiver.respondWith(() => ({ status: 200 }));
    const again = await t.admin.post(`/webhook-deliveries/${dead.id}/redeliver`);
    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({ status: 'pending', eventId: dead.eventId, redeliveryOf: dead.id });
    expect(again.body.id).not.toBe(dead.id);
    expect(await t.ctx.outbox.drain()).toMatchObject({ sent: 1 });
    const last = receiver.requests.at(-1)!;
    expect(last.headers['x-spm-delivery']).toBe(again.body.id);
    expect(last.body.id).toBe(dead.eventId);
    expect(verify(last, hook.secret)).toBe(true);
    expect((await rep1.post(`/webhook-deliveries/${dead.id}/redeliver`)).status).toBe(403);
  });

  it('signs with a rotated secret at once, sends nothing while inactive, and ends queued deliveries when deleted', async () => {
    receiver.requests.length = 0;
    const rotated = await t.admin.patch(`/webhooks/${hook.id}`, { rotateSecret: true });
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(hook.secret);
    await rep1.post('/leads', lead('新密钥客户'));
    await t.ctx.outbox.drain();
    expect(verify(receiver.requests[0], rotated.body.secret)).toBe(true);
    expect(verify(receiver.requests[0], hook.secret)).toBe(false);

    expect((await t.admin.patch(`/webhooks/${hook.id}`, { active: false })).body.active).toBe(false);
    const before = (await deliveries()).total;
    await rep1.post('/leads', lead('停用期间客户'));
    expect((await deliveries()).total).toBe(before);

    await t.admin.patch(`/webhooks/${hook.id}`, { active: true });
    await rep1.post('/leads', lead('删除前排队客户'));
    expect((await t.admin.delete(`/webhooks/${hook.id}`)).status).toBe(204);
    expect(await t.ctx.outbox.drain()).toMatchObject({ sent: 0 });
    expect((await t.admin.get(`/webhooks/${hook.id}`)).status).toBe(404);
    expect(receiver.requests).toHaveLength(1);
  });

  it('queues nothing when the write that published the event rolls back', async () => {
    const created = await t.admin.post('/webhooks', { url: receiver.url('/stage'), events: ['opportunity.stage_changed'] });
    const customer = await rep1.post('/customers', { name: '回滚客户', type: 'B2B', grade: 'B', region: '华东' });
    const opportunity = await rep1.post('/opportunities', { customerId: customer.body.id, name: '回滚商机', amount: 1000, productLine: '工业设备' });
    expect((await rep1.post(`/opportunities/${opportunity.body.id}/stage`, { to: 'needs' })).status).toBe(422);
    expect((await t.admin.get(`/webhooks/${created.body.id}/deliveries`)).body.total).toBe(0);
  });
});

describe('webhook targets on internal addresses', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('are refused unless WEBHOOK_ALLOW_PRIVATE=1', async () => {
    for (const url of [
      'http://127.0.0.1:8080/hook',
      'http://localhost/hook',
      'http://[::1]/hook',
      'http://10.1.2.3/hook',
      'http://192.168.0.10/hook',
      'http://172.16.0.1/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://0x7f000001/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'http://0.0.0.0/hook',
      'http://100.64.0.1/hook',
    ]) {
      const r = await t.admin.post('/webhooks', { url, events: ['lead.created'] });
      expect(r.status, url).toBe(422);
      expect(r.body.error.code, url).toBe('WEBHOOK_URL_PRIVATE');
    }
    expect((await t.admin.get('/webhooks')).body.items).toEqual([]);
    const english = await t.admin.post('/webhooks', { url: 'http://127.0.0.1/hook', events: ['lead.created'] }, { 'accept-language': 'en' });
    expect(english.body.error.message).toContain('WEBHOOK_ALLOW_PRIVATE=1');
  });
});
