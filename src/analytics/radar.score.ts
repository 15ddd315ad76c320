/**
 * 销售能力雷达图 — pure scoring, no I/O. Four dimensions, each 0–100, each a weighted average of
 * components in [0, 1]:
 *
 *   商机识别 opportunity = 0.6 × lead conversion (converted ÷ (converted + disqualified) of the
 *                          rep's leads closed in the month) + 0.4 × 需求挖掘 actions ÷ team max
 *   方案设计 solution    = 0.5 × proposals (定制化方案 files attached to follow-ups) ÷ team max
 *                        + 0.5 × 价值呈现/方案演示 actions ÷ team max
 *   谈判攻坚 negotiation = 0.6 × late-stage win rate (won ÷ (won + lost) of opportunities closed in
 *                          the month that had reached a late stage) + 0.4 × team's shortest average
 *                          sales cycle ÷ the rep's average sales cycle (created → won, days)
 *   客户经营 account     = 0.4 × renewal rate (contracts ending in the month renewed: another
 *                          contract of the customer submitted since the renewal window opened)
 *                        + 0.3 × average latest NPS of the rep's customers ÷ 100
 *                        + 0.3 × upsell amount ÷ team max
 *
 * A component without a basis (no closed leads, no contracts ending, no NPS, a team max of 0, no
 * won deal) is left out and the remaining weights of that dimension are re-scaled; a dimension
 * with no component left scores 0. "Team" is the rep's team; the team average is the mean of its
 * reps' scores.
 */

export const RADAR_DIMENSIONS = ['opportunity', 'solution', 'negotiation', 'account'] as const;
export type RadarDimension = (typeof RADAR_DIMENSIONS)[number];
export type RadarScores = Record<RadarDimension, number>;

export interface RadarRaw {
  leadsConverted: number;
  leadsDisqualified: number;
  needsDiscoveryActions: number;
  proposals: number;
  valueActions: number;
  lateStageWon: number;
  lateStageLost: number;
  wonDeals: number;
  /** Average days from creation to won of the deals won in the month; null without one. */
  avgCycleDays: number | null;
  contractsEnding: number;
  contractsRenewed: number;
  /** Average of the latest NPS (0–100) of the rep's customers; null without any. */
  npsAverage: number | null;
  upsellAmount: number;
}

export interface TeamBasis {
  maxNeedsDiscovery: number;
  maxProposals: number;
  maxValueActions: number;
  maxUpsell: number;
  minCycleDays: number | null;
}

export interface ComponentScore {
  key: string;
  weight: number;
  /** In [0, 1]; null when the component has no basis and was left out. */
  value: number | null;
}

