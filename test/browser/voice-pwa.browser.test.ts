import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, pickOption } from '../support/browser.js';
import { startAsrReceiver, type AsrReceiver } from '../support/asr-receiver.js';
import { startTestApp } from '../support/test-app.js';
import { logIn, openPage, seedMainPages } from '../support/pages.js';

/**
 * The rep's phone (390×844): the app installs as a PWA (manifest, icons, service worker) and a
 * follow-up is spoken — chromium's fake microphone records, the recording is uploaded, the local
 * ASR receiver answers the transcript, and the form fills the text, the value tag and the concerns.
 */
const PHONE = { width: 390, height: 844 };
const TRANSCRIPT = '客户反馈价格偏高，交付周期希望缩短到四周，我们下周再沟通预算和改造需求。';

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

describe('the rep’s phone: PWA and voice follow-ups', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let asr: AsrReceiver;
  let browser: Browser;
  let seed: Awaited<ReturnType<typeof seedMainPages>>;

  beforeAll(async () => {
    asr = await startAsrReceiver();
    app = await startTestApp({ env: { ASR_PROVIDER: 'http', ASR_HTTP_URL: asr.url, ASR_HTTP_TOKEN: 'phone-test' } });
    seed = await seedMainPages(app.testApp);
    browser = await launchChromium(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream']);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await asr?.close();
  });

  it('serves a valid web app manifest with loadable icons, and registers the service worker', { timeout: 120_000 }, async () => {
    const manifest = await fetch(`${app.baseUrl}/manifest.webmanifest`);
    expect(manifest.status).toBe(200);
    expect(manifest.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    const doc = (await manifest.json()) as Record<string, any>;
    expect(doc).toMatchObject({ name: '销售过程管理', display: 'standalone', start_url: '/m', theme_color: '#1677ff' });
    expect(doc.short_name.length).toBeLessThanOrEqual(12);
    const sizes = new Map<string, string>();
    for (const icon of doc.icons as { src: string; sizes: string; type: string; purpose: string }[]) {
      const r = await fetch(new URL(icon.src, app.baseUrl));
      expect(r.status, icon.src).toBe(200);
      expect(r.headers.get('content-type')).toBe('image/png');
      const { width, height } = pngSize(Buffer.from(await r.arrayBuffer()));
      expect(`${width}x${height}`).toBe(icon.sizes);
      sizes.set(icon.purpose, icon.sizes);
    }
    expect([...sizes.keys()].sort()).toEqual(['any', 'maskable']);
    expect(doc.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    const worker = await fetch(`${app.baseUrl}/sw.js`);
    expect(worker.headers.get('content-type')).toMatch(/javascript/);

    const page = await logIn(browser, app.baseUrl, 'rep1', PHONE);
    await openPage(page, `${app.baseUrl}/m`);
    expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe('/manifest.webmanifest');
    const scope = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active ? registration.scope : null;
    });
    expect(scope).toBe(`${app.baseUrl}/`);
    // The phone home links the rep's tools.
    for (const [id, href] of [
      ['phone-queue', '/queue'],
      ['phone-followup', '/m/followup'],
      ['phone-today', '/field/today'],
      ['phone-scan', '/devices/scan'],
    ])
      expect(await page.getByTestId(id).getAttribute('href')).toBe(href);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1)).toBe(true);

    // The API is never cached by the worker.
    const cached = await page.evaluate(async () => {
      const keys = await caches.keys();
      const urls: string[] = [];
      for (const key of keys) for (const request of await (await caches.open(key)).keys()) urls.push(new URL(request.url).pathname);
      return urls;
    });
    expect(cached).toContain('/');
    expect(cached.filter((u) => u.startsWith('/api/'))).toEqual([]);

    // Offline, the cached shell still starts and says it is offline.
    await page.context().setOffline(true);
    await page.goto(`${app.baseUrl}/m`);
    await page.getByTestId('offline-notice').waitFor();
    await page.context().setOffline(false);
    await page.context().close();
  });

  it('records a follow-up by voice: transcript, suggested value tag and concerns, recording as evidence', { timeout: 120_000 }, async () => {
    asr.requests.length = 0;
    asr.answer({ status: 200, body: { text: TRANSCRIPT, language: 'zh' } });
    const page = await logIn(browser, app.baseUrl, 'rep1', PHONE);
    await openPage(page, `${app.baseUrl}/m/followup`);
    await pickOption(page, page.getByTestId('quick-followup-customer'), '苏州精密制造（B）');
    const form = page.getByTestId('followup-form');
    await form.waitFor();

    await form.getByTestId('voice-record').click();
    // A second of the fake microphone's tone, then stop.
    await form.getByTestId('voice-timer').filter({ hasText: '00:01' }).waitFor();
    await form.getByTestId('voice-stop').click();
    await form.locator('[data-testid="voice-input"][data-phase="done"]').waitFor({ timeout: 30_000 });

    expect(await form.getByTestId('followup-content').inputValue()).toBe(TRANSCRIPT);
    await form.getByTestId('followup-value-tag').locator('[title="需求挖掘"]').waitFor();
    expect(await form.getByTestId('voice-suggested-value-tag').textContent()).toContain('预算');
    for (const key of ['price', 'delivery_time'])
      expect(await form.getByTestId(`concern-${key}`).getAttribute('class'), key).toContain('ant-tag-checkable-checked');
    // Nothing of the voice input and the chips is pushed out of the phone's width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1)).toBe(true);
    // The rep un-confirms one suggestion before saving.
    await form.getByTestId('concern-features').click();

    expect(asr.requests).toHaveLength(1);
    expect(asr.requests[0].headers.authorization).toBe('Bearer phone-test');
    expect(asr.requests[0].fields.language).toBe('zh-CN');
    expect(asr.requests[0].file?.bytes.length).toBeGreaterThan(100);

    await form.getByTestId('followup-submit').and(page.locator(':enabled')).waitFor();
    await form.getByTestId('followup-submit').click();
    await page.waitForURL(`${app.baseUrl}/customers/${seed.customerId}`);
    const db = app.testApp.ctx.db;
    const followup = await db
      .selectFrom('followups')
      .select(['id', 'content', 'value_tag'])
      .where('customer_id', '=', seed.customerId)
      .executeTakeFirstOrThrow();
    expect(followup).toMatchObject({ content: TRANSCRIPT, value_tag: 'needs_discovery' });
    const evidence = await db
      .selectFrom('followup_attachments')
      .innerJoin('files', 'files.id', 'followup_attachments.file_id')
      .select(['files.kind', 'files.mime'])
      .where('followup_attachments.followup_id', '=', followup.id)
      .execute();
    expect(evidence).toHaveLength(1);
    expect(evidence[0].kind).toBe('recording');
    expect(evidence[0].mime).toMatch(/^(audio|video)\/webm/);
    const concerns = await db.selectFrom('followup_concerns').select('category').where('followup_id', '=', followup.id).orderBy('category').execute();
    expect(concerns.map((c) => c.category)).toEqual(['delivery_time', 'price']);
    await page.context().close();
  });
});
