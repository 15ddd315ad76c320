import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { recordAudit } from '../core/audit/audit.js';
import { actorOf, requirePermission } from '../core/auth/guard.js';
import type { App, AppContext } from '../core/context.js';
import { dateTimeString, idParams, iso, uuidString } from '../core/http/common.js';
import { AppError } from '../core/http/errors.js';
import { recordNps, visibleCustomer } from '../health/index.js';

/**
 * CSM events (工单, 培训, 白皮书下载, …) credited to the customer's responsible rep as 客户培育积分.
 * Points per type come from the playbook (`contribution.csmPoints`) unless the event carries its
 * own. Idempotent by externalId: the first delivery answers 201, every repeat 200 with the same event.
 * An event of type `nps` also records the customer's NPS answer (`score`, 0–100 or 0–10 with scale 10).
 */

const csmBody = z
  .object({
    externalId: z.string().trim().min(1).max(200),
    customerId: z.uuid(),
    type: z.string().trim().min(1).max(50),
    occurredAt: z.iso.datetime({ offset: true }),
    points: z.number().min(0).max(100_000).optional(),
    score: z.number().int().min(0).max(100).optional(),
    scale: z.union([z.literal(10), z.literal(100)]).optional(),
    comment: z.string().trim().max(2000).optional(),
    data: z.record(z.string(), z.unknown()).optional(),
  })
  .strict()
  .meta({ id: 'CsmEventRequest', description: 'A CSM event; `type` must be a key of the playbook’s `contribution.csmPoints`; `nps` needs `score`' });

const csmEventSchema = z
  .object({
    id: uuidString,
    externalId: z.string(),
    customerId: uuidString,
    type: z.string(),
    occurredAt: dateTimeString,
    points: z.number().meta({ description: '客户培育积分 credited' }),
    creditedUserId: uuidString.nullable().meta({ description: 'The customer’s responsible rep' }),
    createdAt: dateTimeString,
    duplicate: z.boolean().meta({ description: 'The externalId was received before: this is the first event' }),
  })
  .meta({ id: 'CsmEvent' });

interface EventRow {
  id: string;
  external_id: string;
  customer_id: string;
  type: string;
  occurred_at: Date;
  points: number;
  credited_user_id: string | null;
  created_at: Date;
}

const toEvent = (e: EventRow, duplicate: boolean) => ({
  id: e.id,
  externalId: e.external_id,
  customerId: e.customer_id,
  type: e.type,
  occurredAt: iso(e.occurred_at)!,
  points: Number(e.points),
  creditedUserId: e.credited_user_id,
  createdAt: iso(e.created_at)!,
  duplicate,
});

export function csmRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/integrations/csm-events',
    {
      schema: {
        operationId: 'recordCsmEvent',
        tags: ['integrations'],
        summary: 'CSM system: a ticket, training, white-paper download… credited to the responsible rep (idempotent by externalId; API token)',
        description: 'The first delivery answers 201; a repeat of its `externalId` answers 200 with the first event and `duplicate: true`.',
        body: csmBody,
        response: { 200: csmEventSchema, 201: csmEventSchema },
        errors: { 403: ['TOKEN_REQUIRED'], 404: ['NOT_FOUND'], 422: ['VALIDATION'] },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (actor.via !== 'token') throw new AppError(403, 'TOKEN_REQUIRED');
      requirePermission(request, 'records:write');
      const body = request.body;
      const existing = await ctx.db.selectFrom('csm_events').selectAll().where('external_id', '=', body.externalId).executeTakeFirst();
      if (existing) return reply.status(200).send(toEvent(existing, true));

      // Everything the transaction needs is read before it: on the embedded database a read
      // through ctx.db inside it would wait for the transaction's own connection.
      const { document } = await ctx.playbook.active();
      const table = document.contribution.csmPoints;
      if (!(body.type in table)) throw new AppError(422, 'VALIDATION', { summary: `type: "${body.type}" (${Object.keys(table).join(', ')})` });
      if (body.type === 'nps' && body.score === undefined) throw new AppError(422, 'VALIDATION', { summary: 'score: required for type "nps"' });
      const scale = body.scale ?? 100;
      if (body.score !== undefined && body.score > scale) throw new AppError(422, 'VALIDATION', { summary: `score: at most ${scale}` });
      const customer = await visibleCustomer(ctx, actor, body.customerId);
      const now = ctx.clock.now();
      const row = {
        id: randomUUID(),
        external_id: body.externalId,
        customer_id: customer.id,
        type: body.type,
        occurred_at: new Date(body.occurredAt),
        points: body.points ?? table[body.type],
        credited_user_id: customer.owner_id,
        credited_team_id: customer.team_id,
        payload: JSON.stringify({
          ...(body.data ?? {}),
          ...(body.comment ? { comment: body.comment } : {}),
          ...(body.score !== undefined ? { score: body.score, scale } : {}),
        }),
        received_by: actor.id,
        created_at: now,
      };
      const result = await ctx.db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto('csm_events')
          .values(row)
          .onConflict((oc) => oc.column('external_id').doNothing())
          .returning('id')
          .execute();
        if (inserted.length === 0) {
          // A concurrent delivery of the same event won.
          const first = await trx.selectFrom('csm_events').selectAll().where('external_id', '=', body.externalId).executeTakeFirstOrThrow();
          return { event: first, duplicate: true };
        }
        if (body.type === 'nps' && body.score !== undefined) {
          await recordNps(trx, ctx, {
            customerId: customer.id,
            score: body.score,
            scale,
            comment: body.comment,
            source: 'csm',
            csmEventId: row.id,
            recordedBy: actor.id,
          });
        }
        await recordAudit(trx, ctx.clock, {
          actorId: actor.id,
          action: 'csm.event',
          entityType: 'customer',
          entityId: customer.id,
          data: { eventId: row.id, externalId: row.external_id, type: row.type, points: row.points, creditedUserId: row.credited_user_id },
        });
        return { event: { ...row, payload: undefined }, duplicate: false };
      });
      return reply.status(result.duplicate ? 200 : 201).send(toEvent(result.event, result.duplicate));
    },
  );

  app.get(
    '/customers/:id/csm-events',
    {
      schema: {
        operationId: 'listCsmEvents',
        tags: ['integrations'],
        summary: 'CSM events of a customer (客户培育积分), newest first (at most 200)',
        params: idParams,
        response: {
          200: z
            .object({
              items: z.array(csmEventSchema.extend({ creditedUserName: z.string().nullable() }).meta({ id: 'CsmEventListItem' })),
              totalPoints: z.number(),
            })
            .meta({ id: 'CsmEventList' }),
        },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await visibleCustomer(ctx, actor, request.params.id);
      const rows = await ctx.db
        .selectFrom('csm_events')
        .leftJoin('users', 'users.id', 'csm_events.credited_user_id')
        .selectAll('csm_events')
        .select('users.display_name as credited_user_name')
        .where('csm_events.customer_id', '=', request.params.id)
        .orderBy('csm_events.occurred_at', 'desc')
        .limit(200)
        .execute();
      return {
        items: rows.map((r) => ({ ...toEvent(r, false), creditedUserName: r.credited_user_name })),
        totalPoints: rows.reduce((s, r) => s + Number(r.points), 0),
      };
    },
  );
}