interface ComponentDef {
  key: string;
  weight: number;
  value(raw: RadarRaw, team: TeamBasis): number | null;
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

export const RADAR_COMPONENTS: Record<RadarDimension, ComponentDef[]> = {
  opportunity: [
    { key: 'leadConversion', weight: 0.6, value: (r) => ratio(r.leadsConverted, r.leadsConverted + r.leadsDisqualified) },
    { key: 'needsDiscovery', weight: 0.4, value: (r, t) => ratio(r.needsDiscoveryActions, t.maxNeedsDiscovery) },
  ],
  solution: [
    { key: 'proposals', weight: 0.5, value: (r, t) => ratio(r.proposals, t.maxProposals) },
    { key: 'valuePresentation', weight: 0.5, value: (r, t) => ratio(r.valueActions, t.maxValueActions) },
  ],
  negotiation: [
    { key: 'lateStageWinRate', weight: 0.6, value: (r) => ratio(r.lateStageWon, r.lateStageWon + r.lateStageLost) },
    {
      key: 'cycleTime',
      weight: 0.4,
      value: (r, t) => (r.avgCycleDays === null || t.minCycleDays === null ? null : r.avgCycleDays <= 0 ? 1 : Math.min(1, t.minCycleDays / r.avgCycleDays)),
    },
  ],
  account: [
    { key: 'renewalRate', weight: 0.4, value: (r) => ratio(r.contractsRenewed, r.contractsEnding) },
    { key: 'nps', weight: 0.3, value: (r) => (r.npsAverage === null ? null : Math.max(0, Math.min(1, r.npsAverage / 100))) },
    { key: 'upsell', weight: 0.3, value: (r, t) => ratio(r.upsellAmount, t.maxUpsell) },
  ],
};

const round2 = (n: number) => Math.round(n * 100) / 100;

export function teamBasis(raws: RadarRaw[]): TeamBasis {
  const max = (pick: (r: RadarRaw) => number) => Math.max(0, ...raws.map(pick));
  const cycles = raws.map((r) => r.avgCycleDays).filter((d): d is number => d !== null);
  return {
    maxNeedsDiscovery: max((r) => r.needsDiscoveryActions),
    maxProposals: max((r) => r.proposals),
    maxValueActions: max((r) => r.valueActions),
    maxUpsell: max((r) => r.upsellAmount),
    minCycleDays: cycles.length ? Math.min(...cycles) : null,
  };
}

export function scoreDimension(dimension: RadarDimension, raw: RadarRaw, team: TeamBasis): { score: number; components: ComponentScore[] } {
  const components = RADAR_COMPONENTS[dimension].map((c) => ({ key: c.key, weight: c.weight, value: c.value(raw, team) }));
  const present = components.filter((c) => c.value !== null);
  const weight = present.reduce((s, c) => s + c.weight, 0);
  const score = weight > 0 ? (100 * present.reduce((s, c) => s + c.weight * c.value!, 0)) / weight : 0;
  return { score: round2(score), components: components.map((c) => ({ ...c, value: c.value === null ? null : Math.round(c.value * 10_000) / 10_000 })) };
}

export interface RadarRep<T> {
  rep: T;
  raw: RadarRaw;
}

/** Scores one team's reps against each other and averages them. */
export function scoreTeam<T>(reps: RadarRep<T>[]): {
  reps: (RadarRep<T> & { scores: RadarScores; components: Record<RadarDimension, ComponentScore[]> })[];
  average: RadarScores;
} {
  const basis = teamBasis(reps.map((r) => r.raw));
  const scored = reps.map((r) => {
    const parts = RADAR_DIMENSIONS.map((d) => [d, scoreDimension(d, r.raw, basis)] as const);
    return {
      ...r,
      scores: Object.fromEntries(parts.map(([d, p]) => [d, p.score])) as RadarScores,
      components: Object.fromEntries(parts.map(([d, p]) => [d, p.components])) as Record<RadarDimension, ComponentScore[]>,
    };
  });
  const average = Object.fromEntries(
    RADAR_DIMENSIONS.map((d) => [d, scored.length ? round2(scored.reduce((s, r) => s + r.scores[d], 0) / scored.length) : 0]),
  ) as RadarScores;
  return { reps: scored, average };
}

export const RADAR_LABELS: Record<RadarDimension, { label: string; labelEn: string; formula: string; formulaEn: string }> = {
  opportunity: {
    label: '商机识别',
    labelEn: 'Opportunity identification',
    formula: '100 × (0.6 × 线索转化率〔当月关闭线索中 已转化 ÷ (已转化 + 无效)〕 + 0.4 × 需求挖掘动作数 ÷ 团队最大值)',
    formulaEn: '100 × (0.6 × lead conversion [converted ÷ (converted + disqualified) of leads closed in the month] + 0.4 × needs-discovery actions ÷ team max)',
  },
  solution: {
    label: '方案设计',
    labelEn: 'Solution design',
    formula: '100 × (0.5 × 定制化方案数〔附在跟进记录上的方案文件〕 ÷ 团队最大值 + 0.5 × 价值呈现/方案演示动作数 ÷ 团队最大值)',
    formulaEn: '100 × (0.5 × proposals [proposal files attached to follow-ups] ÷ team max + 0.5 × value-presentation/demo actions ÷ team max)',
  },
  negotiation: {
    label: '谈判攻坚',
    labelEn: 'Negotiation',
    formula: '100 × (0.6 × 后期赢率〔进入商务谈判及以后阶段、当月关闭的商机 赢单 ÷ (赢单 + 输单)〕 + 0.4 × 团队最短平均成交周期 ÷ 本人平均成交周期)',
    formulaEn:
      '100 × (0.6 × late-stage win rate [won ÷ (won + lost) of opportunities closed in the month that reached negotiation or later] + 0.4 × team’s shortest average sales cycle ÷ own average sales cycle)',
  },
  account: {
    label: '客户经营',
    labelEn: 'Account management',
    formula:
      '100 × (0.4 × 续约率〔当月到期合同中 续约窗口开启后客户又提交了新合同的比例〕 + 0.3 × 名下客户最新 NPS 均值 ÷ 100 + 0.3 × 老客增购金额 ÷ 团队最大值)',
    formulaEn:
      '100 × (0.4 × renewal rate [contracts ending in the month whose customer submitted another contract since the renewal window opened] + 0.3 × average latest NPS of own customers ÷ 100 + 0.3 × upsell amount ÷ team max)',
  },
};

export const RADAR_NOTE = {
  'zh-CN': '没有数据基础的分项（如当月没有关闭的线索、没有到期合同、没有 NPS、团队最大值为 0）不参与计算，其余分项按权重重新归一；全部缺失时该维度为 0。',
  en: 'A component without a basis (no closed leads, no contracts ending, no NPS, a team max of 0) is left out and the remaining weights are re-scaled; a dimension with none left scores 0.',
};
