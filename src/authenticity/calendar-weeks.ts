/**
 * ISO weeks and local time windows for the authenticity rules, free of I/O. Dates are local
 * calendar dates 'YYYY-MM-DD' (already in the playbook's time zone); weeks start on Monday.
 */
import { minutesOf, nextDate } from '../core/calendar/working-time.js';

const DAY_MS = 86_400_000;
const WEEK_LABEL = /^(\d{4})-W(\d{2})$/;

const utcOf = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

/** 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: string): number {
  const d = new Date(utcOf(date)).getUTCDay();
  return d === 0 ? 7 : d;
}

export function mondayOf(date: string): string {
  return nextDate(date, 1 - weekdayOf(date));
}

/** ISO-8601 week label, e.g. '2026-W49' (the week's Thursday decides the year). */
export function isoWeekOf(date: string): string {
  const thursday = nextDate(mondayOf(date), 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((utcOf(thursday) - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function isWeekLabel(label: string): boolean {
  const m = WEEK_LABEL.exec(label);
  if (!m) return false;
  const week = Number(m[2]);
  return week >= 1 && week <= 53 && isoWeekOf(mondayOfWeek(label)) === label;
}

/** The Monday of an ISO week label. */
export function mondayOfWeek(label: string): string {
  const m = WEEK_LABEL.exec(label);
  if (!m) throw new Error(`Not an ISO week: ${label}`);
  const year = Number(m[1]);
  // 4 January is always in week 1.
  const jan4 = `${year}-01-04`;
  return nextDate(mondayOf(jan4), (Number(m[2]) - 1) * 7);
}

export function previousWeek(label: string): string {
  return isoWeekOf(nextDate(mondayOfWeek(label), -7));
}

/**
 * The week a spot check drawn on `date` samples: the previous week, once the configured weekday
 * has come (a later working day of the same week catches up when that weekday is a holiday).
 */
export function spotCheckWeekFor(date: string, weekday: number): string | null {
  if (weekdayOf(date) < weekday) return null;
  return previousWeek(isoWeekOf(date));
}

/** Whether a local time of day lies in [from, to); a window with from > to wraps past midnight; from = to is empty. */
export function inLocalWindow(msOfDay: number, from: string, to: string): boolean {
  const start = minutesOf(from) * 60_000;
  const end = minutesOf(to) * 60_000;
  if (start === end) return false;
  return start < end ? msOfDay >= start && msOfDay < end : msOfDay >= start || msOfDay < end;
}
