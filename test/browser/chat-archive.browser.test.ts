import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { ADMIN_PASSWORD, createTestApp, type TestApp } from '../support/test-app.js';
import { launchChromium, pickOption } from '../support/browser.js';
import { createOrg, PASSWORD } from '../support/fixtures.js';
import { archiveFixture, RAW } from '../support/wecom-fixture.js';

const STEP = 15_000;

/** The chat archive in the UI: the concern heat map and its messages, a customer's conversation, and the identity mapping. */
describe('chat archive in the browser', () => {
  let testApp: TestApp;
  let baseUrl: string;
  let browser: Browser;
  const customers = { a: '', b: '' };

  beforeAll(async () => {
    const webDistDir = path.resolve('web/dist');
    if (!fs.existsSync(path.join(webDistDir, 'index.html'))) throw new Error('web/dist is missing: run `npm run build:web` first');
    testApp = await createTestApp({ webDistDir });
    baseUrl = await testApp.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
    const org = await createOrg(testApp);
    const rep1 = await org.as('rep1');
    const rep3 = await org.as('rep3');
    customers.a = (await rep1.post('/customers', { name: '甲·华东精密机械', type: 'B2B', grade: 'A', region: '华东' })).body.id;
    customers.b = (await rep3.post('/customers', { name: '乙·南方电子', type: 'B2B', grade: 'B', region: '华南' })).body.id;
    const identities = await testApp.admin.post('/integrations/wecom/identities', {
      staff: [
        { wecomUserId: 'zhangsan', userId: org.ids.rep1 },
        { wecomUserId: 'wangwu', userId: org.ids.rep3 },
      ],
      externalContacts: [
        { externalUserId: 'wmA01', customerId: customers.a, name: '王总' },
        { externalUserId: 'wmA02', customerId: customers.a, name: '李经理' },
        { externalUserId: 'wmB01', customerId: customers.b, name: '陈总' },
      ],
    });
    expect(identities.status, JSON.stringify(identities.body)).toBe(200);
    const ingested = await testApp.admin.post('/integrations/wecom/archive', { records: archiveFixture() });
    expect(ingested.status, JSON.stringify(ingested.body)).toBe(200);
  });
  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
  });

  async function signIn(username: string, password: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP);
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('side-menu').waitFor();
    return page;
  }

  it('shows the supervisor the heat map; a cell opens its masked messages', async () => {
    const page = await signIn('sup1', PASSWORD);
    await page.goto(`${baseUrl}/analytics/concerns`);
    await page.getByTestId('concerns-heatmap').waitFor();
    const table = page.getByTestId('concerns-table');
    await table.getByText('甲·华东精密机械').waitFor();
    await table.locator('[data-testid^="concern-cell-"]').first().click();
    const messages = page.getByTestId('concern-messages');
    await messages.getByTestId('chat-message').first().waitFor();
    const text = (await page.locator('.ant-drawer').textContent()) ?? '';
    expect(text).not.toContain(RAW.phone);
    expect(text).not.toContain('138-1234-1234');
    await page.context().close();
  });

  it('shows the rep the customer’s masked conversation beside the follow-ups', async () => {
    const page = await signIn('rep1', PASSWORD);
    await page.goto(`${baseUrl}/customers/${customers.a}`);
    const conversation = page.getByTestId('customer-conversation');
    await conversation.getByTestId('chat-message').first().waitFor();
    await conversation.getByText('138****1234', { exact: false }).first().waitFor();
    await conversation.getByText('（已撤回）').first().waitFor();
    const text = (await conversation.textContent()) ?? '';
    for (const raw of [RAW.phone, RAW.idCard, RAW.bankCard, RAW.email]) expect(text).not.toContain(raw);
    await page.context().close();
  });

  it('lets the admin map an id the archive named but nobody mapped', async () => {
    const page = await signIn('admin', ADMIN_PASSWORD);
    await page.goto(`${baseUrl}/admin/wecom`);
    const unmatched = page.getByTestId('wecom-unmatched-external');
    await unmatched.getByText('wmZZ99').waitFor();
    await page.getByTestId('wecom-map-wmZZ99').click();
    await pickOption(page, page.getByTestId('wecom-customer'), '甲·华东精密机械（A）');
    await page.getByTestId('wecom-save').click();
    await page.getByTestId('wecom-external').getByText('wmZZ99').waitFor();
    await expect.poll(() => unmatched.getByText('wmZZ99').count(), { timeout: STEP }).toBe(0);
    await page.context().close();
  });
});
