import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { recordAudit } from '../core/audit/audit.js';
import type { Actor } from '../core/auth/actor.js';
import { actorOf, requirePermission } from '../core/auth/guard.js';
import { canAssignTo, inScope } from '../core/auth/scope.js';
import { localParts } from '../core/calendar/working-time.js';
import type { App, AppContext } from '../core/context.js';
import { idParams, listOf, pageQuery, queryBoolean } from '../core/http/common.js';
import { AppError, notFound } from '../core/http/errors.js';
import { repVisible } from './access.js';
import { toVisit, visitInput, visitSchema, visitStatusSchema, visitUpdate, type VisitRow } from './field.model.js';

/** Today's local date in the playbook's time zone. */
export async function localToday(ctx: AppContext, now = ctx.clock.now()): Promise<string> {
  const { document } = await ctx.playbook.active();
  return localParts(now, document.sla.businessHours.timeZone).date;
}

/** Visits with their customer and rep, as the answers show them. */
export function visitsQuery(db: AppContext['db']) {
  return db
    .selectFrom('visits')
    .innerJoin('customers', 'customers.id', 'visits.customer_id')
    .innerJoin('users as rep', 'rep.id', 'visits.rep_id')
    .selectAll('visits')
    .select([
      'customers.name as customer_name',
      'customers.address as customer_address',
      'customers.lat as customer_lat',
      'customers.lng as customer_lng',
      'rep.display_name as rep_name',
    ]);
}

export async function findVisibleVisit(ctx: AppContext, actor: Actor, id: string): Promise<VisitRow> {
  const row = await visitsQuery(ctx.db).where('visits.id', '=', id).where(repVisible(actor, 'visits.rep_id')).executeTakeFirst();
  if (!row) throw notFound('visit');
  return row;
}

const listQuery = z.object({
  ...pageQuery,
  date: z.iso.date().optional().meta({ description: 'One local date (YYYY-MM-DD); `today` is the usual one' }),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  status: visitStatusSchema.optional(),
  repId: z.uuid().optional(),
  customerId: z.uuid().optional(),
  mine: queryBoolean.optional().meta({ description: 'Only the caller’s own visits' }),
  today: queryBoolean.optional().meta({ description: 'Only today’s visits (the playbook’s time zone)' }),
});

