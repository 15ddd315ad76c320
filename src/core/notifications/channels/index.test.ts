import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMail, startSmtpReceiver, startWebhookReceiver, type SmtpReceiver, type WebhookReceiver } from '../../../../test/support/webhook-receiver.js';
import type { OutboundMessage } from '../message.js';
import { deliver } from './index.js';

const NOW = Date.parse('2026-11-20T02:00:00.000Z');
const message: OutboundMessage = { title: '通知渠道测试', severity: 'info', lines: ['这是一条测试消息'] };

let webhooks: WebhookReceiver;
let smtp: SmtpReceiver;

beforeAll(async () => {
  [webhooks, smtp] = await Promise.all([startWebhookReceiver(), startSmtpReceiver()]);
});
afterAll(async () => {
  await Promise.all([webhooks.close(), smtp.close()]);
});

describe('deliver', () => {
  it('dispatches to each channel by target', async () => {
    const email = { url: smtp.url, from: 'noreply@example.com' };
    const results = await Promise.all([
      deliver({ channel: 'feishu', url: webhooks.url('/open-apis/bot/v2/hook/feishu-token-1234'), secret: 'feishu-secret-1234' }, message, {
        nowMs: NOW,
        email,
      }),
      deliver({ channel: 'wecom', url: webhooks.url('/cgi-bin/webhook/send?key=wecom-key-123456') }, message, { nowMs: NOW, email }),
      deliver({ channel: 'email', to: ['team@example.com'] }, message, { nowMs: NOW, email }),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true, true]);
    expect(webhooks.requests.map((r) => r.path).sort()).toEqual(['/cgi-bin/webhook/send', '/open-apis/bot/v2/hook/feishu-token-1234']);
    expect(parseMail(smtp.messages[0].raw).subject).toBe('通知渠道测试');
  });

  it('does not retry e-mail while no SMTP server is configured', async () => {
    expect(await deliver({ channel: 'email', to: ['team@example.com'] }, message, { nowMs: NOW })).toMatchObject({ ok: false, retryable: false });
  });

  it('refuses an SMTP URL it cannot read, without showing its password', async () => {
    const result = await deliver({ channel: 'email', to: ['team@example.com'] }, message, {
      nowMs: NOW,
      email: { url: 'smtp//user:hunter2-secret@mail', from: 'noreply@example.com' },
    });
    expect(result).toMatchObject({ ok: false, retryable: false });
    expect(result.error).not.toContain('hunter2-secret');
  });
});
