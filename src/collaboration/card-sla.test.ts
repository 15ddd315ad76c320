import { describe, expect, it } from 'vitest';
import { baseDay } from '../core/calendar/official-days.js';
import type { BusinessHours } from '../core/calendar/working-time.js';
import { cardDueAt, remainingAt, resumedDueAt } from './card-sla.js';

const hours: BusinessHours = { start: '09:00', end: '18:00', timeZone: 'Asia/Shanghai' };
const official = (date: string) => baseDay(date).working;
const H = 3_600_000;
const sh = (local: string) => new Date(`${local}+08:00`);

describe('department SLAs', () => {
  it('finance ≤ 1 working day across the New Year holiday', () => {
    // Wednesday 2025-12-31 15:00 + 1 working day: 2026-01-01..03 are 元旦, the 4th (Sunday) is a make-up day.
    expect(cardDueAt(sh('2025-12-31T15:00:00'), 1, official, hours)).toEqual(sh('2026-01-04T15:00:00'));
    const due = sh('2026-11-24T15:00:00');
    const left = remainingAt(sh('2026-11-24T10:00:00'), due, official, hours);
    expect(left).toBe(5 * H);
    expect(resumedDueAt(sh('2026-11-27T17:00:00'), left, official, hours)).toEqual(sh('2026-11-30T13:00:00'));
  });
});
