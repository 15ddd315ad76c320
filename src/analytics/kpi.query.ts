import { sql, type RawBuilder } from 'kysely';
import type { Actor } from '../core/auth/actor.js';
import { inScope } from '../core/auth/scope.js';
import type { AppContext } from '../core/context.js';
import type { KpiPolicy } from '../core/playbook/schema.js';
import { authenticityMetrics } from './authenticity-hook.js';
import type { Period } from './period.js';

/**
 * Management KPIs per team or region, every number aggregated in SQL with
 * GROUP BY GROUPING SETS ((group), ()) — the empty set is the total row.
 */

export type KpiGroupBy = 'team' | 'region';

export interface KpiNumbers {
  /** Leads closed (converted or disqualified) in the period and their average days from arrival to close. */
  leadCycle: { closed: number; avgDays: number | null };
  /** High-intent leads arrived in the period whose 48 h window is over, and how many were answered within it. */
  highIntent: { total: number; answeredInWindow: number; rate: number | null };
  /** Leads arrived in the period whose response SLA is decided: met ÷ (met + breached). */
  responseSla: { met: number; breached: number; rate: number | null };
  /** Leads arrived in the period and how many of them are converted. */
  conversion: { arrived: number; converted: number; rate: number | null };
  /** Contracts whose delivery started in the period: working days from submission to delivery start. */
  contractToDelivery: { contracts: number; avgWorkingDays: number | null; avgDays: number | null };
  /** From the authenticity module (author's team / region). */
  fakeFollowupRate: number | null;
  effectiveActionDensity: number | null;
}

export interface KpiGroup extends KpiNumbers {
  key: string | null;
  label: string | null;
}

const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);
const round2 = (n: number | null) => (n === null || n === undefined ? null : Math.round(Number(n) * 100) / 100);

const empty = (): KpiNumbers => ({
  leadCycle: { closed: 0, avgDays: null },
  highIntent: { total: 0, answeredInWindow: 0, rate: null },
  responseSla: { met: 0, breached: 0, rate: null },
  conversion: { arrived: 0, converted: 0, rate: null },
  contractToDelivery: { contracts: 0, avgWorkingDays: null, avgDays: null },
  fakeFollowupRate: null,
  effectiveActionDensity: null,
});

interface Grouped {
  k: string | null;
  total_row: number;
}

export async function kpiReport(ctx: AppContext, actor: Actor, period: Period, groupBy: KpiGroupBy, policy: KpiPolicy, now: Date) {
  const leadKey = sql.ref(groupBy === 'team' ? 'leads.team_id' : 'leads.region');
  const contractKey = sql.ref(groupBy === 'team' ? 'contracts.team_id' : 'contracts.region');
  const sets = (key: RawBuilder<unknown>) => sql`grouping sets ((${key}), ())`;
  const windowStartedBefore = new Date(now.getTime() - policy.highIntentResponseHours * 3_600_000);
  const closedAt = sql`case when leads.status = 'converted' then customers.created_at else leads.updated_at end`;
  const tz = period.timeZone;

  const [cohort, cycle, delivery, authenticity] = await Promise.all([
    ctx.db
      .selectFrom('leads')
      .where(inScope(actor.scope, 'leads'))
      .where('leads.created_at', '>=', period.start)
      .where('leads.created_at', '<', period.end)
      .select([
        sql<string | null>`${leadKey}::text`.as('k'),
        sql<number>`grouping(${leadKey})`.as('total_row'),
        sql<number>`count(*)`.as('arrived'),
        sql<number>`count(*) filter (where leads.status = 'converted')`.as('converted'),
        sql<number>`count(*) filter (where leads.sla_status = 'met')`.as('sla_met'),
        sql<number>`count(*) filter (where leads.sla_status = 'breached')`.as('sla_breached'),
        sql<number>`count(*) filter (where leads.status in (${sql.join(policy.highIntentStatuses)})
          and (leads.responded_at is not null or leads.created_at <= ${windowStartedBefore}))`.as('hi_total'),
        sql<number>`count(*) filter (where leads.status in (${sql.join(policy.highIntentStatuses)})
          and leads.responded_at is not null
          and leads.responded_at <= leads.created_at + ${policy.highIntentResponseHours} * interval '1 hour')`.as('hi_answered'),
      ])
      .groupBy(sets(leadKey))
      .execute(),
    ctx.db
      .selectFrom('leads')
      .leftJoin('customers', 'customers.lead_id', 'leads.id')
      .where(inScope(actor.scope, 'leads'))
      .where('leads.status', 'in', ['converted', 'disqualified'])
      .where(sql<boolean>`${closedAt} >= ${period.start} and ${closedAt} < ${period.end}`)
      .select([
        sql<string | null>`${leadKey}::text`.as('k'),
        sql<number>`grouping(${leadKey})`.as('total_row'),
        sql<number>`count(*)`.as('closed'),
        sql<number | null>`avg(extract(epoch from ${closedAt} - leads.created_at)) / 86400`.as('avg_days'),
      ])
      .groupBy(sets(leadKey))
      .execute(),
    // Working days: the working days after the submission date up to and including the delivery
    // start date (local dates; 0 on the same day), from calendar_days with company overrides,
    // Monday–Friday for dates outside the precomputed years.
    ctx.db
      .selectFrom('contracts')
      .where(inScope(actor.scope, 'contracts'))
      .where('contracts.delivery_started_at', '>=', period.start)
      .where('contracts.delivery_started_at', '<', period.end)
      .select([
        sql<string | null>`${contractKey}::text`.as('k'),
        sql<number>`grouping(${contractKey})`.as('total_row'),
        sql<number>`count(*)`.as('contracts'),
        sql<number | null>`avg(extract(epoch from contracts.delivery_started_at - coalesce(contracts.submitted_at, contracts.created_at))) / 86400`.as(
          'avg_days',
        ),
        sql<number | null>`avg((
          select count(*) from generate_series(
              (coalesce(contracts.submitted_at, contracts.created_at) at time zone ${tz})::date + 1,
              (contracts.delivery_started_at at time zone ${tz})::date,
              interval '1 day') as g(day)
            left join calendar_overrides co on co.day = g.day::date
            left join calendar_days cd on cd.day = g.day::date
          where coalesce(co.working, cd.working, extract(isodow from g.day) < 6)))`.as('avg_working_days'),
      ])
      .groupBy(sets(contractKey))
      .execute(),
    authenticityMetrics(ctx, { scope: actor.scope, from: period.from, to: period.to, timeZone: period.timeZone, groupBy }),
  ]);

  const groups = new Map<string | null, KpiNumbers>();
  let total = empty();
  const at = (row: Grouped): KpiNumbers => {
    if (Number(row.total_row) === 1) return total;
    let g = groups.get(row.k);
    if (!g) groups.set(row.k, (g = empty()));
    return g;
  };
  for (const r of cohort) {
    const g = at(r);
    const arrived = Number(r.arrived);
    const converted = Number(r.converted);
    const met = Number(r.sla_met);
    const breached = Number(r.sla_breached);
    const hiTotal = Number(r.hi_total);
    const hiAnswered = Number(r.hi_answered);
    g.conversion = { arrived, converted, rate: rate(converted, arrived) };
    g.responseSla = { met, breached, rate: rate(met, met + breached) };
    g.highIntent = { total: hiTotal, answeredInWindow: hiAnswered, rate: rate(hiAnswered, hiTotal) };
  }
  for (const r of cycle) at(r).leadCycle = { closed: Number(r.closed), avgDays: round2(r.avg_days) };
  for (const r of delivery)
    at(r).contractToDelivery = { contracts: Number(r.contracts), avgWorkingDays: round2(r.avg_working_days), avgDays: round2(r.avg_days) };
  if (authenticity) {
    for (const [k, m] of authenticity.groups) {
      let g = groups.get(k);
      if (!g) groups.set(k, (g = empty()));
      Object.assign(g, { fakeFollowupRate: m.fakeRate, effectiveActionDensity: m.effectiveActionDensity });
    }
    total = { ...total, fakeFollowupRate: authenticity.total.fakeRate, effectiveActionDensity: authenticity.total.effectiveActionDensity };
  }

  const teamNames =
    groupBy === 'team'
      ? new Map(
          (
            await ctx.db
              .selectFrom('teams')
              .select(['id', 'name'])
              .where('id', 'in', [...groups.keys()].filter((k): k is string => k !== null).concat('00000000-0000-0000-0000-000000000000'))
              .execute()
          ).map((t) => [t.id, t.name]),
        )
      : new Map<string, string>();
  const items: KpiGroup[] = [...groups.entries()]
    .map(([key, numbers]) => ({ key, label: key === null ? null : groupBy === 'team' ? (teamNames.get(key) ?? key) : key, ...numbers }))
    .sort((a, b) => (a.label === null ? 1 : b.label === null ? -1 : a.label.localeCompare(b.label, 'zh-CN')));
  return { from: period.from, to: period.to, groupBy, groups: items, total, fakeFollowupAvailable: authenticity !== null };
}

