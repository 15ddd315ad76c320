import type { ContributionDimension, ContributionRow, ContributionWeights } from '../../api/types';

export const DIMENSIONS: ContributionDimension[] = ['newCustomers', 'upsell', 'customerSuccess'];

/** Weights scaled to add up to 1 (all zero → equal thirds, so the page never divides by 0). */
export function scaleWeights(weights: ContributionWeights): ContributionWeights {
  const sum = DIMENSIONS.reduce((s, d) => s + Math.max(0, weights[d]), 0);
  if (sum <= 0) return { newCustomers: 1 / 3, upsell: 1 / 3, customerSuccess: 1 / 3 };
  return {
    newCustomers: Math.max(0, weights.newCustomers) / sum,
    upsell: Math.max(0, weights.upsell) / sum,
    customerSuccess: Math.max(0, weights.customerSuccess) / sum,
  };
}

export interface RankedItem extends ContributionRow {
  liveScore: number;
  liveRank: number;
}

/**
 * The server's formula applied in the browser while the sliders move: the normalised values do not
 * depend on the weights, so score = 100 × Σ w·normalised and the ranking follow at once.
 */
export function rerank(items: ContributionRow[], weights: ContributionWeights): RankedItem[] {
  const w = scaleWeights(weights);
  const scored = items.map((item, index) => ({
    item,
    index,
    score: Math.round(100 * DIMENSIONS.reduce((s, d) => s + w[d] * item.normalised[d], 0) * 100) / 100,
  }));
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  let rank = 0;
  let previous: number | null = null;
  return scored.map(({ item, score }, position) => {
    if (previous === null || score !== previous) rank = position + 1;
    previous = score;
    return { ...item, liveScore: score, liveRank: rank };
  });
}

export function formulaText(weights: ContributionWeights, labels: Record<ContributionDimension, string>, prefix: string, max: string): string {
  const w = scaleWeights(weights);
  return `${prefix} = 100 × (${DIMENSIONS.map((d) => `${Math.round(w[d] * 100) / 100} × ${labels[d]} ÷ ${max}`).join(' + ')})`;
}
