/**
 * 三维贡献模型 — pure scoring, no I/O.
 *
 * Each rep has three raw numbers for a period:
 *   N = new customers won, U = upsell amount from existing customers, C = customer-success points
 *   (customer-success follow-ups × points per follow-up + 客户培育积分 from CSM events).
 * Each is normalised by the largest value among the reps being ranked (x ÷ max, 0 when max is 0),
 * so the best rep on a dimension gets 1. The score is 100 × (wN·N' + wU·U' + wC·C') with the
 * business phase's weights (re-scaled to add up to 1). Equal scores share a rank (1, 2, 2, 4).
 */

export const DIMENSIONS = ['newCustomers', 'upsell', 'customerSuccess'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export type Weights = Record<Dimension, number>;

export interface ContributionRaw {
  userId: string;
  name: string;
  teamId: string | null;
  teamName: string | null;
  /** Customers whose first won opportunity this rep won in the period. */
  newCustomers: number;
  /** Won amounts on customers with an earlier won opportunity. */
  upsellWonAmount: number;
  /** Further contracts (renewals, extensions) submitted on an opportunity that already had one. */
  upsellContractAmount: number;
  csFollowups: number;
  csmPoints: number;
  csmEvents: number;
}

export interface ContributionRow extends ContributionRaw {
  raw: Weights;
  normalised: Weights;
  score: number;
  rank: number;
}

const round = (n: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

/** Non-negative weights scaled to add up to 1; refuses all-zero or invalid input. */
export function normaliseWeights(weights: Weights): Weights {
  for (const d of DIMENSIONS) {
    const w = weights[d];
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`weight ${d} must be a non-negative number`);
  }
  const sum = DIMENSIONS.reduce((s, d) => s + weights[d], 0);
  if (sum <= 0) throw new RangeError('at least one weight must be positive');
  return { newCustomers: weights.newCustomers / sum, upsell: weights.upsell / sum, customerSuccess: weights.customerSuccess / sum };
}

/** The three raw dimension values of a rep. */
export function rawDimensions(r: ContributionRaw, csFollowupPoints: number): Weights {
  return {
    newCustomers: r.newCustomers,
    upsell: round(r.upsellWonAmount + r.upsellContractAmount, 2),
    customerSuccess: round(r.csFollowups * csFollowupPoints + r.csmPoints, 2),
  };
}

/** Assigns competition ranks (1, 2, 2, 4) by score, highest first; ties keep the input order. */
export function rankByScore<T extends { score: number }>(rows: T[]): (T & { rank: number })[] {
  const sorted = rows.map((row, index) => ({ row, index })).sort((a, b) => b.row.score - a.row.score || a.index - b.index);
  let rank = 0;
  let previous: number | null = null;
  return sorted.map(({ row }, position) => {
    if (previous === null || row.score !== previous) rank = position + 1;
    previous = row.score;
    return { ...row, rank };
  });
}

export function scoreContribution(reps: ContributionRaw[], weights: Weights, csFollowupPoints: number): ContributionRow[] {
  const w = normaliseWeights(weights);
  const raws = reps.map((r) => rawDimensions(r, csFollowupPoints));
  const max = Object.fromEntries(DIMENSIONS.map((d) => [d, Math.max(0, ...raws.map((x) => x[d]))])) as Weights;
  const scored = reps.map((rep, i) => {
    const raw = raws[i];
    const normalised = Object.fromEntries(DIMENSIONS.map((d) => [d, max[d] > 0 ? raw[d] / max[d] : 0])) as Weights;
    const score = round(100 * DIMENSIONS.reduce((s, d) => s + w[d] * normalised[d], 0), 2);
    return { ...rep, raw, normalised: Object.fromEntries(DIMENSIONS.map((d) => [d, round(normalised[d], 4)])) as Weights, score };
  });
  return rankByScore(scored);
}

const LABELS: Record<Dimension, { zh: string; en: string }> = {
  newCustomers: { zh: '新客获取数', en: 'new customers' },
  upsell: { zh: '老客增购金额', en: 'upsell amount' },
  customerSuccess: { zh: '客户成功介入', en: 'customer-success points' },
};

/** The formula with the weights in use, for display beside the ranking. */
export function contributionFormula(weights: Weights, locale: 'zh-CN' | 'en'): string {
  const w = normaliseWeights(weights);
  const zh = locale !== 'en';
  const terms = DIMENSIONS.map((d) => `${round(w[d], 4)} × ${zh ? LABELS[d].zh : LABELS[d].en} ÷ ${zh ? '团队最大值' : 'team max'}`);
  return `${zh ? '贡献度' : 'Score'} = 100 × (${terms.join(' + ')})`;
}
