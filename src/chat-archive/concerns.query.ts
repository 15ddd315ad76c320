import { sql, type Expression, type SqlBool } from 'kysely';
import type { Actor } from '../core/auth/actor.js';
import { inScope } from '../core/auth/scope.js';
import { localParts, nextDate, zonedInstant } from '../core/calendar/working-time.js';
import type { AppContext } from '../core/context.js';
import { AppError, notFound } from '../core/http/errors.js';
import { text } from '../core/i18n/catalogue.js';
import type { Locale } from '../core/i18n/locale.js';
import { teamSubtree } from '../core/org-hierarchy.js';
import { labelOf } from '../core/playbook/service.js';
import { concernTagger } from './concerns.js';

export type GroupBy = 'customer' | 'region' | 'week' | 'rep';

export interface ConcernFilter {
  /** Local dates 'YYYY-MM-DD' (playbook time zone), both included; default: the last 30 days. */
  from?: string;
  to?: string;
  groupBy: GroupBy;
  teamId?: string;
}

const MAX_DAYS = 800;

/** The period [start, end) of whole local days. */
export function concernPeriod(now: Date, timeZone: string, from?: string, to?: string) {
  const today = localParts(now, timeZone).date;
  const t = to ?? today;
  const f = from ?? nextDate(t, -29);
  if (t < f) throw new AppError(422, 'VALIDATION', { summary: 'to < from' });
  if ((Date.parse(`${t}T00:00:00Z`) - Date.parse(`${f}T00:00:00Z`)) / 86_400_000 > MAX_DAYS)
    throw new AppError(422, 'VALIDATION', { summary: `period longer than ${MAX_DAYS} days` });
  return { from: f, to: t, start: zonedInstant(f, 0, timeZone), end: zonedInstant(nextDate(t), 0, timeZone) };
}

/** A team and every team below it. */
async function subtree(ctx: AppContext, teamId: string): Promise<string[]> {
  const team = await ctx.db.selectFrom('teams').select('id').where('id', '=', teamId).executeTakeFirst();
  if (!team) throw notFound('team');
  return teamSubtree(ctx.db, teamId);
}

/**
 * The customer messages that raised concerns in the period, within the caller's scope (and the
 * team, if named), one row per message and category: the base of the heat map, its cells'
 * messages and the blind spots. A row's group key follows `groupBy`: the customer, its region,
 * the ISO week of the message (playbook time zone), or the rep (the staff side of the
 * conversation, else the customer's owner).
 */
async function raisedSource(ctx: AppContext, actor: Actor, filter: ConcernFilter, timeZone: string) {
  const period = concernPeriod(ctx.clock.now(), timeZone, filter.from, filter.to);
  const teams = filter.teamId ? await subtree(ctx, filter.teamId) : null;
  const rowKey = {
    customer: sql<string>`customers.id::text`,
    region: sql<string>`customers.region`,
    week: sql<string>`to_char((m.msgtime at time zone ${timeZone})::date, 'IYYY-"W"IW')`,
    rep: sql<string>`coalesce(m.user_id, customers.owner_id)::text`,
  }[filter.groupBy];
  const query = ctx.db
    .selectFrom('chat_messages as m')
    .innerJoin('customers', 'customers.id', 'm.customer_id')
    .where('m.direction', '=', 'in')
    .where(sql<SqlBool>`m.concerns <> '{}'`)
    .where('m.msgtime', '>=', period.start)
    .where('m.msgtime', '<', period.end)
    .where(inScope(actor.scope, 'customers'))
    .where((eb): Expression<SqlBool> => (teams ? (teams.length ? eb('customers.team_id', 'in', teams) : sql<SqlBool>`false`) : sql<SqlBool>`true`))
    .select([
      'm.msgid',
      'm.msgtime',
      'm.customer_id',
      'customers.name as customer_name',
      'customers.owner_id',
      rowKey.as('row_key'),
      sql<string>`unnest(m.concerns)`.as('category'),
    ]);
  return { period, query };
}

const UNASSIGNED = 'unassigned';

export async function concernHeatmap(ctx: AppContext, actor: Actor, filter: ConcernFilter, locale: Locale) {
  const { document } = await ctx.playbook.active();
  const timeZone = document.sla.businessHours.timeZone;
  const categories = document.concerns.categories;
  const { period, query } = await raisedSource(ctx, actor, filter, timeZone);
  const known = categories.map((c) => c.key);
  const cells = known.length
    ? await ctx.db
        .with('raised', () => query)
        .selectFrom('raised')
        .select(['row_key', 'category', (eb) => eb.fn.countAll<number>().as('n')])
        .where('category', 'in', known)
        .groupBy(['row_key', 'category'])
        .execute()
    : [];

  const rowKeys = [...new Set(cells.map((c) => c.row_key ?? UNASSIGNED))];
  const labels = await rowLabels(ctx, filter.groupBy, rowKeys, locale);
  const totals = new Map<string, number>();
  for (const c of cells) totals.set(c.row_key ?? UNASSIGNED, (totals.get(c.row_key ?? UNASSIGNED) ?? 0) + Number(c.n));
  const rows = rowKeys
    .map((key) => ({ key, label: labels.get(key) ?? key }))
    .sort((a, b) =>
      filter.groupBy === 'week' ? a.key.localeCompare(b.key) : totals.get(b.key)! - totals.get(a.key)! || a.label.localeCompare(b.label, 'zh-CN'),
    );
  const order = new Map(known.map((k, i) => [k, i]));
  return {
    from: period.from,
    to: period.to,
    groupBy: filter.groupBy,
    categories: categories.map((c) => ({ key: c.key, label: labelOf(c, locale, c.key) })),
    rows,
    cells: cells
      .map((c) => ({ row: c.row_key ?? UNASSIGNED, category: c.category, count: Number(c.n) }))
      .sort((a, b) => rows.findIndex((r) => r.key === a.row) - rows.findIndex((r) => r.key === b.row) || order.get(a.category)! - order.get(b.category)!),
    blindSpots: await blindSpots(ctx, query, categories, locale),
  };
}

