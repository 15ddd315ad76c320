import { z } from 'zod';
import { actorOf, requirePermission } from '../auth/guard.js';
import type { App, AppContext } from '../context.js';
import { dateTimeString, iso, itemsOf, pageQuery, queryBoolean, storedEnum, uuidString } from '../http/common.js';
import { AppError, notFound } from '../http/errors.js';
import { toLocale, type Locale } from '../i18n/locale.js';
import { maskSecrets } from './channels/mask.js';
import { renderNotice } from './notice-text.js';

const severitySchema = z.enum(['info', 'warning', 'critical']).meta({ id: 'NotificationSeverity' });
const outboxStatusSchema = z
  .enum(['pending', 'sending', 'sent', 'dead'])
  .meta({ id: 'OutboxStatus', description: 'pending (retried with backoff), sending, sent, or dead after the last attempt' });
const outboxChannelSchema = z.enum(['feishu', 'wecom', 'email']).meta({ id: 'OutboxChannel' });

const notification = z
  .object({
    id: uuidString,
    kind: z.string().meta({ description: 'What the notice is about, e.g. `lead.breach`, `card.overdue`, `contract.frozen`' }),
    severity: storedEnum(severitySchema),
    title: z.string(),
    body: z.string(),
    link: z.string().nullable().meta({ description: 'A path in the web client' }),
    data: z.record(z.string(), z.unknown()),
    createdAt: dateTimeString,
    readAt: dateTimeString.nullable(),
  })
  .meta({ id: 'Notification', description: 'A notice in the caller’s inbox' });

type NotificationRow = {
  id: string;
  kind: string;
  severity: string;
  title: string;
  body: string;
  link: string | null;
  data: Record<string, unknown>;
  created_at: Date;
  read_at: Date | null;
};
/** A notice as its reader sees it: worded in the reader's language from its kind and data. */
const toNotification = (n: NotificationRow, locale: Locale, timeZone: string) => ({
  id: n.id,
  kind: n.kind,
  severity: n.severity,
  ...renderNotice(n, locale, timeZone),
  link: n.link,
  data: n.data,
  createdAt: iso(n.created_at)!,
  readAt: iso(n.read_at),
});

const outboxItem = z
  .object({
    id: z.number().int(),
    channel: storedEnum(outboxChannelSchema),
    target: z.string().meta({ description: 'Which team channel or address (no secrets)' }),
    title: z.string(),
    status: storedEnum(outboxStatusSchema),
    attempts: z.number().int(),
    lastError: z.string().nullable().meta({ description: 'With secrets masked' }),
    createdAt: dateTimeString,
    nextAttemptAt: dateTimeString.nullable(),
    sentAt: dateTimeString.nullable(),
  })
  .meta({ id: 'OutboxMessage', description: 'An external message (Feishu, WeCom, e-mail) and its delivery state' });

const attemptSchema = z
  .object({
    attempt: z.number().int(),
    at: dateTimeString.nullable(),
    ok: z.boolean(),
    httpStatus: z.number().int().nullable(),
    code: z.string().nullable(),
    response: z.string().nullable(),
    error: z.string().nullable(),
    durationMs: z.number(),
  })
  .meta({ id: 'OutboxAttempt' });

