import { describe, expect, it } from 'vitest';
import { maskSecrets, maskUrl, secretsOfUrl, truncateForLog } from './mask.js';

const WECOM_KEY = '693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa';
const FEISHU_TOKEN = 'b43e7bea-88fd-436e-9a1c-2f5d1c0e4a77';

describe('maskUrl', () => {
  it('keeps the first four characters of a WeCom key', () => {
    expect(maskUrl(`https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${WECOM_KEY}`)).toBe('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a***');
  });

  it('masks the token segment of a Feishu hook', () => {
    expect(maskUrl(`https://open.feishu.cn/open-apis/bot/v2/hook/${FEISHU_TOKEN}`)).toBe('https://open.feishu.cn/open-apis/bot/v2/hook/b43e***');
  });

  it('masks the password of an SMTP URL but keeps the user', () => {
    expect(maskUrl('smtps://notify%40example.com:s3cr3t-pass@smtp.exmail.qq.com:465')).toBe('smtps://notify%40example.com:***@smtp.exmail.qq.com:465');
  });

  it('is idempotent', () => {
    const once = maskUrl(`http://127.0.0.1:3000/cgi-bin/webhook/send?key=${WECOM_KEY}&debug=1`);
    expect(maskUrl(once)).toBe(once);
    expect(once).toBe('http://127.0.0.1:3000/cgi-bin/webhook/send?key=693a***&debug=1');
  });
});

describe('maskSecrets', () => {
  it('masks secret and sign values in JSON-ish text', () => {
    const text = '{"timestamp":"1599360473","sign":"qV1+abc/def==","secret":"my-feishu-secret"} secret=abc123xyz sign: zzz';
    const masked = maskSecrets(text);
    expect(masked).not.toContain('qV1+abc/def==');
    expect(masked).not.toContain('my-feishu-secret');
    expect(masked).not.toContain('abc123xyz');
    expect(masked).toContain('"timestamp":"1599360473"');
    expect(masked).toContain('"sign":"***"');
  });

  it('leaves ordinary prose about signatures readable', () => {
    expect(maskSecrets('sign match fail or timestamp is not within one hour from current time')).toBe(
      'sign match fail or timestamp is not within one hour from current time',
    );
  });

  it('masks URLs wherever they appear in an error text', () => {
    const masked = maskSecrets(
      `POST https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${WECOM_KEY} failed; also https://open.feishu.cn/open-apis/bot/v2/hook/${FEISHU_TOKEN}?x=1`,
    );
    expect(masked).not.toContain(WECOM_KEY);
    expect(masked).not.toContain(FEISHU_TOKEN);
  });

  it('replaces known secrets verbatim, however they are quoted', () => {
    expect(maskSecrets(`the bot said: unknown token <${FEISHU_TOKEN}>`, [FEISHU_TOKEN])).toBe('the bot said: unknown token <***>');
  });

  it('collects the secret parts of a webhook URL', () => {
    expect(secretsOfUrl(`https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${WECOM_KEY}`)).toContain(WECOM_KEY);
    expect(secretsOfUrl(`https://open.feishu.cn/open-apis/bot/v2/hook/${FEISHU_TOKEN}`)).toEqual([FEISHU_TOKEN]);
  });
});

describe('truncateForLog', () => {
  it('cuts to 2000 characters without splitting a surrogate pair', () => {
    const text = `${'a'.repeat(1998)}😀😀😀`;
    const cut = truncateForLog(text);
    expect(cut.length).toBeLessThanOrEqual(2000);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toMatch(/[\uD800-\uDBFF]…$/);
  });
});
