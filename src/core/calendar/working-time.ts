/**
 * Working-time arithmetic, free of I/O: business hours on the working days of a calendar, in the
 * playbook's time zone. Instants are UTC Dates; local wall time is derived with Intl, so the
 * server's own time zone never enters the maths.
 */

export interface BusinessHours {
  /** 'HH:MM' local */
  start: string;
  end: string;
  timeZone: string;
}

export type IsWorkingDay = (date: string) => boolean;

const DAY_MS = 86_400_000;
const MAX_DAYS_SEARCHED = 3 * 366;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

export const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

const HOUR_MS = 3_600_000;
const offsets = new Map<string, number>();

/**
 * The zone's UTC offset at an instant. Offsets change only on whole hours (DST and zone rule
 * changes), so one Intl lookup per zone and UTC hour serves every instant of that hour.
 */
function offsetAt(instant: Date, timeZone: string): number {
  const hour = Math.floor(instant.getTime() / HOUR_MS);
  const key = `${timeZone}|${hour}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const at = new Date(hour * HOUR_MS);
    const parts: Record<string, string> = {};
    for (const p of formatterFor(timeZone).formatToParts(at)) parts[p.type] = p.value;
    const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
    offset = wall - at.getTime();
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/** Local calendar date and milliseconds since local midnight of an instant. */
export function localParts(instant: Date, timeZone: string): { date: string; msOfDay: number } {
  const wall = instant.getTime() + offsetAt(instant, timeZone);
  const msOfDay = ((wall % DAY_MS) + DAY_MS) % DAY_MS;
  return { date: new Date(wall - msOfDay).toISOString().slice(0, 10), msOfDay };
}

/** 'HH:MM' of milliseconds since local midnight. */
export function formatTimeOfDay(msOfDay: number): string {
  const minutes = Math.floor(msOfDay / 60_000);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** '2026-11-23 10:00' in the given time zone: how times read in messages, tasks and exports. */
export function formatLocal(instant: Date, timeZone: string): string {
  const { date, msOfDay } = localParts(instant, timeZone);
  return `${date} ${formatTimeOfDay(msOfDay)}`;
}

/** The UTC instant of a local date + time of day (zones without DST gaps at business hours). */
export function zonedInstant(date: string, msOfDay: number, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d) + msOfDay;
  // Offset of the zone at that wall time, found by formatting a first guess.
  const guess = new Date(wall);
  const seen = localParts(guess, timeZone);
  const seenWall = Date.UTC(Number(seen.date.slice(0, 4)), Number(seen.date.slice(5, 7)) - 1, Number(seen.date.slice(8, 10))) + seen.msOfDay;
  return new Date(wall - (seenWall - wall));
}

export function nextDate(date: string, days = 1): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

export function businessDayLengthMs(hours: BusinessHours): number {
  return (minutesOf(hours.end) - minutesOf(hours.start)) * 60_000;
}

/** The instant `durationMs` of business time after `start`. */
export function addBusinessTime(start: Date, durationMs: number, isWorkingDay: IsWorkingDay, hours: BusinessHours): Date {
  const open = minutesOf(hours.start) * 60_000;
  const close = minutesOf(hours.end) * 60_000;
  let { date, msOfDay } = localParts(start, hours.timeZone);
  let remaining = durationMs;
  for (let i = 0; i < MAX_DAYS_SEARCHED; i++) {
    if (isWorkingDay(date) && msOfDay < close) {
      const from = Math.max(msOfDay, open);
      // Exactly at closing time counts as this day's end, not the next morning.
      if (remaining <= close - from) return zonedInstant(date, from + remaining, hours.timeZone);
      remaining -= close - from;
    }
    date = nextDate(date);
    msOfDay = 0;
  }
  throw new Error(`No working time found within ${MAX_DAYS_SEARCHED} days of ${start.toISOString()}`);
}

/** Business time elapsed between two instants (0 when `to` is not after `from`). */
export function businessTimeBetween(from: Date, to: Date, isWorkingDay: IsWorkingDay, hours: BusinessHours): number {
  if (to <= from) return 0;
  const open = minutesOf(hours.start) * 60_000;
  const close = minutesOf(hours.end) * 60_000;
  const a = localParts(from, hours.timeZone);
  const b = localParts(to, hours.timeZone);
  let total = 0;
  for (let date = a.date, i = 0; date <= b.date && i < 40 * 366; date = nextDate(date), i++) {
    if (!isWorkingDay(date)) continue;
    const dayFrom = date === a.date ? Math.max(open, a.msOfDay) : open;
    const dayTo = date === b.date ? Math.min(close, b.msOfDay) : close;
    if (dayTo > dayFrom) total += dayTo - dayFrom;
  }
  return total;
}

/** N working days of business time, e.g. a department SLA of "2 working days". */
export function addWorkingDays(start: Date, days: number, isWorkingDay: IsWorkingDay, hours: BusinessHours): Date {
  return addBusinessTime(start, days * businessDayLengthMs(hours), isWorkingDay, hours);
}

/** The first instant at or after `from` whose local time is `hhmm` on a working day. */
export function nextWorkingDayAt(from: Date, hhmm: string, isWorkingDay: IsWorkingDay, timeZone: string): Date {
  let { date } = localParts(from, timeZone);
  for (let i = 0; i < MAX_DAYS_SEARCHED; i++, date = nextDate(date)) {
    if (!isWorkingDay(date)) continue;
    const at = zonedInstant(date, minutesOf(hhmm) * 60_000, timeZone);
    if (at >= from) return at;
  }
  throw new Error('No working day found');
}

/** The latest instant at or before `now` whose local time is `hhmm` on a working day. */
export function latestWorkingDayAt(
  now: Date,
  hhmm: string,
  isWorkingDay: IsWorkingDay,
  timeZone: string,
  lookbackDays = 14,
): { date: string; at: Date } | null {
  let { date } = localParts(now, timeZone);
  for (let i = 0; i < lookbackDays; i++, date = nextDate(date, -1)) {
    if (!isWorkingDay(date)) continue;
    const at = zonedInstant(date, minutesOf(hhmm) * 60_000, timeZone);
    if (at <= now) return { date, at };
  }
  return null;
}
