import { describe, expect, it } from 'vitest';
import { renewalDay, renewalGroups, renewalRate } from './renewal-stats.js';

const c = (ownerId: string, teamId: string, endDate: string, renewedAmount: number | null) => ({
  contractId: `${ownerId}-${endDate}`,
  ownerId,
  ownerName: ownerId,
  teamId,
  teamName: teamId,
  endDate,
  renewedAmount,
});

describe('renewal statistics', () => {
  const contracts = [
    c('amy', 'east', '2027-01-10', 120000),
    c('amy', 'east', '2027-01-20', null),
    c('amy', 'east', '2027-02-05', 90000.5),
    c('bob', 'east', '2027-01-31', null),
    c('cat', 'south', '2027-02-28', 60000),
  ];

  it('computes the rate and average renewal amount per rep, team and month', () => {
    expect(renewalGroups(contracts, 'rep')).toEqual([
      // amy: 2 of 3 renewed = 0.6667; (120000 + 90000.50) / 2 = 105000.25
      { key: 'amy', label: 'amy', ending: 3, renewed: 2, rate: 0.6667, renewedAmount: 210000.5, averageAmount: 105000.25 },
      { key: 'bob', label: 'bob', ending: 1, renewed: 0, rate: 0, renewedAmount: 0, averageAmount: null },
      { key: 'cat', label: 'cat', ending: 1, renewed: 1, rate: 1, renewedAmount: 60000, averageAmount: 60000 },
    ]);
    expect(renewalGroups(contracts, 'team').map((g) => [g.key, g.ending, g.renewed, g.rate, g.averageAmount])).toEqual([
      ['east', 4, 2, 0.5, 105000.25],
      ['south', 1, 1, 1, 60000],
    ]);
    expect(renewalGroups(contracts, 'month').map((g) => [g.key, g.ending, g.renewed, g.rate, g.averageAmount])).toEqual([
      ['2027-01', 3, 1, 0.3333, 120000],
      ['2027-02', 2, 2, 1, 75000.25],
    ]);
    expect(renewalRate(0, 0)).toBeNull();
  });

  it('creates the renewal opportunity on the first working day from lead days before the end', () => {
    const weekdays = (d: string) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
    // 2027-03-01 minus 90 days is Tuesday 2026-12-01.
    expect(renewalDay('2027-03-01', 90, weekdays)).toBe('2026-12-01');
    // 2027-03-05 minus 90 days is Saturday 2026-12-05: Monday 2026-12-07.
    expect(renewalDay('2027-03-05', 90, weekdays)).toBe('2026-12-07');
  });
});
