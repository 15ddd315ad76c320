import { describe, expect, it } from 'vitest';
import { allocatePayment, isOverdueForAnomaly, planReceivables, workingDaysPastDue } from './receivable-math.js';

const weekdays = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d !== 0 && d !== 6;
};

describe('receivables', () => {
  it('splits the amount by instalment, rounding into the last one, due after the base date', () => {
    const plan = planReceivables(
      100000.01,
      [
        { percent: 33.33, milestone: '签约', dueDays: 0 },
        { percent: 33.33, milestone: '到货', dueDays: 30 },
        { percent: 33.34, milestone: '验收', dueDays: 90 },
      ],
      '2026-11-20',
    );
    expect(plan.map((p) => p.amountCents)).toEqual([3333000, 3333000, 3334001]);
    expect(plan.reduce((t, p) => t + p.amountCents, 0)).toBe(10000001);
    expect(plan.map((p) => p.dueDate)).toEqual(['2026-11-20', '2026-12-20', '2027-02-18']);
  });

  it('applies a payment to the oldest open receivables first and refuses more than is outstanding', () => {
    const open = [
      { id: 'b', dueDate: '2026-12-20', seq: 2, amountCents: 7000, receivedCents: 0 },
      { id: 'a', dueDate: '2026-11-20', seq: 1, amountCents: 3000, receivedCents: 1000 },
    ];
    expect(allocatePayment(2500, open)).toEqual({
      kind: 'applied',
      allocations: [
        { receivableId: 'a', amountCents: 2000, settles: true },
        { receivableId: 'b', amountCents: 500, settles: false },
      ],
    });
    expect(allocatePayment(9000, open)).toEqual({
      kind: 'applied',
      allocations: [
        { receivableId: 'a', amountCents: 2000, settles: true },
        { receivableId: 'b', amountCents: 7000, settles: true },
      ],
    });
    expect(allocatePayment(9001, open)).toEqual({ kind: 'overpayment', outstandingCents: 9000 });
  });

  it('counts working days past the due date', () => {
    // Due Friday 2026-11-20: the 10th working day after is Friday 2026-12-04.
    expect(workingDaysPastDue('2026-11-20', '2026-11-22', weekdays)).toBe(0);
    expect(workingDaysPastDue('2026-11-20', '2026-12-03', weekdays)).toBe(9);
    expect(isOverdueForAnomaly('2026-11-20', '2026-12-03', 10, weekdays)).toBe(false);
    expect(isOverdueForAnomaly('2026-11-20', '2026-12-04', 10, weekdays)).toBe(true);
    expect(isOverdueForAnomaly('2026-11-20', '2026-11-20', 0, weekdays)).toBe(false);
  });
});
