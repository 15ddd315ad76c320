import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { vi } from 'vitest';

/** Every browser this test file launched, so a failing test can photograph its pages. */
const browsers = new Set<Browser>();
/** What each page said while the test ran: console messages, page errors, failed requests. */
const pageLogs = new WeakMap<Page, string[]>();
/** Content-Security-Policy violations reported by any page since the last check. */
const cspViolations: string[] = [];

/** Returns and forgets the CSP violations seen so far (the browser setup fails a test that had any). */
export function takeCspViolations(): string[] {
  return cspViolations.splice(0, cspViolations.length);
}

function record(page: Page) {
  const log: string[] = [];
  pageLogs.set(page, log);
  const at = () => new Date().toISOString();
  page.on('console', (message) => {
    log.push(`${at()} [console.${message.type()}] ${message.text()}`);
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => log.push(`${at()} [pageerror] ${error.stack ?? error.message}`));
  page.on('requestfailed', (request) => log.push(`${at()} [requestfailed] ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) log.push(`${at()} [http ${response.status()}] ${response.request().method()} ${response.url()}`);
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) log.push(`${at()} [navigated] ${frame.url()}`);
  });
}

/**
 * BROWSER_CPU_THROTTLE=N slows every page's CPU N times (Chrome DevTools' throttling), to hunt
 * races that only a loaded machine shows.
 */
const throttle = Number(process.env.BROWSER_CPU_THROTTLE ?? 0);

async function slowDown(context: BrowserContext, page: Page) {
  if (!(throttle > 1)) return;
  const session = await context.newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate: throttle });
}

function watch(context: BrowserContext) {
  const onPage = (page: Page) => {
    if (!pageLogs.has(page)) record(page);
    void slowDown(context, page).catch(() => undefined);
  };
  context.pages().forEach(onPage);
  context.on('page', onPage);
}

/**
 * Debian's chromium, headless, without the background services that slow a test run down;
 * `extraArgs` add flags (e.g. a fake microphone: `--use-fake-device-for-media-stream`).
 */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  });
  // Browser.newPage() goes through newContext() too, so this sees every page of every context.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    watch(context);
    return context;
  };
  browsers.add(browser);
  browser.on('disconnected', () => browsers.delete(browser));
  return browser;
}

const slug = (text: string) =>
  text
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80) || 'test';

/**
 * Saves a full-page screenshot, the HTML and the console log of every open page under
 * `test-results/browser/<file>/<test>/` (or `BROWSER_ARTIFACTS_DIR`), so a failure in CI explains itself. Returns the folder.
 */
export async function saveFailureArtifacts(file: string, testName: string, error?: string): Promise<string | undefined> {
  if (browsers.size === 0) return undefined;
  const root = process.env.BROWSER_ARTIFACTS_DIR ?? path.join('test-results', 'browser');
  const dir = path.resolve(root, slug(path.basename(file, '.ts')), slug(testName));
  fs.mkdirSync(dir, { recursive: true });
  if (error) fs.writeFileSync(path.join(dir, 'error.txt'), error);
  let index = 0;
  for (const browser of browsers) {
    for (const context of browser.contexts()) {
      for (const page of context.pages()) {
        index++;
        const base = path.join(dir, `page-${index}`);
        const log = pageLogs.get(page) ?? [];
        fs.writeFileSync(`${base}.console.log`, [`url: ${page.url()}`, ...log].join('\n') + '\n');
        // A hung page must not hang the report: bound each capture.
        await page
          .screenshot({ path: `${base}.png`, fullPage: true, timeout: 10_000 })
          .catch((e: Error) => fs.writeFileSync(`${base}.screenshot-error.txt`, e.message));
        await Promise.race([page.content(), new Promise<string>((_, reject) => setTimeout(() => reject(new Error('timed out')), 5_000))])
          .then((html) => fs.writeFileSync(`${base}.html`, html))
          .catch(() => undefined);
      }
    }
  }
  return dir;
}

/**
 * Picks an option of an antd select (single or multiple) and returns once the select shows it as
 * chosen, as a user would check before going on. On a loaded machine a click that lands while the
 * popup is still opening can be lost, so the option is clicked again, but only while the select
 * does not show it yet (clicking a chosen option of a multiple select would remove it again).
 */
export async function pickOption(page: Page, select: Locator, title: string, timeout = 15_000): Promise<void> {
  const chosen = select.locator(`[title="${title}"]`).first();
  const option = page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${title}"]`);
  // As a user would, bring the field to the middle of the screen first: a select near the bottom
  // edge of a dialog opens its popup below the fold, where nothing can be clicked.
  await select.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await vi.waitFor(
    async () => {
      if (await chosen.isVisible()) return;
      if (!(await option.isVisible())) await select.click({ timeout: 2_000 });
      await option.click({ timeout: 2_000 });
      await chosen.waitFor({ timeout: 2_000 });
    },
    { timeout, interval: 100 },
  );
}
