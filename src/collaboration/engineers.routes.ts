import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { recordAudit } from '../core/audit/audit.js';
import type { Actor } from '../core/auth/actor.js';
import { actorOf } from '../core/auth/guard.js';
import { nextDate } from '../core/calendar/working-time.js';
import type { App, AppContext } from '../core/context.js';
import { dateString, dateTimeString, idParams, iso, uuidString } from '../core/http/common.js';
import { AppError, forbidden, notFound } from '../core/http/errors.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const mayBook = (actor: Actor) => actor.role === 'delivery' || actor.role === 'admin';

const range = z.object({ from: dateString, to: dateString });
const scheduleSchema = z
  .object({
    from: dateString,
    to: dateString,
    items: z.array(
      z
        .object({
          id: uuidString,
          name: z.string(),
          region: z.string(),
          skills: z.array(z.string()),
          bookings: z.array(
            z.object({
              id: uuidString,
              startsOn: dateString,
              endsOn: dateString,
              note: z.string().nullable(),
              contractId: uuidString.nullable(),
              contractNumber: z.string().nullable(),
              contractTitle: z.string().nullable(),
            }),
          ),
          free: z.array(range).meta({ description: 'Free working days as date ranges' }),
        })
        .meta({ id: 'EngineerSchedule' }),
    ),
  })
  .meta({ id: 'EngineerSchedules', description: '资源甘特图: active engineers with bookings and free working days' });

const engineerBody = z
  .object({
    name: z.string().trim().min(1).max(50),
    region: z.string().trim().min(1),
    skills: z.array(z.string().trim().min(1).max(30)).max(20).default([]),
  })
  .strict()
  .meta({ id: 'CreateEngineerRequest' });

const bookingBody = z
  .object({ startsOn: isoDate, endsOn: isoDate, contractId: z.uuid().optional(), note: z.string().trim().max(500).optional() })
  .strict()
  .meta({ id: 'BookEngineerRequest' });

/** Free working days of an engineer between two dates, as [start, end] ranges. */
export function freeRanges(
  from: string,
  to: string,
  booked: { starts_on: string; ends_on: string }[],
  isWorkingDay: (d: string) => boolean,
): { from: string; to: string }[] {
  const ranges: { from: string; to: string }[] = [];
  let open: string | null = null;
  let last: string | null = null;
  for (let d = from; d <= to; d = nextDate(d)) {
    const free = isWorkingDay(d) && !booked.some((b) => b.starts_on <= d && d <= b.ends_on);
    if (free && !open) open = d;
    if (!free && open) {
      ranges.push({ from: open, to: last! });
      open = null;
    }
    if (free) last = d;
  }
  if (open) ranges.push({ from: open, to: last! });
  return ranges;
}

