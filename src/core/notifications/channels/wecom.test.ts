import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startWebhookReceiver, type WebhookReceiver } from '../../../../test/support/webhook-receiver.js';
import type { OutboundMessage } from '../message.js';
import { maskUrl } from './mask.js';
import { buildWecomContent, sendWecom, WECOM_ERROR_CODES, WECOM_MAX_CONTENT_BYTES } from './wecom.js';

const NOW = Date.parse('2026-11-20T02:00:00.000Z');
const KEY = '693a91f6-7c3e-4bc4-97a0-0ec2e1fa5aaa';

const message: OutboundMessage = {
  title: '线索响应超时：上海某某科技',
  severity: 'critical',
  lines: ['负责人：张三', '已超过首次响应时限 2 小时'],
  link: { label: '查看线索', url: 'https://crm.example.com/leads/42' },
  table: { columns: ['负责人', '名称', '闲置'], rows: [['张三', '上海某某科技', '72 小时']] },
};

let receiver: WebhookReceiver;
const webhookUrl = () => receiver.url(`/cgi-bin/webhook/send?key=${KEY}`);
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

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

describe('sendWecom', () => {
  it('posts a markdown message with severity colour, table and link', async () => {
    const result = await sendWecom({ channel: 'wecom', url: webhookUrl() }, message, { nowMs: NOW });
    expect(result).toMatchObject({ ok: true, httpStatus: 200, code: 0 });
    const { path, query, body } = receiver.requests[0];
    expect(path).toBe('/cgi-bin/webhook/send');
    expect(query.key).toBe(KEY);
    expect(body.msgtype).toBe('markdown');
    expect(body.markdown.content).toBe(
      [
        '<font color="warning">**【紧急】线索响应超时：上海某某科技**</font>',
        '负责人：张三',
        '已超过首次响应时限 2 小时',
        '',
        '**负责人 | 名称 | 闲置**',
        '张三 | 上海某某科技 | 72 小时',
        '[查看线索](https://crm.example.com/leads/42)',
      ].join('\n'),
    );
  });

  it('renders info in green and keeps user text from injecting markup', () => {
    const content = buildWecomContent({ title: '新线索分配', severity: 'info', lines: ['客户：<font color="warning">假冒</font> <@all>'] });
    expect(content.startsWith('<font color="info">**新线索分配**</font>')).toBe(true);
    expect(content.match(/<font/g)).toHaveLength(1);
    expect(content).not.toContain('<@');
  });

  it('classifies errcode: rate limits and busy are retried, a bad key is not', async () => {
    receiver.respondWith([
      { status: 200, body: { errcode: 45009, errmsg: 'api freq out of limit' } },
      { status: 200, body: { errcode: -1, errmsg: 'system busy' } },
      { status: 200, body: { errcode: 93000, errmsg: 'invalid webhook url, hint: [1732000000_1], from ip: 1.2.3.4' } },
      { status: 200, body: { errcode: 44004, errmsg: 'empty content' } },
      { status: 200, body: { errcode: 40058, errmsg: 'markdown.content exceed max length 4096' } },
      { status: 502, rawBody: 'Bad Gateway' },
      { status: 200, body: { errcode: 777777, errmsg: 'unheard of' } },
    ]);
    const send = () => sendWecom({ channel: 'wecom', url: webhookUrl() }, message, { nowMs: NOW });
    expect(await send()).toMatchObject({ ok: false, retryable: true, code: 45009, retryAfterMs: 60_000 });
    expect(await send()).toMatchObject({ ok: false, retryable: true, code: -1 });
    expect(await send()).toMatchObject({ ok: false, retryable: false, code: 93000 });
    expect(await send()).toMatchObject({ ok: false, retryable: false, code: 44004 });
    expect(await send()).toMatchObject({ ok: false, retryable: false, code: 40058 });
    expect(await send()).toMatchObject({ ok: false, retryable: true, httpStatus: 502 });
    expect(await send()).toMatchObject({ ok: false, retryable: false, code: 777777 });
  });

  it('gives up after the timeout when the server never answers', async () => {
    receiver.respondWith(() => ({ hang: true }));
    const result = await sendWecom({ channel: 'wecom', url: webhookUrl() }, message, { nowMs: NOW, timeoutMs: 200 });
    expect(result).toMatchObject({ ok: false, retryable: true });
    expect(result.error).toContain('超时');
  });

  it('does not follow a redirect: the body would be re-posted to an unknown host', async () => {
    receiver.respondWith([{ status: 302, rawBody: '', headers: { location: 'https://example.com/' } }]);
    const result = await sendWecom({ channel: 'wecom', url: webhookUrl() }, message, { nowMs: NOW });
    expect(result).toMatchObject({ ok: false, retryable: false });
    expect(receiver.requests).toHaveLength(1);
  });

  it('keeps the key out of error and response even when the server echoes the URL', async () => {
    receiver.respondWith((request) => ({ status: 200, body: { errcode: 93000, errmsg: `invalid webhook url ${webhookUrl()} key ${request.query.key}` } }));
    const result = await sendWecom({ channel: 'wecom', url: webhookUrl() }, message, { nowMs: NOW });
    expect(result.error).toBeDefined();
    expect(result.response).toBeDefined();
    expect(result.error).not.toContain(KEY);
    expect(result.response).not.toContain(KEY);
    expect(result.error).toContain('key=693a***');
    expect(maskUrl(webhookUrl())).not.toContain(KEY);
  });
});

