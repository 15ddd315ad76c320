import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsqr from 'jsqr';
import { PNG } from 'pngjs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { createOrg, PASSWORD } from '../support/fixtures.js';
import { startTestApp } from '../support/test-app.js';

// jsqr is CommonJS: under Node its default import is the module, whose `default` is the decoder.
const jsQR = jsqr.default;

/**
 * The "done when" for devices, on a phone (390×844): print a device's QR label, decode
 * the printed QR code back to its URL (pdfimages + pngjs + jsqr), open the URL signed out, sign in,
 * land on the device page, read the fault's meaning and the consumables, build a quote and get
 * its PDF.
 */
describe('device scan on a phone', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let browser: Browser;
  let deviceId: string;
  let cookie: string;
  let qrFile: string;
  let labelUrl: string;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'spm-labels-'));

  beforeAll(async () => {
    app = await startTestApp();
    const t = app.testApp;
    // Labels carry PUBLIC_URL/d/<token>: here the address the test server listens on.
    t.ctx.config.publicUrl = app.baseUrl;
    const org = await createOrg(t);
    const product = async (body: Record<string, unknown>) => {
      const r = await t.admin.post('/products', { productLine: '耗材配件', unit: '件', ...body });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body.id as string;
    };
    await product({
      sku: 'PK-FILM-500',
      name: '热封膜卷 500 mm',
      kind: 'consumable',
      unit: '卷',
      listPrice: 320,
      compatibleModels: ['PK-2000'],
      stockQuantity: 86,
    });
    await product({ sku: 'PK-HT-01', name: '加热管组件', kind: 'spare_part', listPrice: 680, compatibleModels: ['PK-2000'], stockQuantity: 12 });
    await product({ sku: 'SVC-HOUR', name: '现场服务工时', kind: 'service', productLine: '软件服务', unit: '小时', listPrice: 350 });
    const codes = await t.admin.post('/fault-codes', {
      model: 'PK-2000',
      code: 'E07',
      meaning: '热封温度异常',
      likelyCause: '加热管老化或温控器故障',
      recommendedAction: '测量加热管电阻，异常则更换加热管',
      parts: ['PK-HT-01'],
    });
    expect(codes.status).toBe(201);
    const rep = await org.as('rep1');
    cookie = (rep as unknown as { auth: { cookie: string } }).auth.cookie;
    const customer = await rep.post('/customers', { name: '苏州恒瑞精密机械有限公司', type: 'B2B', grade: 'B', region: '华东' });
    await rep.post(`/customers/${customer.body.id}/contacts`, { name: '王建国', title: '设备科长', mobile: '13812345678', role: 'technical' });
    const device = await rep.post('/devices', { customerId: customer.body.id, model: 'PK-2000', serialNo: 'PK2000-24-0153', installDate: '2024-04-18' });
    expect(device.status).toBe(201);
    deviceId = device.body.id;
    const service = await rep.post(`/devices/${deviceId}/maintenance`, { faultCodes: ['E07'], workDone: '热封温度波动 ±15 ℃，临时调整温控参数' });
    expect(service.status).toBe(201);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('goes from the printed QR label to the device page, a quote and its PDF', { timeout: 120_000 }, async () => {
    // The label sheet, as the desk page downloads it.
    const pdf = await fetch(`${app.baseUrl}/api/v1/devices/labels.pdf?ids=${deviceId}`, { headers: { cookie } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');
    const pdfFile = path.join(work, 'labels.pdf');
    fs.writeFileSync(pdfFile, Buffer.from(await pdf.arrayBuffer()));
    expect(fs.readFileSync(pdfFile).subarray(0, 4).toString()).toBe('%PDF');

    // The QR image embedded in the PDF, decoded back to the URL.
    execFileSync('pdfimages', ['-png', pdfFile, path.join(work, 'qr')]);
    const images = fs
      .readdirSync(work)
      .filter((f) => f.startsWith('qr') && f.endsWith('.png'))
      .sort();
    expect(images.length).toBeGreaterThanOrEqual(1);
    // An image with transparency comes out as the image and its mask: the code is in one of them.
    const decodedImage = images
      .map((file) => {
        const png = PNG.sync.read(fs.readFileSync(path.join(work, file)));
        const rgba = png.data;
        return { file, code: jsQR(new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, rgba.byteLength), png.width, png.height) };
      })
      .find((d) => d.code !== null);
    qrFile = path.join(work, decodedImage!.file);
    const decoded = decodedImage?.code;
    expect(decoded?.data).toMatch(new RegExp(`^${app.baseUrl.replace(/[.]/g, '\\.')}/d/[A-Za-z0-9_-]{22}$`));
    const url = decoded!.data;
    labelUrl = url;

    // The phone opens it signed out: the sign-in page, which comes back to the device.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(url);
    await page.waitForURL((u) => u.pathname === '/login');
    await page.getByTestId('login-username').fill('rep1');
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(url);
    await page.getByTestId('device-page').waitFor();
    await expect.poll(() => page.getByTestId('device-title').textContent()).toContain('PK2000-24-0153');

    // The last fault explained, the contacts, the consumables with price and stock.
    const fault = page.getByTestId('device-fault-E07');
    await fault.getByText('热封温度异常').waitFor();
    await fault.getByText('测量加热管电阻，异常则更换加热管').waitFor();
    await page.getByTestId('device-contacts').locator('a[href="tel:13812345678"]').waitFor();
    const film = page.getByTestId('device-consumable-PK-FILM-500');
    await film.getByText('热封膜卷 500 mm').waitFor();
    expect(await film.textContent()).toContain('320.00');
    expect(await film.textContent()).toContain('86');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1)).toBe(true);

    // 生成报价单: two film rolls, the heating tube, two hours of labour.
    await page.getByTestId('device-quote-start').click();
    await page.getByTestId('quote-item-PK-FILM-500').getByRole('spinbutton').fill('2');
    await page.getByTestId('quote-item-PK-HT-01').getByRole('spinbutton').fill('1');
    await page.getByTestId('quote-item-SVC-HOUR').getByRole('spinbutton').fill('2');
    await page.getByTestId('device-quote-create').click();
    const result = page.getByTestId('device-quote-result');
    await result.waitFor();
    expect(await result.textContent()).toMatch(/BJ-2026-\d{6}/);
    const pdfHref = await page.getByTestId('device-quote-pdf').getAttribute('href');
    expect(pdfHref).toMatch(/^\/api\/v1\/quotes\/[0-9a-f-]{36}\/pdf$/);
    const quotePdf = await page.request.get(`${app.baseUrl}${pdfHref}`);
    expect(quotePdf.status()).toBe(200);
    expect(quotePdf.headers()['content-type']).toBe('application/pdf');
    expect((await quotePdf.body()).subarray(0, 4).toString()).toBe('%PDF');

    const quote = await app.testApp.ctx.db.selectFrom('quotes').select(['device_id', 'total']).executeTakeFirstOrThrow();
    expect(quote.device_id).toBe(deviceId);
    // 2 × 320 + 680 + 2 × 350 = 2020 before tax.
    expect(Number(quote.total)).toBe(2282.6);
    await context.close();
  });

  it('decodes a photo of the label on the scan page and opens the device', { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${app.baseUrl}/devices/scan`);
    await page.waitForURL((u) => u.pathname === '/login');
    await page.getByTestId('login-username').fill('rep1');
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('device-scan').waitFor();
    await page.getByTestId('device-scan-file').setInputFiles({ name: 'label.png', mimeType: 'image/png', buffer: fs.readFileSync(qrFile) });
    await page.waitForURL((u) => u.pathname.startsWith('/d/'));
    await page.getByTestId('device-fault-E07').getByText('热封温度异常').waitFor();
    await context.close();
  });

  it('shows the public card to a signed-out scanner when the org enabled it, and prints labels from the desk list', { timeout: 90_000 }, async () => {
    const t = app.testApp;
    const doc = structuredClone((await t.admin.get('/playbook')).body.document);
    doc.devices.publicView = true;
    expect((await t.admin.put('/playbook', { document: doc, note: 'public device card' })).status).toBe(200);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(labelUrl);
    const card = page.getByTestId('device-public');
    await card.getByText('PK2000-24-0153').waitFor();
    await card.getByText('苏州恒瑞精密机械有限公司').waitFor();
    expect(await card.textContent()).not.toContain('13812345678');
    await page.getByTestId('device-public-login').click();
    await page.waitForURL((u) => u.pathname === '/login');
    await page.getByTestId('login-username').fill('rep1');
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(labelUrl);
    await page.getByTestId('device-page').waitFor();
    await context.close();

    const desk = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
    const deskPage = await desk.newPage();
    deskPage.setDefaultTimeout(20_000);
    await deskPage.goto(`${app.baseUrl}/login?next=/devices`);
    await deskPage.getByTestId('login-username').fill('rep1');
    await deskPage.getByTestId('login-password').fill(PASSWORD);
    await deskPage.getByTestId('login-submit').click();
    await deskPage.waitForURL(`${app.baseUrl}/devices`);
    const row = deskPage.getByTestId('devices-table').locator('tr', { hasText: 'PK2000-24-0153' });
    await row.locator('input[type=checkbox]').check();
    const download = deskPage.waitForEvent('download');
    await deskPage.getByTestId('devices-labels').click();
    const file = await (await download).path();
    expect(fs.readFileSync(file).subarray(0, 4).toString()).toBe('%PDF');
    await desk.close();
  });
});
