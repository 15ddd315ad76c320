import type { DeliveryResult } from '../message.js';
import { maskSecrets, truncateForLog } from './mask.js';
import { isHttpUrl } from './text.js';

export const DEFAULT_TIMEOUT_MS = 10_000;

export interface WebhookReply {
  httpStatus: number;
  bodyText: string;
  /** From a Retry-After header, when the provider sent one. */
  retryAfterMs?: number;
}

export type WebhookPostOutcome = { reply: WebhookReply; failure?: never } | { reply?: never; failure: DeliveryResult };

/**
 * POSTs a JSON body to a bot webhook. Transport problems (timeout, refused connection, DNS) come
 * back as a retryable failure; any HTTP answer comes back as a reply for the channel to judge,
 * because both Feishu and WeCom report their errors inside a 200 (and Feishu's rate limit
 * sometimes inside a 400).
 */
export async function postJson(
  url: string,
  body: string,
  options: { timeoutMs?: number; fetchImpl?: typeof fetch },
  secrets: readonly (string | null | undefined)[],
): Promise<WebhookPostOutcome> {
  if (!isHttpUrl(url)) {
    // The URL itself is not echoed: unparseable, it cannot be masked reliably.
    return { failure: { ok: false, retryable: false, error: '渠道地址无效：需要完整的 https:// webhook 地址' } };
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fetchImpl = options.fetchImpl ?? fetch;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body,
      signal: controller.signal,
      redirect: 'error', // a redirecting webhook is misconfigured; never re-post the body elsewhere
    });
    // Reading the body stays under the same deadline: a server may send headers and then stall.
    const bodyText = await response.text();
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    return { reply: { httpStatus: response.status, bodyText, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) } };
  } catch (error) {
    if (timedOut) return { failure: { ok: false, retryable: true, error: `请求超时：${timeoutMs} ms 内未收到响应` } };
    const description = describeNetworkError(error);
    if (/redirect/i.test(description)) {
      return { failure: { ok: false, retryable: false, error: '渠道地址返回了重定向，请填写机器人设置中显示的 webhook 原始地址' } };
    }
    return { failure: { ok: false, retryable: true, error: truncateForLog(maskSecrets(`网络错误：${description}`, secrets)) } };
  } finally {
    clearTimeout(timer);
  }
}

/** fetch reports "fetch failed"; the useful part (ECONNREFUSED, ENOTFOUND …) is in the cause. */
function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: unknown }).cause;
  if (cause instanceof Error) {
    const code = (cause as Error & { code?: unknown }).code;
    return typeof code === 'string' && !cause.message.includes(code) ? `${code} ${cause.message}` : cause.message;
  }
  return error.message;
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, nowMs = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/** Without a provider error code the HTTP status decides: overload and server errors pass. */
export function isRetryableHttpStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

export function parseJsonObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Provider codes arrive as numbers, occasionally as numeric strings. */
export function numericField(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  return undefined;
}

/** A provider's message as text: a string as it is, a number or boolean written out, anything else (an object, nothing) empty. */
export function textField(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}
