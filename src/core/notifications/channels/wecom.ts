import type { ChannelTarget, DeliveryResult, OutboundMessage, SendOptions, Severity } from '../message.js';
import { maskSecrets, secretsOfUrl, truncateForLog } from './mask.js';
import { isHttpUrl, largestFitting, moreRowsNote, literalMarkdown, truncateUtf8, utf8Bytes } from './text.js';
import { isRetryableHttpStatus, numericField, parseJsonObject, postJson, textField, type WebhookReply } from './webhook-http.js';

/**
 * WeCom (企业微信) group robot: POST https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=KEY
 * with a markdown message (群机器人配置说明).
 */

export type WecomTarget = Extract<ChannelTarget, { channel: 'wecom' }>;

/** markdown.content: 「最长不超过4096个字节，必须是utf8编码」. */
export const WECOM_MAX_CONTENT_BYTES = 4096;

/** 45009 is a per-minute quota (20 messages/min per robot): the next window is at most 60 s away. */
export const WECOM_RATE_LIMIT_RETRY_MS = 60_000;

export interface WecomCodeInfo {
  retryable: boolean;
  rateLimited?: boolean;
  meaning: string;
}

/**
 * WeCom `errcode` values a robot webhook answers with (WeCom global error codes). Codes not listed
 * are treated as permanent unless the HTTP status says otherwise: WeCom documents -1 as its only
 * "try again" code apart from the rate limits.
 */
export const WECOM_ERROR_CODES: Readonly<Record<number, WecomCodeInfo>> = {
  /** 系统繁忙: "服务器暂不可用，建议稍候重试". */
  [-1]: { retryable: true, meaning: '企业微信系统繁忙' },
  /** api freq out of limit: over 20 messages/min for this robot. */
  45009: { retryable: true, rateLimited: true, meaning: '触发企业微信频率限制（每个机器人每分钟 20 条）' },
  /** api concurrent out of limit: too many simultaneous calls. */
  45033: { retryable: true, rateLimited: true, meaning: '企业微信接口并发调用超过限制' },
  /** invalid webhook url: wrong key, or the robot was removed from the group. */
  93000: { retryable: false, meaning: 'webhook 地址无效（key 错误或机器人已被移出群聊）' },
  /** The robot was disabled or removed from the group. */
  93004: { retryable: false, meaning: '机器人已停用或已被移出群聊' },
  /** invalid message type: msgtype not supported. */
  40008: { retryable: false, meaning: '消息类型不合法' },
  /** invalid parameter: body does not match the API (e.g. bad JSON, content too long). */
  40058: { retryable: false, meaning: '请求参数不合法' },
  /** empty content. */
  44004: { retryable: false, meaning: '消息内容为空' },
  /** message content size exceeds the limit. */
  45002: { retryable: false, meaning: '消息内容超过长度限制' },
};

/** WeCom markdown knows three colours: info (green), warning (orange-red), comment (grey). */
const TITLE_STYLE: Record<Severity, { color: 'info' | 'warning'; label: string }> = {
  critical: { color: 'warning', label: '【紧急】' },
  warning: { color: 'warning', label: '【提醒】' },
  info: { color: 'info', label: '' },
};

export interface WecomPayload {
  msgtype: 'markdown';
  markdown: { content: string };
}

/**
 * The message as WeCom markdown, at most 4096 UTF-8 bytes: table rows that do not fit are left
 * out behind a '… 另有 N 条' line; if the text alone is too long it is cut on a character boundary
 * and ends with '…', and the link to the record stays below it.
 */
export function buildWecomPayload(message: OutboundMessage): WecomPayload {
  return { msgtype: 'markdown', markdown: { content: buildWecomContent(message) } };
}

