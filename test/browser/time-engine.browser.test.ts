import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { createTestApp, ADMIN_PASSWORD, type TestApp } from '../support/test-app.js';
import { launchChromium } from '../support/browser.js';

/**
 * The time engine in the real UI: a rep sees the live response countdown of a new B2B lead;
 * when the deadline passes and the scheduler runs, the supervisor finds the escalation in the
 * inbox; the stale list renders and exports to Excel; the admin tools (channels, delivery log,
 * calendar, time machine) work against the server.
 */

const STEP = 15_000;
const PASSWORD = 'time-engine-pass-1';
const LEAD_NAME = '宁波港城精密机械有限公司';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('time engine in the browser', () => {
  let testApp: TestApp;
  let baseUrl: string;
  let browser: Browser;
  let leadId: string;
  let dueAt: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const webDistDir = path.resolve('web/dist');
    if (!fs.existsSync(path.join(webDistDir, 'index.html'))) throw new Error('web/dist is missing: run `npm run build:web` first');
    // Like startTestApp(), plus the time machine so the admin control can be exercised too.
    testApp = await createTestApp({ webDistDir, env: { TIME_MACHINE: '1' } });
    baseUrl = await testApp.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();

    const admin = testApp.admin;
    const team = await admin.post('/teams', { name: '华东一组', region: '华东' });
    expect(team.status, JSON.stringify(team.body)).toBe(201);
    const supervisor = await admin.post('/users', {
      username: 'te-supervisor',
      password: PASSWORD,
      displayName: '周主管',
      role: 'supervisor',
      teamId: team.body.id,
    });
    expect(supervisor.status, JSON.stringify(supervisor.body)).toBe(201);
    const rep = await admin.post('/users', { username: 'te-rep', password: PASSWORD, displayName: '李销售', role: 'sales', teamId: team.body.id });
    expect(rep.status, JSON.stringify(rep.body)).toBe(201);
    expect((await admin.patch(`/teams/${team.body.id}`, { supervisorId: supervisor.body.id })).status).toBe(200);
    const lead = await admin.post('/leads', {
      name: LEAD_NAME,
      type: 'B2B',
      region: '华东',
      productLine: '工业设备',
      company: LEAD_NAME,
      ownerId: rep.body.id,
    });
    expect(lead.status, JSON.stringify(lead.body)).toBe(201);
    leadId = lead.body.id;
    dueAt = lead.body.responseDueAt;
    expect(dueAt).toBeTruthy();
  });

  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
  });

  async function signIn(username: string, password: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP);
    page.on('pageerror', (error) => pageErrors.push(`${username}: ${error.message}`));
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('side-menu').waitFor();
    return page;
  }

  /** Moves the server clock and runs the due time rules, as the scheduler loop would. */
  async function moveClock(ms: number) {
    testApp.clock.advance(ms);
    await testApp.ctx.scheduler.tick();
  }

  it('shows the rep a live countdown on the lead list, the lead page and the work queue', async () => {
    const page = await signIn('te-rep', PASSWORD);
    await page.goto(`${baseUrl}/leads`);
    const listClock = page.getByTestId('leads-table').getByTestId('sla-countdown').first();
    expect(await listClock.getAttribute('data-status')).toBe('pending');

    await page.goto(`${baseUrl}/leads/${leadId}`);
    const clock = page.getByTestId('sla-countdown');
    await clock.waitFor();
    expect(await clock.getAttribute('data-status')).toBe('pending');
    // B2B: 2 business hours from Friday 10:00 → a countdown just under 02:00:00 once synced.
    await expect.poll(() => clock.textContent(), { timeout: STEP }).toMatch(/剩余 0[01]:\d\d:\d\d/);
    const first = await clock.textContent();
    // It is live: the text changes every second.
    await expect.poll(() => clock.textContent(), { timeout: 5_000 }).not.toBe(first);

    await page.goto(`${baseUrl}/queue`);
    const dueSoon = page.getByTestId('queue-group-due_soon');
    await dueSoon.getByText(LEAD_NAME).waitFor();
    expect(await dueSoon.textContent()).toContain('首次响应');
    await page.context().close();
  });

  it('escalates to the supervisor once the deadline passes and the scheduler runs', async () => {
    await moveClock(Date.parse(dueAt) - testApp.clock.now().getTime() + MINUTE);
    const lead = await testApp.admin.get(`/leads/${leadId}`);
    expect(lead.body.slaStatus).toBe('breached');

    const page = await signIn('te-supervisor', PASSWORD);
    const bell = page.getByTestId('inbox-bell');
    await expect.poll(async () => Number(await bell.getAttribute('data-unread')), { timeout: STEP }).toBeGreaterThan(0);
    await bell.click();
    const item = page.locator('[data-testid="inbox-item"][data-kind="lead.sla.breached"]').first();
    await item.waitFor();
    expect(await item.textContent()).toContain(LEAD_NAME);
    expect(await item.textContent()).toContain('已升级至主管');

    await item.click();
    await page.waitForURL(`${baseUrl}/leads/${leadId}`);
    const clock = page.getByTestId('sla-countdown');
    await clock.waitFor();
    expect(await clock.getAttribute('data-status')).toBe('breached');
    expect(await clock.getAttribute('data-escalation')).toBe('1');
    expect(await clock.textContent()).toContain('已超时');

    await page.goto(`${baseUrl}/queue?tab=team`);
    await page.getByTestId('queue-group-overdue').getByText(LEAD_NAME).waitFor();
    await page.context().close();
  });

  it('lists the untouched lead on the stale list and exports it to Excel', async () => {
    await moveClock(3 * 24 * HOUR);
    const page = await signIn('te-supervisor', PASSWORD);
    await page.getByTestId('side-menu').getByText('断点清单').click();
    await page.waitForURL(`${baseUrl}/reports/stale`);
    await page.getByTestId('stale-table').getByText(LEAD_NAME).waitFor();
    expect(Number(await page.getByTestId('stale-total').locator('.ant-statistic-content-value').textContent())).toBeGreaterThan(0);
    await page.getByTestId('stale-group-region-chart').locator('canvas').waitFor();
    // The per-rep breakdown as a table instead of bars.
    const byRep = page.getByTestId('stale-group-owner');
    await byRep.locator('.ant-segmented-item').nth(1).click();
    await byRep.getByText('李销售').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('stale-export').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = await download.path();
    expect(fs.readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
    await page.context().close();
  });

  it('lets the admin set team channels, see the delivery log and the working calendar', async () => {
    const page = await signIn('admin', ADMIN_PASSWORD);
    await page.goto(`${baseUrl}/admin/teams`);
    await page.locator('[data-testid^="team-channels-"]').first().click();
    await page.getByTestId('channels-wecom-url').fill('http://127.0.0.1:9/cgi-bin/webhook/send?key=abcdef123456');
    await page.getByTestId('channels-save').click();
    await page.getByText('已保存').first().waitFor();
    expect(await page.getByTestId('channels-wecom-url').inputValue()).toContain('***');
    await page.getByTestId('channels-test').click();
    await page.getByText(/已排队 \d+ 条测试消息/).waitFor();
    // In English the count takes its plural form: one channel, one message.
    const channels = page.getByRole('dialog');
    const switchTo = async (label: string) => {
      await channels.waitFor({ state: 'hidden' });
      await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/v1/me') && r.request().method() === 'PATCH'),
        page.getByTestId('language-switch').getByText(label, { exact: true }).click(),
      ]);
    };
    await page.getByTestId('channels-close').click();
    await switchTo('EN');
    testApp.clock.advance(1000); // a new test message, not a repeat of the last one
    await page.locator('[data-testid^="team-channels-"]').first().click();
    await page.getByTestId('channels-test').click();
    await page.getByText('1 test message queued;', { exact: false }).waitFor();
    await page.getByTestId('channels-close').click();
    await switchTo('中文');

    await page.goto(`${baseUrl}/admin/outbox`);
    await page.getByTestId('outbox-table').getByText('测试消息', { exact: false }).first().waitFor();

    await page.goto(`${baseUrl}/settings/calendar`);
    // 2026-10-01 is 国庆节; 2026 has official data, so no warning.
    const holiday = page.getByTestId('calendar-day-2026-10-01');
    await expect.poll(() => holiday.getAttribute('data-kind'), { timeout: STEP }).toBe('holiday');
    expect(await page.getByTestId('calendar-warning').count()).toBe(0);

    // An extra company day off, then removed again.
    const day = page.getByTestId('calendar-day-2026-12-31');
    const dialog = page.getByRole('dialog', { name: /2026-12-31/ });
    await day.click();
    await dialog.getByText('工作日 · 上班').waitFor();
    await page.getByTestId('calendar-override-note').fill('公司年会');
    await page.getByTestId('calendar-override-save').click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => day.getAttribute('data-kind'), { timeout: STEP }).toBe('override');
    expect(await day.getAttribute('data-working')).toBe('false');
    // The dialog shows the override it is about to remove before the button is pressed.
    await day.click();
    await dialog.getByText('公司调整 · 休息').waitFor();
    await page.getByTestId('calendar-override-remove').click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => day.getAttribute('data-kind'), { timeout: STEP }).toBe('workday');
    await page.context().close();
  });

  it('moves the server clock with the time machine and reports the rules that fired', async () => {
    const page = await signIn('admin', ADMIN_PASSWORD);
    const control = page.getByTestId('time-machine');
    await control.waitFor();
    const before = testApp.clock.now().getTime();
    await control.click();
    await page.getByTestId('clock-plus-hour').click();
    await page.getByTestId('clock-fired').waitFor();
    expect(testApp.clock.now().getTime() - before).toBe(HOUR);
    expect(pageErrors).toEqual([]);
  });
});
