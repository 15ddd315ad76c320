import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { importEngineOf } from '../../src/core/import/engine.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { launchChromium, pickOption } from '../support/browser.js';
import { createOrg, PASSWORD } from '../support/fixtures.js';

const STEP = 15_000;

/** The customer-360 pages: contacts on the customer page, delivery's read-only view, the price list. */
describe('customer 360 in the browser', () => {
  let testApp: TestApp;
  let baseUrl: string;
  let browser: Browser;
  let customerId: string;

  beforeAll(async () => {
    const webDistDir = path.resolve('web/dist');
    if (!fs.existsSync(path.join(webDistDir, 'index.html'))) throw new Error('web/dist is missing: run `npm run build:web` first');
    testApp = await createTestApp({ webDistDir });
    const t = testApp;
    const org = await createOrg(t);
    expect((await t.admin.post('/users', { username: 'product1', password: PASSWORD, displayName: '产品经理', role: 'product' })).status).toBe(201);
    const rep1 = await org.as('rep1');
    customerId = (await rep1.post('/customers', { name: '苏州精密制造', type: 'B2B', grade: 'B', region: '华东' })).body.id;
    expect((await rep1.post(`/customers/${customerId}/contacts`, { name: '李总', mobile: '13812345678', role: 'decision_maker' })).status).toBe(201);
    expect(
      (await rep1.post(`/customers/${customerId}/sla-commitments`, { responseHours: 4, onsiteHours: 24, uptimePercent: 99.5, freeServices: ['免费部署'] }))
        .status,
    ).toBe(201);
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
  });

  async function signIn(username: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP);
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('side-menu').waitFor();
    return page;
  }

  it('a rep adds a contact on the customer page and sees it listed', async () => {
    const page = await signIn('rep1');
    await page.goto(`${baseUrl}/customers/${customerId}`);
    const contacts = page.getByTestId('customer-contacts');
    await contacts.getByText('李总').waitFor();
    expect(await contacts.textContent()).toContain('13812345678');
    await page.getByTestId('contact-add').click();
    await page.getByTestId('contact-name').fill('王工');
    await page.getByTestId('contact-mobile').fill('13900001111');
    await pickOption(page, page.getByTestId('contact-role'), '技术');
    await page.getByTestId('contact-save').click();
    await contacts.getByText('王工').waitFor();
    const row = contacts.locator('tr', { hasText: '王工' });
    expect(await row.textContent()).toContain('13900001111');
    expect(await row.textContent()).toContain('技术');
    // The contract reports open from the menu: 续约 and 合同签署时效性.
    await page.getByTestId('side-menu').getByText('续约', { exact: true }).click();
    await page.waitForURL(/\/reports\/renewals$/);
    await page.getByTestId('renewals-groups').waitFor();
    await page.getByTestId('side-menu').getByText('合同签署时效性', { exact: true }).click();
    await page.waitForURL(/\/reports\/contract-signing$/);
    await page.getByTestId('signing-table').waitFor();
    await page.context().close();
  });

  it('delivery opens the customer read-only: contacts with masked mobiles, commitments, no write buttons', async () => {
    const page = await signIn('delivery');
    await page.goto(`${baseUrl}/customers/${customerId}`);
    const contacts = page.getByTestId('customer-contacts');
    await contacts.getByText('李总').waitFor();
    expect(await contacts.textContent()).toContain('138****5678');
    expect(await contacts.textContent()).not.toContain('13812345678');
    const commitments = page.getByTestId('customer-commitments');
    await commitments.getByText('免费部署').waitFor();
    expect(await commitments.textContent()).toContain('99.5%');
    await page.getByTestId('customer-photos').waitFor();
    await page.getByTestId('customer-delivery-cards').waitFor();
    for (const id of ['contact-add', 'commitment-add', 'photo-upload', 'opportunity-create', 'complaint-add'])
      expect(await page.getByTestId(id).count(), id).toBe(0);
    expect(await contacts.getByRole('button').count()).toBe(0);
    await page.context().close();
  });

  it('the product manager creates a product and imports the price list with a per-row error report', async () => {
    const page = await signIn('product1');
    await page.getByTestId('side-menu').getByText('价格表', { exact: true }).click();
    await page.waitForURL(/\/products$/);
    await page.getByTestId('product-create').click();
    await page.getByTestId('product-sku').fill('JX-200');
    await page.getByTestId('product-name').fill('精密加工中心 JX-200');
    await pickOption(page, page.getByTestId('product-line'), '工业设备');
    await page.getByTestId('product-unit').fill('台');
    await page.getByTestId('product-price').fill('480000');
    await page.getByTestId('product-save').click();
    const table = page.getByTestId('products-table');
    await table.getByText('精密加工中心 JX-200').waitFor();
    expect(await table.locator('tr', { hasText: 'JX-200' }).textContent()).toContain('480,000');

    await page.getByTestId('products-import').click();
    const csv = [
      'SKU,名称,产品线,类别,单位,目录价,适配机型,启用',
      'HC-01,切削液 20L,耗材配件,耗材,桶,1280.5,JX-200,是',
      'BAD-1,未知产品线,无此线,耗材,桶,1,,',
    ].join('\n');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('products-import-pick').click()]);
    await chooser.setFiles({ name: 'price-list.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByTestId('products-import-to-preview').click();
    await page.getByTestId('products-import-preview').getByText('BAD-1').waitFor();
    await page.getByTestId('products-import-start').click();
    await page.getByTestId('products-import-progress').waitFor();
    await expect.poll(() => importEngineOf(testApp.ctx).work(), { timeout: STEP }).toBe(true);
    await expect.poll(() => page.getByTestId('products-import-result').textContent(), { timeout: 30_000 }).toContain('新建 1 条，重复跳过 0 条，有问题 1 条');
    await page.getByTestId('products-import-errors').waitFor();
    await page.locator('.ant-modal-footer').getByText('关闭').click();
    await table.getByText('切削液 20L').waitFor();
    await page.context().close();
  });
});
