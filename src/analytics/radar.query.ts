import { sql } from 'kysely';
import { FAKE_SQL } from '../authenticity/index.js';
import type { AppContext } from '../core/context.js';
import type { PlaybookDocument } from '../core/playbook/schema.js';
import { RUNNING_CONTRACT_STATES } from '../contracts/index.js';
import { wonSplitByRep } from './contribution.query.js';
import type { Period } from './period.js';
import type { RadarRaw } from './radar.score.js';

/** Value-tag keys behind the radar's action counts (the default playbook's keys). */
export const NEEDS_DISCOVERY_TAGS = ['needs_discovery'];
export const VALUE_PRESENTATION_TAGS = ['value_presentation', 'solution_demo'];

/** Late stages: the last two open stages of the pipeline (商务谈判, 合同签订 by default). */
export function lateStages(document: PlaybookDocument): string[] {
  return document.stages
    .filter((s) => s.kind === 'open')
    .slice(-2)
    .map((s) => s.key);
}

const emptyRaw = (): RadarRaw => ({
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
});

/** The raw radar numbers of each rep for one month, every one aggregated in SQL. */
export async function radarRaws(ctx: AppContext, repIds: string[], period: Period, document: PlaybookDocument): Promise<Map<string, RadarRaw>> {
  const result = new Map<string, RadarRaw>(repIds.map((id) => [id, emptyRaw()]));
  if (repIds.length === 0) return result;
  const ids = sql.join(repIds);
  const { start, end, from, to, timeZone } = period;
  const window = document.thresholds.renewalWarningDays;
  const late = lateStages(document);
  const [leads, actions, proposals, lateDeals, cycles, renewals, nps, split] = await Promise.all([
    // A converted lead closes when its customer is created; a disqualified one at its last update.
    sql<{ owner_id: string; converted: number; disqualified: number }>`
      select l.owner_id,
        count(*) filter (where l.status = 'converted') as converted,
        count(*) filter (where l.status = 'disqualified') as disqualified
      from leads l left join customers c on c.lead_id = l.id
      where l.owner_id in (${ids}) and l.status in ('converted', 'disqualified')
        and case when l.status = 'converted' then c.created_at else l.updated_at end >= ${start}
        and case when l.status = 'converted' then c.created_at else l.updated_at end < ${end}
      group by l.owner_id`.execute(ctx.db),
    sql<{ author_id: string; needs: number; value: number }>`
      select f.author_id,
        count(*) filter (where f.value_tag in (${sql.join(NEEDS_DISCOVERY_TAGS)})) as needs,
        count(*) filter (where f.value_tag in (${sql.join(VALUE_PRESENTATION_TAGS)})) as value
      from followups f
      where f.author_id in (${ids}) and f.created_at >= ${start} and f.created_at < ${end} and f.corrects_id is null and not ${FAKE_SQL}
      group by f.author_id`.execute(ctx.db),
    sql<{ uploaded_by: string; n: number }>`
      select f.uploaded_by, count(*) as n
      from files f join followup_attachments a on a.file_id = f.id
      where f.uploaded_by in (${ids}) and f.kind = 'proposal' and f.created_at >= ${start} and f.created_at < ${end}
      group by f.uploaded_by`.execute(ctx.db),
    late.length
      ? sql<{ owner_id: string; won: number; lost: number }>`
          select o.owner_id, count(*) filter (where o.status = 'won') as won, count(*) filter (where o.status = 'lost') as lost
          from opportunities o
          where o.owner_id in (${ids}) and o.status in ('won', 'lost') and o.stage_entered_at >= ${start} and o.stage_entered_at < ${end}
            and exists (select 1 from stage_changes sc where sc.opportunity_id = o.id and sc.to_stage in (${sql.join(late)}))
          group by o.owner_id`.execute(ctx.db)
      : Promise.resolve({ rows: [] as { owner_id: string; won: number; lost: number }[] }),
    sql<{ owner_id: string; n: number; avg_days: number }>`
      select owner_id, count(*) as n, avg(extract(epoch from stage_entered_at - created_at)) / 86400 as avg_days
      from opportunities
      where owner_id in (${ids}) and status = 'won' and stage_entered_at >= ${start} and stage_entered_at < ${end}
      group by owner_id`.execute(ctx.db),
    sql<{ owner_id: string; ending: number; renewed: number }>`
      select k.owner_id, count(*) as ending,
        count(*) filter (where exists (
          select 1 from contracts r
          where r.customer_id = k.customer_id and r.id <> k.id
            and r.submitted_at >= ((k.end_date - ${window}::int)::timestamp at time zone ${timeZone}))) as renewed
      from contracts k
      where k.owner_id in (${ids}) and k.end_date >= ${from}::date and k.end_date <= ${to}::date
        and k.status in (${sql.join([...RUNNING_CONTRACT_STATES, 'closed'])})
      group by k.owner_id`.execute(ctx.db),
    sql<{ owner_id: string; avg_score: number }>`
      select c.owner_id, avg(n.score) as avg_score
      from customers c
      join lateral (select score from nps_responses r where r.customer_id = c.id and r.created_at < ${end}
                    order by r.created_at desc, r.seq desc limit 1) n on true
      where c.owner_id in (${ids})
      group by c.owner_id`.execute(ctx.db),
    wonSplitByRep(ctx, repIds, period),
  ]);
  const at = (id: string) => result.get(id)!;
  for (const r of leads.rows) Object.assign(at(r.owner_id), { leadsConverted: Number(r.converted), leadsDisqualified: Number(r.disqualified) });
  for (const r of actions.rows) Object.assign(at(r.author_id), { needsDiscoveryActions: Number(r.needs), valueActions: Number(r.value) });
  for (const r of proposals.rows) at(r.uploaded_by).proposals = Number(r.n);
  for (const r of lateDeals.rows) Object.assign(at(r.owner_id), { lateStageWon: Number(r.won), lateStageLost: Number(r.lost) });
  for (const r of cycles.rows) Object.assign(at(r.owner_id), { wonDeals: Number(r.n), avgCycleDays: Math.round(Number(r.avg_days) * 100) / 100 });
  for (const r of renewals.rows) Object.assign(at(r.owner_id), { contractsEnding: Number(r.ending), contractsRenewed: Number(r.renewed) });
  for (const r of nps.rows) at(r.owner_id).npsAverage = Math.round(Number(r.avg_score) * 100) / 100;
  for (const [id, s] of split) at(id).upsellAmount = Math.round((s.upsellWonAmount + s.upsellContractAmount) * 100) / 100;
  return result;
}