export function visitRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/visits',
    {
      schema: {
        operationId: 'listVisits',
        tags: ['field'],
        summary: 'Planned visits: the caller’s own, and a manager’s reps’ (never a peer’s)',
        querystring: listQuery,
        response: { 200: listOf(visitSchema, 'VisitList') },
        errors: { 403: ['FORBIDDEN'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'records:write');
      const q = request.query;
      let query = visitsQuery(ctx.db).where(repVisible(actor, 'visits.rep_id'));
      const date = q.today ? await localToday(ctx) : q.date;
      if (date) query = query.where('visits.visit_date', '=', date);
      if (q.from) query = query.where('visits.visit_date', '>=', q.from);
      if (q.to) query = query.where('visits.visit_date', '<=', q.to);
      if (q.status) query = query.where('visits.status', '=', q.status);
      if (q.repId) query = query.where('visits.rep_id', '=', q.repId);
      if (q.mine) query = query.where('visits.rep_id', '=', actor.id);
      if (q.customerId) query = query.where('visits.customer_id', '=', q.customerId);
      const [rows, count] = await Promise.all([
        query
          .orderBy('visits.visit_date')
          .orderBy('visits.planned_time')
          .orderBy('visits.created_at')
          .orderBy('visits.id')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        query
          .clearSelect()
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toVisit), total: Number(count.n), page: q.page, pageSize: q.pageSize };
    },
  );

  app.post(
    '/visits',
    {
      schema: {
        operationId: 'planVisit',
        tags: ['field'],
        summary: 'Plan a customer visit (a rep for themselves; a manager for a rep they lead)',
        body: visitInput,
        response: { 201: visitSchema },
        errors: { 404: ['NOT_FOUND'], 422: ['INVALID_REFERENCE'] },
        examples: {
          visit: {
            summary: 'Tomorrow at 10:00',
            value: { customerId: '0b6f2d4e-1a3c-4e5f-8a7b-9c0d1e2f3a4b', date: '2026-12-04', plannedTime: '10:00', purpose: '现场演示新机型' },
          },
        },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'records:write');
      const body = request.body;
      const customer = await ctx.db
        .selectFrom('customers')
        .select('id')
        .where('id', '=', body.customerId)
        .where(inScope(actor.scope, 'customers'))
        .executeTakeFirst();
      if (!customer) throw notFound('customer');
      const repId = body.repId ?? actor.id;
      if (repId !== actor.id && !(await canAssignTo(ctx.db, actor, repId))) throw new AppError(422, 'INVALID_REFERENCE', { reason: 'repId' });
      if (body.date < (await localToday(ctx))) throw new AppError(422, 'INVALID_REFERENCE', { reason: `date ${body.date} (已过去 / in the past)` });
      const now = ctx.clock.now();
      const id = randomUUID();
      const row = {
        id,
        customer_id: body.customerId,
        rep_id: repId,
        visit_date: body.date,
        planned_time: body.plannedTime ?? null,
        purpose: body.purpose,
        status: 'planned',
        checkin_id: null,
        followup_id: null,
        created_at: now,
        updated_at: now,
      };
      await ctx.db.transaction().execute(async (trx) => {
        await trx.insertInto('visits').values(row).execute();
        await recordAudit(trx, ctx.clock, { actorId: actor.id, action: 'visit.plan', entityType: 'visit', entityId: id, data: row });
      });
      return reply.status(201).send(toVisit(await findVisibleVisit(ctx, actor, id)));
    },
  );

  app.get(
    '/visits/:id',
    {
      schema: {
        operationId: 'getVisit',
        tags: ['field'],
        summary: 'One visit (its rep and the rep’s managers)',
        params: idParams,
        response: { 200: visitSchema },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => toVisit(await findVisibleVisit(ctx, actorOf(request), request.params.id)),
  );

  app.patch(
    '/visits/:id',
    {
      schema: {
        operationId: 'updateVisit',
        tags: ['field'],
        summary: 'Move or reword a planned visit',
        params: idParams,
        body: visitUpdate,
        response: { 200: visitSchema },
        errors: { 404: ['NOT_FOUND'], 409: ['VISIT_CLOSED'], 422: ['INVALID_REFERENCE'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'records:write');
      const before = await findVisibleVisit(ctx, actor, request.params.id);
      if (before.status !== 'planned') throw new AppError(409, 'VISIT_CLOSED', { status: before.status });
      const body = request.body;
      if (body.date && body.date < (await localToday(ctx)))
        throw new AppError(422, 'INVALID_REFERENCE', { reason: `date ${body.date} (已过去 / in the past)` });
      const changes = {
        visit_date: body.date ?? before.visit_date,
        planned_time: body.plannedTime === undefined ? before.planned_time : body.plannedTime,
        purpose: body.purpose ?? before.purpose,
        updated_at: ctx.clock.now(),
      };
      await ctx.db.transaction().execute(async (trx) => {
        // Only while still planned: a check-in in between wins.
        const updated = await trx.updateTable('visits').set(changes).where('id', '=', before.id).where('status', '=', 'planned').executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) throw new AppError(409, 'VISIT_CLOSED', { status: 'done' });
        await recordAudit(trx, ctx.clock, { actorId: actor.id, action: 'visit.update', entityType: 'visit', entityId: before.id, data: { changes } });
      });
      return toVisit(await findVisibleVisit(ctx, actor, before.id));
    },
  );

  app.post(
    '/visits/:id/cancel',
    {
      schema: {
        operationId: 'cancelVisit',
        tags: ['field'],
        summary: 'Cancel a planned visit',
        params: idParams,
        body: z
          .object({ reason: z.string().trim().max(500).optional() })
          .strict()
          .meta({ id: 'CancelVisitRequest', description: 'Why (optional)' }),
        response: { 200: visitSchema },
        errors: { 404: ['NOT_FOUND'], 409: ['VISIT_CLOSED'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'records:write');
      const before = await findVisibleVisit(ctx, actor, request.params.id);
      if (before.status !== 'planned') throw new AppError(409, 'VISIT_CLOSED', { status: before.status });
      await ctx.db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('visits')
          .set({ status: 'cancelled', updated_at: ctx.clock.now() })
          .where('id', '=', before.id)
          .where('status', '=', 'planned')
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) throw new AppError(409, 'VISIT_CLOSED', { status: 'done' });
        await recordAudit(trx, ctx.clock, {
          actorId: actor.id,
          action: 'visit.cancel',
          entityType: 'visit',
          entityId: before.id,
          data: { reason: request.body.reason ?? null },
        });
      });
      return toVisit(await findVisibleVisit(ctx, actor, before.id));
    },
  );
}
