import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Actor } from '../auth/actor.js';

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * An id a reverse proxy already gave the request (nginx `$request_id`, a load balancer's trace id)
 * is kept so its logs and ours line up; anything else gets a fresh UUID. Only plain ids pass, so a
 * client cannot write arbitrary text into the logs through this header.
 */
const INCOMING_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdOf(raw: IncomingMessage): string {
  const given = raw.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && INCOMING_ID.test(given) ? given : randomUUID();
}

/**
 * What an error looks like in the log: its type, message, code, where it came from in the
 * database and its stack. Never a driver's `detail` (PostgreSQL puts the offending values there,
 * e.g. `Key (username)=(…) already exists`), nor query parameters.
 */
export function errorForLog(error: unknown): { type: string; message: string; stack: string; [key: string]: unknown } {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error), stack: '' };
  const e = error as Error & { code?: unknown; constraint?: unknown; table?: unknown; column?: unknown; statusCode?: unknown; cause?: unknown };
  const out: { type: string; message: string; stack: string; [key: string]: unknown } = { type: e.name, message: e.message, stack: e.stack ?? '' };
  for (const key of ['code', 'constraint', 'table', 'column', 'statusCode'] as const) if (e[key] !== undefined) out[key] = e[key];
  if (e.cause instanceof Error) out.cause = errorForLog(e.cause);
  return out;
}

/**
 * The app's pino logger: JSON lines, no request or response bodies or headers (requests are logged
 * once by `installRequestLog`), credentials redacted wherever they might still appear.
 */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        'password',
        '*.password',
        'token',
        '*.token',
        'secret',
        '*.secret',
      ],
      censor: '***',
    },
    serializers: { err: errorForLog, error: errorForLog },
  };
}

/** Fastify options of the request log: our own request ids, and no built-in per-request lines. */
export function requestLogServerOptions() {
  return {
    genReqId: requestIdOf,
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'reqId' }),
  } satisfies Partial<FastifyServerOptions>;
}

/**
 * One JSON line per request, written when the answer has gone: request id, user id (never a name),
 * method, route pattern (`/api/v1/leads/:id`, never the URL with its query: searches carry names
 * and phone numbers), status and duration. The request id is answered as `x-request-id` so a user
 * can quote it from an error message.
 */
export function installRequestLog(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    const status = reply.statusCode;
    const line = {
      userId: (request as { actor?: Actor | null }).actor?.id ?? null,
      method: request.method,
      route: routeOf(request.routeOptions.url, request.url),
      status,
      durationMs: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (status >= 500) request.log.error(line, 'request');
    else request.log.info(line, 'request');
  });
}

/** The matched route pattern; an unmatched API path is logged without its text. */
export function routeOf(pattern: string | undefined, url: string): string {
  if (pattern) return pattern;
  return url.startsWith('/api/') ? '(no route)' : '(web)';
}
