import { sql } from 'kysely';
import type { Actor } from '../core/auth/actor.js';
import { inScope } from '../core/auth/scope.js';
import type { AppContext } from '../core/context.js';
import { RUNNING_CONTRACT_STATES } from '../contracts/index.js';
import { renewalGroups, renewalRate, type RenewalGrouping } from './renewal-stats.js';

export interface RenewalFilters {
  from: string;
  to: string;
  ownerId?: string;
  teamId?: string;
  region?: string;
}

const lastDayOf = (m: string) => new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).toISOString().slice(0, 10);

/** Contracts ending in the months `from`–`to` (YYYY-MM) in the caller's scope, with how each was renewed. */
export async function endingContracts(ctx: AppContext, actor: Actor, f: RenewalFilters) {
  const { document } = await ctx.playbook.active();
  const tz = document.sla.businessHours.timeZone;
  const lead = document.renewals.leadDays;
  let q = ctx.db
    .selectFrom('contracts')
    .innerJoin('customers', 'customers.id', 'contracts.customer_id')
    .leftJoin('users', 'users.id', 'contracts.owner_id')
    .leftJoin('teams', 'teams.id', 'contracts.team_id')
    .leftJoin('contract_renewals', 'contract_renewals.contract_id', 'contracts.id')
    .leftJoin('opportunities as renewal', 'renewal.id', 'contract_renewals.opportunity_id')
    .select([
      'contracts.id',
      'contracts.number',
      'contracts.title',
      'contracts.amount',
      'contracts.owner_id',
      'contracts.team_id',
      'customers.name as customer_name',
      'users.display_name as owner_name',
      'teams.name as team_name',
      'contract_renewals.opportunity_id as renewal_opportunity_id',
      'renewal.status as renewal_status',
      'renewal.amount as renewal_opportunity_amount',
      sql<string>`to_char(contracts.end_date, 'YYYY-MM-DD')`.as('end_date'),
      sql<number | null>`(
        select r.amount from contracts r
        where r.customer_id = contracts.customer_id and r.id <> contracts.id and r.submitted_at is not null
          and r.submitted_at >= ((contracts.end_date - ${lead}::int)::timestamp at time zone ${tz})
        order by r.submitted_at, r.id limit 1)`.as('renewal_contract_amount'),
    ])
    .where('contracts.end_date', '>=', `${f.from}-01`)
    .where('contracts.end_date', '<=', lastDayOf(f.to))
    .where('contracts.status', 'in', [...RUNNING_CONTRACT_STATES, 'closed'])
    .where(inScope(actor.scope, 'contracts'));
  if (f.ownerId) q = q.where('contracts.owner_id', '=', f.ownerId);
  if (f.teamId) q = q.where('contracts.team_id', '=', f.teamId);
  if (f.region) q = q.where('contracts.region', '=', f.region);
  const rows = await q.orderBy('contracts.end_date').orderBy('contracts.id').execute();
  return rows.map((r) => {
    const renewedAmount =
      r.renewal_contract_amount !== null ? Number(r.renewal_contract_amount) : r.renewal_status === 'won' ? Number(r.renewal_opportunity_amount) : null;
    return {
      contractId: r.id,
      number: r.number,
      title: r.title,
      customerName: r.customer_name,
      amount: Number(r.amount),
      endDate: r.end_date,
      ownerId: r.owner_id,
      ownerName: r.owner_name,
      teamId: r.team_id,
      teamName: r.team_name,
      renewalOpportunityId: r.renewal_opportunity_id,
      renewalOpportunityStatus: r.renewal_status,
      renewed: renewedAmount !== null,
      renewedAmount,
    };
  });
}

export async function renewalReport(ctx: AppContext, actor: Actor, f: RenewalFilters & { groupBy: RenewalGrouping }) {
  const contracts = await endingContracts(ctx, actor, f);
  const renewed = contracts.filter((c) => c.renewed);
  const cents = renewed.reduce((t, c) => t + Math.round(c.renewedAmount! * 100), 0);
  return {
    groupBy: f.groupBy,
    from: f.from,
    to: f.to,
    groups: renewalGroups(contracts, f.groupBy),
    totals: {
      ending: contracts.length,
      renewed: renewed.length,
      rate: renewalRate(contracts.length, renewed.length),
      averageAmount: renewed.length ? Math.round(cents / renewed.length) / 100 : null,
    },
    contracts,
  };
}
