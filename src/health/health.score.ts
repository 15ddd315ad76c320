/**
 * 客户健康度 — pure scoring, no I/O. A score 0–100 from four components, each 0–100:
 *
 *   recency    100 while the last interaction is at most `recentDays` old, falling linearly to 0
 *              at `inactiveDays` (thresholds.inactiveCustomerDays, default 30);
 *   nps        the latest NPS answer on the 0–100 scale (a 0–10 answer × 10);
 *   renewal    for the running contract that ends first: 100 while its end is beyond the renewal
 *              window (thresholds.renewalWarningDays, default 60) or once a renewal conversation
 *              has started; otherwise 50 × days left ÷ window (0 on the end date);
 *   complaints 100 − complaintPenalty × open complaints, at least 0.
 *
 * score = Σ weightᵢ × componentᵢ ÷ Σ weightᵢ over the components that apply (no NPS answer yet, or
 * no running contract with an end date, leaves that component out). Levels: ≥ 80 healthy,
 * ≥ 60 attention, below 60 at risk.
 */

export const HEALTH_COMPONENTS = ['recency', 'nps', 'renewal', 'complaints'] as const;
export type HealthComponent = (typeof HEALTH_COMPONENTS)[number];
export type HealthLevel = 'healthy' | 'attention' | 'risk';

export interface HealthFacts {
  /** Local date of "now" (YYYY-MM-DD) and the current instant. */
  today: string;
  now: Date;
  lastActivityAt: Date;
  nps: { score: number; at: Date } | null;
  renewal: { contractId: string; title: string; endDate: string; started: boolean } | null;
  openComplaints: number;
}

export interface HealthSettings {
  inactiveDays: number;
  renewalWarningDays: number;
  recentDays: number;
  complaintPenalty: number;
  weights: Record<HealthComponent, number>;
}

export interface HealthComponentScore {
  key: HealthComponent;
  weight: number;
  /** null: does not apply to this customer and is left out. */
  score: number | null;
  detail: Record<string, string | number | boolean | null>;
}

export interface HealthResult {
  score: number;
  level: HealthLevel;
  components: HealthComponentScore[];
}

const DAY = 86_400_000;
const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

export function daysUntil(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY);
}

export function recencyScore(idleDays: number, recentDays: number, inactiveDays: number): number {
  if (idleDays <= recentDays) return 100;
  if (idleDays >= inactiveDays) return 0;
  return Math.round((100 * (inactiveDays - idleDays)) / (inactiveDays - recentDays));
}

export function renewalScore(daysLeft: number, window: number, started: boolean): number {
  if (started || daysLeft > window) return 100;
  return Math.round((50 * clamp(daysLeft, 0, window)) / window);
}

export function levelOf(score: number): HealthLevel {
  return score >= 80 ? 'healthy' : score >= 60 ? 'attention' : 'risk';
}

export function healthScore(facts: HealthFacts, settings: HealthSettings): HealthResult {
  const idleDays = Math.max(0, Math.floor((facts.now.getTime() - facts.lastActivityAt.getTime()) / DAY));
  const components: HealthComponentScore[] = [
    {
      key: 'recency',
      weight: settings.weights.recency,
      score: recencyScore(idleDays, settings.recentDays, settings.inactiveDays),
      detail: { idleDays, lastActivityAt: facts.lastActivityAt.toISOString(), alertAfterDays: settings.inactiveDays },
    },
    {
      key: 'nps',
      weight: settings.weights.nps,
      score: facts.nps ? clamp(facts.nps.score, 0, 100) : null,
      detail: { latest: facts.nps?.score ?? null, at: facts.nps?.at.toISOString() ?? null },
    },
    ((): HealthComponentScore => {
      if (!facts.renewal) return { key: 'renewal', weight: settings.weights.renewal, score: null, detail: { contractId: null } };
      const daysLeft = daysUntil(facts.today, facts.renewal.endDate);
      return {
        key: 'renewal' as const,
        weight: settings.weights.renewal,
        score: renewalScore(daysLeft, settings.renewalWarningDays, facts.renewal.started),
        detail: {
          contractId: facts.renewal.contractId,
          contractTitle: facts.renewal.title,
          endDate: facts.renewal.endDate,
          daysLeft,
          inWindow: daysLeft <= settings.renewalWarningDays,
          renewalStarted: facts.renewal.started,
        },
      };
    })(),
    {
      key: 'complaints',
      weight: settings.weights.complaints,
      score: clamp(100 - settings.complaintPenalty * facts.openComplaints, 0, 100),
      detail: { open: facts.openComplaints },
    },
  ];
  const applying = components.filter((c) => c.score !== null && c.weight > 0);
  const weight = applying.reduce((s, c) => s + c.weight, 0);
  const score = weight > 0 ? Math.round(applying.reduce((s, c) => s + c.weight * c.score!, 0) / weight) : 100;
  return { score, level: levelOf(score), components };
}

/** An NPS answer on either scale, as stored: 0–10 answers are multiplied by 10. */
export function normaliseNps(score: number, scale: 10 | 100): number {
  if (!Number.isInteger(score) || score < 0 || score > scale) throw new RangeError(`score must be an integer 0–${scale}`);
  return scale === 10 ? score * 10 : score;
}
