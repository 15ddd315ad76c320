import { createHmac, timingSafeEqual } from 'node:crypto';
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * Local stand-ins for Feishu / WeCom webhooks and an SMTP server, so channel tests exercise real
 * HTTP and SMTP instead of mocks. Everything listens on 127.0.0.1 with an ephemeral port.
 */

export interface ReceivedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** The JSON body, or undefined when it was not JSON. */
  body: any;
}

export interface ScriptedResponse {
  status?: number;
  /** Sent as JSON unless `rawBody` is given. */
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  /** Never answer: for timeout tests. The socket is released by close(). */
  hang?: boolean;
}

export type Responder = (request: ReceivedRequest) => ScriptedResponse | Promise<ScriptedResponse>;

export interface WebhookReceiver {
  /** Absolute URL of `path` on this receiver, e.g. url('/cgi-bin/webhook/send?key=abc'). */
  url(path: string): string;
  readonly requests: ReceivedRequest[];
  /** A function answering every request, or a queue used one per request, then the defaults. */
  respondWith(script: Responder | ScriptedResponse[]): void;
  close(): Promise<void>;
}

/** What Feishu and WeCom answer on success. */
function defaultResponse(path: string): ScriptedResponse {
  if (path.startsWith('/open-apis/')) return { status: 200, body: { code: 0, msg: 'success', data: {} } };
  if (path.startsWith('/cgi-bin/webhook/send')) return { status: 200, body: { errcode: 0, errmsg: 'ok' } };
  return { status: 404, body: { error: 'not found' } };
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const requests: ReceivedRequest[] = [];
  let responder: Responder | null = null;
  let queue: ScriptedResponse[] = [];

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void (async () => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const rawBody = Buffer.concat(chunks).toString('utf8');
        const request: ReceivedRequest = {
          method: req.method ?? 'GET',
          path: url.pathname,
          query: Object.fromEntries(url.searchParams),
          headers: req.headers,
          rawBody,
          body: parseJson(rawBody),
        };
        requests.push(request);
        const scripted = queue.length > 0 ? queue.shift()! : responder ? await responder(request) : defaultResponse(url.pathname);
        if (scripted.hang) return;
        const payload = scripted.rawBody ?? JSON.stringify(scripted.body ?? defaultResponse(url.pathname).body);
        res.writeHead(scripted.status ?? 200, {
          'content-type': scripted.rawBody === undefined ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
          ...scripted.headers,
        });
        res.end(payload);
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: (path) => `http://127.0.0.1:${port}${path.startsWith('/') ? path : `/${path}`}`,
    requests,
    respondWith(script) {
      if (Array.isArray(script)) {
        queue = [...script];
        responder = null;
      } else {
        queue = [];
        responder = script;
      }
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Checks a Feishu request body the way Feishu does: sign = base64(HMAC-SHA256(key =
 * `${timestamp}\n${secret}`, message = '')), and the timestamp within one hour of `nowMs`.
 */
export function verifyFeishuSignature(body: { timestamp?: unknown; sign?: unknown }, secret: string, nowMs?: number): boolean {
  if (typeof body.timestamp !== 'string' || typeof body.sign !== 'string' || !/^\d+$/.test(body.timestamp)) return false;
  if (nowMs !== undefined && Math.abs(nowMs / 1000 - Number(body.timestamp)) > 3600) return false;
  const expected = createHmac('sha256', `${body.timestamp}\n${secret}`).update(Buffer.alloc(0)).digest();
  const given = Buffer.from(body.sign, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The user the client authenticated as, if it did. */
  user?: string;
  raw: string;
}

export interface SmtpRejection {
  responseCode: number;
  message: string;
}

export interface SmtpReceiver {
  /** smtp://127.0.0.1:PORT, without credentials (add them for AUTH tests: any are accepted). */
  url: string;
  port: number;
  readonly messages: ReceivedMail[];
  /** The next messages are refused after DATA with these replies, one per message. */
  rejectNext(...rejections: SmtpRejection[]): void;
  close(): Promise<void>;
}

export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const messages: ReceivedMail[] = [];
  const rejections: SmtpRejection[] = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    // No TLS in tests, so AUTH must be allowed in clear text.
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? 'anonymous' });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const rejection = rejections.shift();
        if (rejection) {
          callback(Object.assign(new Error(rejection.message), { responseCode: rejection.responseCode }));
          return;
        }
        const mailFrom = session.envelope.mailFrom;
        messages.push({
          from: mailFrom ? mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          ...(typeof session.user === 'string' ? { user: session.user } : {}),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    rejectNext: (...next) => void rejections.push(...next),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface ParsedMail {
  headers: Record<string, string>;
  /** Decoded Subject (RFC 2047 encoded words). */
  subject: string;
  /** Decoded bodies by content type, e.g. parts['text/html'], with CRLF turned into LF. */
  parts: Record<string, string>;
}

/** Just enough MIME to read what nodemailer writes: encoded words, multipart, base64 and QP. */
export function parseMail(raw: string): ParsedMail {
  const { headers, body } = splitHeaders(raw);
  const parts: Record<string, string> = {};
  collectParts(headers, body, parts);
  return { headers, subject: decodeEncodedWords(headers.subject ?? ''), parts };
}

function splitHeaders(text: string): { headers: Record<string, string>; body: string } {
  const separator = text.search(/\r?\n\r?\n/);
  const head = separator === -1 ? text : text.slice(0, separator);
  const body = separator === -1 ? '' : text.slice(separator).replace(/^\r?\n\r?\n/, '');
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body };
}

function collectParts(headers: Record<string, string>, body: string, into: Record<string, string>): void {
  const contentType = headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (contentType.toLowerCase().startsWith('multipart/') && boundary) {
    const sections = body.split(`--${boundary}`).slice(1);
    for (const section of sections) {
      if (section.startsWith('--')) break;
      const part = splitHeaders(section.replace(/^\r?\n/, ''));
      collectParts(part.headers, part.body, into);
    }
    return;
  }
  const type = contentType.split(';')[0].trim().toLowerCase();
  into[type] = decodeBody(body, (headers['content-transfer-encoding'] ?? '7bit').toLowerCase())
    .replace(/\r\n/g, '\n')
    .replace(/\n$/, '');
}

function decodeBody(body: string, encoding: string): string {
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body.replace(/=\r?\n/g, ''));
  return body;
}

function decodeQuotedPrintable(text: string): string {
  return quotedPrintableBytes(text).toString('utf8');
}

function quotedPrintableBytes(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i], 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

/** Adjacent encoded words are joined as bytes first: a split may fall inside a character. */
function decodeEncodedWords(value: string): string {
  const word = /=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi;
  let result = '';
  let pending: Buffer[] = [];
  let lastEnd = 0;
  for (const match of value.matchAll(word)) {
    const between = value.slice(lastEnd, match.index);
    if (pending.length > 0 && between.trim() !== '') {
      result += Buffer.concat(pending).toString('utf8');
      pending = [];
    }
    if (pending.length === 0) result += between;
    const [, , encoding, data] = match;
    pending.push(encoding.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : quotedPrintableBytes(data.replace(/_/g, ' ')));
    lastEnd = (match.index ?? 0) + match[0].length;
  }
  result += Buffer.concat(pending).toString('utf8');
  return result + value.slice(lastEnd);
}
