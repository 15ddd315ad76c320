/**
 * 回款 arithmetic, free of I/O. Money is computed in whole fen (cents) so instalments add up to
 * the contract amount exactly and payments apply without rounding drift.
 */

export const toCents = (yuan: number): number => Math.round(yuan * 100);
export const toYuan = (cents: number): number => cents / 100;

export interface InstalmentTerm {
  percent: number;
  milestone: string;
  dueDays: number;
}

export interface PlannedReceivable {
  seq: number;
  milestone: string;
  percent: number;
  amountCents: number;
  dueDate: string;
}

const DAY_MS = 86_400_000;
export const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * A submitted contract's instalments as receivables: each instalment's share of the amount, due
 * `dueDays` calendar days after the submission date. Rounding goes to the last instalment, so the
 * receivables add up to the contract amount to the fen.
 */
export function planReceivables(amountYuan: number, instalments: InstalmentTerm[], baseDate: string): PlannedReceivable[] {
  const total = toCents(amountYuan);
  let assigned = 0;
  return instalments.map((i, index) => {
    const last = index === instalments.length - 1;
    const amountCents = last ? total - assigned : Math.round((total * i.percent) / 100);
    assigned += amountCents;
    return { seq: index + 1, milestone: i.milestone, percent: i.percent, amountCents, dueDate: addDays(baseDate, i.dueDays) };
  });
}

export interface OpenReceivable {
  id: string;
  dueDate: string;
  seq: number;
  amountCents: number;
  receivedCents: number;
}

export type Allocation =
  { kind: 'applied'; allocations: { receivableId: string; amountCents: number; settles: boolean }[] } | { kind: 'overpayment'; outstandingCents: number };

/**
 * A payment applies to the oldest open receivables first (earliest due date, then instalment
 * order). More than is outstanding is refused: the caller answers 422 and nothing changes.
 */
export function allocatePayment(paymentCents: number, open: OpenReceivable[]): Allocation {
  const ordered = [...open].sort((a, b) => (a.dueDate === b.dueDate ? a.seq - b.seq : a.dueDate < b.dueDate ? -1 : 1));
  const outstandingCents = ordered.reduce((t, r) => t + r.amountCents - r.receivedCents, 0);
  if (paymentCents > outstandingCents) return { kind: 'overpayment', outstandingCents };
  let left = paymentCents;
  const allocations: { receivableId: string; amountCents: number; settles: boolean }[] = [];
  for (const r of ordered) {
    if (left === 0) break;
    const owed = r.amountCents - r.receivedCents;
    if (owed <= 0) continue;
    const take = Math.min(owed, left);
    left -= take;
    allocations.push({ receivableId: r.id, amountCents: take, settles: take === owed });
  }
  return { kind: 'applied', allocations };
}

/** Working days strictly after the due date up to and including `today`. */
export function workingDaysPastDue(dueDate: string, today: string, isWorkingDay: (date: string) => boolean): number {
  let n = 0;
  for (let d = addDays(dueDate, 1); d <= today; d = addDays(d, 1)) if (isWorkingDay(d)) n++;
  return n;
}

/** 回款逾期: unpaid this many working days after its due date, the receivable raises the payment anomaly. */
export function isOverdueForAnomaly(dueDate: string, today: string, thresholdWorkingDays: number, isWorkingDay: (date: string) => boolean): boolean {
  return dueDate < today && workingDaysPastDue(dueDate, today, isWorkingDay) >= thresholdWorkingDays;
}
