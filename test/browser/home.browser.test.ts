import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { seedDemo } from '../../src/demo/seed.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { launchChromium } from '../support/browser.js';

const STEP = 30_000;

/** The demo's role home pages at 1440×900: each role's widgets, filled by the demo's three months. */
describe('role home pages and analytics defaults on the demo', () => {
  let testApp: TestApp;
  let baseUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    const webDistDir = path.resolve('web/dist');
    if (!fs.existsSync(path.join(webDistDir, 'index.html'))) throw new Error('web/dist is missing: run `npm run build:web` first');
    testApp = await createTestApp({ webDistDir });
    expect(await seedDemo(testApp.ctx, { app: testApp.app, clock: testApp.clock })).not.toBeNull();
    baseUrl = await testApp.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
  });

  const signIn = async (username: string): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP);
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill('demo1234');
    await page.getByTestId('login-submit').click();
    return page;
  };

  const roles: [username: string, role: string, widgets: string[]][] = [
    ['lina', 'sales', ['home-queue', 'home-stale', 'home-flags']],
    ['wangqiang', 'supervisor', ['home-queue', 'home-flags', 'home-spot-check', 'home-stale', 'home-blockers']],
    ['huadong_mgr', 'regional_manager', ['home-kpi', 'home-contribution', 'home-blockers', 'home-queue']],
    ['director', 'director', ['home-kpi', 'home-contribution', 'home-blockers', 'home-queue']],
    ['finance1', 'finance', ['home-confirmations', 'home-cards']],
    ['product1', 'product', ['home-confirmations', 'home-cards']],
  ];

  for (const [username, role, widgets] of roles) {
    it(`shows ${role}’s widgets on the home page`, async () => {
      const page = await signIn(username);
      await page.locator(`[data-testid="home-widgets"][data-role="${role}"]`).waitFor();
      for (const widget of widgets) await page.getByTestId(widget).waitFor();
      if (role === 'director') {
        // The morning meeting's board: overdue cross-department items, per department, and a ranking with scores.
        const overdue = await Promise.all(
          ['product', 'finance', 'delivery'].map(async (d) =>
            Number(await page.getByTestId(`home-blockers-${d}`).locator('.ant-statistic-content-value').innerText()),
          ),
        );
        expect(overdue.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
        expect(await page.getByTestId('home-contribution-item').count()).toBeGreaterThan(0);
      }
      if (role === 'finance') {
        expect(await page.getByTestId('home-confirmation-item').count()).toBeGreaterThan(0);
        await page.getByTestId('side-menu').getByText('合同', { exact: true }).waitFor();
      }
      if (role === 'sales') expect(await page.getByTestId('home-queue-item').count()).toBeGreaterThan(0);
      await page.context().close();
    });
  }

  it('opens the analytics pages on the last complete month (KPIs: the last 30 days), named on the page, with data', async () => {
    const page = await signIn('director');
    await page.getByTestId('home-widgets').waitFor();
    await page.goto(`${baseUrl}/analytics/contribution`);
    await expect.poll(() => page.getByTestId('analytics-period').innerText(), { timeout: STEP }).toContain('2026-10-01 至 2026-10-31');
    await page.getByTestId('contribution-chart').locator('canvas').waitFor();
    await page.goto(`${baseUrl}/analytics/radar`);
    await expect.poll(() => page.getByTestId('analytics-period').innerText(), { timeout: STEP }).toContain('2026-10-01 至 2026-10-31');
    await page.getByTestId('radar-chart').waitFor();
    await page.goto(`${baseUrl}/analytics/kpi`);
    await expect.poll(() => page.getByTestId('analytics-period').innerText(), { timeout: STEP }).toContain('2026-10-22 至 2026-11-20');
    await page.context().close();
  });
});
