import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startWebhookReceiver, verifyFeishuSignature, type WebhookReceiver } from '../../../../test/support/webhook-receiver.js';
import type { OutboundMessage } from '../message.js';
import { buildFeishuPayload, classifyFeishuReply, FEISHU_ERROR_CODES, FEISHU_MAX_BODY_BYTES, feishuSign, sendFeishu } from './feishu.js';

const NOW = Date.parse('2026-11-20T02:00:00.000Z');
const TOKEN = 'b43e7bea-88fd-436e-9a1c-2f5d1c0e4a77';
const SECRET = 'fs-secret-Ab12Cd34Ef56';

const message: OutboundMessage = {
  title: '线索响应超时：上海某某科技',
  severity: 'critical',
  lines: ['负责人：张三', '已超过首次响应时限 2 小时'],
  link: { label: '查看线索', url: 'https://crm.example.com/leads/42' },
  table: {
    columns: ['负责人', '名称', '闲置'],
    rows: [
      ['张三', '上海某某科技', '72 小时'],
      ['李四', '杭州某某贸易', '50 小时'],
    ],
  },
};

let receiver: WebhookReceiver;
const hookUrl = () => receiver.url(`/open-apis/bot/v2/hook/${TOKEN}`);

beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver.close();
});
beforeEach(() => {
  receiver.requests.length = 0;
  receiver.respondWith([]);
});

describe('feishuSign', () => {
  it('is base64(HMAC-SHA256) keyed with "timestamp\\nsecret" over an empty message', () => {
    const expected = createHmac('sha256', `1599360473\n${SECRET}`).update('').digest('base64');
    expect(feishuSign(1599360473, SECRET)).toBe(expected);
  });
});

describe('sendFeishu', () => {
  it('posts a signed interactive card that Feishu accepts', async () => {
    const result = await sendFeishu({ channel: 'feishu', url: hookUrl(), secret: SECRET }, message, { nowMs: NOW });
    expect(result).toMatchObject({ ok: true, httpStatus: 200, code: 0 });

    expect(receiver.requests).toHaveLength(1);
    const { body, headers, path } = receiver.requests[0];
    expect(path).toBe(`/open-apis/bot/v2/hook/${TOKEN}`);
    expect(headers['content-type']).toContain('application/json');
    expect(body.timestamp).toBe(String(NOW / 1000));
    // Recomputed independently of the code under test.
    expect(body.sign).toBe(createHmac('sha256', `${body.timestamp}\n${SECRET}`).update(Buffer.alloc(0)).digest('base64'));
    expect(verifyFeishuSignature(body, SECRET, NOW)).toBe(true);
    expect(verifyFeishuSignature(body, 'another-secret', NOW)).toBe(false);

    expect(body.msg_type).toBe('interactive');
    expect(body.card.config).toEqual({ wide_screen_mode: true });
    expect(body.card.header).toEqual({ template: 'red', title: { tag: 'plain_text', content: '线索响应超时：上海某某科技' } });
    const [text, hr, table, action] = body.card.elements;
    expect(text).toEqual({ tag: 'div', text: { tag: 'lark_md', content: '负责人：张三\n已超过首次响应时限 2 小时' } });
    expect(hr).toEqual({ tag: 'hr' });
    expect(table.text.content).toBe('**负责人 | 名称 | 闲置**\n张三 | 上海某某科技 | 72 小时\n李四 | 杭州某某贸易 | 50 小时');
    expect(action).toEqual({
      tag: 'action',
      actions: [{ tag: 'button', text: { tag: 'plain_text', content: '查看线索' }, type: 'primary', url: 'https://crm.example.com/leads/42' }],
    });
  });

  it('sends no timestamp or sign without a secret', async () => {
    await sendFeishu({ channel: 'feishu', url: hookUrl(), secret: null }, { title: '测试消息', severity: 'info', lines: ['通知渠道配置成功'] }, { nowMs: NOW });
    const { body } = receiver.requests[0];
    expect(body).not.toHaveProperty('timestamp');
    expect(body).not.toHaveProperty('sign');
    expect(body.card.header.template).toBe('blue');
    expect(body.card.elements).toHaveLength(1);
  });

  it('counts HTTP 200 with code != 0 as a failure', async () => {
    receiver.respondWith([{ status: 200, body: { code: 19021, msg: 'sign match fail or timestamp is not within one hour from current time' } }]);
    const result = await sendFeishu({ channel: 'feishu', url: hookUrl(), secret: 'wrong-secret-123' }, message, { nowMs: NOW });
    expect(result).toMatchObject({ ok: false, retryable: false, httpStatus: 200, code: 19021 });
    expect(result.error).toContain('19021');
    expect(result.error).toContain('签名校验失败');
  });

  it('reads the old StatusCode field', async () => {
    receiver.respondWith([{ status: 200, body: { StatusCode: 19001, StatusMessage: 'param invalid: incoming webhook access token invalid' } }]);
    const result = await sendFeishu({ channel: 'feishu', url: hookUrl() }, message, { nowMs: NOW });
    expect(result).toMatchObject({ ok: false, retryable: false, code: 19001 });
  });

  it('retries rate limits, overload and server errors, and gives up on bad requests', async () => {
    receiver.respondWith([
      { status: 200, body: { code: 11232, msg: 'frequency limited psm[lark.oapi.app_platform_runtime]appID[1]' } },
      { status: 400, body: { code: 9499, msg: 'too many request', data: {} } },
      { status: 400, body: { code: 9499, msg: 'Bad Request', data: {} } },
      { status: 200, body: { code: 19024, msg: 'Key Words Not Found' } },
      { status: 200, body: { code: 19022, msg: 'Ip Not Allowed' } },
      { status: 503, rawBody: '<html>Service Unavailable</html>' },
      { status: 429, rawBody: 'slow down', headers: { 'retry-after': '7' } },
      { status: 200, body: { code: 424242, msg: 'something new' } },
      { status: 200, rawBody: '<html>captive portal</html>' },
    ]);
    const send = () => sendFeishu({ channel: 'feishu', url: hookUrl() }, message, { nowMs: NOW });
    expect(await send()).toMatchObject({ ok: false, retryable: true, code: 11232, retryAfterMs: 60_000 });
    expect(await send()).toMatchObject({ ok: false, retryable: true, code: 9499, httpStatus: 400 });
    expect(await send()).toMatchObject({ ok: false, retryable: false, code: 9499 });
    expect(await send()).toMatchObject({ ok: false, retryable: false, code: 19024 });
    expect(await send()).toMatchObject({ ok: false, retryable: false, code: 19022 });
    expect(await send()).toMatchObject({ ok: false, retryable: true, httpStatus: 503 });
    expect(await send()).toMatchObject({ ok: false, retryable: true, httpStatus: 429, retryAfterMs: 7_000 });
    expect(await send()).toMatchObject({ ok: false, retryable: false, code: 424242 });
    expect(await send()).toMatchObject({ ok: false, retryable: true, httpStatus: 200 });
  });

  it('gives up after the timeout when the server never answers', async () => {
    receiver.respondWith(() => ({ hang: true }));
    const result = await sendFeishu({ channel: 'feishu', url: hookUrl() }, message, { nowMs: NOW, timeoutMs: 200 });
    expect(result).toMatchObject({ ok: false, retryable: true });
    expect(result.error).toContain('超时');
  });

  it('retries when the connection is refused, without revealing the token', async () => {
    const closed = await startWebhookReceiver();
    const url = closed.url(`/open-apis/bot/v2/hook/${TOKEN}`);
    await closed.close();
    const result = await sendFeishu({ channel: 'feishu', url, secret: SECRET }, message, { nowMs: NOW });
    expect(result).toMatchObject({ ok: false, retryable: true });
    expect(result.error).toContain('网络错误');
    expect(result.error).not.toContain(TOKEN);
  });

  it('keeps the token and secret out of error and response even when the server echoes them', async () => {
    receiver.respondWith((request) => ({
      status: 200,
      body: { code: 19001, msg: `token ${TOKEN} invalid for ${hookUrl()}`, echo: { secret: SECRET, sign: request.body.sign } },
    }));
    const result = await sendFeishu({ channel: 'feishu', url: hookUrl(), secret: SECRET }, message, { nowMs: NOW });
    const sign = receiver.requests[0].body.sign as string;
    for (const text of [result.error, result.response]) {
      expect(text).toBeDefined();
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(sign);
    }
  });

  it('rejects a URL that is not http(s) without sending anything', async () => {
    const result = await sendFeishu({ channel: 'feishu', url: `ftp://open.feishu.cn/open-apis/bot/v2/hook/${TOKEN}` }, message, { nowMs: NOW });
    expect(result).toMatchObject({ ok: false, retryable: false });
    expect(result.error).not.toContain(TOKEN);
  });
});

