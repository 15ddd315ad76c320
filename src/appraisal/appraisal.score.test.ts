import { describe, expect, it } from 'vitest';
import { defaultAppraisal } from '../core/playbook/schema.js';
import { appraise, customerLtv, ltvShares, rankWithinTeams, yearlyValue } from './appraisal.score.js';

const policy = defaultAppraisal().components;

describe('monthly appraisal', () => {
  it('keeps the article’s bonus proportions in the 85 % left after customer health and adds up to 100', () => {
    expect(policy.map((c) => [c.key, c.weight])).toEqual([
      ['newCustomerAmount', 42.5],
      ['renewalRate', 26.4],
      ['incubationQuality', 16.1],
      ['customerHealth', 15],
    ]);
    expect(policy.reduce((t, c) => t + c.weight, 0)).toBeCloseTo(100, 10);
  });

  it('scores each component against its target and weighs them', () => {
    const r = appraise(
      {
        newCustomerAmount: 300000,
        contractsEnding: 4,
        contractsRenewed: 3,
        opportunitiesWon: 1,
        opportunitiesLost: 4,
        healthAverage: 72.5,
        complaints: 4,
        coordinationComplaints: 1,
      },
      policy,
    );
    // 300000 ÷ 500000 = 60; 0.75 ÷ 0.9 = 83.33; 0.2 ÷ 0.3 = 66.67; 72.5.
    expect(r.components.map((c) => [c.key, c.raw, c.score, c.weighted])).toEqual([
      ['newCustomerAmount', 300000, 60, 25.5],
      ['renewalRate', 0.75, 83.33, 22],
      ['incubationQuality', 0.2, 66.67, 10.73],
      ['customerHealth', 72.5, 72.5, 10.88],
    ]);
    // (60 × 42.5 + 83.33 × 26.4 + 66.67 × 16.1 + 72.5 × 15) ÷ 100 = (2550 + 2199.912 + 1073.387 + 1087.5) ÷ 100 = 69.108
    expect(r.total).toBe(69.11);
    expect(r.coordinationShare).toBe(0.25);
  });

  it('caps scores at 100 and re-scales the weights of components without a basis', () => {
    const r = appraise(
      {
        newCustomerAmount: 800000,
        contractsEnding: 0,
        contractsRenewed: 0,
        opportunitiesWon: 0,
        opportunitiesLost: 0,
        healthAverage: 50,
        complaints: 0,
        coordinationComplaints: 0,
      },
      policy,
    );
    expect(r.components.map((c) => c.score)).toEqual([100, null, null, 50]);
    // (100 × 42.5 + 50 × 15) ÷ 57.5 = 86.96
    expect(r.total).toBe(86.96);
    expect(r.coordinationShare).toBeNull();
  });

  it('ranks inside each team, ties sharing a rank', () => {
    const ranked = rankWithinTeams([
      { id: 'a', teamId: 'east', total: 70 },
      { id: 'b', teamId: 'east', total: 80 },
      { id: 'c', teamId: 'east', total: 70 },
      { id: 'd', teamId: 'south', total: 10 },
      { id: 'e', teamId: 'east', total: null },
    ]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['a', 2],
      ['b', 1],
      ['c', 2],
      ['d', 1],
      ['e', null],
    ]);
  });
});

describe('LTV', () => {
  it('adds expected renewals of running contracts over the horizon to what was received', () => {
    // One year (2026-03-01 … 2027-02-28, 365 days): 480000 a year × 3 years × 0.8 = 1152000.
    expect(yearlyValue({ amount: 480000, startDate: '2026-03-01', endDate: '2027-02-28', running: true })).toBe(480000);
    // Two years: 200000 a year.
    expect(yearlyValue({ amount: 400000, startDate: '2026-01-01', endDate: '2027-12-31', running: true })).toBeCloseTo((400000 * 365) / 730, 6);
    const ltv = customerLtv(
      104000,
      [
        { amount: 480000, startDate: '2026-03-01', endDate: '2027-02-28', running: true },
        { amount: 90000, startDate: null, endDate: null, running: false },
      ],
      3,
      0.8,
    );
    expect(ltv).toEqual({ received: 104000, expectedRenewals: 1152000, ltv: 1256000 });
  });

  it('gives each rep their share of the LTV they manage', () => {
    expect(
      ltvShares([
        { ownerId: 'amy', ltv: 1256000 },
        { ownerId: 'bob', ltv: 500000 },
        { ownerId: 'amy', ltv: 244000 },
      ]),
    ).toEqual([
      { ownerId: 'amy', customers: 2, ltv: 1500000, share: 0.75 },
      { ownerId: 'bob', customers: 1, ltv: 500000, share: 0.25 },
    ]);
  });
});
