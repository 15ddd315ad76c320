import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseMail, startSmtpReceiver, type SmtpReceiver } from '../../../../test/support/webhook-receiver.js';
import type { OutboundMessage } from '../message.js';
import { renderEmailText, sendEmail } from './email.js';

const PASSWORD = 'Sm7p-pa55word!';
const FROM = '销售过程管理系统 <noreply@example.com>';

const message: OutboundMessage = {
  title: '昨日断点清单：华东一组 <3 条>',
  severity: 'critical',
  lines: ['3 条线索超过 48 小时未更新', '客户备注：<script>alert("x")</script> & 其他'],
  link: { label: '查看清单', url: 'https://crm.example.com/reports/stale?teamId=7&x="y"' },
  table: { columns: ['负责人', '名称'], rows: [['张三', '上海<某某>科技']] },
};

let smtp: SmtpReceiver;
const smtpUrl = (auth = true) => (auth ? smtp.url.replace('smtp://', `smtp://notify%40example.com:${encodeURIComponent(PASSWORD)}@`) : smtp.url);

beforeAll(async () => {
  smtp = await startSmtpReceiver();
});
afterAll(async () => {
  await smtp.close();
});
beforeEach(() => {
  smtp.messages.length = 0;
});

describe('sendEmail', () => {
  it('delivers to the SMTP server with the title as subject and escaped HTML', async () => {
    const result = await sendEmail({ url: smtpUrl(), from: FROM }, ['rep@example.com', 'lead@example.com'], message);
    expect(result).toMatchObject({ ok: true, code: 250 });

    expect(smtp.messages).toHaveLength(1);
    const received = smtp.messages[0];
    expect(received.from).toBe('noreply@example.com');
    expect(received.to).toEqual(['rep@example.com', 'lead@example.com']);
    expect(received.user).toBe('notify@example.com');

    const mail = parseMail(received.raw);
    expect(mail.subject).toBe('昨日断点清单：华东一组 <3 条>');
    const html = mail.parts['text/html'];
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 其他');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<strong>');
    expect(html).toContain('昨日断点清单：华东一组 &lt;3 条&gt;');
    expect(html).toContain('<td style="border:1px solid #d9d9d9;padding:4px 8px;text-align:left">上海&lt;某某&gt;科技</td>');
    expect(html).toContain('<a href="https://crm.example.com/reports/stale?teamId=7&amp;x=&quot;y&quot;"');
    expect(mail.parts['text/plain']).toBe(renderEmailText(message));
    expect(mail.parts['text/plain']).toContain('3 条线索超过 48 小时未更新');
  });

  it('retries a 4xx reply and gives up on a 5xx reply, never showing the password', async () => {
    smtp.rejectNext({ responseCode: 451, message: 'Temporary local problem' }, { responseCode: 550, message: 'Mailbox unavailable' });
    const temporary = await sendEmail({ url: smtpUrl(), from: FROM }, ['rep@example.com'], message);
    const permanent = await sendEmail({ url: smtpUrl(), from: FROM }, ['rep@example.com'], message);
    expect(temporary).toMatchObject({ ok: false, retryable: true, code: 451 });
    expect(permanent).toMatchObject({ ok: false, retryable: false, code: 550 });
    for (const result of [temporary, permanent]) {
      expect(result.error).toContain('邮件发送失败');
      expect(`${result.error} ${result.response}`).not.toContain(PASSWORD);
      expect(`${result.error} ${result.response}`).not.toContain(encodeURIComponent(PASSWORD));
    }
    expect(smtp.messages).toHaveLength(0);
  });

  it('retries when the server cannot be reached', async () => {
    const down = await startSmtpReceiver();
    await down.close();
    const result = await sendEmail({ url: `smtp://notify:${PASSWORD}@127.0.0.1:${down.port}`, from: FROM }, ['rep@example.com'], message, { timeoutMs: 2_000 });
    expect(result).toMatchObject({ ok: false, retryable: true });
    expect(result.error).not.toContain(PASSWORD);
  });

  it('does not try without recipients', async () => {
    expect(await sendEmail({ url: smtpUrl(false), from: FROM }, [], message)).toMatchObject({ ok: false, retryable: false });
  });
});
