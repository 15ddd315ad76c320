import { createRequire } from 'node:module';

/**
 * The official Chinese calendar as published by the State Council, from the data file of the
 * `chinese-days` package (statutory holidays, and 调休 weekend days that are working days).
 * The raw data is keyed by 'YYYY-MM-DD' strings, which keeps it free of any time-zone handling.
 */
interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const data = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as ChineseDaysData;

const officialYears = new Set(Object.keys(data.holidays).map((day) => Number(day.slice(0, 4))));

export interface CalendarDay {
  date: string;
  working: boolean;
  source: 'official' | 'weekday' | 'override';
  name: string | null;
}

/** "Spring Festival,春节,4" → "春节" */
const chineseName = (entry: string) => entry.split(',')[1] ?? entry;

export function hasOfficialData(year: number): boolean {
  return officialYears.has(year);
}

/** Day of week of a 'YYYY-MM-DD' date (0 = Sunday), computed on the date itself, not an instant. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** What the official calendar says of a day; Monday–Friday where the year has no official data. */
export function baseDay(date: string): CalendarDay {
  const year = Number(date.slice(0, 4));
  const weekend = [0, 6].includes(weekdayOf(date));
  if (!hasOfficialData(year)) return { date, working: !weekend, source: 'weekday', name: null };
  if (data.holidays[date]) return { date, working: false, source: 'official', name: chineseName(data.holidays[date]) };
  if (data.workdays[date]) return { date, working: true, source: 'official', name: `${chineseName(data.workdays[date])}调休上班` };
  return { date, working: !weekend, source: 'official', name: null };
}

export function datesOfYear(year: number): string[] {
  const dates: string[] = [];
  for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += 86_400_000) dates.push(new Date(t).toISOString().slice(0, 10));
  return dates;
}
