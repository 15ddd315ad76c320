import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg } from '../support/fixtures.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';
import { startSmtpReceiver, startWebhookReceiver, verifyFeishuSignature, type SmtpReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';
import { sh } from '../support/time.js';

const SECRET = 'feishu-test-secret-0123';
const WECOM_KEY = '693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa';

describe('notifications leave through the outbox to Feishu, WeCom and e-mail', () => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  let smtp: SmtpReceiver;
  let org: Awaited<ReturnType<typeof createOrg>>;
  let sup1: Client;
  let rep1: Client;

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    smtp = await startSmtpReceiver();
    t = await createTestApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://crm.example.com' } });
    org = await createOrg(t);
    [sup1, rep1] = await Promise.all([org.as('sup1'), org.as('rep1')]);
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
    await smtp.close();
  });

  it('lets the supervisor configure the team\u2019s channels, masked when read back', async () => {
    const body = {
      feishu: { url: receiver.url('/open-apis/bot/v2/hook/0f1e2d3c-aaaa-bbbb-cccc-1234567890ab'), secret: SECRET },
      wecom: { url: receiver.url(`/cgi-bin/webhook/send?key=${WECOM_KEY}`) },
      email: { to: ['east-team@example.com'] },
    };
    expect((await rep1.put(`/teams/${org.ids.east}/channels`, body)).status).toBe(403);
    expect((await (await org.as('sup2')).put(`/teams/${org.ids.east}/channels`, body)).status).toBe(403);
    expect((await sup1.put(`/teams/${org.ids.east}/channels`, { wecom: { url: 'ftp://example.com/x' } })).status).toBe(400);
    const r = await sup1.put(`/teams/${org.ids.east}/channels`, body);
    expect(r.status).toBe(200);
    expect(r.body.feishu.hasSecret).toBe(true);
    expect(JSON.stringify(r.body)).not.toContain(SECRET);
    expect(JSON.stringify(r.body)).not.toContain(WECOM_KEY);
    expect(r.body.email.to).toEqual(['east-team@example.com']);
    // Changing only the URL keeps the stored secret.
    const again = await sup1.put(`/teams/${org.ids.east}/channels`, { feishu: { url: body.feishu.url } });
    expect(again.body.feishu.hasSecret).toBe(true);
  });

  it('delivers a breach escalation as a signed Feishu card, a WeCom markdown message and an e-mail', async () => {
    t.clock.set(sh('2026-11-24T09:00:00'));
    const lead = (await rep1.post('/leads', { name: '上海精工机械', type: 'B2B', region: '华东', productLine: '工业设备' })).body;
    t.clock.set(sh('2026-11-24T11:00:00'));
    await t.ctx.scheduler.tick();
    const delivered = await t.ctx.outbox.drain();
    expect(delivered).toMatchObject({ sent: 3, dead: 0 });

    const feishu = receiver.requests.filter((r) => r.path.startsWith('/open-apis/'));
    expect(feishu).toHaveLength(1);
    expect(verifyFeishuSignature(feishu[0].body, SECRET)).toBe(true);
    expect(feishu[0].body.msg_type).toBe('interactive');
    const card = JSON.stringify(feishu[0].body.card);
    expect(card).toContain('响应超时');
    expect(card).toContain('上海精工机械');
    expect(card).toContain('https://crm.example.com/leads?slaStatus=breached');

    const wecom = receiver.requests.filter((r) => r.path === '/cgi-bin/webhook/send');
    expect(wecom).toHaveLength(1);
    expect(wecom[0].query.key).toBe(WECOM_KEY);
    expect(wecom[0].body.msgtype).toBe('markdown');
    expect(wecom[0].body.markdown.content).toContain('上海精工机械');

    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0].to).toContain('east-team@example.com');
    expect(lead.id).toBeTruthy();

    // Nothing is sent twice.
    expect(await t.ctx.outbox.drain()).toMatchObject({ sent: 0 });
    const log = await t.admin.get('/outbox?status=sent');
    expect(log.body.total).toBe(3);
    expect(JSON.stringify(log.body)).not.toContain(WECOM_KEY);
  });

  it('retries a rate-limited Feishu reply (HTTP 200 with a non-zero code) with backoff, and gives up at once on a bad signature', async () => {
    receiver.requests.length = 0;
    receiver.respondWith([{ status: 200, body: { code: 11232, msg: 'frequency limited psm[lark.oapi.app_platform_runtime]appID[1]' } }]);
    const queued = await t.ctx.db
      .transaction()
      .execute((trx) => t.ctx.notifier.toTeamChannels(trx, [org.ids.east], { title: '重试测试', severity: 'info', lines: ['第一次会被限流'] }, 'retry-test'));
    expect(queued).toBe(3);
    const first = await t.ctx.outbox.drain();
    expect(first).toMatchObject({ sent: 2, retried: 1 });
    const pending = await t.ctx.db.selectFrom('outbox').selectAll().where('status', '=', 'pending').execute();
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ channel: 'feishu', attempts: 1 });
    // Not before the backoff has passed.
    expect(await t.ctx.outbox.drain()).toMatchObject({ sent: 0, retried: 0 });
    t.clock.advance(60_000);
    expect(await t.ctx.outbox.drain()).toMatchObject({ sent: 1 });
    const attempts = await t.admin.get(`/outbox/${pending[0].id}/attempts`);
    expect(attempts.body.items.map((a: any) => [a.attempt, a.ok, a.code])).toEqual([
      [1, false, '11232'],
      [2, true, '0'],
    ]);

    receiver.respondWith([{ status: 200, body: { code: 19021, msg: 'sign match fail or timestamp is not within one hour from current time' } }]);
    await t.ctx.db
      .transaction()
      .execute((trx) => t.ctx.notifier.toTeamChannels(trx, [org.ids.east], { title: '签名错误测试', severity: 'info', lines: ['x'] }, 'bad-sign-test'));
    expect(await t.ctx.outbox.drain()).toMatchObject({ sent: 2, dead: 1 });
    const dead = await t.admin.get('/outbox?status=dead');
    expect(dead.body.items[0]).toMatchObject({ channel: 'feishu', attempts: 1 });
    expect(dead.body.items[0].lastError).toBeTruthy();
    // An operator can queue it again once the secret is fixed.
    expect((await t.admin.post(`/outbox/${dead.body.items[0].id}/retry`)).status).toBe(200);
    expect(await t.ctx.outbox.drain()).toMatchObject({ sent: 1 });
    expect((await rep1.get('/outbox')).status).toBe(403);
  });

  it('respects the WeCom robot limit of 20 messages a minute across the outbox', async () => {
    receiver.requests.length = 0;
    await t.ctx.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 25; i++)
        await t.ctx.notifier.toTeamChannels(trx, [org.ids.east], { title: `批量 ${i}`, severity: 'info', lines: ['x'] }, `burst-${i}`);
    });
    t.clock.advance(120_000);
    await t.ctx.outbox.drain();
    const wecomSent = () => receiver.requests.filter((r) => r.path === '/cgi-bin/webhook/send').length;
    expect(wecomSent()).toBe(20);
    t.clock.advance(61_000);
    await t.ctx.outbox.drain();
    expect(wecomSent()).toBe(25);
  });

  it('shows a hostile lead name literally in the group chats: no link, image, emphasis or mention', async () => {
    receiver.requests.length = 0;
    const hostile = '[点此领奖](https://evil.example/p) ![x](https://evil.example/a.png) **粗体** <at user_id="all"></at>';
    t.clock.advance(10 * 60_000);
    const created = await rep1.post('/leads', { name: hostile, type: 'B2B', region: '华东', productLine: '工业设备' });
    expect(created.status).toBe(201);
    t.clock.set(new Date(Date.parse(created.body.responseDueAt) + 60_000));
    await t.ctx.scheduler.tick();
    await t.ctx.outbox.drain();

    const feishu = receiver.requests.filter((r) => r.path.startsWith('/open-apis/'));
    const wecom = receiver.requests.filter((r) => r.path === '/cgi-bin/webhook/send');
    expect(feishu.length).toBeGreaterThan(0);
    expect(wecom.length).toBeGreaterThan(0);
    // (The e-mail's HTML and text parts are checked where they are rendered: channels/injection.test.ts.)
    const delivered = [...feishu.map((r) => JSON.stringify(r.body)), ...wecom.map((r) => String(r.body.markdown.content))];
    for (const text of delivered) {
      expect(text).not.toMatch(/https?:\/\/evil\.example/);
      expect(text).not.toContain('<at ');
    }
    for (const r of feishu) {
      const markdown = (r.body.card.elements as { tag: string; text?: { content: string } }[]).map((e) => e.text?.content ?? '').join('\n');
      expect(markdown).not.toContain('[点此领奖]');
      expect(markdown).not.toContain('**粗体**');
    }
    const markdown = String(wecom[0].body.markdown.content);
    expect(markdown).toContain('［点此领奖］');
    expect(markdown).toContain('＊＊粗体＊＊');
    expect(markdown).toContain('＜at user＿id="all"＞');
  });
});
