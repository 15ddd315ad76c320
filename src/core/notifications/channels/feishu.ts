import { createHmac } from 'node:crypto';
import type { ChannelTarget, DeliveryResult, OutboundMessage, SendOptions, Severity } from '../message.js';
import { maskSecrets, secretsOfUrl, truncateForLog } from './mask.js';
import { isHttpUrl, largestFitting, literalMarkdown, literalPlainText, moreRowsNote, truncateCodePoints, utf8Bytes } from './text.js';
import { isRetryableHttpStatus, numericField, parseJsonObject, postJson, textField, type WebhookReply } from './webhook-http.js';

/**
 * Feishu (飞书) custom bot: https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot
 */

export type FeishuTarget = Extract<ChannelTarget, { channel: 'feishu' }>;

/**
 * 「发送消息时，请求体的数据大小不能超过 20 KB」 — the whole request body, signature included.
 * Counted in decimal kilobytes to stay on the safe side of either reading.
 */
export const FEISHU_MAX_BODY_BYTES = 20_000;

/** Rate-limit replies carry no Retry-After; waiting one full window of the per-minute limit. */
export const FEISHU_RATE_LIMIT_RETRY_MS = 60_000;

export interface FeishuCodeInfo {
  retryable: boolean;
  rateLimited?: boolean;
  meaning: string;
}

/**
 * Feishu custom bot reply codes (`code`, or `StatusCode` in old replies). Codes not listed are
 * treated as permanent unless the HTTP status says otherwise (429 / 5xx): a request Feishu does
 * not understand will not be understood on the next attempt either.
 */
export const FEISHU_ERROR_CODES: Readonly<Record<number, FeishuCodeInfo>> = {
  /**
   * "Bad Request": malformed body, unknown msg_type, invalid card, body over 20 KB. Feishu also
   * answers a burst with 9499 "too many request" (HTTP 400); that variant is recognised by its
   * message in `classifyFeishuReply` and retried.
   */
  9499: { retryable: false, meaning: '请求格式错误（请求体不合法或超过 20 KB）' },
  /** "frequency limited": over 100/min or 5/s per bot, or system pressure at :00 / :30. */
  11232: { retryable: true, rateLimited: true, meaning: '触发飞书频率限制' },
  /** Open-platform wide "request trigger frequency limit". */
  99991400: { retryable: true, rateLimited: true, meaning: '触发飞书开放平台频率限制' },
  /** "param invalid: incoming webhook access token invalid": wrong or deleted hook token. */
  19001: { retryable: false, meaning: 'webhook 地址无效（机器人可能已被删除）' },
  /** "params error, msg_type need". */
  19002: { retryable: false, meaning: '请求参数错误' },
  /** "Bot Not Enabled": the bot was switched off in the group settings. */
  19007: { retryable: false, meaning: '机器人已停用' },
  /** "sign match fail or timestamp is not within one hour from current time". */
  19021: { retryable: false, meaning: '签名校验失败：请检查签名密钥与服务器时间' },
  /** "Ip Not Allowed": the bot has an IP allow-list that excludes this server. */
  19022: { retryable: false, meaning: '服务器 IP 不在机器人的 IP 白名单内' },
  /** "Key Words Not Found": the bot requires a keyword that the message lacks. */
  19024: { retryable: false, meaning: '消息不含机器人设置的自定义关键词' },
};

const HEADER_TEMPLATE: Record<Severity, 'red' | 'orange' | 'blue'> = { critical: 'red', warning: 'orange', info: 'blue' };

/** base64(HMAC-SHA256(key = `${timestamp}\n${secret}`, message = '')), Feishu's documented algorithm. */
export function feishuSign(timestampSeconds: number, secret: string): string {
  return createHmac('sha256', `${timestampSeconds}\n${secret}`).update('').digest('base64');
}

type LarkMarkdownDiv = { tag: 'div'; text: { tag: 'lark_md'; content: string } };
type FeishuElement =
  LarkMarkdownDiv | { tag: 'hr' } | { tag: 'action'; actions: { tag: 'button'; text: { tag: 'plain_text'; content: string }; type: 'primary'; url: string }[] };

export interface FeishuCard {
  config: { wide_screen_mode: true };
  header: { template: 'red' | 'orange' | 'blue'; title: { tag: 'plain_text'; content: string } };
  elements: FeishuElement[];
}

export interface FeishuPayload {
  timestamp?: string;
  sign?: string;
  msg_type: 'interactive';
  card: FeishuCard;
}

/**
 * The message as an interactive card. Table rows that would push the body over Feishu's size
 * limit are left out behind a '… 另有 N 条' line; only if the plain lines alone are too long are
 * they cut as well.
 */
export function buildFeishuPayload(message: OutboundMessage, options: { nowMs: number; secret?: string | null }): FeishuPayload {
  const signature = options.secret ? signatureFields(options.nowMs, options.secret) : {};
  const body = literalMarkdown(message.lines.join('\n'));
  const rows = message.table?.rows ?? [];
  const fits = (payload: FeishuPayload) => utf8Bytes(JSON.stringify(payload)) <= FEISHU_MAX_BODY_BYTES;
  const build = (bodyText: string, rowsKept: number): FeishuPayload => ({
    ...signature,
    msg_type: 'interactive',
    card: buildCard(message, bodyText, rowsKept),
  });

  const rowsKept = largestFitting(rows.length, (k) => fits(build(body, k)));
  if (rowsKept >= 0) return build(body, rowsKept);
  const bodyChars = Array.from(body).length;
  const charsKept = Math.max(
    0,
    largestFitting(bodyChars, (n) => fits(build(truncateCodePoints(body, n), 0))),
  );
  return build(truncateCodePoints(body, charsKept), 0);
}