/** 资源甘特图: engineers, their bookings and free working days; delivery books, everyone reads. */
export function engineerRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/engineers',
    {
      schema: {
        operationId: 'listEngineers',
        tags: ['collaboration'],
        summary: 'Engineers with bookings and free working days in a date range (资源甘特图)',
        querystring: z.object({ from: isoDate, to: isoDate.meta({ description: 'At most a year after `from`' }), region: z.string().optional() }),
        response: { 200: scheduleSchema },
      },
    },
    async (request) => {
      actorOf(request);
      const { from, to, region } = request.query;
      if (to < from || Date.parse(to) - Date.parse(from) > 366 * 86_400_000)
        throw new AppError(400, 'VALIDATION', { summary: 'to: 日期范围不能超过一年且结束不早于开始' });
      let engineers = ctx.db.selectFrom('engineers').selectAll().where('active', '=', true);
      if (region) engineers = engineers.where('region', '=', region);
      const list = await engineers.orderBy('region').orderBy('name').execute();
      const bookings = list.length
        ? await ctx.db
            .selectFrom('engineer_bookings')
            .leftJoin('contracts', 'contracts.id', 'engineer_bookings.contract_id')
            .select([
              'engineer_bookings.id',
              'engineer_bookings.engineer_id',
              'engineer_bookings.starts_on',
              'engineer_bookings.ends_on',
              'engineer_bookings.note',
              'engineer_bookings.contract_id',
              'contracts.number',
              'contracts.title',
            ])
            .where(
              'engineer_bookings.engineer_id',
              'in',
              list.map((e) => e.id),
            )
            .where('engineer_bookings.starts_on', '<=', to)
            .where('engineer_bookings.ends_on', '>=', from)
            .orderBy('engineer_bookings.starts_on')
            .execute()
        : [];
      const calendar = await ctx.calendar.current();
      return {
        from,
        to,
        items: list.map((e) => {
          const own = bookings.filter((b) => b.engineer_id === e.id);
          return {
            id: e.id,
            name: e.name,
            region: e.region,
            skills: e.skills,
            bookings: own.map((b) => ({
              id: b.id,
              startsOn: b.starts_on,
              endsOn: b.ends_on,
              note: b.note,
              contractId: b.contract_id,
              contractNumber: b.number,
              contractTitle: b.title,
            })),
            free: freeRanges(from, to, own, calendar.isWorkingDay),
          };
        }),
      };
    },
  );

  app.post(
    '/engineers',
    {
      schema: {
        operationId: 'createEngineer',
        tags: ['collaboration'],
        summary: 'Add a delivery engineer (admins)',
        body: engineerBody,
        response: { 201: z.object({ id: uuidString, name: z.string(), region: z.string(), skills: z.array(z.string()) }).meta({ id: 'Engineer' }) },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (actor.role !== 'admin') throw forbidden();
      const id = randomUUID();
      await ctx.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('engineers')
          .values({ id, name: request.body.name, region: request.body.region, skills: request.body.skills, created_at: ctx.clock.now() })
          .execute();
        await recordAudit(trx, ctx.clock, { actorId: actor.id, action: 'engineer.create', entityType: 'engineer', entityId: id, data: request.body });
      });
      return reply.status(201).send({ id, ...request.body });
    },
  );

  app.post(
    '/engineers/:id/bookings',
    {
      config: { deliveryWrite: true },
      schema: {
        operationId: 'bookEngineer',
        tags: ['collaboration'],
        summary: 'Book an engineer (for a contract); overlapping bookings are refused',
        params: idParams,
        body: bookingBody,
        response: {
          201: z
            .object({
              id: uuidString,
              engineerId: uuidString,
              startsOn: dateString,
              endsOn: dateString,
              contractId: uuidString.optional(),
              note: z.string().optional(),
              createdAt: dateTimeString.nullable(),
            })
            .meta({ id: 'Booking' }),
        },
        errors: { 403: ['FORBIDDEN'], 404: ['NOT_FOUND'], 409: ['BOOKING_OVERLAP'], 422: ['INVALID_REFERENCE'] },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (!mayBook(actor)) throw forbidden();
      const body = request.body;
      if (body.endsOn < body.startsOn) throw new AppError(400, 'VALIDATION', { summary: 'endsOn: 结束日期不能早于开始日期' });
      const id = randomUUID();
      await ctx.db.transaction().execute(async (trx) => {
        const engineer = await trx.selectFrom('engineers').select('id').where('id', '=', request.params.id).forUpdate().executeTakeFirst();
        if (!engineer) throw notFound('engineer');
        if (body.contractId && !(await trx.selectFrom('contracts').select('id').where('id', '=', body.contractId).executeTakeFirst()))
          throw new AppError(422, 'INVALID_REFERENCE', { reason: 'contractId' });
        // The engineer row lock serialises bookings of one engineer, so two overlapping bookings cannot both pass.
        const clash = await trx
          .selectFrom('engineer_bookings')
          .select(['starts_on', 'ends_on'])
          .where('engineer_id', '=', engineer.id)
          .where('starts_on', '<=', body.endsOn)
          .where('ends_on', '>=', body.startsOn)
          .executeTakeFirst();
        if (clash) throw new AppError(409, 'BOOKING_OVERLAP', { from: clash.starts_on, to: clash.ends_on });
        await trx
          .insertInto('engineer_bookings')
          .values({
            id,
            engineer_id: engineer.id,
            contract_id: body.contractId ?? null,
            starts_on: body.startsOn,
            ends_on: body.endsOn,
            note: body.note ?? null,
            created_by: actor.id,
            created_at: ctx.clock.now(),
          })
          .execute();
        await recordAudit(trx, ctx.clock, {
          actorId: actor.id,
          action: 'engineer.book',
          entityType: 'engineer',
          entityId: engineer.id,
          data: { bookingId: id, ...body },
        });
      });
      return reply.status(201).send({ id, engineerId: request.params.id, ...body, createdAt: iso(ctx.clock.now()) });
    },
  );

  app.delete(
    '/bookings/:id',
    {
      config: { deliveryWrite: true },
      schema: {
        operationId: 'cancelBooking',
        tags: ['collaboration'],
        summary: 'Cancel a booking',
        params: idParams,
        response: { 200: z.object({ id: uuidString, removed: z.boolean() }).meta({ id: 'BookingRemoval' }) },
        errors: { 403: ['FORBIDDEN'], 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      if (!mayBook(actor)) throw forbidden();
      const removed = await ctx.db.transaction().execute(async (trx) => {
        const row = await trx.deleteFrom('engineer_bookings').where('id', '=', request.params.id).returningAll().executeTakeFirst();
        if (row)
          await recordAudit(trx, ctx.clock, {
            actorId: actor.id,
            action: 'engineer.unbook',
            entityType: 'engineer',
            entityId: row.engineer_id,
            data: { bookingId: row.id, startsOn: row.starts_on, endsOn: row.ends_on },
          });
        return row;
      });
      if (!removed) throw notFound('booking');
      return { id: removed.id, removed: true };
    },
  );
}
