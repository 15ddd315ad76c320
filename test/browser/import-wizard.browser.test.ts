import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { importEngineOf } from '../../src/core/import/engine.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { launchChromium, pickOption } from '../support/browser.js';
import { createOrg, PASSWORD } from '../support/fixtures.js';

const STEP = 15_000;

/** The import wizard for leads: template, upload, mapping, preview with problems, background job, result. */
describe('import wizard in the browser', () => {
  let t: TestApp;
  let baseUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    const webDistDir = path.resolve('web/dist');
    if (!fs.existsSync(path.join(webDistDir, 'index.html'))) throw new Error('web/dist is missing: run `npm run build:web` first');
    t = await createTestApp({ webDistDir });
    await createOrg(t);
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function signIn(username: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP);
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('side-menu').waitFor();
    return page;
  }

  it('shows 导入 only to roles that may import', async () => {
    const page = await signIn('rep1');
    await page.goto(`${baseUrl}/leads`);
    await page.getByTestId('lead-create').waitFor();
    expect(await page.getByTestId('lead-import').count()).toBe(0);
    await page.context().close();
  });

  it('a supervisor imports leads: template, mapping, preview with every problem, progress, result and error report', async () => {
    const page = await signIn('sup1');
    await page.goto(`${baseUrl}/leads`);
    await page.getByTestId('lead-import').click();
    const [template] = await Promise.all([page.waitForEvent('download'), page.getByTestId('lead-import-template').click()]);
    expect(template.suggestedFilename()).toBe('线索导入模板.xlsx');

    const csv = [
      '客户姓名,类型,区域,产品线,电话,公司,来源',
      '向导一,B端,华东,工业设备,13955550001,向导公司一,展会',
      '向导二,X,火星,工业设备,abc,,',
      '向导三,C端,华南,软件服务,13955550003,,官网',
    ].join('\n');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('lead-import-pick').click()]);
    await chooser.setFiles({ name: '名单.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });

    // 客户姓名 is not a known header: the required 名称 field waits for a column.
    const preview = page.getByTestId('lead-import-to-preview');
    await preview.waitFor();
    expect(await preview.isDisabled()).toBe(true);
    await pickOption(page, page.getByTestId('lead-import-map-name'), '客户姓名');
    await expect.poll(() => preview.isDisabled()).toBe(false);
    await preview.click();

    const table = page.getByTestId('lead-import-preview');
    await table.getByText('向导二').waitFor();
    const bad = await table.locator('tr', { hasText: '向导二' }).textContent();
    expect(bad).toContain('「类型」');
    expect(bad).toContain('「区域」');
    expect(bad).toContain('「电话」');
    await page.getByTestId('lead-import-start').click();
    await page.getByTestId('lead-import-progress').waitFor();

    // The worker of this node (no scheduler runs in tests) picks the job up.
    await expect.poll(() => importEngineOf(t.ctx).work(), { timeout: STEP }).toBe(true);
    const result = page.getByTestId('lead-import-result');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.textContent()).toContain('新建 2 条，重复跳过 0 条，有问题 1 条');
    expect(await page.getByTestId('lead-import-progress-text').textContent()).toBe('已处理 3 / 3 行');
    const [report] = await Promise.all([page.waitForEvent('download'), page.getByTestId('lead-import-errors').click()]);
    expect(report.suggestedFilename()).toBe('导入错误报告.xlsx');
    await page.locator('.ant-modal-footer').getByText('关闭').click();
    await page.getByTestId('lead-import-result').waitFor({ state: 'detached' });
    expect((await t.admin.get(`/leads?q=${encodeURIComponent('向导')}`)).body.total).toBe(2);
    await page.context().close();
  });
});
