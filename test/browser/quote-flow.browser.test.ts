import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { createOrg, PASSWORD } from '../support/fixtures.js';
import { startTestApp } from '../support/test-app.js';
import { launchChromium, pickOption } from '../support/browser.js';

const STEP = 15_000;

/** 报价单 on the opportunity page: a rep quotes with a large discount, the supervisor approves, the rep sends. */
describe('quotes in the browser', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let browser: Browser;
  let opportunityId: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    const t = app.testApp;
    const org = await createOrg(t);
    const product = await t.admin.post('/products', {
      sku: 'JX-900',
      name: 'JX-900 加工中心',
      productLine: '工业设备',
      kind: 'device',
      unit: '台',
      listPrice: 100000,
    });
    expect(product.status).toBe(201);
    const rep = await org.as('rep1');
    const customer = await rep.post('/customers', { name: '合肥江淮精工有限公司', type: 'B2B', grade: 'B', region: '华东' });
    const opportunity = await rep.post('/opportunities', { customerId: customer.body.id, name: '加工中心采购', amount: 100000, productLine: '工业设备' });
    opportunityId = opportunity.body.id;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function signIn(username: string): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })).newPage();
    page.setDefaultTimeout(STEP);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${app.baseUrl}/login`);
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('side-menu').waitFor();
    await page.goto(`${app.baseUrl}/opportunities/${opportunityId}`);
    await page.getByTestId('opportunity-quotes').waitFor();
    return page;
  }

  it('creates a discounted quote, has it approved and sends it', async () => {
    const rep = await signIn('rep1');
    await rep.getByTestId('quote-create').click();
    const dialog = rep.getByRole('dialog');
    await pickOption(rep, dialog.getByTestId('quote-product'), 'JX-900 JX-900 加工中心 (¥100,000.00/台)');
    await dialog.getByTestId('quote-discount').fill('15');
    await dialog.getByTestId('quote-valid-until').fill('2026-12-31');
    await rep.getByTestId('quote-create-ok').click();
    await dialog.waitFor({ state: 'hidden' });
    const section = rep.getByTestId('opportunity-quotes');
    await section.getByText('草稿').waitFor();
    await section.getByText('折扣超出阈值，需主管审批').waitFor();
    await section.getByTestId('quote-submit').click();
    await section.getByText('待审批').waitFor();

    const supervisor = await signIn('sup1');
    await supervisor.getByTestId('opportunity-quotes').getByTestId('quote-approve').click();
    await supervisor.getByTestId('opportunity-quotes').getByText('已批准').waitFor();

    await rep.reload();
    await section.getByTestId('quote-send').click();
    await section.getByText('已发送').waitFor();
    expect(pageErrors).toEqual([]);
  });
});