/** The caller's in-app inbox, and the delivery log of external messages for operators. */
export function notificationRoutes(app: App, ctx: AppContext): void {
  const timeZone = async () => (await ctx.playbook.active()).document.sla.businessHours.timeZone;
  const unreadOf = async (userId: string) =>
    Number(
      (
        await ctx.db
          .selectFrom('notifications')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('user_id', '=', userId)
          .where('read_at', 'is', null)
          .executeTakeFirstOrThrow()
      ).n,
    );

  app.get(
    '/notifications',
    {
      schema: {
        operationId: 'listNotifications',
        tags: ['notifications'],
        summary: 'The caller\u2019s inbox, newest first',
        querystring: z.object({ ...pageQuery, unread: queryBoolean.optional().meta({ description: 'true: unread notices only' }) }),
        response: {
          200: z
            .object({ items: z.array(notification), total: z.number(), page: z.number(), pageSize: z.number(), unread: z.number() })
            .meta({ id: 'NotificationList', description: 'One page of the inbox, and the unread count' }),
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const q = request.query;
      let query = ctx.db.selectFrom('notifications').where('user_id', '=', actor.id);
      if (q.unread) query = query.where('read_at', 'is', null);
      const [rows, count, unread, tz] = await Promise.all([
        query
          .selectAll()
          .orderBy('created_at', 'desc')
          .orderBy('id')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
        unreadOf(actor.id),
        timeZone(),
      ]);
      const locale = toLocale(actor.locale);
      return { items: rows.map((n) => toNotification(n, locale, tz)), total: Number(count.n), page: q.page, pageSize: q.pageSize, unread };
    },
  );

  app.get(
    '/notifications/unread-count',
    {
      schema: {
        operationId: 'getUnreadNotificationCount',
        tags: ['notifications'],
        summary: 'Unread badge',
        response: { 200: z.object({ unread: z.number() }).meta({ id: 'UnreadCount' }) },
      },
    },
    async (request) => ({ unread: await unreadOf(actorOf(request).id) }),
  );

  app.post(
    '/notifications/:id/read',
    {
      config: { deliveryWrite: true },
      schema: {
        operationId: 'markNotificationRead',
        tags: ['notifications'],
        summary: 'Mark one notification read',
        params: z.object({ id: z.uuid() }),
        response: { 200: notification },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const row = await ctx.db
        .updateTable('notifications')
        .set((eb) => ({ read_at: eb.fn.coalesce('read_at', eb.val(ctx.clock.now())) }))
        .where('id', '=', request.params.id)
        .where('user_id', '=', actor.id)
        .returningAll()
        .executeTakeFirst();
      if (!row) throw notFound('notification');
      return toNotification(row, toLocale(actor.locale), await timeZone());
    },
  );

  app.post(
    '/notifications/read-all',
    {
      config: { deliveryWrite: true },
      schema: {
        operationId: 'markAllNotificationsRead',
        tags: ['notifications'],
        summary: 'Mark every notification read',
        response: { 200: z.object({ updated: z.number().int() }).meta({ id: 'MarkedRead', description: 'How many notices were unread' }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const result = await ctx.db
        .updateTable('notifications')
        .set({ read_at: ctx.clock.now() })
        .where('user_id', '=', actor.id)
        .where('read_at', 'is', null)
        .executeTakeFirst();
      return { updated: Number(result.numUpdatedRows) };
    },
  );

  app.get(
    '/outbox',
    {
      schema: {
        operationId: 'listOutbox',
        tags: ['notifications'],
        summary: 'Delivery log of Feishu/WeCom/e-mail messages (operators)',
        querystring: z.object({
          ...pageQuery,
          status: outboxStatusSchema.optional(),
          channel: outboxChannelSchema.optional(),
        }),
        response: {
          200: z.object({ items: z.array(outboxItem), total: z.number(), page: z.number(), pageSize: z.number() }).meta({ id: 'OutboxMessageList' }),
        },
        errors: { 403: ['FORBIDDEN'] },
      },
    },
    async (request) => {
      requirePermission(request, 'system:operate');
      const q = request.query;
      // Outgoing webhooks' deliveries have their own log (GET /webhooks/:id/deliveries).
      let query = ctx.db.selectFrom('outbox').where('channel', '!=', 'webhook');
      if (q.status) query = query.where('status', '=', q.status);
      if (q.channel) query = query.where('channel', '=', q.channel);
      const [rows, count] = await Promise.all([
        query
          .selectAll()
          .orderBy('id', 'desc')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return {
        items: rows.map((r) => ({
          id: r.id,
          channel: r.channel,
          target: r.target_key,
          title: String((r.message as { title?: string }).title ?? ''),
          status: r.status,
          attempts: r.attempts,
          lastError: r.last_error ? maskSecrets(r.last_error) : null,
          createdAt: iso(r.created_at)!,
          nextAttemptAt: r.status === 'pending' ? iso(r.next_attempt_at) : null,
          sentAt: iso(r.sent_at),
        })),
        total: Number(count.n),
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  app.get(
    '/outbox/:id/attempts',
    {
      schema: {
        operationId: 'listOutboxAttempts',
        tags: ['notifications'],
        summary: 'Every delivery attempt of one message (empty for an unknown message)',
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: { 200: itemsOf(attemptSchema, 'OutboxAttemptList') },
        errors: { 403: ['FORBIDDEN'] },
      },
    },
    async (request) => {
      requirePermission(request, 'system:operate');
      const rows = await ctx.db.selectFrom('outbox_attempts').selectAll().where('outbox_id', '=', request.params.id).orderBy('attempt').execute();
      return {
        items: rows.map((a) => ({
          attempt: a.attempt,
          at: iso(a.at),
          ok: a.ok,
          httpStatus: a.http_status,
          code: a.code,
          response: a.response,
          error: a.error,
          durationMs: a.duration_ms,
        })),
      };
    },
  );

  app.post(
    '/outbox/:id/retry',
    {
      schema: {
        operationId: 'retryOutboxMessage',
        tags: ['notifications'],
        summary: 'Queue a dead message again',
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: { 200: z.object({ id: z.number().int(), status: z.string() }).meta({ id: 'OutboxRetry', description: '`status` is `pending`' }) },
        errors: { 409: ['OUTBOX_NOT_DEAD'] },
      },
    },
    async (request) => {
      requirePermission(request, 'system:operate');
      const result = await ctx.db
        .updateTable('outbox')
        .set({ status: 'pending', attempts: 0, next_attempt_at: ctx.clock.now(), last_error: null })
        .where('id', '=', request.params.id)
        .where('status', '=', 'dead')
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) throw new AppError(409, 'OUTBOX_NOT_DEAD');
      return { id: request.params.id, status: 'pending' };
    },
  );
}