export function buildWecomContent(message: OutboundMessage): string {
  const style = TITLE_STYLE[message.severity];
  const head = [`<font color="${style.color}">**${style.label}${literalMarkdown(message.title)}**</font>`, ...message.lines.map(literalMarkdown)];
  const linkLine = message.link ? renderLink(message.link) : null;
  const rows = message.table?.rows ?? [];
  const compose = (rowsKept: number, withLink = true) =>
    [...head, ...tableLines(message.table, rowsKept), ...(withLink && linkLine ? [linkLine] : [])].join('\n');
  const fits = (content: string) => utf8Bytes(content) <= WECOM_MAX_CONTENT_BYTES;

  const rowsKept = largestFitting(rows.length, (k) => fits(compose(k)));
  if (rowsKept >= 0) return compose(rowsKept);
  const tail = linkLine ? `\n${linkLine}` : '';
  const text = truncateUtf8(compose(0, false), WECOM_MAX_CONTENT_BYTES - utf8Bytes(tail));
  // Only an absurdly long link could still overflow; the byte limit wins over the link.
  return truncateUtf8(`${text}${tail}`, WECOM_MAX_CONTENT_BYTES);
}

function tableLines(table: OutboundMessage['table'], rowsKept: number): string[] {
  if (!table || (table.rows.length === 0 && table.columns.length === 0)) return [];
  const lines: string[] = [''];
  if (table.columns.length > 0) lines.push(`**${table.columns.map(neutraliseCell).join(' | ')}**`);
  for (const row of table.rows.slice(0, rowsKept)) lines.push(row.map(neutraliseCell).join(' | '));
  const hidden = table.rows.length - rowsKept;
  if (hidden > 0) lines.push(`<font color="comment">${moreRowsNote(hidden)}</font>`);
  return lines;
}

function neutraliseCell(cell: string): string {
  return literalMarkdown(cell).replace(/\n/g, ' ');
}

function renderLink(link: NonNullable<OutboundMessage['link']>): string {
  const label = literalMarkdown(link.label);
  if (!isHttpUrl(link.url)) return `${label}：${literalMarkdown(link.url)}`;
  // A ')' would end the markdown link early.
  return `[${label}](${link.url.replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
}

/** Sends the markdown message and reads WeCom's verdict: `errcode !== 0` is a failure. */
export async function sendWecom(target: WecomTarget, message: OutboundMessage, options: SendOptions): Promise<DeliveryResult> {
  const secrets = secretsOfUrl(target.url);
  const outcome = await postJson(target.url, JSON.stringify(buildWecomPayload(message)), options, secrets);
  if (outcome.failure) return outcome.failure;
  return classifyWecomReply(outcome.reply, secrets);
}

/** Pure: turns WeCom's HTTP reply into a DeliveryResult (masked, truncated). */
export function classifyWecomReply(reply: WebhookReply, secrets: readonly (string | null | undefined)[] = []): DeliveryResult {
  const { httpStatus, bodyText } = reply;
  const response = truncateForLog(maskSecrets(bodyText, secrets));
  const base = { httpStatus, response };
  const json = parseJsonObject(bodyText);
  const code = json ? numericField(json.errcode) : undefined;
  const providerMessage = json ? textField(json.errmsg) : '';
  const httpOk = httpStatus >= 200 && httpStatus < 300;

  if (code === 0 && httpOk) return { ok: true, retryable: false, ...base, code };
  if (code === undefined || code === 0) {
    const retryable = httpOk || isRetryableHttpStatus(httpStatus);
    return withRetryAfter(
      { ok: false, retryable, ...base, error: httpOk ? '企业微信返回了无法识别的响应' : `企业微信接口返回 HTTP ${httpStatus}` },
      reply,
      false,
    );
  }

  const info = WECOM_ERROR_CODES[code];
  const retryable = info ? info.retryable : isRetryableHttpStatus(httpStatus);
  const explanation = info ? `（${info.meaning}）` : '';
  // errmsg often quotes the request URL ("… invalid webhook url, hint: […]"): mask it.
  const error = maskSecrets(`企业微信返回错误 ${code}：${providerMessage || '无说明'}${explanation}`, secrets);
  return withRetryAfter({ ok: false, retryable, ...base, code, error: truncateForLog(error) }, reply, info?.rateLimited ?? false);
}

function withRetryAfter(result: DeliveryResult, reply: WebhookReply, rateLimited: boolean): DeliveryResult {
  const retryAfterMs = reply.retryAfterMs ?? (rateLimited || reply.httpStatus === 429 ? WECOM_RATE_LIMIT_RETRY_MS : undefined);
  return result.retryable && retryAfterMs !== undefined ? { ...result, retryAfterMs } : result;
}
