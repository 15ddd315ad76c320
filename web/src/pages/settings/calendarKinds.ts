import type { CalendarDay } from '../../api/types';

export type DayKind = 'override' | 'holiday' | 'makeup' | 'weekend' | 'workday';

export const DAY_STYLE: Record<DayKind, { background?: string; color?: string; border?: string }> = {
  holiday: { background: '#fff1f0', color: '#cf1322' },
  makeup: { background: '#e6f4ff', color: '#0958d9' },
  override: { background: '#f9f0ff', color: '#531dab', border: '1px solid #b37feb' },
  weekend: { color: '#8c8c8c' },
  workday: {},
};

/** 0 = Sunday … 6 = Saturday, from a YYYY-MM-DD date independent of the browser's zone. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function kindOf(date: string, day: CalendarDay | undefined): DayKind {
  const weekend = [0, 6].includes(weekdayOf(date));
  if (!day) return weekend ? 'weekend' : 'workday';
  if (day.source === 'override') return 'override';
  if (day.working) return weekend ? 'makeup' : 'workday';
  // A named day off, or a weekday off, is a holiday; an ordinary weekend is not highlighted.
  return day.name || !weekend ? 'holiday' : 'weekend';
}
