import { describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../message.js';
import { renderEmailHtml, renderEmailText } from './email.js';
import { buildFeishuPayload } from './feishu.js';
import { buildWecomContent } from './wecom.js';
import { defangUrls, literalMarkdown } from './text.js';

/** A lead name a hostile rep could type, as it would reach a team's group chat after an SLA breach. */
const HOSTILE = '[点此领奖](https://evil.example/p) ![x](https://evil.example/a.png) **粗体** <at user_id="all"></at>';
const message: OutboundMessage = {
  title: `线索「${HOSTILE}」响应超时`,
  severity: 'critical',
  lines: [`线索：${HOSTILE}`, '# 不是标题', '_斜体_ ~~删除~~ `代码` www.evil.example'],
  table: { columns: ['名称'], rows: [[HOSTILE]] },
  link: { label: '查看线索', url: 'https://crm.example.com/leads/1' },
};
const EVIL_LINK = /(https?|ftp):\/\/evil\.example|\[点此领奖\]|\[x\]|www\.evil/;

describe('user text in outgoing messages', () => {
  it('Feishu lark_md shows it literally: no link, image, emphasis, heading or mention', () => {
    const payload = buildFeishuPayload(message, { nowMs: Date.UTC(2026, 10, 20) });
    const json = JSON.stringify(payload);
    const markdown = payload.card.elements.flatMap((e) => (e.tag === 'div' ? [e.text.content] : [])).join('\n');
    expect(markdown).not.toMatch(EVIL_LINK);
    // The header is plain text (no markdown), but it carries no address to follow either.
    expect(json).not.toMatch(/(https?|ftp):\/\/evil\.example|www\.evil/);
    expect(json).not.toContain('<at');
    expect(markdown).not.toContain('**粗体**');
    expect(markdown).not.toMatch(/^#/m);
    expect(markdown).toContain('［点此领奖］(https：//evil.example/p)');
    expect(markdown).toContain('＊＊粗体＊＊');
    expect(markdown).toContain('＜at user＿id="all"＞＜/at＞');
    // Our own link to the record is still a button.
    expect(json).toContain('"url":"https://crm.example.com/leads/1"');
  });

  it('WeCom markdown shows it literally', () => {
    const content = buildWecomContent(message);
    expect(content).not.toMatch(EVIL_LINK);
    expect(content).not.toContain('<at');
    expect(content).not.toContain('**粗体**');
    expect(content).not.toMatch(/^#/m);
    expect(content).toContain('！［x］(https：//evil.example/a.png)'.replace('！', '!'));
    expect(content).toContain('[查看线索](https://crm.example.com/leads/1)');
  });

  it('e-mail HTML and text show it literally', () => {
    const html = renderEmailHtml(message);
    // Brackets mean nothing in HTML; what matters is that no address can be followed.
    expect(html).not.toMatch(/(https?|ftp):\/\/evil\.example|www\.evil/);
    expect(html).not.toContain('<at');
    expect(html).not.toContain('<strong>');
    expect(html).toContain('&lt;at user_id=&quot;all&quot;&gt;');
    expect(html).toContain('<a href="https://crm.example.com/leads/1"');
    expect(renderEmailText(message)).not.toMatch(/(https?|ftp):\/\/evil\.example|www\.evil/);
  });

  it('leaves ordinary Chinese text as it is', () => {
    expect(literalMarkdown('宁波港城精密机械有限公司（B端）· 华东 · 2 小时')).toBe('宁波港城精密机械有限公司（B端）· 华东 · 2 小时');
    expect(defangUrls('详见 https://a.example/x 与 WWW.b.example')).toBe('详见 https：//a.example/x 与 WWW．b.example');
  });
});