function signatureFields(nowMs: number, secret: string): { timestamp: string; sign: string } {
  const timestampSeconds = Math.floor(nowMs / 1000);
  return { timestamp: String(timestampSeconds), sign: feishuSign(timestampSeconds, secret) };
}

function buildCard(message: OutboundMessage, body: string, rowsKept: number): FeishuCard {
  const elements: FeishuElement[] = [];
  if (body.trim()) elements.push(larkMarkdown(body));
  const table = message.table;
  if (table && (table.rows.length > 0 || table.columns.length > 0)) {
    if (elements.length > 0) elements.push({ tag: 'hr' });
    elements.push(larkMarkdown(tableMarkdown(table, rowsKept)));
  }
  const link = message.link;
  if (link && isHttpUrl(link.url)) {
    elements.push({ tag: 'action', actions: [{ tag: 'button', text: { tag: 'plain_text', content: link.label }, type: 'primary', url: link.url }] });
  } else if (link) {
    elements.push(larkMarkdown(literalMarkdown(`${link.label}：${link.url}`)));
  }
  // Feishu refuses a card without elements; the title alone still says what happened.
  if (elements.length === 0) elements.push(larkMarkdown(literalMarkdown(message.title)));
  return {
    config: { wide_screen_mode: true },
    header: { template: HEADER_TEMPLATE[message.severity], title: { tag: 'plain_text', content: literalPlainText(message.title) } },
    elements,
  };
}

function larkMarkdown(content: string): LarkMarkdownDiv {
  return { tag: 'div', text: { tag: 'lark_md', content } };
}

/** lark_md in v1 cards has no table syntax, so rows become ' | '-separated lines. */
function tableMarkdown(table: NonNullable<OutboundMessage['table']>, rowsKept: number): string {
  const lines: string[] = [];
  if (table.columns.length > 0) lines.push(`**${table.columns.map(neutraliseCell).join(' | ')}**`);
  for (const row of table.rows.slice(0, rowsKept)) lines.push(row.map(neutraliseCell).join(' | '));
  const hidden = table.rows.length - rowsKept;
  if (hidden > 0) lines.push(moreRowsNote(hidden));
  return lines.join('\n');
}

/** Cells are data (names typed by users): no markup of their own, no stray bold markers. */
function neutraliseCell(cell: string): string {
  return literalMarkdown(cell).replace(/\n/g, ' ');
}

/** Sends the card and reads Feishu's verdict: HTTP 200 with `code !== 0` is a failure. */
export async function sendFeishu(target: FeishuTarget, message: OutboundMessage, options: SendOptions): Promise<DeliveryResult> {
  const secrets = [target.secret, ...secretsOfUrl(target.url)];
  const payload = buildFeishuPayload(message, { nowMs: options.nowMs, secret: target.secret });
  const outcome = await postJson(target.url, JSON.stringify(payload), options, secrets);
  if (outcome.failure) return outcome.failure;
  return classifyFeishuReply(outcome.reply, secrets);
}

/** Pure: turns Feishu's HTTP reply into a DeliveryResult (masked, truncated). */
export function classifyFeishuReply(reply: WebhookReply, secrets: readonly (string | null | undefined)[] = []): DeliveryResult {
  const { httpStatus, bodyText } = reply;
  const response = truncateForLog(maskSecrets(bodyText, secrets));
  const base = { httpStatus, response };
  const json = parseJsonObject(bodyText);
  const code = json ? (numericField(json.code) ?? numericField(json.StatusCode)) : undefined;
  const providerMessage = json ? textField(json.msg ?? json.StatusMessage) : '';
  const httpOk = httpStatus >= 200 && httpStatus < 300;

  if (code === 0 && httpOk) return { ok: true, retryable: false, ...base, code };
  if (code === undefined || code === 0) {
    // A proxy or gateway page, or a reply Feishu never sends: nothing says it will fail again.
    const retryable = httpOk || isRetryableHttpStatus(httpStatus);
    return withRetryAfter({ ok: false, retryable, ...base, error: httpOk ? '飞书返回了无法识别的响应' : `飞书接口返回 HTTP ${httpStatus}` }, reply, false);
  }

  const tooManyRequests = code === 9499 && /too many|frequency|rate.?limit/i.test(providerMessage);
  const info: FeishuCodeInfo | undefined = tooManyRequests ? { retryable: true, rateLimited: true, meaning: '触发飞书频率限制' } : FEISHU_ERROR_CODES[code];
  const retryable = info ? info.retryable : isRetryableHttpStatus(httpStatus);
  const explanation = info ? `（${info.meaning}）` : '';
  const error = maskSecrets(`飞书返回错误 ${code}：${providerMessage || '无说明'}${explanation}`, secrets);
  return withRetryAfter({ ok: false, retryable, ...base, code, error: truncateForLog(error) }, reply, info?.rateLimited ?? false);
}

function withRetryAfter(result: DeliveryResult, reply: WebhookReply, rateLimited: boolean): DeliveryResult {
  const retryAfterMs = reply.retryAfterMs ?? (rateLimited || reply.httpStatus === 429 ? FEISHU_RATE_LIMIT_RETRY_MS : undefined);
  return result.retryable && retryAfterMs !== undefined ? { ...result, retryAfterMs } : result;
}
