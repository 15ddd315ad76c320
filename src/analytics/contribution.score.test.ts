import { describe, expect, it } from 'vitest';
import { contributionFormula, normaliseWeights, rankByScore, scoreContribution, type ContributionRaw } from './contribution.score.js';

const rep = (name: string, n: number, upsellWon: number, upsellContracts: number, csFollowups: number, csmPoints: number): ContributionRaw => ({
  userId: name,
  name,
  teamId: 't',
  teamName: 'T',
  newCustomers: n,
  upsellWonAmount: upsellWon,
  upsellContractAmount: upsellContracts,
  csFollowups,
  csmPoints,
  csmEvents: 0,
});

describe('三维贡献模型 scoring', () => {
  // A: 4 new, 100k upsell, 2 CS points; B: 1 new, 400k upsell, 10 CS points; C: 2 new, 0, 5 CS points.
  const team = [rep('A', 4, 100_000, 0, 2, 0), rep('B', 1, 300_000, 100_000, 4, 6), rep('C', 2, 0, 0, 0, 5)];

  it('normalises each dimension by the team maximum and weights it', () => {
    const rows = scoreContribution(team, { newCustomers: 0.5, upsell: 0.3, customerSuccess: 0.2 }, 1);
    const by = Object.fromEntries(rows.map((r) => [r.name, r]));
    expect(by.A.raw).toEqual({ newCustomers: 4, upsell: 100_000, customerSuccess: 2 });
    expect(by.B.raw).toEqual({ newCustomers: 1, upsell: 400_000, customerSuccess: 10 });
    expect(by.A.normalised).toEqual({ newCustomers: 1, upsell: 0.25, customerSuccess: 0.2 });
    // A: 100 × (0.5×1 + 0.3×0.25 + 0.2×0.2) = 61.5
    expect(by.A.score).toBe(61.5);
    // B: 100 × (0.5×0.25 + 0.3×1 + 0.2×1) = 62.5
    expect(by.B.score).toBe(62.5);
    // C: 100 × (0.5×0.5 + 0 + 0.2×0.5) = 35
    expect(by.C.score).toBe(35);
    expect(rows.map((r) => [r.name, r.rank])).toEqual([
      ['B', 1],
      ['A', 2],
      ['C', 3],
    ]);
  });

  it('re-ranks when the weights move', () => {
    const rows = scoreContribution(team, { newCustomers: 0.8, upsell: 0.1, customerSuccess: 0.1 }, 1);
    // A: 80 + 2.5 + 2 = 84.5; B: 20 + 10 + 10 = 40; C: 40 + 0 + 5 = 45
    expect(rows.map((r) => [r.name, r.score, r.rank])).toEqual([
      ['A', 84.5, 1],
      ['C', 45, 2],
      ['B', 40, 3],
    ]);
  });

  it('scales weights to add up to 1 and counts CS follow-ups with their points', () => {
    expect(normaliseWeights({ newCustomers: 2, upsell: 1, customerSuccess: 1 })).toEqual({ newCustomers: 0.5, upsell: 0.25, customerSuccess: 0.25 });
    expect(() => normaliseWeights({ newCustomers: 0, upsell: 0, customerSuccess: 0 })).toThrow();
    expect(() => normaliseWeights({ newCustomers: -1, upsell: 1, customerSuccess: 1 })).toThrow();
    const rows = scoreContribution([rep('X', 0, 0, 0, 3, 1.5)], { newCustomers: 1, upsell: 1, customerSuccess: 1 }, 2);
    expect(rows[0].raw.customerSuccess).toBe(7.5);
  });

  it('gives 0 on a dimension nobody scored, and shares ranks on equal scores', () => {
    const rows = scoreContribution([rep('A', 0, 0, 0, 0, 0), rep('B', 0, 0, 0, 0, 0)], { newCustomers: 0.5, upsell: 0.3, customerSuccess: 0.2 }, 1);
    expect(rows.map((r) => [r.score, r.rank])).toEqual([
      [0, 1],
      [0, 1],
    ]);
    expect(rankByScore([{ score: 5 }, { score: 7 }, { score: 5 }, { score: 1 }]).map((r) => [r.score, r.rank])).toEqual([
      [7, 1],
      [5, 2],
      [5, 2],
      [1, 4],
    ]);
  });

  it('writes the formula with the weights in use', () => {
    expect(contributionFormula({ newCustomers: 0.45, upsell: 0.35, customerSuccess: 0.2 }, 'zh-CN')).toBe(
      '贡献度 = 100 × (0.45 × 新客获取数 ÷ 团队最大值 + 0.35 × 老客增购金额 ÷ 团队最大值 + 0.2 × 客户成功介入 ÷ 团队最大值)',
    );
    expect(contributionFormula({ newCustomers: 1, upsell: 1, customerSuccess: 2 }, 'en')).toContain('0.5 × customer-success points ÷ team max');
  });
});
