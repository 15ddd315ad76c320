import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { startTestApp } from '../support/test-app.js';
import { logIn, openPage, seedMainPages } from '../support/pages.js';

/**
 * axe-core on every main page, as the people who use them see them: no critical and no serious
 * violation (labels, contrast, names of buttons, …).
 */
const AXE = path.resolve('node_modules/axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
}

const describeViolations = (url: string, violations: AxeViolation[]) =>
  violations.map(
    (v) =>
      `${url} ${v.impact} ${v.id} (${v.help}): ${v.nodes.map((n) => `${n.target.join(' ')} — ${(n.failureSummary ?? '').split('\n').slice(1, 2).join('')}`).join(' | ')}`,
  );

describe('accessibility of the main pages', () => {
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

  const check = async (page: Page, paths: string[]) => {
    const found: string[] = [];
    for (const p of paths) {
      await openPage(page, `${app.baseUrl}${p}`);
      expect(await page.locator('h1').count(), `${p} has one h1`).toBe(1);
      found.push(...describeViolations(p, await seriousViolations(page)));
    }
    return found;
  };

  it('has no critical or serious violation on the sales and manager pages', { timeout: 240_000 }, async () => {
    const page = await logIn(browser, app.baseUrl, 'director', { width: 1440, height: 900 }, { injectsScripts: true });
    const found = await check(page, [
      '/',
      `/leads/${seed.leadId}`,
      `/customers/${seed.customerId}`,
      `/opportunities/${seed.opportunityId}`,
      '/queue',
      '/contracts',
      '/collaboration',
      '/analytics/kpi',
      '/analytics/radar',
      '/analytics/contribution',
      '/analytics/concerns',
      '/health/alerts',
      '/settings/playbook',
    ]);
    expect(found).toEqual([]);
  });

  it('has no critical or serious violation on the list pages', { timeout: 120_000 }, async () => {
    const page = await logIn(browser, app.baseUrl, 'director', { width: 1440, height: 900 }, { injectsScripts: true });
    expect(await check(page, ['/leads', '/customers', '/opportunities'])).toEqual([]);
  });

  it('has no critical or serious violation on the administration pages', { timeout: 120_000 }, async () => {
    const page = await logIn(browser, app.baseUrl, 'admin', { width: 1440, height: 900 }, { password: app.adminPassword, injectsScripts: true });
    expect(await check(page, ['/admin/audit', '/admin/users'])).toEqual([]);
  });
});
