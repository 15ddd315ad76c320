import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { startTestApp } from '../support/test-app.js';
import { launchChromium, pickOption } from '../support/browser.js';

/**
 * The article's core promise end to end in the real UI: a rep cannot move an opportunity past
 * a stage until the required fields are recorded, sees exactly what is missing, and logs
 * follow-ups that carry evidence.
 */

const STEP = 15_000;
const REQUIRED = [
  { key: 'painPoints', label: '客户痛点确认记录' },
  { key: 'competitorResponse', label: '竞品应对话术' },
  { key: 'nextFollowUpAt', label: '下次跟进时间' },
];

describe('opportunity stage gate in the browser', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })).newPage();
    page.setDefaultTimeout(STEP);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('logs in as admin', async () => {
    await page.goto(`${app.baseUrl}/login`, { timeout: STEP });
    await page.getByTestId('login-username').fill('admin', { timeout: STEP });
    await page.getByTestId('login-password').fill(app.adminPassword, { timeout: STEP });
    await page.getByTestId('login-submit').click({ timeout: STEP });
    await page.waitForURL(`${app.baseUrl}/`, { timeout: STEP });
    await page.getByTestId('side-menu').waitFor({ timeout: STEP });
  });

  it('creates a grade B customer and an opportunity for it', async () => {
    await page.goto(`${app.baseUrl}/customers`, { timeout: STEP });
    await page.getByTestId('customer-create').click({ timeout: STEP });
    await page.getByTestId('customer-name').fill('杭州云帆智能科技有限公司', { timeout: STEP });
    await page.getByTestId('customer-grade').getByText('B', { exact: true }).click({ timeout: STEP });
    await page.getByTestId('customer-create-submit').click({ timeout: STEP });
    await page.waitForURL(/\/customers\/[^/]+$/, { timeout: STEP });
    await page.getByTestId('grade-B').first().waitFor({ timeout: STEP });

    await page.getByTestId('opportunity-create').click({ timeout: STEP });
    await page.getByTestId('opportunity-name').fill('云帆 产线改造项目', { timeout: STEP });
    await page.getByTestId('opportunity-amount').fill('380000', { timeout: STEP });
    await page.getByTestId('opportunity-create-submit').click({ timeout: STEP });
    await page.waitForURL(/\/opportunities\/[^/]+$/, { timeout: STEP });
    await page.locator('[data-testid="stage-bar"][data-stage="initial"]').waitFor({ timeout: STEP });
  });

  it('shows what is missing before the user tries to advance', async () => {
    const panel = page.getByTestId('missing-panel');
    for (const { key, label } of REQUIRED) {
      const item = panel.getByTestId(`missing-${key}`);
      await item.waitFor({ timeout: STEP });
      expect(await item.textContent()).toContain(label);
    }
  });

  it('refuses to advance and lists every missing field', async () => {
    await page.getByTestId('advance-stage').click({ timeout: STEP });
    const refused = page.getByTestId('gate-refused');
    await refused.waitFor({ timeout: STEP });
    for (const { key, label } of REQUIRED) {
      expect(await refused.getByTestId(`refused-${key}`).textContent({ timeout: STEP })).toContain(label);
    }
    expect(await page.getByTestId('stage-bar').getAttribute('data-stage')).toBe('initial');
  });

  it('advances to 需求确认 once the three fields are filled', async () => {
    await page
      .getByTestId('field-painPoints')
      .locator('textarea')
      .fill('设备故障停机频繁，上季度停机损失约 30 万元，设备部长确认为首要痛点', { timeout: STEP });
    await page
      .getByTestId('field-competitorResponse')
      .locator('textarea')
      .fill('客户在比较德系品牌，我方强调 24 小时到场服务和更低的总拥有成本', { timeout: STEP });
    const when = page.getByTestId('field-nextFollowUpAt').locator('input');
    await when.click({ timeout: STEP });
    await when.fill('2030-01-15 10:00', { timeout: STEP });
    await when.press('Enter', { timeout: STEP });
    expect(await when.inputValue()).toBe('2030-01-15 10:00');

    await page.getByTestId('advance-stage').click({ timeout: STEP });
    await page.locator('[data-testid="stage-bar"][data-stage="needs"]').waitFor({ timeout: STEP });
    expect(await page.getByTestId('stage-current').textContent({ timeout: STEP })).toContain('需求确认');
    expect(await page.getByTestId('stage-history').textContent({ timeout: STEP })).toContain('需求确认');
  });

  it('logs a follow-up with an uploaded attachment', async () => {
    const submit = page.getByTestId('followup-submit');
    // Evidence is mandatory: the button stays disabled until an attachment is uploaded.
    expect(await submit.isDisabled({ timeout: STEP })).toBe(true);

    await pickOption(page, page.getByTestId('followup-value-tag'), '需求挖掘');
    await page.getByTestId('followup-content').fill('电话确认需求：客户要求 24 小时内到场，预算已批', { timeout: STEP });
    await page
      .getByTestId('followup-upload')
      .locator('input[type=file]:not([capture])')
      .setInputFiles(
        { name: '通话录音转写稿.txt', mimeType: 'text/plain', buffer: Buffer.from('客户：我们需要 24 小时内到场的服务承诺。') },
        { timeout: STEP },
      );
    await page.locator('[data-testid="followup-submit"]:not([disabled])').waitFor({ timeout: STEP });
    await submit.click({ timeout: STEP });

    const timeline = page.getByTestId('followup-timeline');
    await timeline.getByText('电话确认需求：客户要求 24 小时内到场，预算已批').waitFor({ timeout: STEP });
    const link = timeline.getByRole('link', { name: /通话录音转写稿\.txt/ });
    await link.waitFor({ timeout: STEP });
    expect(await link.getAttribute('href')).toMatch(/^\/api\/v1\/files\/[^/]+$/);
    // The follow-up is linked to the stage the opportunity is in now.
    expect(await timeline.textContent()).toContain('需求确认');
    expect(pageErrors).toEqual([]);
  });

  it('saves a follow-up from a second tab of the same browser (a link opened from Feishu/WeCom)', async () => {
    const second = await page.context().newPage();
    second.setDefaultTimeout(STEP);
    second.on('pageerror', (error) => pageErrors.push(error.message));
    await second.goto(page.url());
    await second.getByTestId('followup-timeline').waitFor();
    await pickOption(second, second.getByTestId('followup-value-tag'), '价值呈现');
    await second.getByTestId('followup-content').fill('第二个标签页记录：客户同意下周安排技术交流');
    await second
      .getByTestId('followup-upload')
      .locator('input[type=file]:not([capture])')
      .setInputFiles({ name: '会议纪要.txt', mimeType: 'text/plain', buffer: Buffer.from('技术交流安排') });
    await second.locator('[data-testid="followup-submit"]:not([disabled])').waitFor();
    await second.getByTestId('followup-submit').click();
    await second.getByTestId('followup-timeline').getByText('第二个标签页记录：客户同意下周安排技术交流').waitFor();
    // Still on the record, not thrown out to the home or login page.
    expect(second.url()).toBe(page.url());
    await second.close();
    expect(pageErrors).toEqual([]);
  });
});
