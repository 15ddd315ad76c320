import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser } from 'playwright-core';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { launchChromium } from '../support/browser.js';
import { createOrg, PASSWORD } from '../support/fixtures.js';
import { sh } from '../support/time.js';

const STEP = 15_000;

/** 月度考核与 LTV: a supervisor reads the team's scores and ranks and the reps' LTV shares. */
describe('the appraisal page in the browser', () => {
  let testApp: TestApp;
  let baseUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    const webDistDir = path.resolve('web/dist');
    if (!fs.existsSync(path.join(webDistDir, 'index.html'))) throw new Error('web/dist is missing: run `npm run build:web` first');
    testApp = await createTestApp({ webDistDir });
    const t = testApp;
    await createOrg(t);
    expect((await t.admin.post('/users', { username: 'product1', password: PASSWORD, displayName: '产品经理', role: 'product' })).status).toBe(201);
    const [rep1, product, finance] = await Promise.all(['rep1', 'product1', 'finance'].map((u) => t.login(u, PASSWORD)));
    t.clock.set(sh('2026-11-23T09:00:00'));
    const customerId = (await rep1.post('/customers', { name: '苏州精密制造', type: 'B2B', grade: 'B', region: '华东' })).body.id;
    const opportunityId = (await rep1.post('/opportunities', { customerId, name: 'JX-200', amount: 400000, productLine: '工业设备' })).body.id;
    const contractId = (
      await rep1.post('/contracts', {
        opportunityId,
        title: 'JX-200 采购合同',
        amount: 400000,
        paymentTerms: { creditDays: 30, instalments: [{ percent: 100, milestone: '验收', dueDays: 30 }] },
        startDate: '2026-12-01',
        endDate: '2027-11-30',
      })
    ).body.id;
    await rep1.post(`/contracts/${contractId}/confirmations`);
    await product.post(`/contracts/${contractId}/confirmations/product`, { decision: 'confirm' });
    await finance.post(`/contracts/${contractId}/confirmations/finance`, { decision: 'confirm' });
    expect((await rep1.post(`/contracts/${contractId}/submit`)).status).toBe(200);
    // Running (approved): it counts for LTV, 400000 a year × 3 × 0.8 = 960000.
    await t.ctx.db.updateTable('contracts').set({ status: 'approved' }).where('id', '=', contractId).execute();
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
  });

  it('shows the weights, each rep’s score and rank, and the LTV shares', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP);
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-username').fill('sup1');
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('side-menu').getByText('分析看板').click();
    await page.getByTestId('side-menu').getByText('月度考核与LTV').click();
    await page.waitForURL(/\/analytics\/appraisal$/);
    await page.getByText('新客户签约额 42.5%').waitFor();
    await page.getByText('客户健康度 15%').waitFor();
    const table = page.getByTestId('appraisal-table');
    // rep1: 400000 ÷ 500000 = 80 on new-customer signing.
    const rep1 = table.locator('tr', { hasText: 'rep1' });
    await rep1.getByText('80', { exact: true }).waitFor();
    const reps = page.getByTestId('ltv-reps');
    const rep1Ltv = reps.locator('tr', { hasText: 'rep1' });
    await rep1Ltv.getByText('100.0%').waitFor();
    await rep1Ltv.getByText('960,000.00').waitFor();
  });
});
