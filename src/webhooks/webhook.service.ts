import { randomBytes, randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import { recordAudit } from '../core/audit/audit.js';
import type { Actor } from '../core/auth/actor.js';
import type { AppContext } from '../core/context.js';
import type { DB } from '../core/db/schema.js';
import type { JsonObject } from '../core/events/catalog.js';
import { AppError, notFound } from '../core/http/errors.js';
import type { WebhookEventBody } from '../core/notifications/message.js';
import { targetUrlProblem } from '../core/net/guarded-http.js';
import type { WebhookEvent } from './events.js';

export interface WebhookInput {
  url: string;
  events: WebhookEvent[];
  description?: string | null;
  active?: boolean;
}

/** `whsec_` + 32 random bytes: the HMAC key of a webhook's signatures. */
const newSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

async function assertUsableUrl(ctx: AppContext, url: string): Promise<void> {
  const problem = await targetUrlProblem(url, ctx.config.webhookAllowPrivate);
  if (problem === 'invalid') throw new AppError(422, 'WEBHOOK_URL_INVALID');
  if (problem === 'private') throw new AppError(422, 'WEBHOOK_URL_PRIVATE');
}

/** What the audit log keeps of a webhook: never its secret. */
const audited = (w: { url: string; events: string[]; description: string | null; active: boolean }) => ({
  url: w.url,
  events: w.events,
  description: w.description,
  active: w.active,
});

export async function createWebhook(ctx: AppContext, actor: Actor, input: WebhookInput) {
  await assertUsableUrl(ctx, input.url);
  const now = ctx.clock.now();
  const row = {
    id: randomUUID(),
    url: input.url,
    events: [...new Set(input.events)],
    description: input.description ?? null,
    secret: newSecret(),
    active: input.active ?? true,
    created_by: actor.id,
    created_at: now,
    updated_at: now,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('webhooks').values(row).execute();
    await recordAudit(trx, ctx.clock, { actorId: actor.id, action: 'webhook.create', entityType: 'webhook', entityId: row.id, data: audited(row) });
  });
  return row;
}

export async function findWebhook(db: AppContext['db'] | Transaction<DB>, id: string) {
  const row = await db.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('webhook');
  return row;
}

export async function updateWebhook(ctx: AppContext, actor: Actor, id: string, input: Partial<WebhookInput> & { rotateSecret?: boolean }) {
  if (input.url !== undefined) await assertUsableUrl(ctx, input.url);
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('webhooks').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!existing) throw notFound('webhook');
    const changes = {
      url: input.url ?? existing.url,
      events: input.events ? [...new Set(input.events)] : existing.events,
      description: input.description === undefined ? existing.description : input.description,
      active: input.active ?? existing.active,
      secret: input.rotateSecret ? newSecret() : existing.secret,
      updated_at: ctx.clock.now(),
    };
    await trx.updateTable('webhooks').set(changes).where('id', '=', id).execute();
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: 'webhook.update',
      entityType: 'webhook',
      entityId: id,
      data: { before: audited(existing), after: audited(changes), secretRotated: Boolean(input.rotateSecret) },
    });
    return { ...existing, ...changes };
  });
}

/** Deletes a webhook; its undelivered deliveries end as dead letters (the log stays readable). */
export async function deleteWebhook(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await findWebhook(trx, id);
    await trx
      .updateTable('outbox')
      .set({ status: 'dead', last_error: 'webhook deleted', locked_until: null })
      .where('channel', '=', 'webhook')
      .where(sql<string>`target->>'webhookId'`, '=', id)
      .where('status', 'in', ['pending', 'sending'])
      .execute();
    await trx.deleteFrom('webhooks').where('id', '=', id).execute();
    await recordAudit(trx, ctx.clock, { actorId: actor.id, action: 'webhook.delete', entityType: 'webhook', entityId: id, data: audited(existing) });
  });
}

