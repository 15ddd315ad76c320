import { z } from 'zod';
import { sql } from 'kysely';
import { requirePermission } from '../core/auth/guard.js';
import type { App, AppContext } from '../core/context.js';
import { dateTimeString, idParams, iso, itemsOf, listOf, noContent, pageQuery, uuidString } from '../core/http/common.js';
import { maskSecrets } from '../core/notifications/channels/mask.js';
import { webhookEventSchema } from './events.js';
import { createWebhook, deleteWebhook, findDelivery, findWebhook, redeliver, updateWebhook, type DeliveryRow } from './webhook.service.js';

const webhookSchema = z
  .object({
    id: uuidString,
    url: z.string(),
    events: z.array(z.string()).meta({ description: 'Event types delivered to this URL' }),
    description: z.string().nullable(),
    active: z.boolean().meta({ description: 'An inactive webhook queues nothing; its queued deliveries fail as dead letters' }),
    createdAt: dateTimeString,
    updatedAt: dateTimeString,
  })
  .meta({ id: 'Webhook', description: 'An outgoing webhook (never its secret)' });

const withSecret = webhookSchema
  .extend({ secret: z.string().meta({ description: 'The signing secret (`whsec_…`), shown only in this answer' }) })
  .meta({ id: 'WebhookWithSecret', description: 'A webhook with its signing secret, shown once when created or rotated' });

const webhookBody = z
  .object({
    url: z
      .string()
      .trim()
      .min(1)
      .max(2000)
      .meta({ description: 'http(s) URL; loopback, private and link-local targets are refused unless WEBHOOK_ALLOW_PRIVATE=1' }),
    events: z.array(webhookEventSchema).min(1).max(50),
    description: z.string().trim().max(500).nullable().optional(),
    active: z.boolean().optional(),
  })
  .strict();

const createBody = webhookBody.meta({
  id: 'CreateWebhookRequest',
  example: { url: 'https://erp.example.com/hooks/sales', events: ['contract.submitted', 'lead.sla_breached'], description: 'ERP 合同同步' },
});
const updateBody = webhookBody
  .partial()
  .extend({ rotateSecret: z.boolean().optional().meta({ description: 'true: a new secret replaces the old one at once and is returned once' }) })
  .strict()
  .meta({ id: 'UpdateWebhookRequest' });

const deliveryStatus = z
  .enum(['pending', 'sending', 'sent', 'dead'])
  .meta({ id: 'WebhookDeliveryStatus', description: 'pending (retried with backoff), sending, sent (a 2xx answer), or dead after the last attempt' });

const deliverySchema = z
  .object({
    id: uuidString.meta({ description: 'The delivery id, sent as `x-spm-delivery`' }),
    webhookId: uuidString,
    eventId: uuidString.meta({ description: 'The event’s id (the body’s `id`): the same in a redelivery' }),
    type: z.string(),
    status: deliveryStatus,
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: dateTimeString,
    nextAttemptAt: dateTimeString.nullable(),
    deliveredAt: dateTimeString.nullable(),
    redeliveryOf: uuidString.nullable().meta({ description: 'The delivery this one sends again' }),
  })
  .meta({ id: 'WebhookDelivery', description: 'One delivery of one event to one webhook' });

const attemptSchema = z
  .object({
    attempt: z.number().int(),
    at: dateTimeString.nullable(),
    ok: z.boolean(),
    httpStatus: z.number().int().nullable(),
    response: z.string().nullable().meta({ description: 'The receiver’s answer, truncated' }),
    error: z.string().nullable(),
    durationMs: z.number(),
  })
  .meta({ id: 'WebhookDeliveryAttempt' });

const deliveryDetail = deliverySchema
  .extend({
    body: z
      .object({ id: uuidString, type: z.string(), occurredAt: dateTimeString, data: z.record(z.string(), z.unknown()) })
      .meta({ id: 'WebhookEventBody', description: 'The JSON body POSTed (signed as `x-spm-signature`)' }),
    attemptLog: z.array(attemptSchema),
  })
  .meta({ id: 'WebhookDeliveryDetail', description: 'A delivery with the body it sends and every attempt' });

type WebhookRow = Awaited<ReturnType<typeof findWebhook>>;
const toWebhook = (w: WebhookRow) => ({
  id: w.id,
  url: w.url,
  events: w.events,
  description: w.description,
  active: w.active,
  createdAt: iso(w.created_at)!,
  updatedAt: iso(w.updated_at)!,
});
const toDelivery = (d: DeliveryRow) => ({
  id: d.target.deliveryId,
  webhookId: d.target.webhookId,
  eventId: d.message.id,
  type: d.message.type,
  status: d.status as z.infer<typeof deliveryStatus>,
  attempts: d.attempts,
  lastError: d.last_error ? maskSecrets(d.last_error) : null,
  createdAt: iso(d.created_at)!,
  nextAttemptAt: d.status === 'pending' ? iso(d.next_attempt_at) : null,
  deliveredAt: iso(d.sent_at),
  redeliveryOf: (d.target as { redeliveryOf?: string }).redeliveryOf ?? null,
});

