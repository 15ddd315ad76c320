import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, pickOption } from '../support/browser.js';
import { startTestApp } from '../support/test-app.js';
import { logIn, openPage, seedMainPages } from '../support/pages.js';

/**
 * The rep's day on a phone (390×844): queue → lead → follow-up with a photo from the camera →
 * stage move; and the manager pages on a desk screen (1440×900) with no column pushed out of view.
 */

// A 1×1 PNG: what the phone camera input hands over, as far as the upload cares.
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** Scroll containers (and the page) whose content is wider than they are: something is out of view. */
async function clippedContainers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) found.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('main *, .ant-layout-content *'))) {
      const overflow = getComputedStyle(el).overflowX;
      if ((overflow === 'auto' || overflow === 'scroll') && el.scrollWidth > el.clientWidth + 1) {
        const owner = el.closest('[data-testid]')?.getAttribute('data-testid') ?? '';
        found.push(`${owner} .${[...el.classList].join('.')} ${el.scrollWidth} > ${el.clientWidth}`);
      }
    }
    return found;
  });
}

describe('phone flow and desk layout', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let browser: Browser;
  let seed: Awaited<ReturnType<typeof seedMainPages>>;

  beforeAll(async () => {
    app = await startTestApp();
    seed = await seedMainPages(app.testApp);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('lets a rep go from the queue to a lead, log a follow-up with a camera photo and move a stage on a phone', { timeout: 180_000 }, async () => {
    const page = await logIn(browser, app.baseUrl, 'rep1', { width: 390, height: 844 });
    await openPage(page, `${app.baseUrl}/queue`);
    await page.getByRole('link', { name: '无锡华晟机电' }).first().click();
    await page.waitForURL(`${app.baseUrl}/leads/${seed.leadId}`);

    const form = page.getByTestId('followup-form');
    await pickOption(page, form.getByTestId('followup-value-tag'), '需求挖掘');
    await form.getByTestId('followup-content').fill('电话沟通产线改造需求，客户约定下周到厂参观');
    await form.locator('input[type=file][accept="image/*"][capture=environment]').setInputFiles({ name: 'site.png', mimeType: 'image/png', buffer: PHOTO });
    await form.getByTestId('followup-submit').and(page.locator(':enabled')).waitFor();

    // Enter confirms the typed date inside the picker and must not submit the form.
    const nextAt = form.locator('input[data-testid="followup-next-at"], [data-testid="followup-next-at"] input').first();
    await nextAt.click();
    await nextAt.fill('2027-01-05 10:00');
    await nextAt.press('Enter');
    expect(await form.getByTestId('followup-content').inputValue()).toContain('产线改造');

    await form.getByTestId('followup-submit').click();
    await page.getByTestId('followup-timeline').getByText('客户约定下周到厂参观').waitFor();
    const rows = await app.testApp.ctx.db.selectFrom('followups').select(['id', 'next_follow_up_at']).where('lead_id', '=', seed.leadId).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0].next_follow_up_at?.toISOString().slice(0, 10)).toBe('2027-01-05');
    const files = await app.testApp.ctx.db
      .selectFrom('followup_attachments')
      .innerJoin('files', 'files.id', 'followup_attachments.file_id')
      .select('files.kind')
      .where('followup_attachments.followup_id', '=', rows[0].id)
      .execute();
    expect(files.map((f) => f.kind)).toEqual(['photo']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1)).toBe(true);

    // The stage gate follows the typing, then the move goes through.
    await openPage(page, `${app.baseUrl}/opportunities/${seed.opportunityId}`);
    await page.getByTestId('missing-panel').getByTestId('missing-painPoints').waitFor();
    await page.getByTestId('field-painPoints').locator('textarea').fill('客户确认三条产线的换型时间过长');
    await page.getByTestId('missing-panel').getByTestId('missing-painPoints').waitFor({ state: 'detached' });
    await page.getByTestId('field-competitorResponse').locator('textarea').fill('强调本地化服务与两周交付');
    const fieldNext = page.getByTestId('field-nextFollowUpAt').locator('input');
    await fieldNext.click();
    await fieldNext.fill('2027-01-06 10:00');
    await fieldNext.press('Enter');
    await page.getByTestId('gate-ok').waitFor();
    await page.getByTestId('advance-stage').click();
    await page.locator('[data-testid="stage-bar"][data-stage="needs"]').waitFor();
    // The new stage offers the answers just given, marked as carried over.
    await page.getByTestId('carried-over-painPoints').waitFor();
    expect(await page.getByTestId('field-painPoints').locator('textarea').inputValue()).toBe('客户确认三条产线的换型时间过长');
  });

  it('shows the manager pages at 1440×900 without a column pushed out of view', { timeout: 180_000 }, async () => {
    const page = await logIn(browser, app.baseUrl, 'director', { width: 1440, height: 900 });
    const found: string[] = [];
    for (const path of ['/', '/health/alerts', '/opportunities?view=kanban', '/collaboration', '/collaboration/gantt', '/contracts', '/analytics/kpi']) {
      await openPage(page, `${app.baseUrl}${path}`);
      found.push(...(await clippedContainers(page)).map((c) => `${path}: ${c}`));
    }
    expect(found).toEqual([]);
  });
});
