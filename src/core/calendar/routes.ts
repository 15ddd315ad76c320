import { z } from 'zod';
import { recordAudit } from '../audit/audit.js';
import { actorOf, requirePermission } from '../auth/guard.js';
import type { App, AppContext } from '../context.js';
import { requestLocale } from '../http/error-handler.js';
import { notFound } from '../http/errors.js';
import { missingYearWarning } from './calendar.service.js';
import { localParts } from './working-time.js';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a calendar date');
const day = z
  .object({
    date: z.string().meta({ format: 'date' }),
    working: z.boolean(),
    source: z
      .enum(['official', 'weekday', 'override'])
      .meta({ description: 'official calendar, plain weekday rule (no official data), or a company override' }),
    name: z.string().nullable().meta({ description: 'Holiday or override note' }),
  })
  .meta({ id: 'CalendarDay' });

export function calendarRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/calendar',
    {
      schema: {
        operationId: 'getCalendar',
        tags: ['calendar'],
        summary: 'Working days of a year: official Chinese calendar, fallback and overrides',
        querystring: z.object({ year: z.coerce.number().int().min(2004).max(2100).optional() }),
        response: {
          200: z
            .object({
              year: z.number(),
              official: z.boolean(),
              warning: z.string().nullable(),
              businessHours: z.object({ start: z.string(), end: z.string(), timeZone: z.string() }),
              days: z.array(day),
            })
            .meta({ id: 'CalendarYear' }),
        },
      },
    },
    async (request) => {
      actorOf(request);
      const cal = await ctx.calendar.current();
      const year = request.query.year ?? Number(localParts(ctx.clock.now(), cal.hours.timeZone).date.slice(0, 4));
      const result = ctx.calendar.year(year);
      return { ...result, warning: result.official ? null : missingYearWarning(year)[requestLocale(request)], businessHours: cal.hours };
    },
  );

  app.get(
    '/calendar/status',
    {
      schema: {
        operationId: 'getCalendarStatus',
        tags: ['calendar'],
        summary: 'Warnings about missing official calendar data in the coming weeks',
        response: { 200: z.object({ warnings: z.array(z.object({ year: z.number(), message: z.string() })) }).meta({ id: 'CalendarStatus' }) },
      },
    },
    async (request) => {
      actorOf(request);
      await ctx.calendar.refresh();
      return { warnings: ctx.calendar.missingYears().map((year) => ({ year, message: missingYearWarning(year)[requestLocale(request)] })) };
    },
  );

  app.put(
    '/calendar/overrides/:date',
    {
      schema: {
        operationId: 'setCalendarOverride',
        tags: ['calendar'],
        summary: 'Mark a day as a company day off or an extra working day',
        params: z.object({ date: isoDate }),
        body: z
          .object({ working: z.boolean(), note: z.string().trim().min(1).max(100) })
          .strict()
          .meta({ id: 'SetCalendarOverrideRequest' }),
        response: { 200: day },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'calendar:manage');
      const { date } = request.params;
      const values = { working: request.body.working, note: request.body.note, created_by: actor.id, created_at: ctx.clock.now() };
      await ctx.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('calendar_overrides')
          .values({ day: date, ...values })
          .onConflict((oc) => oc.column('day').doUpdateSet(values))
          .execute();
        await recordAudit(trx, ctx.clock, { actorId: actor.id, action: 'calendar.override', entityType: 'calendar', entityId: date, data: request.body });
      });
      await ctx.calendar.refresh(true);
      return ctx.calendar.day(date);
    },
  );

  app.delete(
    '/calendar/overrides/:date',
    {
      schema: {
        operationId: 'removeCalendarOverride',
        tags: ['calendar'],
        summary: 'Remove an override',
        params: z.object({ date: isoDate }),
        response: { 200: day },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'calendar:manage');
      const { date } = request.params;
      const removed = await ctx.db.transaction().execute(async (trx) => {
        const result = await trx.deleteFrom('calendar_overrides').where('day', '=', date).executeTakeFirst();
        if (Number(result.numDeletedRows) === 0) return false;
        await recordAudit(trx, ctx.clock, { actorId: actor.id, action: 'calendar.override.remove', entityType: 'calendar', entityId: date, data: {} });
        return true;
      });
      if (!removed) throw notFound('calendarOverride');
      await ctx.calendar.refresh(true);
      return ctx.calendar.day(date);
    },
  );
}
