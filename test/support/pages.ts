import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { createOrg, PASSWORD } from './fixtures.js';
import type { TestApp } from './test-app.js';
import { sh } from './time.js';

/**
 * A small sales story for the browser tests that walk every main page: the default org, a lead
 * of rep1 waiting for its first response, a customer with an opportunity in its first stage.
 */
export async function seedMainPages(t: TestApp) {
  const org = await createOrg(t);
  t.clock.set(sh('2026-11-23T09:00:00'));
  const rep1 = await org.as('rep1');
  const lead = await rep1.post('/leads', { name: '无锡华晟机电', phone: '13800138001', type: 'B2B', region: '华东', productLine: '工业设备' });
  expect(lead.status).toBe(201);
  const customer = await rep1.post('/customers', { name: '苏州精密制造', type: 'B2B', grade: 'B', region: '华东' });
  expect(customer.status).toBe(201);
  const opportunity = await rep1.post('/opportunities', { customerId: customer.body.id, name: 'JX-200 产线改造', amount: 400000, productLine: '工业设备' });
  expect(opportunity.status).toBe(201);
  return { org, leadId: lead.body.id as string, customerId: customer.body.id as string, opportunityId: opportunity.body.id as string };
}

/**
 * A new browser context logged in as `username`. `injectsScripts` lets the test inject a checker
 * (axe-core) into the page despite the app's Content-Security-Policy.
 */
export async function logIn(
  browser: Browser,
  baseUrl: string,
  username: string,
  viewport: { width: number; height: number },
  { password = PASSWORD, injectsScripts = false }: { password?: string; injectsScripts?: boolean } = {},
): Promise<Page> {
  const mobile = viewport.width < 500;
  const context = await browser.newContext({ viewport, locale: 'zh-CN', isMobile: mobile, hasTouch: mobile, bypassCSP: injectsScripts });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

/** Opens a page of the app and waits until its heading is shown and its data has arrived. */
export async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.locator('.ant-spin-spinning, .ant-skeleton-active').first().waitFor({ state: 'detached' });
}
