import { describe, expect, it } from 'vitest';
import { scoreDimension, scoreTeam, teamBasis, type RadarRaw } from './radar.score.js';

const raw = (over: Partial<RadarRaw>): RadarRaw => ({
  leadsConverted: 0,
  leadsDisqualified: 0,
  needsDiscoveryActions: 0,
  proposals: 0,
  valueActions: 0,
  lateStageWon: 0,
  lateStageLost: 0,
  wonDeals: 0,
  avgCycleDays: null,
  contractsEnding: 0,
  contractsRenewed: 0,
  npsAverage: null,
  upsellAmount: 0,
  ...over,
});

describe('销售能力雷达图 scoring', () => {
  const a = raw({
    leadsConverted: 3,
    leadsDisqualified: 1,
    needsDiscoveryActions: 4,
    proposals: 1,
    valueActions: 2,
    lateStageWon: 1,
    lateStageLost: 1,
    wonDeals: 1,
    avgCycleDays: 20,
    contractsEnding: 2,
    contractsRenewed: 1,
    npsAverage: 80,
    upsellAmount: 50_000,
  });
  const b = raw({
    leadsConverted: 1,
    leadsDisqualified: 1,
    needsDiscoveryActions: 2,
    proposals: 2,
    valueActions: 0,
    lateStageWon: 2,
    wonDeals: 2,
    avgCycleDays: 10,
    upsellAmount: 100_000,
  });

  it('computes each dimension from its documented components', () => {
    const basis = teamBasis([a, b]);
    expect(basis).toEqual({ maxNeedsDiscovery: 4, maxProposals: 2, maxValueActions: 2, maxUpsell: 100_000, minCycleDays: 10 });
    // 商机识别 A: 100 × (0.6 × 3/4 + 0.4 × 4/4) = 85
    expect(scoreDimension('opportunity', a, basis).score).toBe(85);
    // B: 100 × (0.6 × 1/2 + 0.4 × 2/4) = 50
    expect(scoreDimension('opportunity', b, basis).score).toBe(50);
    // 方案设计 A: 100 × (0.5 × 1/2 + 0.5 × 2/2) = 75; B: 100 × (0.5 × 1 + 0.5 × 0) = 50
    expect(scoreDimension('solution', a, basis).score).toBe(75);
    expect(scoreDimension('solution', b, basis).score).toBe(50);
    // 谈判攻坚 A: 100 × (0.6 × 1/2 + 0.4 × 10/20) = 50; B: 100 × (0.6 × 1 + 0.4 × 1) = 100
    expect(scoreDimension('negotiation', a, basis).score).toBe(50);
    expect(scoreDimension('negotiation', b, basis).score).toBe(100);
    // 客户经营 A: 100 × (0.4 × 1/2 + 0.3 × 0.8 + 0.3 × 0.5) = 59
    expect(scoreDimension('account', a, basis).score).toBe(59);
    // B has no contract ending and no NPS: only upsell is left → 100 × 1 = 100
    const bAccount = scoreDimension('account', b, basis);
    expect(bAccount.score).toBe(100);
    expect(bAccount.components.map((c) => c.value)).toEqual([null, null, 1]);
  });

  it('averages the team and scores 0 where no component has a basis', () => {
    const team = scoreTeam([
      { rep: 'A', raw: a },
      { rep: 'B', raw: b },
      { rep: 'C', raw: raw({}) },
    ]);
    const c = team.reps[2];
    expect(c.scores).toEqual({ opportunity: 0, solution: 0, negotiation: 0, account: 0 });
    expect(team.average.opportunity).toBe(Math.round(((85 + 50 + 0) / 3) * 100) / 100);
    expect(team.average.negotiation).toBe(50);
  });
});