export function webhookRoutes(app: App, ctx: AppContext): void {
  const errors = { 403: ['FORBIDDEN'] } as const;

  app.get(
    '/webhooks',
    {
      schema: {
        operationId: 'listWebhooks',
        tags: ['webhooks'],
        summary: 'Outgoing webhooks',
        response: { 200: itemsOf(webhookSchema, 'WebhookList') },
        errors,
      },
    },
    async (request) => {
      requirePermission(request, 'webhooks:manage');
      const rows = await ctx.db.selectFrom('webhooks').selectAll().orderBy('created_at').execute();
      return { items: rows.map(toWebhook) };
    },
  );

  app.post(
    '/webhooks',
    {
      schema: {
        operationId: 'createWebhook',
        tags: ['webhooks'],
        summary: 'Subscribe a URL to domain events; the answer shows the signing secret once',
        description:
          'Each delivery POSTs `{"id","type","occurredAt","data"}` with `x-spm-event`, `x-spm-delivery`, `x-spm-timestamp` (Unix seconds) and `x-spm-signature: v1=<hex HMAC-SHA256(secret, timestamp + "." + raw body)>`. Non-2xx answers and timeouts are retried with backoff.',
        body: createBody,
        response: { 201: withSecret },
        errors: { ...errors, 422: ['WEBHOOK_URL_INVALID', 'WEBHOOK_URL_PRIVATE'] },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'webhooks:manage');
      const row = await createWebhook(ctx, actor, request.body);
      return reply.status(201).send({ ...toWebhook(row), secret: row.secret });
    },
  );

  app.get(
    '/webhooks/:id',
    {
      schema: {
        operationId: 'getWebhook',
        tags: ['webhooks'],
        summary: 'One webhook',
        params: idParams,
        response: { 200: webhookSchema },
        errors: { ...errors, 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      requirePermission(request, 'webhooks:manage');
      return toWebhook(await findWebhook(ctx.db, request.params.id));
    },
  );

  app.patch(
    '/webhooks/:id',
    {
      schema: {
        operationId: 'updateWebhook',
        tags: ['webhooks'],
        summary: 'Change a webhook’s URL, events, description or state, or rotate its secret',
        params: idParams,
        body: updateBody,
        response: { 200: webhookSchema.extend({ secret: z.string().optional().meta({ description: 'Only when rotated' }) }).meta({ id: 'UpdatedWebhook' }) },
        errors: { ...errors, 404: ['NOT_FOUND'], 422: ['WEBHOOK_URL_INVALID', 'WEBHOOK_URL_PRIVATE'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'webhooks:manage');
      const row = await updateWebhook(ctx, actor, request.params.id, request.body);
      return request.body.rotateSecret ? { ...toWebhook(row), secret: row.secret } : toWebhook(row);
    },
  );

  app.delete(
    '/webhooks/:id',
    {
      schema: {
        operationId: 'deleteWebhook',
        tags: ['webhooks'],
        summary: 'Delete a webhook; its undelivered deliveries end as dead letters',
        params: idParams,
        response: { 204: noContent },
        errors: { ...errors, 404: ['NOT_FOUND'] },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'webhooks:manage');
      await deleteWebhook(ctx, actor, request.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/webhooks/:id/deliveries',
    {
      schema: {
        operationId: 'listWebhookDeliveries',
        tags: ['webhooks'],
        summary: 'A webhook’s deliveries, newest first',
        params: idParams,
        querystring: z.object({ status: deliveryStatus.optional(), type: webhookEventSchema.optional(), ...pageQuery }),
        response: { 200: listOf(deliverySchema, 'WebhookDeliveryList') },
        errors: { ...errors, 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      requirePermission(request, 'webhooks:manage');
      const webhook = await findWebhook(ctx.db, request.params.id);
      const q = request.query;
      let query = ctx.db
        .selectFrom('outbox')
        .where('channel', '=', 'webhook')
        .where(sql<string>`target->>'webhookId'`, '=', webhook.id);
      if (q.status) query = query.where('status', '=', q.status);
      if (q.type) query = query.where(sql<string>`message->>'type'`, '=', q.type);
      const [rows, count] = await Promise.all([
        query
          .select(['id', 'target', 'message', 'status', 'attempts', 'last_error', 'next_attempt_at', 'created_at', 'sent_at'])
          .orderBy('id', 'desc')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: (rows as unknown as DeliveryRow[]).map(toDelivery), total: Number(count.n), page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/webhook-deliveries/:id',
    {
      schema: {
        operationId: 'getWebhookDelivery',
        tags: ['webhooks'],
        summary: 'One delivery with its body and every attempt',
        params: idParams,
        response: { 200: deliveryDetail },
        errors: { ...errors, 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      requirePermission(request, 'webhooks:manage');
      const delivery = await findDelivery(ctx.db, request.params.id);
      const attempts = await ctx.db.selectFrom('outbox_attempts').selectAll().where('outbox_id', '=', delivery.id).orderBy('attempt').execute();
      return {
        ...toDelivery(delivery),
        body: delivery.message,
        attemptLog: attempts.map((a) => ({
          attempt: a.attempt,
          at: iso(a.at),
          ok: a.ok,
          httpStatus: a.http_status,
          response: a.response,
          error: a.error,
          durationMs: a.duration_ms,
        })),
      };
    },
  );

  app.post(
    '/webhook-deliveries/:id/redeliver',
    {
      schema: {
        operationId: 'redeliverWebhookDelivery',
        tags: ['webhooks'],
        summary: 'Send a delivery’s event again, as a new delivery with the same event id',
        params: idParams,
        response: { 202: deliverySchema },
        errors: { ...errors, 404: ['NOT_FOUND'] },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'webhooks:manage');
      const id = await redeliver(ctx, actor, request.params.id);
      return reply.status(202).send(toDelivery(await findDelivery(ctx.db, id)));
    },
  );
}
