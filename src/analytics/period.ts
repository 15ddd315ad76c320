import { z } from 'zod';
import { localParts, nextDate, zonedInstant } from '../core/calendar/working-time.js';
import { AppError } from '../core/http/errors.js';

/** A reporting period of whole local days [from, to], as instants [start, end) in the playbook's time zone. */
export interface Period {
  from: string;
  to: string;
  start: Date;
  end: Date;
  timeZone: string;
}

export const isoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'YYYY-MM-DD');
export const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

const MAX_DAYS = 800;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Defaults: from the first day of the current month to today (local). */
export function resolvePeriod(now: Date, timeZone: string, from?: string, to?: string): Period {
  const today = localParts(now, timeZone).date;
  const f = from ?? `${(to ?? today).slice(0, 7)}-01`;
  const t = to ?? today;
  if (t < f) throw new AppError(422, 'VALIDATION', { summary: 'to < from' });
  if (daysBetween(f, t) > MAX_DAYS) throw new AppError(422, 'VALIDATION', { summary: `period longer than ${MAX_DAYS} days` });
  return { from: f, to: t, start: zonedInstant(f, 0, timeZone), end: zonedInstant(nextDate(t), 0, timeZone), timeZone };
}

/** The last complete calendar month before `now` (local), 'YYYY-MM'. */
export function lastCompleteMonth(now: Date, timeZone: string): string {
  return nextDate(`${localParts(now, timeZone).date.slice(0, 7)}-01`, -1).slice(0, 7);
}

/** The last `days` local days up to and including today. */
export function lastDaysPeriod(now: Date, timeZone: string, days: number): Period {
  const today = localParts(now, timeZone).date;
  return resolvePeriod(now, timeZone, nextDate(today, 1 - days), today);
}

/**
 * The period a report shows when asked for none: the last complete month (a month two days old
 * ranks every rep 0 and says nothing), or for KPIs the last 30 days.
 */
export function reportPeriod(now: Date, timeZone: string, from: string | undefined, to: string | undefined, fallback: 'last-month' | 'last-30-days'): Period {
  if (from || to) return resolvePeriod(now, timeZone, from, to);
  return fallback === 'last-month' ? monthPeriod(now, timeZone, lastCompleteMonth(now, timeZone)) : lastDaysPeriod(now, timeZone, 30);
}

/** A calendar month 'YYYY-MM' (default: the current one) as a period. */
export function monthPeriod(now: Date, timeZone: string, month?: string): Period & { month: string } {
  const m = month ?? localParts(now, timeZone).date.slice(0, 7);
  const first = `${m}-01`;
  const [y, mm] = m.split('-').map(Number);
  const last = nextDate(mm === 12 ? `${y + 1}-01-01` : `${y}-${String(mm + 1).padStart(2, '0')}-01`, -1);
  return { ...resolvePeriod(now, timeZone, first, last), month: m };
}