export const KPI_DEFINITIONS = {
  'zh-CN': {
    leadCycle: '线索平均跟进周期（天）：期间内关闭的线索（已转化：以客户创建时间为关闭时间；无效：以最后更新时间为关闭时间），从到达到关闭的平均自然天数。',
    highIntent:
      '高意向客户 48 小时响应率：期间内到达、当前状态属于手册 kpi.highIntentStatuses（默认 已确认意向 / 已转化）且 48 小时窗口已结束的线索中，首次响应时间 − 到达时间 ≤ 48 小时的比例。',
    responseSla: '响应时效达标率：期间内到达、SLA 已有结果的线索中 met ÷ (met + breached)。',
    conversion: '转化率：期间内到达的线索中已转为客户的比例。',
    contractToDelivery:
      '合同到交付启动（工作日）：期间内启动交付的合同，从提交审批（未提交则为创建）日到交付启动日之间的工作日数（不含当天，含交付启动日；按中国法定工作日历及公司调整）。',
    fakeFollowupRate:
      '虚假跟进率 / 有效动作密度：来自防伪跟进模块，按跟进人当前所在团队 / 区域统计——期间内被标记且未被驳回、或抽检判定无效的跟进记录占比；有效的带标签跟进数 ÷ (销售人数 × 工作日数)。',
  },
  en: {
    leadCycle:
      'Average lead follow-up cycle (days): leads closed in the period (converted: closed when the customer was created; disqualified: at their last update), average natural days from arrival to close.',
    highIntent:
      'High-intent leads answered within 48 h: leads that arrived in the period, are now in one of the playbook’s kpi.highIntentStatuses (default qualified / converted) and whose 48 h window is over; the share whose first response came within 48 h of arrival.',
    responseSla: 'Response-SLA compliance: of leads that arrived in the period with a decided SLA, met ÷ (met + breached).',
    conversion: 'Conversion rate: share of leads that arrived in the period and are now converted to customers.',
    contractToDelivery:
      'Contract to delivery start (working days): contracts whose delivery started in the period; working days after the submission date (creation if never submitted) up to and including the delivery-start date, on the Chinese working calendar with company overrides.',
    fakeFollowupRate:
      'Fake-follow-up rate / effective action density: from the authenticity module, by the author’s current team / region — share of follow-ups in the period flagged and not dismissed or judged invalid in a spot check; effective tagged follow-ups ÷ (reps × working days).',
  },
};
