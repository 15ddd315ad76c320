import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { startTestApp } from '../support/test-app.js';
import { launchChromium, pickOption } from '../support/browser.js';
import { createOrg, PASSWORD, validStageFields } from '../support/fixtures.js';

/**
 * The designer's promise end to end: a director adds a required field 「预算确认」 to 方案报价 with
 * forms, sees in the impact preview which open opportunity it would block, publishes with a note;
 * the opportunity is then refused with that field named; after a roll back the move succeeds.
 */

const STEP = 15_000;

describe('playbook designer in the browser', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let browser: Browser;
  let page: Page;
  let opportunityId = '';

  beforeAll(async () => {
    app = await startTestApp();
    const org = await createOrg(app.testApp);
    const rep = await org.as('rep1');
    const now = app.testApp.clock.now();
    const customer = await rep.post('/customers', { name: '宁波海曙精密机械有限公司', type: 'B2B', grade: 'B', region: '华东' });
    const opportunity = await rep.post('/opportunities', { customerId: customer.body.id, name: '海曙 数控产线升级', amount: 420000, productLine: '工业设备' });
    opportunityId = opportunity.body.id;
    for (const to of ['needs', 'proposal']) {
      const moved = await rep.post(`/opportunities/${opportunityId}/stage`, { to, fields: validStageFields(now) });
      expect(moved.status).toBe(200);
    }
    expect((await rep.patch(`/opportunities/${opportunityId}`, { fields: validStageFields(now) })).status).toBe(200);
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1400, height: 950 }, locale: 'zh-CN' })).newPage();
    page.setDefaultTimeout(STEP);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('signs in as the director and opens the designer', async () => {
    await page.goto(`${app.baseUrl}/login`);
    await page.getByTestId('login-username').fill('director');
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(`${app.baseUrl}/`);
    await page.goto(`${app.baseUrl}/settings/playbook`);
    await page.getByRole('tab', { name: '设计器' }).click();
    await page.getByTestId('designer-sections').waitFor();
    // Sections without a hand-made form are rendered from the schema, each setting explained.
    await page.getByTestId('section-thresholds').click();
    await page.getByTestId('designer-section-thresholds').getByText('商机超过这么多小时无动作即列入断点清单').waitFor();
    // A section whose settings drive rules links from each rule to its decisions of the last 30 days.
    await page.getByTestId('section-authenticity').click();
    await page.getByTestId('designer-section-authenticity').getByTestId('rule-decisions-odd_hours').click();
    await page.getByText('规则 odd_hours 近 30 天的决定').waitFor();
    await page.keyboard.press('Escape');
    await page.getByText('规则 odd_hours 近 30 天的决定').waitFor({ state: 'hidden' });
  });

  it('adds 预算确认, required in 方案报价, and previews the opportunity it would block', async () => {
    await page.getByTestId('section-fields').click();
    await page.getByTestId('add-field').click();
    const card = page.getByTestId('designer-fields').locator('[data-testid^="field-card-"]').last();
    await card.getByTestId('field-key').fill('budget');
    await card.getByTestId('field-label').fill('预算确认');
    await pickOption(page, card.getByTestId('field-required-in'), '方案报价');
    await page.getByTestId('designer-save').click();
    await page.getByTestId('designer-draft-tag').waitFor();

    await page.getByTestId('designer-preview').click();
    const preview = page.getByTestId('impact-preview');
    await preview.waitFor();
    const rows = preview.getByTestId('impact-opportunities');
    await rows.getByText('海曙 数控产线升级').waitFor();
    expect(await rows.textContent()).toContain('预算确认');
    expect(await preview.getByTestId('impact-blocked-count').textContent()).toContain('新增拦截 1 个');
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'hidden' });
  });

  it('publishes with a note', async () => {
    await page.getByTestId('designer-publish').click();
    await page.getByTestId('publish-note').fill('方案报价阶段须确认客户预算');
    await page.getByTestId('publish-confirm').click();
    await page.locator('[data-testid="playbook-version"]', { hasText: 'v2' }).waitFor();
  });

  it('refuses the opportunity’s move with the new field named', async () => {
    await page.goto(`${app.baseUrl}/opportunities/${opportunityId}`);
    await page.locator('[data-testid="stage-bar"][data-stage="proposal"]').waitFor();
    await page.getByTestId('advance-stage').click();
    const refused = page.getByTestId('gate-refused');
    await refused.waitFor();
    expect(await refused.getByTestId('refused-budget').textContent()).toContain('预算确认');
    expect(await page.getByTestId('stage-bar').getAttribute('data-stage')).toBe('proposal');
  });

  it('rolls back to v1 and the move succeeds', async () => {
    await page.goto(`${app.baseUrl}/settings/playbook`);
    await page.getByRole('tab', { name: '版本历史' }).click();
    await page.getByTestId('compare-1').click();
    const changes = page.getByTestId('compare-changes');
    await changes.getByText('fields[budget]').waitFor();
    await page.getByTestId('rollback-1').click();
    await page.getByTestId('rollback-confirm').click();
    await page.locator('[data-testid="playbook-version"]', { hasText: 'v3' }).waitFor();

    await page.goto(`${app.baseUrl}/opportunities/${opportunityId}`);
    await page.locator('[data-testid="stage-bar"][data-stage="proposal"]').waitFor();
    await page.getByTestId('advance-stage').click();
    await page.locator('[data-testid="stage-bar"][data-stage="negotiation"]').waitFor();
  });
});
