import { createHmac } from 'node:crypto';
import { BlockedAddressError, guardedPost, TimeoutError } from '../../net/guarded-http.js';
import type { DeliveryResult, SendOptions, WebhookEventBody } from '../message.js';
import { maskSecrets, truncateForLog } from './mask.js';
import { DEFAULT_TIMEOUT_MS } from './webhook-http.js';

/**
 * Outgoing webhooks: one POST per delivery of `{"id","type","occurredAt","data"}` with
 * `x-spm-event`, `x-spm-delivery`, `x-spm-timestamp` (Unix seconds) and
 * `x-spm-signature: v1=<hex HMAC-SHA256(secret, timestamp + "." + raw body)>`.
 * Any 2xx is delivered; any other answer or a timeout is retried with backoff by the outbox.
 */
export function webhookSignature(secret: string, timestamp: number, rawBody: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`;
}

export interface WebhookTarget {
  channel: 'webhook';
  url: string;
  secret: string;
  deliveryId: string;
  allowPrivate: boolean;
}

export async function sendWebhook(target: WebhookTarget, event: WebhookEventBody, options: SendOptions): Promise<DeliveryResult> {
  const rawBody = JSON.stringify(event);
  // Receivers compare the timestamp with their own clock: real time, never the time machine's.
  const timestamp = Math.floor(options.nowMs / 1000);
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    'user-agent': 'sales-process-webhooks/1',
    'x-spm-event': event.type,
    'x-spm-delivery': target.deliveryId,
    'x-spm-timestamp': String(timestamp),
    'x-spm-signature': webhookSignature(target.secret, timestamp, rawBody),
  };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  try {
    const reply = await guardedPost(target.url, rawBody, headers, { timeoutMs, allowPrivate: target.allowPrivate });
    const response = truncateForLog(maskSecrets(reply.bodyText, [target.secret]));
    if (reply.status >= 200 && reply.status < 300) return { ok: true, retryable: false, httpStatus: reply.status, response };
    return { ok: false, retryable: true, httpStatus: reply.status, response, error: `HTTP ${reply.status}` };
  } catch (error) {
    if (error instanceof TimeoutError) return { ok: false, retryable: true, error: `请求超时：${timeoutMs} ms 内未收到响应` };
    if (error instanceof BlockedAddressError)
      return { ok: false, retryable: false, error: `目标地址 ${error.address} 属于内网、回环或保留地址，已拒绝（WEBHOOK_ALLOW_PRIVATE=1 可放开）` };
    return { ok: false, retryable: true, error: truncateForLog(maskSecrets(`网络错误：${describe(error)}`, [target.secret])) };
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' && !error.message.includes(code) ? `${code} ${error.message}` : error.message;
}
