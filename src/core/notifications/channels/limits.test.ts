import { describe, expect, it } from 'vitest';
import { RATE_LIMITS, rateLimitDelayMs } from './limits.js';

const NOW = 1_780_000_000_000;

describe('RATE_LIMITS', () => {
  it('documents the provider limits', () => {
    expect(RATE_LIMITS.feishu).toEqual({ perMinute: 100, perSecond: 5 });
    expect(RATE_LIMITS.wecom).toEqual({ perMinute: 20 });
  });
});

describe('rateLimitDelayMs', () => {
  it('lets a message go when nothing was sent', () => {
    expect(rateLimitDelayMs('wecom', [], NOW)).toBe(0);
    expect(rateLimitDelayMs('feishu', [], NOW)).toBe(0);
  });

  it('allows the 20th WeCom message in a minute and holds the 21st until the oldest leaves the window', () => {
    // 19 sends, one every 2 s, the oldest 50 s ago
    const nineteen = Array.from({ length: 19 }, (_, i) => NOW - 50_000 + i * 2_000);
    expect(rateLimitDelayMs('wecom', nineteen, NOW)).toBe(0);
    const twenty = [...nineteen, NOW - 1_000];
    expect(rateLimitDelayMs('wecom', twenty, NOW)).toBe(10_000); // NOW - 50 s + 60 s
  });

  it('ignores sends older than a minute and accepts any order', () => {
    const old = Array.from({ length: 50 }, (_, i) => NOW - 61_000 - i);
    const recent = [NOW - 3_000, NOW - 30_000, NOW - 10_000];
    expect(rateLimitDelayMs('wecom', [...recent, ...old], NOW)).toBe(0);
  });

  it('waits for the right send when the window is over-full', () => {
    // 25 sends in the window (e.g. several nodes raced): the 6th oldest must expire
    const sends = Array.from({ length: 25 }, (_, i) => NOW - 59_000 + i * 1_000);
    expect(rateLimitDelayMs('wecom', sends, NOW)).toBe(60_000 - 59_000 + 5 * 1_000);
  });

  it('applies Feishu’s 5 per second', () => {
    const burst = [NOW - 900, NOW - 700, NOW - 500, NOW - 300, NOW - 100];
    expect(rateLimitDelayMs('feishu', burst.slice(1), NOW)).toBe(0);
    expect(rateLimitDelayMs('feishu', burst, NOW)).toBe(100); // NOW - 900 + 1000
  });

  it('applies Feishu’s 100 per minute', () => {
    const sends = Array.from({ length: 100 }, (_, i) => NOW - 58_000 + i * 500); // spread out, never 5 in a second
    expect(rateLimitDelayMs('feishu', sends, NOW)).toBe(2_000);
    expect(rateLimitDelayMs('feishu', sends.slice(1), NOW)).toBe(0);
  });

  it('does not block longer than one window for send times ahead of this node’s clock', () => {
    const future = Array.from({ length: 20 }, () => NOW + 120_000);
    expect(rateLimitDelayMs('wecom', future, NOW)).toBe(60_000);
  });
});
