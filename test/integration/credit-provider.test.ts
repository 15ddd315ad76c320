import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpCreditProvider } from '../../src/collaboration/credit.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';

describe('HTTP credit provider (信用核验)', () => {
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    receiver = await startWebhookReceiver();
  });
  afterAll(() => receiver.close());

  it('sends the customer with the token, retries server errors and keeps the raw response', async () => {
    receiver.requests.length = 0;
    receiver.respondWith([
      { status: 503, body: { error: 'busy' } },
      { status: 200, body: { rating: 'AA', score: 735, creditLimit: 2000000, summary: '无逾期' } },
    ]);
    const provider = httpCreditProvider(receiver.url('/credit/check'), 'secret-token', { retries: 2, timeoutMs: 2000 });
    const result = await provider.check({ id: 'c-1', name: '苏州精密制造' });
    expect(result).toMatchObject({ ok: true, rating: 'AA', score: 735, creditLimit: 2000000, summary: '无逾期', error: null });
    expect(result.raw).toContain('"rating":"AA"');
    expect(receiver.requests).toHaveLength(2);
    expect(receiver.requests[0].headers.authorization).toBe('Bearer secret-token');
    expect(receiver.requests[0].body).toEqual({ customerId: 'c-1', customerName: '苏州精密制造' });
  });

  it('does not retry a refusal, and gives up after a timeout on every attempt', async () => {
    receiver.respondWith([{ status: 401, body: { error: 'bad token' } }]);
    const refused = await httpCreditProvider(receiver.url('/credit/check'), 'wrong', { retries: 2 }).check({ id: 'c-1', name: 'x' });
    expect(refused).toMatchObject({ ok: false, error: 'HTTP 401' });
    receiver.respondWith(() => ({ hang: true }));
    const slow = await httpCreditProvider(receiver.url('/credit/check'), undefined, { retries: 1, timeoutMs: 200 }).check({ id: 'c-1', name: 'x' });
    expect(slow.ok).toBe(false);
    expect(slow.error).toContain('after 2 attempts');
  });
});
