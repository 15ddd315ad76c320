/**
 * One outbound notification, independent of the channel that carries it. Channel adapters turn
 * it into a Feishu card, a WeCom markdown message or an e-mail; none of them touches the database.
 */
export type Severity = 'info' | 'warning' | 'critical';

export interface OutboundMessage {
  /** e.g. '线索响应超时：上海某某科技' */
  title: string;
  severity: Severity;
  /** Body lines: plain text (names typed by users included); every channel shows them literally. */
  lines: string[];
  /** Absolute URL to the record in the UI. */
  link?: { label: string; url: string };
  /** Optional, e.g. the daily stale list grouped by rep. */
  table?: { columns: string[]; rows: string[][] };
}

export type ChannelTarget =
  | { channel: 'feishu'; url: string; secret?: string | null }
  | { channel: 'wecom'; url: string }
  | { channel: 'email'; to: string[] }
  | { channel: 'webhook'; url: string; secret: string; deliveryId: string; allowPrivate: boolean };

/** The body of one outgoing webhook delivery: a domain event as integrators receive it. */
export interface WebhookEventBody {
  /** The event's id: the same in every webhook's delivery of it, and in redeliveries. */
  id: string;
  type: string;
  occurredAt: string;
  data: Record<string, unknown>;
}

export interface DeliveryResult {
  ok: boolean;
  /** false = give up at once (bad key, bad signature, bad request). */
  retryable: boolean;
  httpStatus?: number;
  /** Feishu `code` / WeCom `errcode` / SMTP response code. */
  code?: string | number;
  /** Response body, truncated to 2000 chars, secrets masked. */
  response?: string;
  /** Human-readable, secrets masked. */
  error?: string;
  /** When the provider said "rate limited". */
  retryAfterMs?: number;
}

export interface SendOptions {
  nowMs: number;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}
