import fs from 'node:fs';
import path from 'node:path';
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser } from 'playwright-core';
import { ADMIN_PASSWORD, createTestApp, type TestApp } from '../support/test-app.js';
import { launchChromium } from '../support/browser.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';

const STEP = 15_000;

/** 管理 → Webhook 推送: an admin subscribes a receiver, sees the secret once, reads the delivery log and redelivers. */
describe('webhooks in the browser', () => {
  let testApp: TestApp;
  let baseUrl: string;
  let browser: Browser;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    const webDistDir = path.resolve('web/dist');
    if (!fs.existsSync(path.join(webDistDir, 'index.html'))) throw new Error('web/dist is missing: run `npm run build:web` first');
    testApp = await createTestApp({ webDistDir, env: { WEBHOOK_ALLOW_PRIVATE: '1' } });
    baseUrl = await testApp.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
    receiver = await startWebhookReceiver();
    receiver.respondWith(() => ({ status: 200, body: { ok: true } }));
  });
  afterAll(async () => {
    await browser?.close();
    await receiver?.close();
    await testApp?.close();
  });

  it('creates a webhook, shows its secret once, lists its signed deliveries and sends one again', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP);
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill(ADMIN_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('side-menu').getByText('Webhook 推送').click();
    await page.waitForURL(/\/admin\/webhooks$/);

    await page.getByTestId('webhook-create').click();
    const dialog = page.getByRole('dialog');
    await page.getByTestId('webhook-url').fill(receiver.url('/erp/hook'));
    await dialog.getByText('lead.created', { exact: true }).click();
    await dialog.getByText('contract.submitted', { exact: true }).click();
    await page.getByTestId('webhook-description').fill('ERP 同步');
    await page.getByTestId('webhook-submit').click();
    const secret = (await page.getByTestId('webhook-secret').textContent())!.trim();
    expect(secret).toMatch(/^whsec_/);
    await page.getByTestId('webhook-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    const table = page.getByTestId('webhooks-table');
    await table.getByText(receiver.url('/erp/hook')).waitFor();
    await table.getByText('合同提交审批').waitFor();
    expect(await page.content()).not.toContain(secret);

    const lead = await testApp.admin.post('/leads', { name: '网钩演示客户', type: 'B2B', region: '华东', productLine: '工业设备' });
    expect(lead.status).toBe(201);
    expect(await testApp.ctx.outbox.drain()).toMatchObject({ sent: 1 });
    const [received] = receiver.requests;
    const timestamp = String(received.headers['x-spm-timestamp']);
    expect(received.headers['x-spm-signature']).toBe(`v1=${createHmac('sha256', secret).update(`${timestamp}.${received.rawBody}`).digest('hex')}`);

    await page.locator('[data-testid^="webhook-deliveries-"]').first().click();
    const deliveries = page.getByTestId('webhook-deliveries');
    await deliveries.getByText('已送达').waitFor();
    await deliveries.getByText('新线索').waitFor();
    await deliveries.locator('.ant-table-row-expand-icon').first().click();
    await page.locator('[data-testid^="webhook-attempts-"]').getByText('成功').waitFor();
    await page.getByText('网钩演示客户', { exact: false }).first().waitFor();

    await page.locator('[data-testid^="webhook-redeliver-"]').first().click();
    await page.getByText('已重新排队投递').waitFor();
    await deliveries.getByText('待发送').waitFor();
    expect(await testApp.ctx.outbox.drain()).toMatchObject({ sent: 1 });
    expect(receiver.requests).toHaveLength(2);
    expect(receiver.requests[1].body.id).toBe(received.body.id);
    await context.close();
  });
});
