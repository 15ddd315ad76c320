import ExcelJS from 'exceljs';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { startTestApp } from '../support/test-app.js';
import { launchChromium, pickOption } from '../support/browser.js';

/**
 * 十分钟部署: the wizard takes an empty install to a running company — the store-sales template, a
 * team imported from a sheet, a bot test message — counted in user actions, not wall-clock time.
 */

const STEP = 15_000;
/** Every click, fill, pick and upload of the user, from the home page to the finished wizard. */
const MAX_ACTIONS = 20;

describe('setup wizard in the browser', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let browser: Browser;
  let page: Page;
  let actions = 0;
  const act = async <T>(action: Promise<T>) => {
    actions += 1;
    return action;
  };

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1400, height: 950 }, locale: 'zh-CN' })).newPage();
    page.setDefaultTimeout(STEP);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('offers the wizard to the administrator of an empty install', async () => {
    await page.goto(`${app.baseUrl}/login`);
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill(app.adminPassword);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(`${app.baseUrl}/`);
    await page.getByTestId('setup-banner').waitFor();
    await act(page.getByTestId('setup-start').click());
    await page.waitForURL(`${app.baseUrl}/setup`);
  });

  it('starts the company from the store-sales template', async () => {
    await act(page.getByTestId('setup-company').fill('鲸选家电'));
    await act(page.getByTestId('setup-template-store_sales').click());
    await act(page.getByTestId('setup-next').click());
    await page.getByTestId('setup-regions').getByText('城东店').waitFor();
    await act(page.getByTestId('setup-next').click());
    await page.getByTestId('setup-sheet-upload').waitFor();
    const playbook = (await app.testApp.admin.get('/playbook')).body;
    expect(playbook.document.name).toBe('鲸选家电 · 门店销售流程手册');
    expect(playbook.stages.map((s: { label: string }) => s.label)).toEqual(['到店咨询', '体验试用', '报价成交', '成交', '流失']);
  });

  it('imports a team from the sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('团队与用户');
    sheet.addRow(['团队', '区域', '用户名', '姓名', '角色']);
    sheet.addRow(['城东店一组', '城东店', 'chen.zhuguan', '陈店长', '主管']);
    sheet.addRow(['城东店一组', '城东店', 'liu.sales', '刘导购', '销售']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const chooser = page.waitForEvent('filechooser');
    await act(page.getByTestId('setup-sheet-upload').click());
    await (await chooser).setFiles({ name: 'team.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
    const result = page.getByTestId('setup-import-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('已创建 1 个团队、2 位用户');
    await page.getByTestId('setup-users').getByText('liu.sales').waitFor();
    await act(page.getByTestId('setup-next').click());
  });

  it('connects the team’s bot with a test message and finishes', async () => {
    await pickOption(page, page.getByTestId('setup-bot-team'), '城东店一组');
    actions += 1;
    await act(page.getByTestId('setup-bot-url').fill('http://127.0.0.1:9/hook'));
    await act(page.getByTestId('setup-bot-test').click());
    expect(await page.getByTestId('setup-bot-result').textContent()).toContain('已发送 1 条测试消息');
    const queued = await app.testApp.ctx.db.selectFrom('outbox').select(['channel']).execute();
    expect(queued.map((q) => q.channel)).toContain('feishu');
    await act(page.getByTestId('setup-next').click());
    await page.getByTestId('setup-done').waitFor();
    await act(page.getByTestId('setup-home').click());
    await page.waitForURL(`${app.baseUrl}/`);
    // A running company: the banner is gone, the team's rep can sign in.
    await page.getByTestId('side-menu').waitFor();
    expect(await page.getByTestId('setup-banner').count()).toBe(0);
    expect((await app.testApp.admin.get('/setup')).body.needed).toBe(false);
    expect(actions).toBeLessThanOrEqual(MAX_ACTIONS);
  });
});
