import { afterEach, describe, expect, it } from 'vitest';
import { baseDay, hasOfficialData } from './official-days.js';
import { addBusinessTime, addWorkingDays, businessTimeBetween, latestWorkingDayAt, localParts, nextWorkingDayAt, type BusinessHours } from './working-time.js';

const hours: BusinessHours = { start: '09:00', end: '18:00', timeZone: 'Asia/Shanghai' };
const official = (date: string) => baseDay(date).working;
const H = 3_600_000;
/** Shanghai wall time → instant */
const sh = (local: string) => new Date(`${local}+08:00`);

describe('official calendar', () => {
  it('knows statutory holidays, 调休 days and ordinary weekends', () => {
    expect(baseDay('2026-10-01')).toMatchObject({ working: false, source: 'official', name: '国庆节' });
    expect(baseDay('2026-10-10')).toMatchObject({ working: true, source: 'official' }); // Saturday make-up day
    expect(baseDay('2026-11-21')).toMatchObject({ working: false, source: 'official', name: null }); // Saturday
    expect(baseDay('2026-11-23').working).toBe(true);
  });

  it('falls back to Monday–Friday, marked as such, for a year without official data', () => {
    expect(hasOfficialData(2027)).toBe(false);
    expect(baseDay('2027-01-01')).toMatchObject({ working: true, source: 'weekday' }); // a Friday
    expect(baseDay('2027-01-02')).toMatchObject({ working: false, source: 'weekday' });
  });
});

describe('business time', () => {
  it('carries over the weekend: Friday 17:00 + 2 h = Monday 10:00', () => {
    expect(addBusinessTime(sh('2026-11-20T17:00:00'), 2 * H, official, hours)).toEqual(sh('2026-11-23T10:00:00'));
  });

  it('starts at opening time when the lead arrives at night', () => {
    expect(addBusinessTime(sh('2026-11-24T22:15:00'), 2 * H, official, hours)).toEqual(sh('2026-11-25T11:00:00'));
  });

  it('skips the National Day holiday week', () => {
    expect(addBusinessTime(sh('2026-09-30T17:30:00'), 2 * H, official, hours)).toEqual(sh('2026-10-08T10:30:00'));
  });

  it('works on a 调休 Saturday', () => {
    expect(addBusinessTime(sh('2026-10-09T17:00:00'), 2 * H, official, hours)).toEqual(sh('2026-10-10T10:00:00'));
  });

  it('ends exactly at closing time rather than the next morning', () => {
    expect(addBusinessTime(sh('2026-11-23T16:00:00'), 2 * H, official, hours)).toEqual(sh('2026-11-23T18:00:00'));
  });

  it('counts business time between instants, across a weekend', () => {
    expect(businessTimeBetween(sh('2026-11-20T17:00:00'), sh('2026-11-23T10:00:00'), official, hours)).toBe(2 * H);
    expect(businessTimeBetween(sh('2026-11-23T10:00:00'), sh('2026-11-20T17:00:00'), official, hours)).toBe(0);
  });

  it('adds working days across a holiday', () => {
    // Thursday 2026-09-24 15:00 + 2 working days: Fri 25th is 中秋 (holiday), the 26th/27th too.
    expect(addWorkingDays(sh('2026-09-24T15:00:00'), 2, official, hours)).toEqual(sh('2026-09-29T15:00:00'));
  });

  it('honours other business hours and time zones', () => {
    const tokyo: BusinessHours = { start: '10:00', end: '12:00', timeZone: 'Asia/Tokyo' };
    expect(addBusinessTime(new Date('2026-11-23T02:30:00+09:00'), 3 * H, () => true, tokyo)).toEqual(new Date('2026-11-24T11:00:00+09:00'));
  });
});

describe('daily schedules', () => {
  it('finds the next and latest 08:30 on working days', () => {
    expect(nextWorkingDayAt(sh('2026-11-20T09:00:00'), '08:30', official, hours.timeZone)).toEqual(sh('2026-11-23T08:30:00'));
    expect(latestWorkingDayAt(sh('2026-11-22T12:00:00'), '08:30', official, hours.timeZone)).toEqual({ date: '2026-11-20', at: sh('2026-11-20T08:30:00') });
  });
});

describe('server time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it('gives the same answers whatever zone the server runs in', () => {
    for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      expect(localParts(sh('2026-10-01T00:30:00'), hours.timeZone).date).toBe('2026-10-01');
      expect(addBusinessTime(sh('2026-09-30T17:30:00'), 2 * H, official, hours)).toEqual(sh('2026-10-08T10:30:00'));
    }
  });
});
