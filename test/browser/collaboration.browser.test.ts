import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { type Browser, type Locator, type Page } from 'playwright-core';
import { createOrg, PASSWORD } from '../support/fixtures.js';
import { startTestApp, type Client } from '../support/test-app.js';
import { launchChromium, pickOption } from '../support/browser.js';

/**
 * The article's 三方确认弹窗 and 协作看板 in the real UI: the rep asks product and finance to
 * confirm a contract, finance vetoes in the popup, the rep cannot submit until both confirm, and
 * once submitted the three department cards appear on the board — the finance one red when its
 * one-working-day SLA has passed.
 */

const STEP = 15_000;
const VETO_REASON = '账期 90 天超出信用政策（最长 60 天）';
const terms = (creditDays: number) => ({
  creditDays,
  instalments: [
    { percent: 30, milestone: '签约', dueDays: 0 },
    { percent: 70, milestone: '验收', dueDays: creditDays },
  ],
});
const clauses = [
  { key: 'penalty', title: '违约金', text: '逾期交付每日按合同额千分之一计违约金' },
  { key: 'warranty', title: '质保', text: '整机质保两年' },
];

describe('three-party confirmation and the collaboration board in the browser', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let browser: Browser;
  let rep1: Client;
  let product: Client;
  let contractId: string;
  let repPage: Page;
  let financePage: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    const t = app.testApp;
    const org = await createOrg(t);
    expect((await t.admin.post('/users', { username: 'product1', password: PASSWORD, displayName: '产品经理', role: 'product' })).status).toBe(201);
    [rep1, product] = await Promise.all([org.as('rep1'), org.as('product1')]);
    const customer = await rep1.post('/customers', { name: '苏州精密制造', type: 'B2B', grade: 'B', region: '华东' });
    expect(customer.status, JSON.stringify(customer.body)).toBe(201);
    const opportunity = await rep1.post('/opportunities', { customerId: customer.body.id, name: '三台 JX-200 采购', amount: 480000, productLine: '工业设备' });
    expect(opportunity.status, JSON.stringify(opportunity.body)).toBe(201);
    const contract = await rep1.post('/contracts', {
      opportunityId: opportunity.body.id,
      title: '苏州精密 JX-200 采购合同',
      amount: 480000,
      paymentTerms: terms(90),
      clauses,
      requirement: { items: [{ template: 'equipment', item: 'model', params: { model: 'JX-200', quantity: 3 } }] },
      startDate: '2026-12-01',
      endDate: '2027-11-30',
    });
    expect(contract.status, JSON.stringify(contract.body)).toBe(201);
    contractId = contract.body.id;

    browser = await launchChromium();
    [repPage, financePage] = await Promise.all([signIn('rep1'), signIn('finance')]);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** Each user in a browser context of their own. */
  async function signIn(username: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP);
    page.on('pageerror', (error) => pageErrors.push(`${username}: ${error.message}`));
    await page.goto(`${app.baseUrl}/login`);
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('side-menu').waitFor();
    return page;
  }

  async function openContract(page: Page, status: string) {
    await page.goto(`${app.baseUrl}/contracts/${contractId}`);
    await page.locator(`[data-testid="contract-page"][data-status="${status}"]`).waitFor();
  }

  const party = (page: Page, name: 'product' | 'finance', decision: string): Locator =>
    page.locator(`[data-testid="confirm-modal"] [data-testid="party-${name}"][data-decision="${decision}"]`);

  it('the rep opens the 三方确认 popup and sees both parties pending', async () => {
    await openContract(repPage, 'draft');
    expect(await repPage.getByTestId('contract-submit').isDisabled()).toBe(true);
    await repPage.getByTestId('confirm-request').click();
    await repPage.locator('[data-testid="contract-page"][data-status="confirming"]').waitFor();
    await party(repPage, 'product', 'pending').waitFor();
    await party(repPage, 'finance', 'pending').waitFor();
    expect(await repPage.getByTestId('party-product-assignee').textContent()).toBe('产品经理');
    expect(await repPage.getByTestId('party-finance-assignee').textContent()).toBe('finance');
    expect(await repPage.getByTestId('party-product').textContent()).toContain('技术可行性');
    expect(await repPage.getByTestId('party-finance').textContent()).toContain('账期合规');
    // A sales rep decides nothing in the popup.
    expect(await repPage.getByTestId('decision-finance').count()).toBe(0);
    await repPage.getByTestId('confirm-close').click();
  });

  it('finance vetoes in the popup with a reason and the disputed clause', async () => {
    await openContract(financePage, 'confirming');
    await financePage.getByTestId('confirm-open').click();
    const form = financePage.getByTestId('decision-finance');
    await form.getByText('否决', { exact: true }).click();
    // The reason is required for a veto.
    await financePage.getByTestId('decision-finance-submit').click();
    await form.getByText('否决必须填写原因（至少 2 个字）').waitFor();
    await financePage.getByTestId('decision-finance-reason').fill(VETO_REASON);
    await pickOption(financePage, form.getByTestId('decision-finance-clauses'), '违约金');
    // A multiple select stays open after a pick: focus the reason again to close it.
    await financePage.getByTestId('decision-finance-reason').click();
    await financePage.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    await form.getByTestId('decision-finance-clauses').locator('[title="违约金"]').waitFor();
    await financePage.getByTestId('decision-finance-submit').click();
    await party(financePage, 'finance', 'vetoed').waitFor();
    expect(await financePage.getByTestId('party-finance-reason').textContent()).toBe(VETO_REASON);
    // The saved confirmation lists the disputed clause.
    await financePage.getByTestId('party-finance-clauses').getByText('违约金').waitFor();
    // Finance cannot decide for product.
    expect(await financePage.getByTestId('decision-product').count()).toBe(0);
  });

  it('the rep sees the veto reason and cannot submit', async () => {
    await openContract(repPage, 'confirming');
    expect(await repPage.getByTestId('contract-submit').isDisabled()).toBe(true);
    const blockers = repPage.getByTestId('submit-blockers');
    expect(await blockers.getByTestId('blocker-finance').getAttribute('data-state')).toBe('vetoed');
    expect(await blockers.textContent()).toContain(VETO_REASON);
    await repPage.getByTestId('confirm-open').click();
    await party(repPage, 'finance', 'vetoed').waitFor();
    expect(await repPage.getByTestId('party-finance-reason').textContent()).toBe(VETO_REASON);
    await repPage.getByTestId('confirm-vetoed').waitFor();
    await repPage.getByTestId('confirm-close').click();
  });

  it('after fixing the terms and both parties confirming, the rep submits', async () => {
    // Shortening the credit period sends the contract back to draft for a new round.
    const creditDays = repPage.getByTestId('contract-credit-days');
    const input = (await creditDays.evaluate((el) => el.tagName)) === 'INPUT' ? creditDays : creditDays.locator('input');
    await input.fill('60');
    await repPage.getByTestId('contract-save').click();
    await repPage.locator('[data-testid="contract-page"][data-status="draft"]').waitFor();
    await repPage.getByTestId('confirm-request').click();
    await party(repPage, 'product', 'pending').waitFor();
    await party(repPage, 'finance', 'pending').waitFor();
    await repPage.getByTestId('confirm-close').click();

    expect((await product.post(`/contracts/${contractId}/confirmations/product`, { decision: 'confirm' })).status).toBe(200);
    await openContract(financePage, 'confirming');
    await financePage.getByTestId('confirm-open').click();
    await party(financePage, 'product', 'confirmed').waitFor();
    await financePage.getByTestId('decision-finance-submit').click();
    await party(financePage, 'finance', 'confirmed').waitFor();

    await openContract(repPage, 'confirming');
    const submit = repPage.locator('[data-testid="contract-submit"]:not([disabled])');
    await submit.waitFor();
    await submit.click();
    await repPage.locator('[data-testid="contract-page"][data-status="submitted"]').waitFor();
    await expect.poll(() => repPage.getByTestId('contract-cards').getByTestId('card-tile').count(), { timeout: STEP }).toBe(3);
  });

  it('the board shows the three cards, and the finance card turns red once its SLA has passed', async () => {
    await repPage.goto(`${app.baseUrl}/collaboration`);
    const tiles = repPage.getByTestId('board').getByTestId('card-tile');
    await expect.poll(() => tiles.count(), { timeout: STEP }).toBe(3);
    for (const department of ['product', 'finance', 'delivery']) {
      const tile = repPage.getByTestId(`board-column-${department}`).getByTestId('card-tile');
      expect(await tile.getAttribute('data-overdue')).toBe('false');
    }

    const cards = (await rep1.get(`/cards?contractId=${contractId}`)).body.items as { department: string; dueAt: string }[];
    const financeDue = Date.parse(cards.find((c) => c.department === 'finance')!.dueAt);
    const productDue = Date.parse(cards.find((c) => c.department === 'product')!.dueAt);
    const moveTo = financeDue + 2 * 3_600_000 + 5 * 60_000;
    expect(moveTo).toBeLessThan(productDue);
    app.testApp.clock.set(new Date(moveTo));
    await app.testApp.ctx.scheduler.tick();

    await repPage.reload();
    const finance = repPage.locator('[data-testid="board-column-finance"] [data-testid="card-tile"][data-overdue="true"]');
    await finance.waitFor();
    const border = await finance.evaluate((el) => getComputedStyle(el).borderTopColor);
    expect(border).toBe('rgb(255, 77, 79)');
    await expect.poll(() => finance.getByTestId('card-due').textContent(), { timeout: STEP }).toBe('已超时 2 小时');
    for (const department of ['product', 'delivery']) {
      expect(await repPage.getByTestId(`board-column-${department}`).getByTestId('card-tile').getAttribute('data-overdue')).toBe('false');
    }
    await repPage.getByTestId('board-filter-overdue').click();
    await expect.poll(() => tiles.count(), { timeout: STEP }).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
