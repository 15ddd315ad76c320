import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';
import { launchChromium, pickOption } from '../support/browser.js';
import { createOrg, PASSWORD } from '../support/fixtures.js';

const STEP = 20_000;

/** The lead list at desktop width (sort, select, bulk assign, URL filters) and on a phone (cards). */
describe('lists in the browser', () => {
  let testApp: TestApp;
  let baseUrl: string;
  let browser: Browser;
  let org: Awaited<ReturnType<typeof createOrg>>;
  let sup1: Client;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const webDistDir = path.resolve('web/dist');
    if (!fs.existsSync(path.join(webDistDir, 'index.html'))) throw new Error('web/dist is missing: run `npm run build:web` first');
    testApp = await createTestApp({ webDistDir });
    org = await createOrg(testApp);
    sup1 = await org.as('sup1');
    for (const name of ['B 列表线索', 'A 列表线索', 'C 列表线索']) {
      const r = await sup1.post('/leads', { name, type: 'B2B', region: '华东', productLine: '工业设备', ownerId: org.ids.rep1 });
      expect(r.status).toBe(201);
      ids[name] = r.body.id;
    }
    expect(
      (await testApp.admin.post('/leads', { name: '华南列表线索', type: 'B2B', region: '华南', productLine: '工业设备', ownerId: org.ids.rep3 })).status,
    ).toBe(201);
    baseUrl = await testApp.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
  });

  async function signIn(username: string, viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'zh-CN' });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP);
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    // Phones show the menu behind a toggle; the user menu is there at every width.
    await page.getByTestId('user-menu').waitFor();
    return page;
  }
  const noSidewaysScroll = (page: Page) =>
    page.evaluate(() => {
      const root = document.scrollingElement!;
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
    });
  const firstNames = (page: Page) => page.getByTestId('leads-table').locator('tbody tr.ant-table-row td:nth-child(2)').allTextContents();

  it('at 1440×900 a supervisor sorts by a header, bulk-assigns two selected leads, and the URL keeps the filters after reload', async () => {
    const page = await signIn('sup1', { width: 1440, height: 900 });
    await page.goto(`${baseUrl}/leads?tab=all&region=${encodeURIComponent('华东')}`);
    const table = page.getByTestId('leads-table');
    await table.getByText('A 列表线索').waitFor();
    expect(await table.textContent()).not.toContain('华南列表线索');
    await table.locator('th', { hasText: '名称' }).click();
    await page.waitForURL(/sort=name/);
    await vi.waitFor(async () => expect(await firstNames(page)).toEqual(['A 列表线索', 'B 列表线索', 'C 列表线索']), { timeout: STEP });
    await table.locator('th', { hasText: '名称' }).click();
    await page.waitForURL(/sort=-name/);
    await vi.waitFor(async () => expect(await firstNames(page)).toEqual(['C 列表线索', 'B 列表线索', 'A 列表线索']), { timeout: STEP });
    // Every column fits: neither the page nor the table scrolls sideways.
    const root = await noSidewaysScroll(page);
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    const content = await table
      .locator('.ant-table-content, .ant-table-body')
      .first()
      .evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth }));
    expect(content.sw).toBeLessThanOrEqual(content.cw);

    for (const name of ['A 列表线索', 'C 列表线索']) await table.locator('tr', { hasText: name }).locator('.ant-checkbox-input').check();
    await page.getByTestId('bulk-bar').getByText('已选 2 条').waitFor();
    await page.getByTestId('bulk-assign').click();
    await pickOption(page, page.getByTestId('bulk-assign-owner'), 'rep2（销售）');
    await page.getByTestId('bulk-assign-ok').click();
    await page.getByText('完成 2 条，0 条未处理').waitFor();
    await vi.waitFor(
      async () => {
        for (const name of ['A 列表线索', 'C 列表线索']) expect((await sup1.get(`/leads/${ids[name]}`)).body.ownerId).toBe(org.ids.rep2);
      },
      { timeout: STEP },
    );
    expect((await sup1.get(`/leads/${ids['B 列表线索']}`)).body.ownerId).toBe(org.ids.rep1);

    await page.reload();
    expect(new URL(page.url()).searchParams.get('region')).toBe('华东');
    expect(new URL(page.url()).searchParams.get('sort')).toBe('-name');
    await vi.waitFor(async () => expect(await firstNames(page)).toEqual(['C 列表线索', 'B 列表线索', 'A 列表线索']), { timeout: STEP });
    expect(await table.locator('tr', { hasText: 'C 列表线索' }).textContent()).toContain('rep2');
    await page.context().close();
  });

  it('at 390×844 a rep sees the leads as cards with the response countdown, without sideways scrolling', async () => {
    const page = await signIn('rep1', { width: 390, height: 844 });
    await page.goto(`${baseUrl}/leads`);
    const cards = page.getByTestId('leads-cards');
    const card = cards.getByTestId('list-card').filter({ hasText: 'B 列表线索' });
    await card.waitFor();
    await card.getByTestId('sla-countdown').waitFor();
    expect(await card.textContent()).toContain('rep1');
    expect(await page.getByTestId('leads-table').count()).toBe(0);
    const root = await noSidewaysScroll(page);
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    await page.context().close();
  });
});
