import { describe, expect, it } from 'vitest';
import { parseIngestArgs, summaryLines, type IngestTotals } from './ingest-cli.js';

describe('wecom:ingest arguments', () => {
  it('takes a file, a batch size and an optional server', () => {
    expect(parseIngestArgs(['export.jsonl'])).toEqual({ file: 'export.jsonl', batch: 1000, url: null, token: null, locale: 'zh-CN' });
    expect(parseIngestArgs(['--batch', '500', 'a.jsonl', '--lang', 'en'])).toMatchObject({ file: 'a.jsonl', batch: 500, locale: 'en' });
    expect(parseIngestArgs(['a.jsonl', '--batch=2000'])).toMatchObject({ batch: 2000 });
    expect(parseIngestArgs(['a.jsonl', '--url', 'http://crm:3000/', '--token', 'spm_x'])).toMatchObject({ url: 'http://crm:3000', token: 'spm_x' });
    expect(parseIngestArgs(['a.jsonl'], { SPM_URL: 'http://crm', SPM_TOKEN: 'spm_y', LANG: 'en_US.UTF-8' })).toMatchObject({
      url: 'http://crm',
      token: 'spm_y',
      locale: 'en',
    });
  });

  it('refuses what it cannot run', () => {
    expect(() => parseIngestArgs([])).toThrow(/usage/);
    expect(() => parseIngestArgs(['a', 'b'])).toThrow(/one file/);
    expect(() => parseIngestArgs(['a', '--batch', '0'])).toThrow(/--batch/);
    expect(() => parseIngestArgs(['a', '--batch', '5001'])).toThrow(/--batch/);
    expect(() => parseIngestArgs(['a', '--batch'])).toThrow(/needs a value/);
    expect(() => parseIngestArgs(['a', '--fast'])).toThrow(/unknown option/);
    expect(() => parseIngestArgs(['a', '--url', 'http://x'])).toThrow(/--token/);
  });

  it('summarises in both languages, listing the first rejections by line', () => {
    const totals: IngestTotals = {
      processed: 12000,
      stored: 11000,
      duplicate: 900,
      recalled: 40,
      skipped: 30,
      rejected: 30,
      seconds: 1.5,
      perSecond: 8000,
      rejections: [{ line: 7, msgid: '', error: '不是 JSON' }],
    };
    expect(summaryLines(totals, 'zh-CN')).toEqual([
      '完成，用时 1.5 秒（8,000 条/秒）：共 12,000 条记录',
      '  已存档 11,000，撤回 40，重复 900，跳过 30，拒收 30',
      '  第 7 行：不是 JSON',
      '  … 另有 29 条拒收',
    ]);
    expect(summaryLines(totals, 'en')[0]).toBe('Done in 1.5 s (8,000 msg/s): 12,000 records');
  });
});
