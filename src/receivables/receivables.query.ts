import { sql, type SelectQueryBuilder } from 'kysely';
import type { Actor } from '../core/auth/actor.js';
import { inScope } from '../core/auth/scope.js';
import type { AppContext } from '../core/context.js';
import type { DB } from '../core/db/schema.js';

export interface ReceivableFilters {
  status?: 'open' | 'paid' | 'overdue';
  customerId?: string;
  contractId?: string;
  ownerId?: string;
  teamId?: string;
  region?: string;
  dueFrom?: string;
  dueTo?: string;
}

export const RECEIVABLE_SORTS = ['dueDate', 'amount', 'outstanding', 'customer'] as const;
export type ReceivableSort = (typeof RECEIVABLE_SORTS)[number];

/** Receivables of contracts in the caller's scope, filtered. `today` is the local date overdue is judged on. */
export function receivablesQuery(ctx: AppContext, actor: Actor, f: ReceivableFilters, today: string) {
  let q = ctx.db
    .selectFrom('receivables')
    .innerJoin('contracts', 'contracts.id', 'receivables.contract_id')
    .innerJoin('customers', 'customers.id', 'receivables.customer_id')
    .where(inScope(actor.scope, 'contracts'));
  if (f.status === 'open' || f.status === 'paid') q = q.where('receivables.status', '=', f.status);
  if (f.status === 'overdue') q = q.where('receivables.status', '=', 'open').where('receivables.due_date', '<', today);
  if (f.customerId) q = q.where('receivables.customer_id', '=', f.customerId);
  if (f.contractId) q = q.where('receivables.contract_id', '=', f.contractId);
  if (f.ownerId) q = q.where('receivables.owner_id', '=', f.ownerId);
  if (f.teamId) q = q.where('receivables.team_id', '=', f.teamId);
  if (f.region) q = q.where('receivables.region', '=', f.region);
  if (f.dueFrom) q = q.where('receivables.due_date', '>=', f.dueFrom);
  if (f.dueTo) q = q.where('receivables.due_date', '<=', f.dueTo);
  return q;
}

type Scoped = ReturnType<typeof receivablesQuery>;

export function receivableRows(q: Scoped, sort: ReceivableSort, order: 'asc' | 'desc') {
  const sorted = q
    .leftJoin('users', 'users.id', 'receivables.owner_id')
    .selectAll('receivables')
    .select([
      'contracts.number as contract_number',
      'contracts.title as contract_title',
      'customers.name as customer_name',
      'users.display_name as owner_name',
    ]);
  const column = {
    dueDate: sql.ref('receivables.due_date'),
    amount: sql.ref('receivables.amount'),
    outstanding: sql`receivables.amount - receivables.received`,
    customer: sql.ref('customers.name'),
  }[sort];
  return (sorted as SelectQueryBuilder<DB, 'receivables' | 'contracts' | 'customers' | 'users', ReceivableRow>)
    .orderBy(column, order)
    .orderBy('receivables.due_date')
    .orderBy('receivables.seq')
    .orderBy('receivables.id');
}

export interface ReceivableRow {
  id: string;
  contract_id: string;
  customer_id: string;
  seq: number;
  milestone: string;
  percent: number;
  amount: number;
  received: number;
  due_date: string;
  status: string;
  paid_at: Date | null;
  overdue_raised_at: Date | null;
  anomaly_id: string | null;
  owner_id: string | null;
  team_id: string | null;
  region: string;
  created_at: Date;
  contract_number: string;
  contract_title: string;
  customer_name: string;
  owner_name: string | null;
}

const DAY_MS = 86_400_000;

export function toReceivable(r: ReceivableRow, today: string) {
  const amount = Number(r.amount);
  const received = Number(r.received);
  const outstanding = Math.round((amount - received) * 100) / 100;
  const due = String(r.due_date);
  const overdue = r.status === 'open' && due < today;
  return {
    id: r.id,
    contractId: r.contract_id,
    contractNumber: r.contract_number,
    contractTitle: r.contract_title,
    customerId: r.customer_id,
    customerName: r.customer_name,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    teamId: r.team_id,
    region: r.region,
    seq: Number(r.seq),
    milestone: r.milestone,
    percent: Number(r.percent),
    amount,
    received,
    outstanding,
    dueDate: due,
    status: r.status as 'open' | 'paid',
    overdue,
    daysOverdue: overdue ? Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${due}T00:00:00Z`)) / DAY_MS) : 0,
    paidAt: r.paid_at ? r.paid_at.toISOString() : null,
    anomalyRaisedAt: r.overdue_raised_at ? r.overdue_raised_at.toISOString() : null,
    anomalyId: r.anomaly_id,
  };
}

export type Receivable = ReturnType<typeof toReceivable>;

export interface ReceivableGroup {
  key: string | null;
  label: string;
  due: number;
  received: number;
  outstanding: number;
  overdue: number;
  count: number;
}

/** 回款报表: due, received, outstanding and overdue amounts grouped by customer, rep or due month. */
export function groupReceivables(items: Receivable[], by: 'customer' | 'rep' | 'month'): ReceivableGroup[] {
  const groups = new Map<string, ReceivableGroup>();
  for (const r of items) {
    const key = by === 'customer' ? r.customerId : by === 'rep' ? r.ownerId : r.dueDate.slice(0, 7);
    const label = by === 'customer' ? r.customerName : by === 'rep' ? (r.ownerName ?? '') : r.dueDate.slice(0, 7);
    const id = key ?? '';
    const g = groups.get(id) ?? { key, label, due: 0, received: 0, outstanding: 0, overdue: 0, count: 0 };
    g.due += Math.round(r.amount * 100);
    g.received += Math.round(r.received * 100);
    g.outstanding += Math.round(r.outstanding * 100);
    g.overdue += r.overdue ? Math.round(r.outstanding * 100) : 0;
    g.count += 1;
    groups.set(id, g);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, due: g.due / 100, received: g.received / 100, outstanding: g.outstanding / 100, overdue: g.overdue / 100 }))
    .sort((a, b) => (by === 'month' ? a.label.localeCompare(b.label) : b.outstanding - a.outstanding || a.label.localeCompare(b.label)));
}
