/**
 * The README's screenshots: the demo organisation (DEMO=1 data) served in-process on the real
 * clock, photographed in Debian's chromium at 1440×900 (the rep's phone pages at 390×844).
 *
 *   npx tsx scripts/screenshots.ts            # writes docs/screenshots/*.png (needs npm run build:web)
 *   npx tsx scripts/screenshots.ts setup-wizard.png   # only the named ones
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { buildApp } from '../src/app.js';
import { ensureAdmin } from '../src/bootstrap.js';
import { AdjustableClock } from '../src/core/clock.js';
import { loadConfig } from '../src/core/config.js';
import { connectDatabase } from '../src/core/db/connect.js';
import { migrateToLatest } from '../src/core/db/migrate.js';
import { seedDemo } from '../src/demo/index.js';

const OUT = path.resolve('docs/screenshots');
const ADMIN_PASSWORD = 'screenshot-admin-1';
const DESK = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const SHOTS: { file: string; user: string; url: string; waitFor: string; viewport?: typeof DESK }[] = [
  { file: 'setup-wizard.png', user: 'admin', url: '/setup', waitFor: '[data-testid="setup-template-store_sales"]' },
  { file: 'queue.png', user: 'lina', url: '/queue', waitFor: '[data-testid="side-menu"]' },
  { file: 'kanban.png', user: 'wangqiang', url: '/opportunities?view=kanban', waitFor: '[data-testid="side-menu"]' },
  { file: 'stale-report.png', user: 'wangqiang', url: '/reports/stale', waitFor: '[data-testid="side-menu"]' },
  { file: 'kpi.png', user: 'director', url: '/analytics/kpi', waitFor: '.ant-statistic' },
  // Each role's 工作台 (home page).
  ...(
    [
      ['sales', 'lina'],
      ['supervisor', 'wangqiang'],
      ['regional_manager', 'huadong_mgr'],
      ['director', 'director'],
      ['finance', 'finance1'],
      ['product', 'product1'],
      ['delivery', 'delivery1'],
    ] as const
  ).map(([role, user]) => ({ file: `home-${role}.png`, user, url: '/', waitFor: `[data-testid="home-widgets"][data-role="${role}"]` })),
  // The rep's day on the phone: home, the work queue and the lead list as cards.
  { file: 'phone-home.png', user: 'lina', url: '/', waitFor: '[data-testid="home-widgets"]', viewport: PHONE },
  { file: 'phone-queue.png', user: 'lina', url: '/queue', waitFor: '[data-testid="menu-toggle"]', viewport: PHONE },
  { file: 'phone-leads.png', user: 'lina', url: '/leads', waitFor: '[data-testid="menu-toggle"]', viewport: PHONE },
];

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'spm-shots-'));
  const database = await connectDatabase({});
  await migrateToLatest(database.db);
  const config = { ...loadConfig({}), dataDir, webDistDir: path.resolve('web/dist'), logLevel: 'silent' };
  // The demo walks a movable clock through its three months of history, then leaves it at the real time.
  const clock = new AdjustableClock();
  const { app, ctx } = await buildApp({ config, database, clock, logger: false });
  await ctx.playbook.ensureInitialised();
  await ensureAdmin(ctx, ADMIN_PASSWORD);
  await seedDemo(ctx, { app, clock });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  fs.mkdirSync(OUT, { recursive: true });
  try {
    const only = process.argv.slice(2);
    for (const shot of SHOTS.filter((s) => !only.length || only.includes(s.file))) {
      const context = await browser.newContext({ viewport: shot.viewport ?? DESK, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      const page = await context.newPage();
      await page.goto(`${base}/login`);
      await page.getByTestId('login-username').fill(shot.user);
      await page.getByTestId('login-password').fill(shot.user === 'admin' ? ADMIN_PASSWORD : 'demo1234');
      await page.getByTestId('login-submit').click();
      // The menu button is in the header on every width (the side menu is a drawer on phones).
      await page.getByTestId('menu-toggle').waitFor();
      await page.goto(`${base}${shot.url}`);
      await page.locator(shot.waitFor).first().waitFor();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(800); // let charts finish their entry animation
      await page.screenshot({ path: path.join(OUT, shot.file) });
      console.log(`wrote docs/screenshots/${shot.file}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await app.close();
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
