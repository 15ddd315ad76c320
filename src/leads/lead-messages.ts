import { localParts } from '../core/calendar/working-time.js';

/** '2026-11-23 10:00' in the playbook's time zone: what people read in messages. */
export function formatInstant(instant: Date, timeZone: string): string {
  const { date, msOfDay } = localParts(instant, timeZone);
  const minutes = Math.floor(msOfDay / 60_000);
  return `${date} ${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
