import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type { DeliveryResult, OutboundMessage, Severity } from '../message.js';
import { maskSecrets, truncateForLog } from './mask.js';
import { defangUrls, isHttpUrl } from './text.js';

export interface EmailTransportConfig {
  /** e.g. smtp://user:pass@host:587 or smtps://user:pass@host:465 */
  url: string;
  /** e.g. '销售过程管理系统 <noreply@example.com>' */
  from: string;
}

/** SMTP is slower than a webhook: connect, greeting, AUTH, MAIL, RCPT, DATA. */
export const EMAIL_DEFAULT_TIMEOUT_MS = 30_000;

/**
 * Nodemailer error codes that mean "this configuration or message will never work", as opposed
 * to a connection that failed this time. Errors that carry an SMTP reply code are judged by the
 * code instead (4xx transient, 5xx permanent).
 */
const PERMANENT_ERROR_CODES = new Set(['ENOAUTH', 'ECONFIG', 'EENVELOPE', 'EMAXRECIPIENTS', 'EREQUIRETLS', 'EFILEACCESS', 'EURLACCESS', 'EOTP']);

const SEVERITY_STYLE: Record<Severity, { color: string; label: string }> = {
  critical: { color: '#cf1322', label: '紧急' },
  warning: { color: '#d46b08', label: '提醒' },
  info: { color: '#1677ff', label: '通知' },
};

/** Sends one e-mail to all recipients through the configured SMTP server. */
export async function sendEmail(
  transport: EmailTransportConfig,
  to: string[],
  message: OutboundMessage,
  options: { timeoutMs?: number } = {},
): Promise<DeliveryResult> {
  const secrets = smtpSecrets(transport.url);
  const mask = (text: string) => truncateForLog(maskSecrets(text, secrets));
  if (to.length === 0) return { ok: false, retryable: false, error: '没有邮件收件人' };
  // Nodemailer quietly falls back to localhost:587 for a URL it cannot read.
  // The URL itself is not echoed: unparseable, it cannot be masked reliably.
  if (!isSmtpUrl(transport.url)) return { ok: false, retryable: false, error: 'SMTP_URL 配置无效：应形如 smtp://用户名:密码@主机:端口' };
  const timeoutMs = options.timeoutMs ?? EMAIL_DEFAULT_TIMEOUT_MS;
  let transporter: Transporter<SMTPTransport.SentMessageInfo>;
  try {
    transporter = nodemailer.createTransport({ url: transport.url, connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs });
  } catch (error) {
    return { ok: false, retryable: false, error: mask(`SMTP 配置无效：${errorMessage(error)}`) };
  }
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const info = await transporter.sendMail({
      from: transport.from,
      to,
      subject: message.title,
      text: renderEmailText(message),
      html: renderEmailHtml(message),
      ...(message.severity === 'critical' ? { priority: 'high' } : {}),
      signal: controller.signal,
    });
    const response = typeof info.response === 'string' ? info.response : '';
    const rejected = Array.isArray(info.rejected) ? info.rejected.map(String) : [];
    return {
      ok: true,
      retryable: false,
      ...(smtpCodeOf(response) === undefined ? {} : { code: smtpCodeOf(response) }),
      response: mask(rejected.length > 0 ? `${response}（被拒收：${rejected.join(', ')}）` : response),
    };
  } catch (error) {
    if (timedOut) return { ok: false, retryable: true, error: `邮件发送超时：${timeoutMs} ms 内未完成` };
    return classifySmtpError(error, mask);
  } finally {
    clearTimeout(timer);
    transporter.close();
  }
}

/** SMTP reply classes (RFC 5321): 4yz transient, 5yz permanent; no reply = the connection failed. */
function classifySmtpError(error: unknown, mask: (text: string) => string): DeliveryResult {
  const details = error as { code?: unknown; responseCode?: unknown; response?: unknown };
  const responseCode = typeof details.responseCode === 'number' ? details.responseCode : undefined;
  const errorCode = typeof details.code === 'string' ? details.code : undefined;
  const response = typeof details.response === 'string' ? mask(details.response) : undefined;
  const retryable = responseCode !== undefined ? responseCode >= 400 && responseCode < 500 : !(errorCode && PERMANENT_ERROR_CODES.has(errorCode));
  return {
    ok: false,
    retryable,
    ...(responseCode !== undefined ? { code: responseCode } : errorCode ? { code: errorCode } : {}),
    ...(response ? { response } : {}),
    error: mask(`邮件发送失败：${errorMessage(error)}`),
  };
}

function isSmtpUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'smtp:' || parsed.protocol === 'smtps:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

function smtpCodeOf(response: string): number | undefined {
  const match = /^(\d{3})\b/.exec(response);
  return match ? Number(match[1]) : undefined;
}

/** The SMTP password (raw and URL-decoded) must never reach a stored error. */
function smtpSecrets(url: string): string[] {
  try {
    const password = new URL(url).password;
    return password ? [password, safeDecode(password)] : [];
  } catch {
    return [];
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Text typed by users, as HTML: escaped, and addresses in it shown but never linked. */
function inlineHtml(text: string): string {
  return escapeHtml(defangUrls(text));
}

export function renderEmailHtml(message: OutboundMessage): string {
  const style = SEVERITY_STYLE[message.severity];
  const parts: string[] = [
    "<div style=\"font-family:-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;font-size:14px;line-height:1.6;color:#1f1f1f\">",
    `<p style="margin:0 0 4px;font-size:12px;color:${style.color}">${style.label}</p>`,
    `<h2 style="margin:0 0 12px;font-size:18px;color:${style.color}">${inlineHtml(message.title)}</h2>`,
    ...message.lines.map((line) => `<p style="margin:0 0 6px">${inlineHtml(line)}</p>`),
  ];
  if (message.table) parts.push(tableHtml(message.table));
  if (message.link) {
    parts.push(
      isHttpUrl(message.link.url)
        ? `<p style="margin:16px 0 0"><a href="${escapeHtml(message.link.url)}" style="color:#1677ff">${escapeHtml(message.link.label)}</a></p>`
        : `<p style="margin:16px 0 0">${inlineHtml(`${message.link.label}：${message.link.url}`)}</p>`,
    );
  }
  parts.push('</div>');
  return parts.join('\n');
}

function tableHtml(table: NonNullable<OutboundMessage['table']>): string {
  const cell = 'border:1px solid #d9d9d9;padding:4px 8px;text-align:left';
  const head = table.columns.length > 0 ? `<tr>${table.columns.map((c) => `<th style="${cell};background:#fafafa">${inlineHtml(c)}</th>`).join('')}</tr>` : '';
  const rows = table.rows.map((row) => `<tr>${row.map((c) => `<td style="${cell}">${inlineHtml(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table style="border-collapse:collapse;margin:12px 0">\n${head}\n${rows}\n</table>`;
}

export function renderEmailText(message: OutboundMessage): string {
  const lines = [`【${SEVERITY_STYLE[message.severity].label}】${defangUrls(message.title)}`, '', ...message.lines.map(defangUrls)];
  if (message.table) {
    lines.push('');
    if (message.table.columns.length > 0) lines.push(message.table.columns.map(defangUrls).join(' | '));
    for (const row of message.table.rows) lines.push(row.map(defangUrls).join(' | '));
  }
  if (message.link) lines.push('', `${message.link.label}：${message.link.url}`);
  return lines.join('\n');
}
