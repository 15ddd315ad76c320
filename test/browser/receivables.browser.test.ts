import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser } from 'playwright-core';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { launchChromium } from '../support/browser.js';
import { createOrg, PASSWORD } from '../support/fixtures.js';
import { sh } from '../support/time.js';

const STEP = 15_000;

/** 回款: finance sees due, received and overdue amounts, regroups them and exports the report. */
describe('the 回款 page in the browser', () => {
  let testApp: TestApp;
  let baseUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    const webDistDir = path.resolve('web/dist');
    if (!fs.existsSync(path.join(webDistDir, 'index.html'))) throw new Error('web/dist is missing: run `npm run build:web` first');
    testApp = await createTestApp({ webDistDir });
    const t = testApp;
    const org = await createOrg(t);
    expect((await t.admin.post('/users', { username: 'product1', password: PASSWORD, displayName: '产品经理', role: 'product' })).status).toBe(201);
    const [rep1, product, finance] = await Promise.all(['rep1', 'product1', 'finance'].map((u) => t.login(u, PASSWORD)));
    void org;
    // After the fixture's sign-ins (the test clock starts 2026-11-20): due Monday 2026-11-23.
    t.clock.set(sh('2026-11-23T09:00:00'));
    const customerId = (await rep1.post('/customers', { name: '苏州精密制造', type: 'B2B', grade: 'B', region: '华东' })).body.id;
    const opportunityId = (await rep1.post('/opportunities', { customerId, name: 'JX-200', amount: 480000, productLine: '工业设备' })).body.id;
    const contractId = (
      await rep1.post('/contracts', {
        opportunityId,
        title: 'JX-200 采购合同',
        amount: 480000,
        paymentTerms: {
          creditDays: 60,
          instalments: [
            { percent: 30, milestone: '签约', dueDays: 0 },
            { percent: 70, milestone: '验收', dueDays: 60 },
          ],
        },
      })
    ).body.id;
    await rep1.post(`/contracts/${contractId}/confirmations`);
    await product.post(`/contracts/${contractId}/confirmations/product`, { decision: 'confirm' });
    await finance.post(`/contracts/${contractId}/confirmations/finance`, { decision: 'confirm' });
    expect((await rep1.post(`/contracts/${contractId}/submit`)).status).toBe(200);
    t.clock.set(sh('2026-11-23T15:00:00'));
    expect(
      (await finance.post(`/contracts/${contractId}/payments`, { amount: 100000, receivedAt: '2026-11-23T10:00:00+08:00', reference: 'BANK-1' })).status,
    ).toBe(201);
    t.clock.set(sh('2026-12-07T09:00:00')); // the 10th working day after the due date
    expect((await t.ctx.scheduler.tick())['receivable-overdue']).toBe(1);
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
  });

  it('shows the totals, regroups by customer, lists the overdue receivable and exports the workbook', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP);
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-username').fill('finance');
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('side-menu').getByText('回款', { exact: true }).click();
    await page.waitForURL(/\/reports\/receivables$/);
    await expect.poll(() => page.getByTestId('receivables-due').textContent()).toContain('480,000.00');
    expect(await page.getByTestId('receivables-received').textContent()).toContain('100,000.00');
    expect(await page.getByTestId('receivables-overdue-total').textContent()).toContain('44,000.00');
    const groups = page.getByTestId('receivables-groups');
    await groups.getByText('2026-11', { exact: true }).waitFor();
    await groups.getByText('2027-01', { exact: true }).waitFor();
    await page.getByTestId('receivables-group-by').getByText('按客户').click();
    await groups.getByText('苏州精密制造').waitFor();
    const overdue = page.getByTestId('receivables-overdue');
    await overdue.getByText('已自动标记付款异常').waitFor();
    expect(await overdue.textContent()).toContain('1 · 签约');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('receivables-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^回款报表-.*\.xlsx$/);
  });
});
