import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { offsetM } from '../../src/field/index.js';
import { launchChromium } from '../support/browser.js';
import { createOrg } from '../support/fixtures.js';
import { logIn } from '../support/pages.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** 上海 人民广场 (WGS-84): the customers, the store and the rep's positions are placed around it. */
const SHANGHAI = { lat: 31.2304, lng: 121.4737 };

/** A localhost port nobody listens on: the tile server that never answers. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const countOf = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]`).count();

describe('the field map and the phone check-in', () => {
  let t: TestApp;
  let baseUrl: string;
  let browser: Browser;
  let tileRequests = 0;
  const names = { planned: '上海浦江精密机械有限公司', visited: '上海外滩自动化设备有限公司' };

  beforeAll(async () => {
    const webDistDir = path.resolve('web/dist');
    if (!fs.existsSync(path.join(webDistDir, 'index.html'))) throw new Error('web/dist is missing: run `npm run build:web` first');
    const port = await closedPort();
    t = await createTestApp({ webDistDir, env: { MAP_TILE_URL: `http://127.0.0.1:${port}/tiles/{z}/{x}/{y}.png`, MAP_TILE_ATTRIBUTION: 'test tiles' } });
    const org = await createOrg(t);
    const [rep1, sup1] = await Promise.all([org.as('rep1'), org.as('sup1')]);
    const visited = offsetM(SHANGHAI, 5000, 60);
    const planned = await rep1.post('/customers', { name: names.planned, type: 'B2B', grade: 'A', region: '华东', lat: SHANGHAI.lat, lng: SHANGHAI.lng });
    const done = await rep1.post('/customers', { name: names.visited, type: 'B2B', grade: 'C', region: '华东', lat: visited.lat, lng: visited.lng });
    expect(planned.status).toBe(201);
    const today = (await rep1.get('/map/layers')).body.date as string;
    for (const [customer, time] of [
      [planned.body.id, '10:00'],
      [done.body.id, '14:00'],
    ])
      expect((await rep1.post('/visits', { customerId: customer, date: today, plannedTime: time, purpose: '现场演示新机型' })).status).toBe(201);
    const near = offsetM(visited, 120, 200);
    expect((await rep1.post('/checkins', { customerId: done.body.id, lat: near.lat, lng: near.lng, accuracy: 15, coordSystem: 'wgs84' })).status).toBe(201);
    const store = offsetM(SHANGHAI, 3000, 240);
    expect((await sup1.post('/competitor-stores', { brand: '德玛克', name: '徐汇旗舰店', lat: store.lat, lng: store.lng, region: '华东' })).status).toBe(201);
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows markers for check-ins, visits, customers and competitor stores with no tile server reachable', { timeout: 120_000 }, async () => {
    const page = await logIn(browser, baseUrl, 'sup1', { width: 1280, height: 900 });
    page.on('request', (request) => {
      if (request.url().includes('/tiles/')) tileRequests++;
    });
    await page.getByTestId('side-menu').getByText('地图').click();
    await page.waitForURL(`${baseUrl}/map`);
    await page.getByTestId('field-map').locator('[data-testid="marker-store"]').first().waitFor();
    await page.locator('[data-testid="marker-rep"]').first().waitFor();
    expect(await countOf(page, 'marker-rep')).toBe(1);
    expect(await countOf(page, 'marker-visit')).toBe(2);
    expect(await countOf(page, 'marker-customer')).toBe(2);
    expect(await countOf(page, 'marker-store')).toBe(1);
    // The tiles were asked for and never came: the map still works.
    expect(tileRequests).toBeGreaterThan(0);
    await page.locator('[data-testid="marker-store"]').first().click();
    await page.locator('.leaflet-popup-content').getByText('德玛克 · 徐汇旗舰店').waitFor();
    // Layer filter: hide the customers.
    await page.getByTestId('map-layers').getByText('客户', { exact: false }).first().click();
    await expect.poll(() => countOf(page, 'marker-customer')).toBe(0);
    expect(await countOf(page, 'marker-store')).toBe(1);
  });

  it('checks a rep in on a phone: too far with the distance, then done, then the visit follow-up form', { timeout: 120_000 }, async () => {
    const page = await logIn(browser, baseUrl, 'rep1', { width: 390, height: 844 });
    const context = page.context();
    await context.grantPermissions(['geolocation'], { origin: baseUrl });
    const far = offsetM(SHANGHAI, 620, 90);
    await context.setGeolocation({ latitude: far.lat, longitude: far.lng, accuracy: 10 });
    await page.goto(`${baseUrl}/field/today`);
    const card = page.getByTestId('visit-card').filter({ hasText: names.planned });
    await card.waitFor();
    expect(await page.getByTestId('visit-card').count()).toBe(2);
    await card.getByTestId('checkin-button').click();
    const tooFar = card.getByTestId('checkin-too-far');
    await tooFar.waitFor();
    expect(await tooFar.textContent()).toMatch(/距离客户 6[12]\d 米，超过允许的 500 米/);
    expect(await card.getByTestId('visit-status').textContent()).toBe('计划中');

    const close = offsetM(SHANGHAI, 80, 10);
    await context.setGeolocation({ latitude: close.lat, longitude: close.lng, accuracy: 10 });
    await card.getByTestId('checkin-button').click();
    await card.getByTestId('checkin-done').waitFor();
    expect(await card.getByTestId('checkin-done').textContent()).toContain('签到成功');
    await expect.poll(async () => card.getByTestId('visit-status').textContent()).toBe('已签到');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1)).toBe(true);

    await card.getByTestId('record-visit-followup').click();
    const form = page.getByTestId('followup-form');
    await form.waitFor();
    expect(await form.getByTestId('followup-channel').textContent()).toContain('拜访');
  });
});