async function rowLabels(ctx: AppContext, groupBy: GroupBy, keys: string[], locale: Locale): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  if (groupBy === 'customer' && keys.length) {
    const rows = await ctx.db.selectFrom('customers').select(['id', 'name']).where('id', 'in', keys).execute();
    for (const r of rows) labels.set(r.id, r.name);
  }
  if (groupBy === 'rep') {
    const ids = keys.filter((k) => k !== UNASSIGNED);
    if (ids.length)
      for (const r of await ctx.db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute()) labels.set(r.id, r.display_name);
    labels.set(UNASSIGNED, text(locale, 'chat.unassigned'));
  }
  return labels;
}

/**
 * 需求盲区: a category a customer raised in the period that no follow-up of that customer
 * addressed afterwards, i.e. no follow-up written after the last message raising it whose text
 * raises the same category (tagged like the messages). Longest-standing first.
 */
async function blindSpots(
  ctx: AppContext,
  query: Awaited<ReturnType<typeof raisedSource>>['query'],
  categories: readonly { key: string; label: string; labelEn: string; keywords: string[] }[],
  locale: Locale,
) {
  const known = categories.map((c) => c.key);
  if (known.length === 0) return [];
  const raised = await ctx.db
    .with('raised', () => query)
    .selectFrom('raised')
    .select(['customer_id', 'customer_name', 'owner_id', 'category', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.max('msgtime').as('last_raised')])
    .where('category', 'in', known)
    .groupBy(['customer_id', 'customer_name', 'owner_id', 'category'])
    .execute();
  if (raised.length === 0) return [];
  const customerIds = [...new Set(raised.map((r) => r.customer_id!))];
  const earliest = new Date(Math.min(...raised.map((r) => new Date(r.last_raised).getTime())));
  const followups = await ctx.db
    .selectFrom('followups')
    .select(['customer_id', 'content', 'created_at'])
    .where('customer_id', 'in', customerIds)
    .where('created_at', '>', earliest)
    .execute();
  const tagger = concernTagger(categories);
  const addressed = followups.map((f) => ({ customerId: f.customer_id, at: f.created_at.getTime(), concerns: new Set(tagger.tag(f.content)) }));
  const ownerIds = [...new Set(raised.flatMap((r) => (r.owner_id ? [r.owner_id] : [])))];
  const owners = new Map(
    ownerIds.length
      ? (await ctx.db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ownerIds).execute()).map((u) => [u.id, u.display_name])
      : [],
  );
  const byKey = new Map(categories.map((c) => [c.key, c]));
  return raised
    .filter((r) => {
      const last = new Date(r.last_raised).getTime();
      return !addressed.some((f) => f.customerId === r.customer_id && f.at > last && f.concerns.has(r.category));
    })
    .map((r) => ({
      customerId: r.customer_id!,
      customerName: r.customer_name,
      ownerId: r.owner_id,
      ownerName: r.owner_id ? (owners.get(r.owner_id) ?? null) : null,
      category: r.category,
      label: labelOf(byKey.get(r.category), locale, r.category),
      lastRaisedAt: new Date(r.last_raised).toISOString(),
      count: Number(r.n),
    }))
    .sort(
      (a, b) => a.lastRaisedAt.localeCompare(b.lastRaisedAt) || a.customerName.localeCompare(b.customerName, 'zh-CN') || a.category.localeCompare(b.category),
    );
}

/** The messages behind one heat-map cell (a row and a category), newest first. */
export async function cellMessages(ctx: AppContext, actor: Actor, filter: ConcernFilter & { row: string; category: string }, page: number, pageSize: number) {
  const { document } = await ctx.playbook.active();
  const timeZone = document.sla.businessHours.timeZone;
  const { query } = await raisedSource(ctx, actor, filter, timeZone);
  const matching = ctx.db
    .with('raised', () => query)
    .selectFrom('raised')
    .where('category', '=', filter.category)
    .where((eb) => (filter.row === UNASSIGNED && filter.groupBy === 'rep' ? eb('row_key', 'is', null) : eb('row_key', '=', filter.row)));
  const [ids, count] = await Promise.all([
    matching
      .select(['msgid', 'msgtime'])
      .orderBy('msgtime', 'desc')
      .orderBy('msgid')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    matching.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { msgids: ids.map((r) => r.msgid), total: Number(count.n) };
}