describe('buildFeishuPayload', () => {
  it('keeps a long stale list under the body limit, saying how many rows were left out', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [`销售代表${i}`, `上海某某信息科技有限公司第${i}分公司`, `${48 + (i % 100)} 小时`]);
    const payload = buildFeishuPayload({ ...message, table: { columns: ['负责人', '名称', '闲置'], rows } }, { nowMs: NOW, secret: SECRET });
    expect(Buffer.byteLength(JSON.stringify(payload))).toBeLessThanOrEqual(FEISHU_MAX_BODY_BYTES);
    const tableText: string = (payload.card.elements[2] as { text: { content: string } }).text.content;
    const shown = tableText.split('\n').length - 2; // minus header and note
    expect(shown).toBeGreaterThan(50);
    expect(tableText.endsWith(`… 另有 ${3000 - shown} 条`)).toBe(true);
    expect(payload.card.elements.at(-1)).toMatchObject({ tag: 'action' });
  });

  it('cuts overlong text when even an empty table does not fit', () => {
    const payload = buildFeishuPayload({ ...message, lines: ['超'.repeat(20_000)] }, { nowMs: NOW });
    expect(Buffer.byteLength(JSON.stringify(payload))).toBeLessThanOrEqual(FEISHU_MAX_BODY_BYTES);
    expect((payload.card.elements[0] as { text: { content: string } }).text.content.endsWith('…')).toBe(true);
  });

  it('stops names typed by users from injecting markup', () => {
    const payload = buildFeishuPayload(
      { title: '新线索', severity: 'warning', lines: ['客户：<at id=all></at>'], table: { columns: ['名称'], rows: [['**粗体**<b>']] } },
      { nowMs: NOW },
    );
    const json = JSON.stringify(payload);
    expect(json).not.toContain('<at');
    expect(json).not.toContain('<b>');
    expect(payload.card.header.template).toBe('orange');
  });
});

describe('FEISHU_ERROR_CODES', () => {
  it('marks the documented configuration errors permanent and the rate limit retryable', () => {
    expect(FEISHU_ERROR_CODES[11232].retryable).toBe(true);
    for (const code of [9499, 19001, 19021, 19022, 19024]) expect(FEISHU_ERROR_CODES[code].retryable).toBe(false);
  });

  it('treats code 0 with a server error status as a failure', () => {
    expect(classifyFeishuReply({ httpStatus: 500, bodyText: '{"code":0}' })).toMatchObject({ ok: false, retryable: true });
  });
});
