import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import type { DatabaseHandle } from '../db/connect.js';
import type { Readiness } from './readiness.js';

export interface ShutdownParts {
  app: FastifyInstance;
  ctx: Pick<AppContext, 'scheduler' | 'outbox' | 'log'>;
  database: Pick<DatabaseHandle, 'close'>;
  readiness: Readiness;
  /** SHUTDOWN_TIMEOUT_MS: how long in-flight requests and the running time rule may take. */
  timeoutMs: number;
  /** Called once everything is closed, e.g. to remove the embedded database's socket. */
  afterClose?: () => Promise<void> | void;
}

export type ShutdownOutcome = { clean: true; ms: number } | { clean: false; ms: number; pending: string[] };

/**
 * Graceful stop of a node (SIGTERM): readiness turns 503 and new requests get 503 SHUTTING_DOWN;
 * the listening socket closes; requests already running finish; the scheduler finishes the rule it
 * is running and starts no other, the outbox finishes the message it is sending and gives the rest
 * of its claimed batch back, so another node takes them up at once. All of this is bounded by
 * `timeoutMs`; then open connections are cut and the database is closed (the embedded one is
 * flushed to disk only by this close).
 */
export async function shutdownGracefully(parts: ShutdownParts): Promise<ShutdownOutcome> {
  const started = Date.now();
  parts.readiness.beginShutdown();
  const pending = new Set(['http', 'scheduler', 'outbox']);
  const track = (name: string, work: Promise<unknown>) =>
    work.catch((error: unknown) => parts.ctx.log.error({ err: error, part: name }, 'error while shutting down')).finally(() => pending.delete(name));
  // Keep-alive connections that fall idle while others finish are closed as soon as they do.
  const reaper = setInterval(() => parts.app.server.closeIdleConnections?.(), 100);
  const all = Promise.all([track('http', parts.app.close()), track('scheduler', parts.ctx.scheduler.stop()), track('outbox', parts.ctx.outbox.stop())]);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([
    all.then(() => false),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), parts.timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  clearInterval(reaper);
  if (timedOut) {
    parts.ctx.log.warn({ pending: [...pending], timeoutMs: parts.timeoutMs }, 'shutdown timeout reached: closing the remaining connections');
    parts.app.server.closeAllConnections();
  }
  try {
    await parts.database.close();
  } catch (error) {
    parts.ctx.log.error({ err: error }, 'closing the database failed');
  }
  await parts.afterClose?.();
  const ms = Date.now() - started;
  return timedOut ? { clean: false, ms, pending: [...pending] } : { clean: true, ms };
}
