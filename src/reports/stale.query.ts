import { sql, type SelectQueryBuilder } from 'kysely';
import type { DB } from '../core/db/schema.js';
import type { Actor } from '../core/auth/actor.js';
import { inScope } from '../core/auth/scope.js';
import type { AppContext } from '../core/context.js';
import { OPEN_LEAD_STATUSES } from '../leads/index.js';

/** 昨日断点清单: open leads and opportunities with no update for longer than the playbook's threshold. */

export interface StaleFilters {
  region?: string;
  productLine?: string;
  ownerId?: string;
  teamId?: string;
}

export interface StaleItem {
  entityType: 'lead' | 'opportunity';
  id: string;
  name: string;
  region: string;
  productLine: string;
  ownerId: string | null;
  ownerName: string | null;
  teamId: string | null;
  teamName: string | null;
  status: string;
  stage: string | null;
  lastActivityAt: string;
  idleHours: number;
}

export interface StaleGroup {
  key: string | null;
  label: string;
  count: number;
}

/** The union of stale leads and opportunities in the actor's scope, as a subquery. */
export function staleSource(ctx: AppContext, actor: Actor, threshold: Date, f: StaleFilters, topN?: number) {
  const leads = ctx.db
    .selectFrom('leads')
    .select([
      sql<string>`'lead'`.as('entity_type'),
      'leads.id',
      'leads.name',
      'leads.region',
      'leads.product_line',
      'leads.owner_id',
      'leads.team_id',
      'leads.status',
      sql<string | null>`null::text`.as('stage'),
      'leads.last_activity_at',
    ])
    .where('leads.status', 'in', OPEN_LEAD_STATUSES)
    .where('leads.last_activity_at', '<', threshold)
    .where(inScope(actor.scope, 'leads'));
  const opportunities = ctx.db
    .selectFrom('opportunities')
    .select([
      sql<string>`'opportunity'`.as('entity_type'),
      'opportunities.id',
      'opportunities.name',
      'opportunities.region',
      'opportunities.product_line',
      'opportunities.owner_id',
      'opportunities.team_id',
      'opportunities.status',
      'opportunities.stage',
      'opportunities.last_activity_at',
    ])
    .where('opportunities.status', '=', 'open')
    .where('opportunities.last_activity_at', '<', threshold)
    .where(inScope(actor.scope, 'opportunities'));
  if (topN === undefined) return narrow(leads, 'leads', f).unionAll(narrow(opportunities, 'opportunities', f));
  // One page: each branch keeps only its topN oldest rows, walking its last-activity index.
  const oldestLeads = ctx.db.selectFrom(narrow(leads, 'leads', f).orderBy('leads.last_activity_at').orderBy('leads.id').limit(topN).as('l')).selectAll();
  const oldestOpportunities = ctx.db
    .selectFrom(narrow(opportunities, 'opportunities', f).orderBy('opportunities.last_activity_at').orderBy('opportunities.id').limit(topN).as('o'))
    .selectAll();
  return oldestLeads.unionAll(oldestOpportunities);
}

/** The same filters on either side of the union. */
function narrow<QB extends SelectQueryBuilder<DB, 'leads' | 'opportunities', object>>(query: QB, table: 'leads' | 'opportunities', f: StaleFilters): QB {
  const columns: [keyof StaleFilters, string][] = [
    ['region', 'region'],
    ['productLine', 'product_line'],
    ['ownerId', 'owner_id'],
    ['teamId', 'team_id'],
  ];
  let narrowed = query;
  for (const [filter, column] of columns) {
    const value = f[filter];
    if (value) narrowed = narrowed.where(sql.ref(`${table}.${column}`), '=', value) as QB;
  }
  return narrowed;
}

export async function staleThreshold(ctx: AppContext, now: Date): Promise<{ threshold: Date; hours: number }> {
  const { document } = await ctx.playbook.active();
  const hours = document.thresholds.staleHours;
  return { threshold: new Date(now.getTime() - hours * 3_600_000), hours };
}

export async function staleItems(ctx: AppContext, actor: Actor, f: StaleFilters, now: Date, limit: number, offset: number): Promise<StaleItem[]> {
  const { threshold } = await staleThreshold(ctx, now);
  const rows = await ctx.db
    .selectFrom(staleSource(ctx, actor, threshold, f, offset + limit).as('s'))
    .leftJoin('users', 'users.id', 's.owner_id')
    .leftJoin('teams', 'teams.id', 's.team_id')
    .select([
      's.entity_type',
      's.id',
      's.name',
      's.region',
      's.product_line',
      's.owner_id',
      's.team_id',
      's.status',
      's.stage',
      's.last_activity_at',
      'users.display_name as owner_name',
      'teams.name as team_name',
    ])
    .orderBy('s.last_activity_at')
    .orderBy('s.id')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((r) => ({
    entityType: r.entity_type as 'lead' | 'opportunity',
    id: r.id,
    name: r.name,
    region: r.region,
    productLine: r.product_line,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    teamId: r.team_id,
    teamName: r.team_name,
    status: r.status,
    stage: r.stage,
    lastActivityAt: r.last_activity_at.toISOString(),
    idleHours: Math.floor((now.getTime() - r.last_activity_at.getTime()) / 3_600_000),
  }));
}

/** Counts by region, product line and rep in one pass (GROUPING SETS). */
export async function staleGroups(ctx: AppContext, actor: Actor, f: StaleFilters, now: Date) {
  const { threshold } = await staleThreshold(ctx, now);
  const { rows } = await sql<{ region: string | null; product_line: string | null; owner_id: string | null; by: number; n: number }>`
    select s.region, s.product_line, s.owner_id, grouping(s.region, s.product_line, s.owner_id) as by, count(*)::int as n
    from (${staleSource(ctx, actor, threshold, f)}) s
    group by grouping sets ((s.region), (s.product_line), (s.owner_id))`.execute(ctx.db);
  const ownerIds = rows.flatMap((r) => (r.owner_id ? [r.owner_id] : []));
  const names = new Map(
    ownerIds.length
      ? (await ctx.db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ownerIds).execute()).map((u) => [u.id, u.display_name])
      : [],
  );
  // grouping() sets a bit for each column NOT in the group: 0b011 = region only, 0b101 = product line, 0b110 = owner.
  const pick = (mask: number, key: (r: (typeof rows)[number]) => string | null, label: (k: string | null) => string): StaleGroup[] =>
    rows
      .filter((r) => Number(r.by) === mask)
      .map((r) => ({ key: key(r), label: label(key(r)), count: Number(r.n) }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  const total = pick(
    0b011,
    (r) => r.region,
    (k) => k ?? '',
  ).reduce((sum, g) => sum + g.count, 0);
  return {
    total,
    groups: {
      region: pick(
        0b011,
        (r) => r.region,
        (k) => k ?? '',
      ),
      productLine: pick(
        0b101,
        (r) => r.product_line,
        (k) => k ?? '',
      ),
      owner: pick(
        0b110,
        (r) => r.owner_id,
        (k) => (k ? (names.get(k) ?? k) : '公海（未分配）'),
      ),
    },
  };
}