/** Above this many events a batch is first checked for a subscribed webhook (see `enqueueEvents`). */
const LARGE_BATCH = 50;

/**
 * Queues one delivery of each event to every active webhook subscribed to its type, inside the
 * publisher's transaction: the events and their deliveries are committed together or not at all.
 * One statement, whatever the number of events and webhooks (none subscribed: nothing is written;
 * a batch of more than 50 events first looks for a subscriber, so that it is not serialised for
 * nobody); deliveries are queued in the order of the events.
 */
export async function enqueueEvents(trx: Transaction<DB>, ctx: AppContext, type: string, payloads: readonly JsonObject[]): Promise<void> {
  if (payloads.length === 0) return;
  // A large batch (a sweep's, an import's) is written out only when some webhook takes the event:
  // one small look-up instead of sending and parsing megabytes of JSON for nobody.
  if (payloads.length > LARGE_BATCH) {
    const subscribed = await trx
      .selectFrom('webhooks')
      .select('id')
      .where('active', '=', true)
      .where(sql<boolean>`${type} = any(events)`)
      .limit(1)
      .executeTakeFirst();
    if (!subscribed) return;
  }
  const now = ctx.clock.now();
  const bodies: WebhookEventBody[] = payloads.map((data) => ({ id: randomUUID(), type, occurredAt: now.toISOString(), data }));
  await sql`
    insert into outbox (dedupe_key, channel, target_key, target, message, status, next_attempt_at, created_at)
    select 'webhook:' || x.delivery_id, 'webhook', 'webhook:' || x.webhook_id,
           jsonb_build_object('webhookId', x.webhook_id, 'deliveryId', x.delivery_id), x.body, 'pending', ${now}, ${now}
    from (
      select w.id as webhook_id, e.body, e.n, gen_random_uuid()::text as delivery_id
      from webhooks w
      cross join jsonb_array_elements(${JSON.stringify(bodies)}::jsonb) with ordinality as e(body, n)
      where w.active and ${type} = any(w.events)
    ) x
    order by x.n, x.webhook_id`.execute(trx);
}

export interface DeliveryRow {
  id: number;
  target: { webhookId: string; deliveryId: string };
  message: WebhookEventBody;
  status: string;
  attempts: number;
  last_error: string | null;
  next_attempt_at: Date;
  created_at: Date;
  sent_at: Date | null;
}

export async function findDelivery(db: AppContext['db'], deliveryId: string): Promise<DeliveryRow> {
  const row = await db
    .selectFrom('outbox')
    .select(['id', 'target', 'message', 'status', 'attempts', 'last_error', 'next_attempt_at', 'created_at', 'sent_at'])
    .where('channel', '=', 'webhook')
    .where(sql<string>`target->>'deliveryId'`, '=', deliveryId)
    .executeTakeFirst();
  if (!row) throw notFound('webhookDelivery');
  return row as unknown as DeliveryRow;
}

/** Sends an event again as a new delivery (new delivery id, same event id and body), at once. */
export async function redeliver(ctx: AppContext, actor: Actor, deliveryId: string): Promise<string> {
  const original = await findDelivery(ctx.db, deliveryId);
  const webhook = await findWebhook(ctx.db, original.target.webhookId);
  const newId = randomUUID();
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('outbox')
      .values({
        dedupe_key: `webhook:${newId}`,
        channel: 'webhook',
        target_key: `webhook:${webhook.id}`,
        target: JSON.stringify({ webhookId: webhook.id, deliveryId: newId, redeliveryOf: deliveryId }),
        message: JSON.stringify(original.message),
        status: 'pending',
        next_attempt_at: now,
        created_at: now,
      })
      .execute();
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: 'webhook.redeliver',
      entityType: 'webhook',
      entityId: webhook.id,
      data: { deliveryId: newId, redeliveryOf: deliveryId, eventId: original.message.id, type: original.message.type },
    });
  });
  return newId;
}
