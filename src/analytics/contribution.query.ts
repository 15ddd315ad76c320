import { sql } from 'kysely';
import { FAKE_SQL } from '../authenticity/index.js';
import type { AppContext } from '../core/context.js';
import type { ContributionPolicy } from '../core/playbook/schema.js';
import type { ContributionRaw } from './contribution.score.js';
import type { Period } from './period.js';
import type { Rep } from './team-scope.js';

/** Every number here is aggregated in SQL (GROUP BY rep) over the period [start, end). */

const ids = (list: string[]) => sql.join(list);

export interface WonSplit {
  newCustomers: number;
  upsellWonAmount: number;
  upsellContractAmount: number;
}

/**
 * A won opportunity is "new business" when its customer has no earlier won opportunity (won =
 * the time it entered the won stage; ties broken by id), otherwise upsell. A contract submitted on
 * an opportunity that already had a submitted contract (renewal, extension, 二期) is upsell too:
 * the first contract of an opportunity is the opportunity's own amount.
 */
export async function wonSplitByRep(ctx: AppContext, repIds: string[], period: Pick<Period, 'start' | 'end'>): Promise<Map<string, WonSplit>> {
  const result = new Map<string, WonSplit>();
  if (repIds.length === 0) return result;
  const entry = (id: string) => {
    let e = result.get(id);
    if (!e) result.set(id, (e = { newCustomers: 0, upsellWonAmount: 0, upsellContractAmount: 0 }));
    return e;
  };
  const [won, contracts] = await Promise.all([
    sql<{ owner_id: string; new_customers: number; upsell_won: number }>`
      with won as (
        select o.owner_id, o.customer_id, o.amount,
          exists (select 1 from opportunities p
                  where p.customer_id = o.customer_id and p.status = 'won'
                    and (p.stage_entered_at, p.id) < (o.stage_entered_at, o.id)) as repeat
        from opportunities o
        where o.status = 'won' and o.stage_entered_at >= ${period.start} and o.stage_entered_at < ${period.end}
          and o.owner_id in (${ids(repIds)}))
      select owner_id,
        count(distinct customer_id) filter (where not repeat) as new_customers,
        coalesce(sum(amount) filter (where repeat), 0) as upsell_won
      from won group by owner_id`.execute(ctx.db),
    sql<{ owner_id: string; amount: number }>`
      select k.owner_id, coalesce(sum(k.amount), 0) as amount
      from contracts k
      where k.submitted_at >= ${period.start} and k.submitted_at < ${period.end} and k.owner_id in (${ids(repIds)})
        and exists (select 1 from contracts p
                    where p.opportunity_id = k.opportunity_id and p.submitted_at is not null
                      and (p.submitted_at, p.id) < (k.submitted_at, k.id))
      group by k.owner_id`.execute(ctx.db),
  ]);
  for (const r of won.rows) Object.assign(entry(r.owner_id), { newCustomers: Number(r.new_customers), upsellWonAmount: Number(r.upsell_won) });
  for (const r of contracts.rows) entry(r.owner_id).upsellContractAmount = Number(r.amount);
  return result;
}

export async function contributionRaws(ctx: AppContext, reps: Rep[], period: Period, policy: ContributionPolicy): Promise<ContributionRaw[]> {
  const repIds = reps.map((r) => r.userId);
  if (repIds.length === 0) return [];
  const [split, followups, csm] = await Promise.all([
    wonSplitByRep(ctx, repIds, period),
    // Effective originals only: a correction (corrects_id) re-states a follow-up, and one the
    // authenticity checks hold for fake (flag not dismissed, or judged invalid) earns nothing.
    sql<{ author_id: string; n: number }>`
      select f.author_id, count(*) as n from followups f
      where f.author_id in (${ids(repIds)}) and f.value_tag in (${ids(policy.customerSuccessTags)})
        and f.created_at >= ${period.start} and f.created_at < ${period.end} and f.corrects_id is null and not ${FAKE_SQL}
      group by f.author_id`.execute(ctx.db),
    sql<{ credited_user_id: string; points: number; n: number }>`
      select credited_user_id, coalesce(sum(points), 0) as points, count(*) as n from csm_events
      where credited_user_id in (${ids(repIds)}) and occurred_at >= ${period.start} and occurred_at < ${period.end}
      group by credited_user_id`.execute(ctx.db),
  ]);
  const fu = new Map(followups.rows.map((r) => [r.author_id, Number(r.n)]));
  const cs = new Map(csm.rows.map((r) => [r.credited_user_id, { points: Number(r.points), n: Number(r.n) }]));
  return reps.map((rep) => {
    const s = split.get(rep.userId);
    return {
      ...rep,
      newCustomers: s?.newCustomers ?? 0,
      upsellWonAmount: s?.upsellWonAmount ?? 0,
      upsellContractAmount: s?.upsellContractAmount ?? 0,
      csFollowups: fu.get(rep.userId) ?? 0,
      csmPoints: cs.get(rep.userId)?.points ?? 0,
      csmEvents: cs.get(rep.userId)?.n ?? 0,
    };
  });
}
