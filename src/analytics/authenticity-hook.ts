import type { DataScope } from '../core/auth/actor.js';
import type { AppContext } from '../core/context.js';
import { actionDensity, fakeFollowupRate } from '../authenticity/index.js';

/**
 * The bridge to the 防伪跟进 module's SQL metrics (`src/authenticity/metrics.ts`): the fake-follow-up
 * rate and 有效动作密度 per team / region for the KPI dashboard. Follow-ups count for their author's
 * current team (and its region), as the authenticity module defines them.
 */
export interface AuthenticityGroupMetrics {
  /** Follow-ups written in the period. */
  total: number;
  /** Of those, fake: flagged (疑似雷同 / burst) and not dismissed, or judged invalid in a spot check. */
  flagged: number;
  /** flagged ÷ total, null without follow-ups. */
  fakeRate: number | null;
  /** Effective tagged actions per rep per working day (the reps' total ÷ (reps × working days)). */
  effectiveActionDensity: number | null;
}

export interface AuthenticityQuery {
  scope: DataScope;
  /** Local dates, both included. */
  from: string;
  to: string;
  timeZone: string;
  groupBy: 'team' | 'region';
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Per group key (team id or region; `null` for authors without one) plus the overall numbers. */
export async function authenticityMetrics(
  ctx: AppContext,
  query: AuthenticityQuery,
): Promise<{ groups: Map<string | null, AuthenticityGroupMetrics>; total: AuthenticityGroupMetrics } | null> {
  const filter = { from: query.from, to: query.to, timeZone: query.timeZone, scope: query.scope };
  const [rates, density] = await Promise.all([fakeFollowupRate(ctx.db, filter), actionDensity(ctx.db, filter)]);
  const groups = new Map<string | null, AuthenticityGroupMetrics>();
  const rows = query.groupBy === 'team' ? rates.teams.map((r) => ({ key: r.teamId, ...r })) : rates.regions.map((r) => ({ key: r.region, ...r }));
  for (const r of rows) groups.set(r.key, { total: r.followups, flagged: r.fake, fakeRate: r.rate, effectiveActionDensity: null });

  // Density of a group: its reps' effective actions ÷ (reps × working days).
  const perGroup = new Map<string | null, { effective: number; reps: number }>();
  for (const rep of density.items) {
    const key = query.groupBy === 'team' ? rep.teamId : rep.region;
    const g = perGroup.get(key) ?? { effective: 0, reps: 0 };
    perGroup.set(key, { effective: g.effective + rep.effective, reps: g.reps + 1 });
  }
  const densityOf = (g: { effective: number; reps: number }) =>
    density.workingDays > 0 && g.reps > 0 ? round2(g.effective / (g.reps * density.workingDays)) : null;
  for (const [key, g] of perGroup) {
    const entry = groups.get(key) ?? { total: 0, flagged: 0, fakeRate: null, effectiveActionDensity: null };
    groups.set(key, { ...entry, effectiveActionDensity: densityOf(g) });
  }
  const all = density.items.reduce((s, r) => ({ effective: s.effective + r.effective, reps: s.reps + 1 }), { effective: 0, reps: 0 });
  return {
    groups,
    total: { total: rates.total.followups, flagged: rates.total.fake, fakeRate: rates.total.rate, effectiveActionDensity: densityOf(all) },
  };
}