describe('buildWecomContent: the 4096-byte limit', () => {
  it('cuts long Chinese text on a character boundary, ends it with …, and keeps the link', () => {
    const content = buildWecomContent({ ...message, table: undefined, lines: ['超时'.repeat(1500), '第二行'] });
    expect(bytes(content)).toBeLessThanOrEqual(WECOM_MAX_CONTENT_BYTES);
    expect(bytes(content)).toBeGreaterThan(WECOM_MAX_CONTENT_BYTES - 10);
    expect(content).not.toContain('\uFFFD');
    expect(Buffer.from(content, 'utf8').toString('utf8')).toBe(content);
    const [text, link] = content.split('\n').slice(-2);
    expect(text.endsWith('…')).toBe(true);
    expect(link).toBe('[查看线索](https://crm.example.com/leads/42)');
  });

  it('ends with … when there is no link', () => {
    const content = buildWecomContent({ title: '测试', severity: 'warning', lines: ['长'.repeat(5000)] });
    expect(bytes(content)).toBeLessThanOrEqual(WECOM_MAX_CONTENT_BYTES);
    expect(content.endsWith('…')).toBe(true);
  });

  it('drops table rows first and says how many are missing', () => {
    const rows = Array.from({ length: 500 }, (_, i) => [`销售代表${i}`, `苏州某某精密制造有限公司${i}`, `${49 + i} 小时`]);
    const content = buildWecomContent({ ...message, table: { columns: ['负责人', '名称', '闲置'], rows } });
    expect(bytes(content)).toBeLessThanOrEqual(WECOM_MAX_CONTENT_BYTES);
    const shown = content.split('\n').filter((line) => line.startsWith('销售代表')).length;
    expect(shown).toBeGreaterThan(20);
    expect(content).toContain(`<font color="comment">… 另有 ${500 - shown} 条</font>`);
    expect(content.endsWith('[查看线索](https://crm.example.com/leads/42)')).toBe(true);
  });
});

describe('WECOM_ERROR_CODES', () => {
  it('documents which codes are worth retrying', () => {
    expect(WECOM_ERROR_CODES[-1].retryable).toBe(true);
    expect(WECOM_ERROR_CODES[45009].retryable).toBe(true);
    for (const code of [93000, 40008, 44004, 40058]) expect(WECOM_ERROR_CODES[code].retryable).toBe(false);
  });
});
