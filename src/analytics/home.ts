import type { Actor } from '../core/auth/actor.js';
import type { AppContext } from '../core/context.js';
import { contributionRaws } from './contribution.query.js';
import { normaliseWeights, scoreContribution } from './contribution.score.js';
import { kpiReport } from './kpi.query.js';
import { reportPeriod } from './period.js';
import { MANAGER_ROLES, repsOf, teamsInReach } from './team-scope.js';

/**
 * A manager's home figures, in their scope: the KPIs of the last 30 days and the contribution
 * ranking of the last complete month (the pages' own defaults), top `limit` reps.
 */
export async function managerFigures(ctx: AppContext, actor: Actor, limit: number) {
  if (!MANAGER_ROLES.includes(actor.role)) return null;
  const { document } = await ctx.playbook.active();
  const now = ctx.clock.now();
  const timeZone = document.sla.businessHours.timeZone;
  const kpiPeriod = reportPeriod(now, timeZone, undefined, undefined, 'last-30-days');
  const monthPeriod = reportPeriod(now, timeZone, undefined, undefined, 'last-month');
  const policy = document.contribution;
  const phase = policy.phases.find((p) => p.key === policy.activePhase) ?? policy.phases[0];
  const reps = await repsOf(ctx, await teamsInReach(ctx, actor));
  const [kpi, raws] = await Promise.all([kpiReport(ctx, actor, kpiPeriod, 'team', document.kpi, now), contributionRaws(ctx, reps, monthPeriod, policy)]);
  const ranked = scoreContribution(raws, normaliseWeights(phase.weights), policy.customerSuccessFollowupPoints);
  return {
    kpi: {
      from: kpiPeriod.from,
      to: kpiPeriod.to,
      responseSlaRate: kpi.total.responseSla.rate,
      conversionRate: kpi.total.conversion.rate,
      highIntentRate: kpi.total.highIntent.rate,
      fakeFollowupRate: kpi.total.fakeFollowupRate,
      leadsArrived: kpi.total.conversion.arrived,
    },
    contribution: {
      from: monthPeriod.from,
      to: monthPeriod.to,
      items: ranked.slice(0, limit).map((r) => ({ userId: r.userId, name: r.name, teamName: r.teamName, score: r.score, rank: r.rank })),
    },
  };
}
