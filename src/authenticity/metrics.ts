import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { z } from 'zod';
import type { DataScope } from '../core/auth/actor.js';
import { actorOf } from '../core/auth/guard.js';
import { localParts, nextDate, zonedInstant } from '../core/calendar/working-time.js';
import type { App, AppContext } from '../core/context.js';
import type { DB } from '../core/db/schema.js';
import { AppError } from '../core/http/errors.js';
import { METRIC_ROLES, authorInScope, requireRole } from './access.js';

/**
 * Authenticity metrics, aggregated in SQL:
 * - 有效动作密度 (effective action density) per rep = effective tagged follow-ups ÷ working days of
 *   the period. Effective: a value tag, no `similar`/`burst` flag unless a review dismissed it,
 *   and not judged invalid in a spot check. Working days: the official calendar (`calendar_days`)
 *   with the company's overrides (`calendar_overrides`); days outside the precomputed years count
 *   Monday–Friday.
 * - fake-follow-up rate per team / region / period = (flagged and not dismissed, or judged
 *   invalid) ÷ all follow-ups.
 * Follow-ups count for their author, in the author's current team.
 */

/** SQL over a follow-up aliased `f`: flagged and not (yet) dismissed. */
export const FLAGGED_SQL = sql<boolean>`exists (select 1 from followup_flags ff where ff.followup_id = f.id and ff.kind in ('similar','burst') and ff.status <> 'dismissed')`;
/** SQL over a follow-up aliased `f`: judged invalid in a spot check. */
export const INVALID_SQL = sql<boolean>`exists (select 1 from spot_checks sc where sc.followup_id = f.id and sc.verdict = 'invalid')`;
/** SQL over a follow-up aliased `f`: counts as fake. */
export const FAKE_SQL = sql<boolean>`(${FLAGGED_SQL} or ${INVALID_SQL})`;
/** SQL over a follow-up aliased `f`: an effective tagged action. */
export const EFFECTIVE_SQL = sql<boolean>`(f.value_tag <> '' and not ${FLAGGED_SQL} and not ${INVALID_SQL})`;

export interface MetricsFilter {
  /** Local dates 'YYYY-MM-DD', both included. */
  from: string;
  to: string;
  timeZone: string;
  /** The reader's data scope over authors; omitted = the whole organisation. */
  scope?: DataScope;
  teamId?: string;
  region?: string;
  userIds?: string[];
}

export interface DensityRow {
  userId: string;
  name: string;
  teamId: string | null;
  teamName: string | null;
  region: string | null;
  followups: number;
  effective: number;
  flagged: number;
  invalid: number;
  /** Effective tagged follow-ups per working day; null when the period has no working day. */
  density: number | null;
}

export interface ActionDensity {
  from: string;
  to: string;
  workingDays: number;
  items: DensityRow[];
}

export interface FakeRateRow {
  followups: number;
  fake: number;
  flagged: number;
  invalid: number;
  /** fake ÷ followups, 4 decimals; null without follow-ups. */
  rate: number | null;
}

export interface FakeFollowupRate {
  from: string;
  to: string;
  total: FakeRateRow;
  regions: (FakeRateRow & { region: string | null })[];
  teams: (FakeRateRow & { teamId: string | null; teamName: string | null; region: string | null })[];
}

function period(filter: MetricsFilter) {
  return { start: zonedInstant(filter.from, 0, filter.timeZone), end: zonedInstant(nextDate(filter.to), 0, filter.timeZone) };
}

