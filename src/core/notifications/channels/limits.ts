export type RateLimitedChannel = 'feishu' | 'wecom' | 'email';

export interface RateLimit {
  perMinute: number;
  perSecond?: number;
}

/**
 * Per-bot limits. Exceeding them makes the provider reject messages (Feishu 11232 / 9499
 * "too many request", WeCom 45009), so the outbox worker waits instead of burning attempts.
 */
export const RATE_LIMITS: Record<RateLimitedChannel, RateLimit> = {
  /** Feishu custom bot guide (自定义机器人使用指南): 单租户单机器人 100 次/分钟，5 次/秒. */
  feishu: { perMinute: 100, perSecond: 5 },
  /** WeCom group robot guide (群机器人配置说明): 每个机器人发送的消息不能超过 20 条/分钟. */
  wecom: { perMinute: 20 },
  /**
   * Not a provider limit: SMTP relays limit per day or per connection, which a per-minute window
   * does not model. A modest self-imposed pace keeps a burst (e.g. the morning stale digest to
   * many teams) from looking like spam to the relay.
   */
  email: { perMinute: 60 },
};

const MINUTE_MS = 60_000;
const SECOND_MS = 1_000;

/**
 * How long to wait before the next message to one bot may be sent: 0 when it may go now.
 *
 * A sliding window over our own send times: at most N sends in any 60 s span also means at most N
 * in any calendar minute, so this holds whether the provider counts per fixed or sliding minute.
 * `sentTimestampsMs` are the send times of that bot (any order, older ones are ignored).
 */
export function rateLimitDelayMs(channel: RateLimitedChannel, sentTimestampsMs: readonly number[], nowMs: number): number {
  const limit = RATE_LIMITS[channel];
  const sorted = [...sentTimestampsMs].sort((a, b) => a - b);
  const perMinute = windowDelayMs(sorted, nowMs, MINUTE_MS, limit.perMinute);
  const perSecond = limit.perSecond === undefined ? 0 : windowDelayMs(sorted, nowMs, SECOND_MS, limit.perSecond);
  return Math.max(perMinute, perSecond);
}

function windowDelayMs(sortedAscending: readonly number[], nowMs: number, windowMs: number, maxInWindow: number): number {
  const inWindow = sortedAscending.filter((t) => t > nowMs - windowMs);
  if (inWindow.length < maxInWindow) return 0;
  // Once this send leaves the window, fewer than `maxInWindow` remain in it.
  const mustExpire = inWindow[inWindow.length - maxInWindow];
  // A send time ahead of our clock (another node's clock runs fast) must not block for longer
  // than one window.
  return Math.min(windowMs, mustExpire + windowMs - nowMs);
}
