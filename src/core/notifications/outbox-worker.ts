import { sql } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../clock.js';
import type { AppConfig } from '../config.js';
import type { Database } from '../db/connect.js';
import { deliver } from './channels/index.js';
import { rateLimitDelayMs } from './channels/limits.js';
import { maskSecrets } from './channels/mask.js';
import type { ChannelTarget, DeliveryResult, OutboundMessage, WebhookEventBody } from './message.js';
import { withDatabaseUse } from '../db/request-use.js';

export const MAX_ATTEMPTS = 8;
/** A claimed message not finished within this time (crashed node) is taken up again. */
const LEASE_MS = 120_000;

/** 30 s, 1 min, 2 min … capped at one hour. */
export function backoffMs(attempt: number): number {
  return Math.min(30_000 * 2 ** (attempt - 1), 3_600_000);
}

export type Deliver = typeof deliver;

export interface DrainResult {
  sent: number;
  retried: number;
  dead: number;
  deferred: number;
}

/**
 * Delivers the outbox: claims due messages with SKIP LOCKED (so several nodes share the work),
 * sends them, logs every attempt, retries retryable failures with backoff and respects each bot's
 * rate limit as read from the database (so the limit holds across nodes).
 */
export class OutboxWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopping = false;

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly config: Pick<AppConfig, 'smtpUrl' | 'smtpFrom'> & Partial<Pick<AppConfig, 'webhookAllowPrivate'>>,
    private readonly log: FastifyBaseLogger,
    private readonly send: Deliver = deliver,
  ) {}

  drain(batchSize = 20): Promise<DrainResult> {
    // One unit of work for the embedded database's connection hand-out.
    return withDatabaseUse(() => this.drainRounds(batchSize));
  }

  private async drainRounds(batchSize: number): Promise<DrainResult> {
    const total: DrainResult = { sent: 0, retried: 0, dead: 0, deferred: 0 };
    for (let round = 0; round < 50; round++) {
      if (this.stopping) break;
      const claimed = await this.claim(batchSize);
      if (claimed.length === 0) break;
      for (const [index, message] of claimed.entries()) {
        if (this.stopping) {
          // Shutting down: the messages claimed but not started go back at once, so another node
          // sends them now instead of after the lease.
          await this.release(claimed.slice(index).map((m) => m.id));
          return total;
        }
        const outcome = await this.process(message);
        total[outcome] += 1;
      }
      if (claimed.length < batchSize) break;
    }
    return total;
  }

  /** Gives claimed messages back untried: pending, due as before, the claim's attempt not counted. */
  private async release(ids: number[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .updateTable('outbox')
      .set((eb) => ({ status: 'pending', locked_until: null, attempts: eb('attempts', '-', 1) }))
      .where('id', 'in', ids)
      .where('status', '=', 'sending')
      .execute();
    this.log.info({ released: ids.length }, 'outbox claims released');
  }

  private async claim(limit: number) {
    const now = this.clock.now();
    const leaseEnd = new Date(now.getTime() + LEASE_MS);
    const result = await sql<{
      id: number;
      channel: string;
      target_key: string;
      target: Record<string, unknown>;
      message: OutboundMessage | WebhookEventBody;
      attempts: number;
    }>`
      update outbox set status = 'sending', locked_until = ${leaseEnd}, attempts = attempts + 1
      where id in (
        select id from outbox
        where (status = 'pending' and next_attempt_at <= ${now}) or (status = 'sending' and locked_until <= ${now})
        order by next_attempt_at, id
        limit ${limit}
        for update skip locked
      )
      returning id, channel, target_key, target, message, attempts`.execute(this.db);
    return result.rows.sort((a, b) => a.id - b.id);
  }

  private async process(row: {
    id: number;
    channel: string;
    target_key: string;
    target: Record<string, unknown>;
    message: OutboundMessage | WebhookEventBody;
    attempts: number;
  }): Promise<keyof DrainResult> {
    const now = this.clock.now();
    const delay = await this.rateDelay(row.channel, row.target_key, now);
    if (delay > 0) {
      // Not an attempt: give the claim back and come again when the bot accepts messages.
      await this.db
        .updateTable('outbox')
        .set({ status: 'pending', attempts: row.attempts - 1, locked_until: null, next_attempt_at: new Date(now.getTime() + delay) })
        .where('id', '=', row.id)
        .execute();
      return 'deferred';
    }
    const target = await this.resolveTarget(row.channel, row.target);
    const started = Date.now();
    let result: DeliveryResult;
    if (!target) {
      result = { ok: false, retryable: false, error: row.channel === 'webhook' ? '该 webhook 已删除或停用' : '该团队已移除此通知渠道' };
    } else {
      try {
        // Feishu checks the signature timestamp against real time, so it never follows the time machine.
        result = await this.send(target, row.message, {
          nowMs: Date.now(),
          email: this.config.smtpUrl ? { url: this.config.smtpUrl, from: this.config.smtpFrom } : undefined,
        });
      } catch (error) {
        result = { ok: false, retryable: true, error: maskSecrets(String(error)) };
      }
    }
    const durationMs = Date.now() - started;
    const finishedAt = this.clock.now();
    const outcome: keyof DrainResult = result.ok ? 'sent' : result.retryable && row.attempts < MAX_ATTEMPTS ? 'retried' : 'dead';
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('outbox_attempts')
        .values({
          outbox_id: row.id,
          attempt: row.attempts,
          at: finishedAt,
          ok: result.ok,
          http_status: result.httpStatus ?? null,
          code: result.code === undefined ? null : String(result.code),
          response: result.response ?? null,
          error: result.error ?? null,
          duration_ms: durationMs,
        })
        .execute();
      const retryAt = new Date(finishedAt.getTime() + Math.max(result.retryAfterMs ?? 0, backoffMs(row.attempts)));
      await trx
        .updateTable('outbox')
        .set({
          status: outcome === 'sent' ? 'sent' : outcome === 'retried' ? 'pending' : 'dead',
          sent_at: outcome === 'sent' ? finishedAt : null,
          locked_until: null,
          next_attempt_at: outcome === 'retried' ? retryAt : finishedAt,
          last_error: result.ok ? null : (result.error ?? `code ${result.code ?? result.httpStatus ?? '?'}`),
        })
        .where('id', '=', row.id)
        .execute();
    });
    if (outcome !== 'sent')
      this.log.warn(
        { outboxId: row.id, channel: row.channel, attempt: row.attempts, outcome, error: result.error, code: result.code },
        'notification delivery failed',
      );
    return outcome;
  }

  private async rateDelay(channel: string, targetKey: string, now: Date): Promise<number> {
    if (channel !== 'feishu' && channel !== 'wecom') return 0;
    const since = new Date(now.getTime() - 60_000);
    const sent = await this.db
      .selectFrom('outbox')
      .select('sent_at')
      .where('target_key', '=', targetKey)
      .where('status', '=', 'sent')
      .where('sent_at', '>', since)
      .execute();
    return rateLimitDelayMs(
      channel,
      sent.map((r) => r.sent_at!.getTime()),
      now.getTime(),
    );
  }

  /** Webhooks and secrets are read at send time, so a corrected URL also fixes queued messages. */
  private async resolveTarget(channel: string, target: Record<string, unknown>): Promise<ChannelTarget | null> {
    if (channel === 'webhook') {
      if (typeof target.webhookId !== 'string' || typeof target.deliveryId !== 'string') return null;
      const hook = await this.db
        .selectFrom('webhooks')
        .select(['url', 'secret'])
        .where('id', '=', target.webhookId)
        .where('active', '=', true)
        .executeTakeFirst();
      return hook
        ? { channel: 'webhook', url: hook.url, secret: hook.secret, deliveryId: target.deliveryId, allowPrivate: this.config.webhookAllowPrivate ?? false }
        : null;
    }
    const teamId = typeof target.teamId === 'string' ? target.teamId : null;
    if (!teamId) return null;
    const c = await this.db.selectFrom('team_channels').selectAll().where('team_id', '=', teamId).executeTakeFirst();
    if (!c) return null;
    if (channel === 'feishu' && c.feishu_url) return { channel: 'feishu', url: c.feishu_url, secret: c.feishu_secret };
    if (channel === 'wecom' && c.wecom_url) return { channel: 'wecom', url: c.wecom_url };
    if (channel === 'email' && c.email_to?.length) return { channel: 'email', to: c.email_to };
    return null;
  }

  start(intervalMs: number): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.drain()
        .catch((error) => this.log.error({ err: error }, 'outbox drain failed'))
        .finally(() => {
          this.running = null;
        });
    }, intervalMs);
    this.timer.unref();
  }

  /** Stops delivering: the message being sent finishes, the rest of the claimed batch is released. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.stopping = true;
    try {
      await this.running;
    } finally {
      this.stopping = false;
    }
  }
}
