import { addBusinessTime, businessDayLengthMs, businessTimeBetween, type BusinessHours, type IsWorkingDay } from '../core/calendar/working-time.js';

/** Department card SLAs in working days on the Chinese calendar; a paused card's clock stands still. */

export function cardDueAt(createdAt: Date, slaDays: number, isWorkingDay: IsWorkingDay, hours: BusinessHours): Date {
  return addBusinessTime(createdAt, Math.round(slaDays * businessDayLengthMs(hours)), isWorkingDay, hours);
}

/** Business time left when a card is paused (negative when it was already overdue). */
export function remainingAt(pausedAt: Date, dueAt: Date, isWorkingDay: IsWorkingDay, hours: BusinessHours): number {
  if (dueAt <= pausedAt) return -businessTimeBetween(dueAt, pausedAt, isWorkingDay, hours);
  return businessTimeBetween(pausedAt, dueAt, isWorkingDay, hours);
}

/** The new deadline when a paused card resumes: the time it had left, counted from now. */
export function resumedDueAt(resumedAt: Date, remainingMs: number, isWorkingDay: IsWorkingDay, hours: BusinessHours): Date {
  if (remainingMs <= 0) return new Date(resumedAt.getTime() + remainingMs);
  return addBusinessTime(resumedAt, remainingMs, isWorkingDay, hours);
}

/** Working time a card took (for the monthly report), in working days. */
export function workingDaysBetween(from: Date, to: Date, isWorkingDay: IsWorkingDay, hours: BusinessHours): number {
  return businessTimeBetween(from, to, isWorkingDay, hours) / businessDayLengthMs(hours);
}
