import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directSink, httpSink, runIngest } from '../../src/chat-archive/index.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { sh } from '../support/time.js';
import { archiveFixture, RAW } from '../support/wecom-fixture.js';

/** `npm run wecom:ingest`: the export read line by line, in batches, straight into the database or through the API. */
describe('wecom:ingest', () => {
  let t: TestApp;
  let file: string;
  let dir: string;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(sh('2026-11-22T10:00:00'));
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wecom-'));
    file = path.join(dir, 'export.jsonl');
    const lines = archiveFixture().map((r) => JSON.stringify(r));
    // A line that is not JSON (the raw phone number must not be echoed), and a blank line.
    lines.splice(3, 0, `{"msgid": "broken", "text": "${RAW.phone}"`, '');
    fs.writeFileSync(file, lines.join('\n') + '\n');
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('archives the file in batches with progress, then finds everything a duplicate', async () => {
    const progress: string[] = [];
    const totals = await runIngest({ file, batch: 5, locale: 'zh-CN' }, directSink(t.ctx, 'zh-CN'), (line) => progress.push(line));
    // 24 records and the broken line. In batches of 5, 丙's early messages are stored before the
    // batch with their disagree arrives, which purges them.
    expect(totals).toMatchObject({ processed: 25, stored: 19, recalled: 1, duplicate: 1, skipped: 2, rejected: 2 });
    expect(totals.rejections).toEqual([
      { line: 4, msgid: '', error: '不是 JSON' },
      { line: 26, msgid: '', error: '缺少字段 msgid' },
    ]);
    expect(progress).toHaveLength(5);
    expect(progress.at(-1)).toMatch(/^\[#{24}\] 100% 已处理 25 \| 已存档 19 \| 重复 1 \| 拒收 2 \| [\d,]+ 条\/秒$/);
    for (const line of progress) expect(line).not.toContain(RAW.phone);

    const again = await runIngest({ file, batch: 1000, locale: 'en' }, directSink(t.ctx, 'en'));
    expect(again).toMatchObject({ processed: 25, stored: 0, recalled: 0, duplicate: 19, skipped: 4, rejected: 2 });
    expect(again.rejections[0]).toEqual({ line: 4, msgid: '', error: 'not JSON' });
  });

  it('sends the file to a running server with an integrations token', async () => {
    const token = await t.admin.post('/tokens', { name: 'cli', scopes: ['integrations'] });
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const totals = await runIngest({ file, batch: 10, locale: 'zh-CN' }, httpSink(address, token.body.token, 'zh-CN'));
    expect(totals).toMatchObject({ processed: 25, stored: 0, duplicate: 19, skipped: 4, rejected: 2 });
    const refused = await t.admin.post('/tokens', { name: 'reader', scopes: ['read'] });
    await expect(runIngest({ file, batch: 10, locale: 'en' }, httpSink(address, refused.body.token, 'en'))).rejects.toThrow(/HTTP 403: TOKEN_SCOPE/);
  });
});
