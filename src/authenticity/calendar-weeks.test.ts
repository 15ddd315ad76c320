import { describe, expect, it } from 'vitest';
import { inLocalWindow, isWeekLabel, isoWeekOf, mondayOf, mondayOfWeek, previousWeek, spotCheckWeekFor, weekdayOf } from './calendar-weeks.js';

const at = (hhmm: string) => (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))) * 60_000;

describe('ISO weeks', () => {
  it('numbers weeks from Monday, the Thursday deciding the year', () => {
    expect(weekdayOf('2026-12-07')).toBe(1);
    expect(weekdayOf('2026-12-06')).toBe(7);
    expect(mondayOf('2026-12-06')).toBe('2026-11-30');
    expect(isoWeekOf('2026-12-07')).toBe('2026-W50');
    expect(isoWeekOf('2026-01-01')).toBe('2026-W01'); // a Thursday
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53'); // a Friday: still 2026's last week
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
  });

  it('turns a label back into its Monday and steps back a week', () => {
    expect(mondayOfWeek('2026-W50')).toBe('2026-12-07');
    expect(mondayOfWeek('2025-W01')).toBe('2024-12-30');
    expect(previousWeek('2026-W01')).toBe('2025-W52');
    expect(previousWeek('2027-W01')).toBe('2026-W53');
    expect(isWeekLabel('2026-W53')).toBe(true);
    expect(isWeekLabel('2025-W53')).toBe(false);
    expect(isWeekLabel('2026-12-07')).toBe(false);
  });

  it('a spot check on or after the configured weekday samples the previous week', () => {
    expect(spotCheckWeekFor('2026-12-07', 1)).toBe('2026-W49'); // Monday
    expect(spotCheckWeekFor('2026-12-08', 1)).toBe('2026-W49'); // catching up on Tuesday
    expect(spotCheckWeekFor('2026-12-07', 3)).toBeNull(); // Wednesday is configured
    expect(spotCheckWeekFor('2026-12-09', 3)).toBe('2026-W49');
  });
});

describe('local time windows', () => {
  it('[from, to) within a day', () => {
    expect(inLocalWindow(at('00:00'), '00:00', '05:00')).toBe(true);
    expect(inLocalWindow(at('02:30'), '00:00', '05:00')).toBe(true);
    expect(inLocalWindow(at('05:00'), '00:00', '05:00')).toBe(false);
    expect(inLocalWindow(at('10:00'), '00:00', '05:00')).toBe(false);
  });

  it('wraps past midnight and is empty when from = to', () => {
    expect(inLocalWindow(at('23:30'), '22:00', '05:00')).toBe(true);
    expect(inLocalWindow(at('04:59'), '22:00', '05:00')).toBe(true);
    expect(inLocalWindow(at('12:00'), '22:00', '05:00')).toBe(false);
    expect(inLocalWindow(at('02:00'), '00:00', '00:00')).toBe(false);
  });
});
