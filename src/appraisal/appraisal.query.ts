import { sql } from 'kysely';
import type { Actor } from '../core/auth/actor.js';
import { inScope } from '../core/auth/scope.js';
import type { AppContext } from '../core/context.js';
import type { PlaybookDocument } from '../core/playbook/schema.js';
import type { Period, Rep } from '../analytics/index.js';
import { RUNNING_CONTRACT_STATES } from '../contracts/index.js';
import { loadHealth } from '../health/index.js';
import { endingContracts } from '../renewals/index.js';
import type { AppraisalRaw } from './appraisal.score.js';

const empty = (): AppraisalRaw => ({
  newCustomerAmount: 0,
  contractsEnding: 0,
  contractsRenewed: 0,
  opportunitiesWon: 0,
  opportunitiesLost: 0,
  healthAverage: null,
  complaints: 0,
  coordinationComplaints: 0,
});

/** The raw appraisal numbers of each rep for one month (see appraisal.score.ts for what each counts). */
export async function appraisalRaws(
  ctx: AppContext,
  actor: Actor,
  reps: Rep[],
  period: Period & { month: string },
  document: PlaybookDocument,
): Promise<Map<string, AppraisalRaw>> {
  const result = new Map(reps.map((r) => [r.userId, empty()]));
  if (reps.length === 0) return result;
  const repIds = reps.map((r) => r.userId);
  const ids = sql.join(repIds);
  const { start, end } = period;
  const [signed, closed, complaints, ending, customers] = await Promise.all([
    sql<{ owner_id: string; amount: number }>`
      select k.owner_id, sum(k.amount) as amount from contracts k
      where k.owner_id in (${ids}) and k.submitted_at is not null
        and coalesce(k.signed_at, k.submitted_at) >= ${start} and coalesce(k.signed_at, k.submitted_at) < ${end}
        and coalesce(k.frozen_from, k.status) not in ('draft', 'confirming')
        and not exists (select 1 from contracts p where p.customer_id = k.customer_id and p.id <> k.id
          and p.submitted_at is not null and (p.submitted_at < k.submitted_at or (p.submitted_at = k.submitted_at and p.id < k.id)))
      group by k.owner_id`.execute(ctx.db),
    sql<{ owner_id: string; won: number; lost: number }>`
      select o.owner_id, count(*) filter (where o.status = 'won') as won, count(*) filter (where o.status = 'lost') as lost
      from opportunities o
      where o.owner_id in (${ids}) and o.status in ('won', 'lost') and o.stage_entered_at >= ${start} and o.stage_entered_at < ${end}
        and not exists (select 1 from contract_renewals r where r.opportunity_id = o.id)
      group by o.owner_id`.execute(ctx.db),
    sql<{ owner_id: string; n: number; coordination: number }>`
      select cu.owner_id, count(*) as n, count(*) filter (where c.category = ${document.complaints.coordinationCategory}) as coordination
      from complaints c join customers cu on cu.id = c.customer_id
      where cu.owner_id in (${ids}) and c.created_at >= ${start} and c.created_at < ${end}
      group by cu.owner_id`.execute(ctx.db),
    endingContracts(ctx, actor, { from: period.month, to: period.month }),
    ctx.db.selectFrom('customers').select(['id', 'owner_id']).where('owner_id', 'in', repIds).execute(),
  ]);
  for (const r of signed.rows) result.get(r.owner_id)!.newCustomerAmount = Number(r.amount);
  for (const r of closed.rows) Object.assign(result.get(r.owner_id)!, { opportunitiesWon: Number(r.won), opportunitiesLost: Number(r.lost) });
  for (const r of complaints.rows) Object.assign(result.get(r.owner_id)!, { complaints: Number(r.n), coordinationComplaints: Number(r.coordination) });
  for (const c of ending) {
    const raw = c.ownerId ? result.get(c.ownerId) : undefined;
    if (!raw) continue;
    raw.contractsEnding += 1;
    if (c.renewed) raw.contractsRenewed += 1;
  }
  const health = await loadHealth(
    ctx,
    customers.map((c) => c.id),
    document,
    ctx.clock.now(),
  );
  for (const rep of repIds) {
    const scores = customers.filter((c) => c.owner_id === rep).map((c) => health.get(c.id)!.score);
    if (scores.length) result.get(rep)!.healthAverage = scores.reduce((t, s) => t + s, 0) / scores.length;
  }
  return result;
}

export interface LtvFilters {
  ownerId?: string;
  teamId?: string;
  region?: string;
}

/** Customers in the caller's scope with the money received and their running contracts. */
export async function ltvFacts(ctx: AppContext, actor: Actor, f: LtvFilters) {
  let q = ctx.db
    .selectFrom('customers')
    .leftJoin('users', 'users.id', 'customers.owner_id')
    .select(['customers.id', 'customers.name', 'customers.owner_id', 'customers.team_id', 'users.display_name as owner_name'])
    .where(inScope(actor.scope, 'customers'));
  if (f.ownerId) q = q.where('customers.owner_id', '=', f.ownerId);
  if (f.teamId) q = q.where('customers.team_id', '=', f.teamId);
  if (f.region) q = q.where('customers.region', '=', f.region);
  const customers = await q.orderBy('customers.name').orderBy('customers.id').execute();
  if (customers.length === 0) return [];
  const ids = customers.map((c) => c.id);
  const [received, contracts] = await Promise.all([
    ctx.db
      .selectFrom('payments')
      .select(['customer_id', (eb) => eb.fn.sum<number>('amount').as('amount')])
      .where('customer_id', 'in', ids)
      .groupBy('customer_id')
      .execute(),
    ctx.db.selectFrom('contracts').select(['customer_id', 'amount', 'start_date', 'end_date', 'status']).where('customer_id', 'in', ids).execute(),
  ]);
  const receivedOf = new Map(received.map((r) => [r.customer_id, Number(r.amount)]));
  return customers.map((c) => ({
    customerId: c.id,
    customerName: c.name,
    ownerId: c.owner_id,
    ownerName: c.owner_name,
    teamId: c.team_id,
    received: receivedOf.get(c.id) ?? 0,
    contracts: contracts
      .filter((k) => k.customer_id === c.id && k.status !== 'draft' && k.status !== 'confirming')
      .map((k) => ({
        amount: Number(k.amount),
        startDate: k.start_date === null ? null : String(k.start_date),
        endDate: k.end_date === null ? null : String(k.end_date),
        running: (RUNNING_CONTRACT_STATES as readonly string[]).includes(k.status),
      })),
  }));
}