/** Conditions over an author `u` and the author's team `t`. */
function authorFilter(filter: MetricsFilter): RawBuilder<SqlBool> {
  const parts: RawBuilder<SqlBool>[] = [filter.scope ? authorInScope(filter.scope, 'u', 't') : sql<SqlBool>`true`];
  if (filter.teamId) parts.push(sql<SqlBool>`u.team_id = ${filter.teamId}`);
  if (filter.region) parts.push(sql<SqlBool>`t.region = ${filter.region}`);
  if (filter.userIds) parts.push(filter.userIds.length ? sql<SqlBool>`u.id in (${sql.join(filter.userIds)})` : sql<SqlBool>`false`);
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

/** Working days between two local dates (both included): official calendar, overrides, Monday–Friday beyond it. */
export function workingDaysSql(from: string, to: string): RawBuilder<number> {
  return sql<number>`(
    select count(*)::int from generate_series(${from}::date, ${to}::date, interval '1 day') as g(d)
    left join calendar_days cd on cd.day = g.d::date
    left join calendar_overrides co on co.day = g.d::date
    where coalesce(co.working, cd.working, extract(isodow from g.d) < 6))`;
}

/** 有效动作密度 per rep: the active sales reps in the filter, and anyone else who wrote follow-ups in the period. */
export async function actionDensity(db: Kysely<DB>, filter: MetricsFilter): Promise<ActionDensity> {
  const { start, end } = period(filter);
  const where = authorFilter(filter);
  const { rows } = await sql<{
    id: string;
    name: string;
    team_id: string | null;
    team_name: string | null;
    region: string | null;
    followups: number;
    effective: number;
    flagged: number;
    invalid: number;
    working_days: number;
    density: number | null;
  }>`
    with days as (select ${workingDaysSql(filter.from, filter.to)} as n),
    per_author as (
      select f.author_id,
        count(*)::int as followups,
        count(*) filter (where ${EFFECTIVE_SQL})::int as effective,
        count(*) filter (where ${FLAGGED_SQL})::int as flagged,
        count(*) filter (where ${INVALID_SQL})::int as invalid
      from followups f
      join users u on u.id = f.author_id
      left join teams t on t.id = u.team_id
      where f.created_at >= ${start} and f.created_at < ${end} and ${where}
      group by f.author_id
    )
    select u.id, u.display_name as name, u.team_id, t.name as team_name, t.region,
      coalesce(p.followups, 0) as followups, coalesce(p.effective, 0) as effective, coalesce(p.flagged, 0) as flagged, coalesce(p.invalid, 0) as invalid,
      days.n as working_days,
      case when days.n > 0 then round(coalesce(p.effective, 0)::numeric / days.n, 2) end as density
    from users u
    left join teams t on t.id = u.team_id
    left join per_author p on p.author_id = u.id
    cross join days
    where ((u.role = 'sales' and u.active) or p.author_id is not null) and ${where}
    order by density desc nulls last, u.display_name, u.id`.execute(db);
  const workingDays = rows[0]?.working_days ?? Number((await sql<{ n: number }>`select ${workingDaysSql(filter.from, filter.to)} as n`.execute(db)).rows[0].n);
  return {
    from: filter.from,
    to: filter.to,
    workingDays: Number(workingDays),
    items: rows.map((r) => ({
      userId: r.id,
      name: r.name,
      teamId: r.team_id,
      teamName: r.team_name,
      region: r.region,
      followups: Number(r.followups),
      effective: Number(r.effective),
      flagged: Number(r.flagged),
      invalid: Number(r.invalid),
      density: r.density === null ? null : Number(r.density),
    })),
  };
}

/** Fake-follow-up rate per team, per region and in total for the period. */
export async function fakeFollowupRate(db: Kysely<DB>, filter: MetricsFilter): Promise<FakeFollowupRate> {
  const { start, end } = period(filter);
  const { rows } = await sql<{
    team_id: string | null;
    team_name: string | null;
    region: string | null;
    level: number;
    followups: number;
    fake: number;
    flagged: number;
    invalid: number;
    rate: number | null;
  }>`
    with fu as (
      select u.team_id, t.name as team_name, t.region, ${FAKE_SQL} as fake, ${FLAGGED_SQL} as flagged, ${INVALID_SQL} as invalid
      from followups f
      join users u on u.id = f.author_id
      left join teams t on t.id = u.team_id
      where f.created_at >= ${start} and f.created_at < ${end} and ${authorFilter(filter)}
    )
    select team_id, team_name, region, grouping(team_id, team_name, region)::int as level,
      count(*)::int as followups, count(*) filter (where fake)::int as fake,
      count(*) filter (where flagged)::int as flagged, count(*) filter (where invalid)::int as invalid,
      round(count(*) filter (where fake)::numeric / nullif(count(*), 0), 4) as rate
    from fu
    group by grouping sets ((team_id, team_name, region), (region), ())
    order by level desc, rate desc nulls last, region, team_name`.execute(db);
  const row = (r: (typeof rows)[number]): FakeRateRow => ({
    followups: Number(r.followups),
    fake: Number(r.fake),
    flagged: Number(r.flagged),
    invalid: Number(r.invalid),
    rate: r.rate === null ? null : Number(r.rate),
  });
  // grouping(team_id, team_name, region) is a bit mask: 0 = a team row, 6 (team rolled up) = a region row, 7 = the total.
  const totalRow = rows.find((r) => Number(r.level) === 7);
  return {
    from: filter.from,
    to: filter.to,
    total: totalRow ? row(totalRow) : { followups: 0, fake: 0, flagged: 0, invalid: 0, rate: null },
    regions: rows.filter((r) => Number(r.level) === 6).map((r) => ({ region: r.region, ...row(r) })),
    teams: rows.filter((r) => Number(r.level) === 0).map((r) => ({ teamId: r.team_id, teamName: r.team_name, region: r.region, ...row(r) })),
  };
}

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const periodQuery = { from: date.optional(), to: date.optional() };

/** The query's period, by default the current month up to today (local dates). */
function resolvePeriod(ctx: AppContext, timeZone: string, q: { from?: string; to?: string }) {
  const today = localParts(ctx.clock.now(), timeZone).date;
  const to = q.to ?? today;
  const from = q.from ?? `${to.slice(0, 7)}-01`;
  if (from > to) throw new AppError(422, 'BAD_REQUEST', { reason: 'from > to' });
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > 1100) throw new AppError(422, 'BAD_REQUEST', { reason: 'period longer than 3 years' });
  return { from, to };
}

