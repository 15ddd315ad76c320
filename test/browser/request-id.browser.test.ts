import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { startTestApp } from '../support/test-app.js';

/** An error shown in the UI carries the request id the server logged, for the user to quote. */
describe('request id in error messages', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let browser: Browser;
  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the x-request-id of the failed request under the message', async () => {
    const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${app.baseUrl}/login`);
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill(app.adminPassword);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('side-menu').waitFor();
    const missing = '00000000-0000-4000-8000-00000000dead';
    const failed = page.waitForResponse((r) => r.url().endsWith(`/api/v1/leads/${missing}`));
    await page.goto(`${app.baseUrl}/leads/${missing}`);
    const response = await failed;
    expect(response.status()).toBe(404);
    const requestId = response.headers()['x-request-id'];
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const shown = page.getByTestId('error-request-id');
    await shown.waitFor();
    expect(await shown.textContent()).toBe(`请求编号：${requestId}（联系管理员时请提供）`);
  });
});
