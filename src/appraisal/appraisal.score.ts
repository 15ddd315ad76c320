/**
 * 月度考核 and LTV — pure scoring, no I/O.
 *
 * Each component of the playbook's `appraisal` has a raw value for the rep and month:
 *   newCustomerAmount  新客户签约额: amount of the rep's contracts signed (signedAt, else submitted)
 *                      in the month that are their customer's first contract
 *   renewalRate        老客户续约率: renewed ÷ contracts of the rep ending in the month (0–1)
 *   incubationQuality  商机孵化质量: won ÷ (won + lost) of the rep's non-renewal opportunities
 *                      closed in the month (0–1)
 *   customerHealth     客户健康度: average health score (0–100) of the rep's customers
 * and scores min(100, raw ÷ target × 100). A component without a basis (no contracts ending, no
 * opportunity closed, no customer) has no score and the other weights are re-scaled; the total is
 * Σ score × weight ÷ Σ weight of the scored components (2 decimals).
 */

export type AppraisalComponentKey = 'newCustomerAmount' | 'renewalRate' | 'incubationQuality' | 'customerHealth';

export interface AppraisalComponentPolicy {
  key: AppraisalComponentKey;
  weight: number;
  target: number;
}

export interface AppraisalRaw {
  newCustomerAmount: number;
  contractsEnding: number;
  contractsRenewed: number;
  opportunitiesWon: number;
  opportunitiesLost: number;
  healthAverage: number | null;
  complaints: number;
  coordinationComplaints: number;
}

export interface ComponentResult {
  key: AppraisalComponentKey;
  raw: number | null;
  score: number | null;
  weight: number;
  /** score × weight ÷ 100: the points it adds to a total out of 100 when every component is scored. */
  weighted: number | null;
}

export interface AppraisalResult {
  components: ComponentResult[];
  total: number | null;
  /** Share of 「内部协调不畅」 among the month's complaints of the rep's customers (0–1), null without complaints. */
  coordinationShare: number | null;
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
const ratio = (part: number, whole: number) => (whole === 0 ? null : round(part / whole, 4));

export function componentRaw(key: AppraisalComponentKey, raw: AppraisalRaw): number | null {
  switch (key) {
    case 'newCustomerAmount':
      return raw.newCustomerAmount;
    case 'renewalRate':
      return ratio(raw.contractsRenewed, raw.contractsEnding);
    case 'incubationQuality':
      return ratio(raw.opportunitiesWon, raw.opportunitiesWon + raw.opportunitiesLost);
    case 'customerHealth':
      return raw.healthAverage === null ? null : round(raw.healthAverage, 2);
  }
}

export function appraise(raw: AppraisalRaw, components: readonly AppraisalComponentPolicy[]): AppraisalResult {
  const results = components.map((c): ComponentResult => {
    const value = componentRaw(c.key, raw);
    const score = value === null ? null : round(Math.min(100, (value / c.target) * 100), 2);
    return { key: c.key, raw: value, score, weight: c.weight, weighted: score === null ? null : round((score * c.weight) / 100, 2) };
  });
  const scored = results.filter((r) => r.score !== null);
  const weights = scored.reduce((t, r) => t + r.weight, 0);
  const total = weights === 0 ? null : round(scored.reduce((t, r) => t + r.score! * r.weight, 0) / weights, 2);
  return { components: results, total, coordinationShare: ratio(raw.coordinationComplaints, raw.complaints) };
}

/** Competition ranking inside each team by total (1, 1, 3…); reps without a total rank last, unranked. */
export function rankWithinTeams<T extends { teamId: string | null; total: number | null }>(rows: T[]): (T & { rank: number | null })[] {
  return rows.map((row) => ({
    ...row,
    rank: row.total === null ? null : 1 + rows.filter((o) => o.teamId === row.teamId && o.total !== null && o.total > row.total!).length,
  }));
}

/* ---------------------------------------------------------------- LTV */

export interface LtvContract {
  amount: number;
  startDate: string | null;
  endDate: string | null;
  /** Signed and not yet closed: it may renew. */
  running: boolean;
}

const DAY_MS = 86_400_000;

/** A contract's yearly value: its amount over its term in years (365 days, end inclusive); one year when the dates are missing. */
export function yearlyValue(c: LtvContract): number {
  if (!c.startDate || !c.endDate || c.endDate < c.startDate) return c.amount;
  const days = (Date.parse(`${c.endDate}T00:00:00Z`) - Date.parse(`${c.startDate}T00:00:00Z`)) / DAY_MS + 1;
  return (c.amount * 365) / days;
}

/**
 * LTV = money received + expected renewals: for each running contract its yearly value × the
 * playbook's horizon in years × the expected renewal rate (2 decimals).
 */
export function customerLtv(received: number, contracts: readonly LtvContract[], horizonYears: number, expectedRenewalRate: number) {
  const expected = round(
    contracts.filter((c) => c.running).reduce((t, c) => t + yearlyValue(c) * horizonYears * expectedRenewalRate, 0),
    2,
  );
  return { received: round(received, 2), expectedRenewals: expected, ltv: round(received + expected, 2) };
}

/** Each owner's share of the LTV they manage among the given customers (0–1, 4 decimals). */
export function ltvShares(customers: readonly { ownerId: string | null; ltv: number }[]) {
  const total = customers.reduce((t, c) => t + c.ltv, 0);
  const byOwner = new Map<string | null, { ownerId: string | null; customers: number; ltv: number }>();
  for (const c of customers) {
    const g = byOwner.get(c.ownerId) ?? { ownerId: c.ownerId, customers: 0, ltv: 0 };
    g.customers += 1;
    g.ltv += c.ltv;
    byOwner.set(c.ownerId, g);
  }
  return [...byOwner.values()].map((g) => ({ ...g, ltv: round(g.ltv, 2), share: total === 0 ? 0 : round(g.ltv / total, 4) })).sort((a, b) => b.ltv - a.ltv);
}