const rateRow = { followups: z.number().int(), fake: z.number().int(), flagged: z.number().int(), invalid: z.number().int(), rate: z.number().nullable() };

export function metricsRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/analytics/action-density',
    {
      schema: {
        operationId: 'getActionDensity',
        tags: ['authenticity', 'analytics'],
        summary: '有效动作密度: effective tagged follow-ups per rep per working day (in scope)',
        querystring: z.object({ ...periodQuery, teamId: z.uuid().optional() }),
        response: {
          200: z
            .object({
              from: z.string(),
              to: z.string(),
              workingDays: z.number().int(),
              items: z.array(
                z.object({
                  userId: z.string(),
                  name: z.string(),
                  teamId: z.string().nullable(),
                  teamName: z.string().nullable(),
                  region: z.string().nullable(),
                  followups: z.number().int(),
                  effective: z.number().int(),
                  flagged: z.number().int(),
                  invalid: z.number().int(),
                  density: z.number().nullable(),
                }),
              ),
            })
            .meta({ id: 'ActionDensity' }),
        },
        errors: { 403: ['FORBIDDEN'], 422: ['BAD_REQUEST'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      requireRole(actor, METRIC_ROLES);
      const timeZone = (await ctx.playbook.active()).document.sla.businessHours.timeZone;
      return actionDensity(ctx.db, { ...resolvePeriod(ctx, timeZone, request.query), timeZone, scope: actor.scope, teamId: request.query.teamId });
    },
  );

  app.get(
    '/analytics/fake-followup-rate',
    {
      schema: {
        operationId: 'getFakeFollowupRate',
        tags: ['authenticity', 'analytics'],
        summary: 'Fake-follow-up rate per team, region and period (flagged and not dismissed, or judged invalid ÷ all)',
        querystring: z.object({ ...periodQuery, teamId: z.uuid().optional(), region: z.string().min(1).optional() }),
        response: {
          200: z
            .object({
              from: z.string(),
              to: z.string(),
              total: z.object(rateRow),
              regions: z.array(z.object({ region: z.string().nullable(), ...rateRow })),
              teams: z.array(z.object({ teamId: z.string().nullable(), teamName: z.string().nullable(), region: z.string().nullable(), ...rateRow })),
            })
            .meta({ id: 'FakeFollowupRate' }),
        },
        errors: { 403: ['FORBIDDEN'], 422: ['BAD_REQUEST'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      requireRole(actor, METRIC_ROLES);
      const timeZone = (await ctx.playbook.active()).document.sla.businessHours.timeZone;
      return fakeFollowupRate(ctx.db, {
        ...resolvePeriod(ctx, timeZone, request.query),
        timeZone,
        scope: actor.scope,
        teamId: request.query.teamId,
        region: request.query.region,
      });
    },
  );
}
