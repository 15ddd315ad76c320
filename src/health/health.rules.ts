import { randomUUID } from 'node:crypto';
import { sql, type RawBuilder, type Transaction } from 'kysely';
import { recordAuditBatch } from '../core/audit/audit.js';
import { formatLocal, localParts } from '../core/calendar/working-time.js';
import type { AppContext } from '../core/context.js';
import type { DB } from '../core/db/schema.js';
import { noticeContent, type NoticeContent } from '../core/notifications/notice-text.js';
import type { JsonObject } from '../core/events/catalog.js';
import { sweepInBatches } from '../core/scheduler/sweep.js';
import type { SweepRule } from '../core/scheduler/time-rule.js';
import { RUNNING_CONTRACT_STATES } from '../contracts/index.js';
import { renewalStartedSql, windowStartSql } from './health.query.js';

/**
 * 健康度预警: three sweeps, each creating exactly one remedial task per customer and occurrence of
 * its condition (the task's unique dedupe_key names the occurrence), in the rep's queue and the
 * supervisor's team view. Each sweep first closes the open tasks whose condition has gone (a new
 * interaction, a renewal conversation, a better NPS), so a later occurrence can fire again.
 */

export const HEALTH_RULES = {
  inactive: { id: 'health-inactive', name: '健康度预警：客户长期无互动' },
  renewal: { id: 'health-renewal', name: '健康度预警：合同到期前未启动续费沟通' },
  nps: { id: 'health-nps', name: '健康度预警：NPS 低于阈值' },
} as const;

const DAY = 86_400_000;

interface TaskSpec {
  ruleId: string;
  ruleName: string;
  customerId: string;
  assigneeId: string;
  teamId: string | null;
  title: string;
  reason: string;
  facts: JsonObject;
  dedupeKey: string;
  notice: NoticeContent;
}

/** Inserts the tasks (a repeated occurrence is a no-op), tells the reps and audits what was created. */
async function createTasks(trx: Transaction<DB>, ctx: AppContext, specs: TaskSpec[], now: Date, version: number, dueHours: number): Promise<number> {
  if (specs.length === 0) return 0;
  const dueAt = new Date(now.getTime() + dueHours * 3_600_000);
  const rows = specs.map((s) => ({
    id: randomUUID(),
    kind: 'rule',
    title: s.title,
    assignee_id: s.assigneeId,
    team_id: s.teamId,
    entity_type: 'customer',
    entity_id: s.customerId,
    rule_id: s.ruleId,
    reason: s.reason,
    facts: JSON.stringify({ ...s.facts, ruleName: s.ruleName, playbookVersion: version }),
    playbook_version: version,
    due_at: dueAt,
    dedupe_key: s.dedupeKey,
    created_at: now,
  }));
  const inserted = await trx
    .insertInto('tasks')
    .values(rows)
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning(['id', 'dedupe_key'])
    .execute();
  if (inserted.length === 0) return 0;
  const created = new Set(inserted.map((r) => r.dedupe_key));
  const fresh = specs.filter((s) => created.has(s.dedupeKey));
  const idOf = new Map(inserted.map((r) => [r.dedupe_key, r.id]));
  await ctx.notifier.toInbox(
    trx,
    fresh.map((s) => ({
      userId: s.assigneeId,
      dedupeKey: s.dedupeKey,
      notice: {
        ...s.notice,
        severity: 'warning' as const,
        link: `/customers/${s.customerId}`,
        data: { ...s.notice.data, taskId: idOf.get(s.dedupeKey) },
      },
    })),
  );
  await recordAuditBatch(
    trx,
    ctx.clock,
    fresh.map((s) => ({
      actorId: null,
      action: 'health.alert',
      entityType: 'customer',
      entityId: s.customerId,
      data: { rule: s.ruleId, taskId: idOf.get(s.dedupeKey), facts: s.facts, playbookVersion: version },
    })),
  );
  await ctx.events.publishAll(
    trx,
    'customer.health_alert',
    fresh.map((s) => ({
      customerId: s.customerId,
      rule: s.ruleId,
      taskId: idOf.get(s.dedupeKey)!,
      assigneeId: s.assigneeId,
      teamId: s.teamId,
      facts: s.facts,
      createdAt: now.toISOString(),
    })),
  );
  return inserted.length;
}

/** Closes open tasks of a rule whose condition has gone; returns how many. */
async function closeTasks(ctx: AppContext, ruleId: string, now: Date, condition: RawBuilder<boolean>, note: string, version: number): Promise<number> {
  return ctx.db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ id: string; entity_id: string }>`
      update tasks t set status = 'done', completed_at = ${now}, completion_note = ${note}
      where t.rule_id = ${ruleId} and t.status = 'open' and t.entity_type = 'customer' and ${condition}
      returning t.id, t.entity_id`.execute(trx);
    await recordAuditBatch(
      trx,
      ctx.clock,
      rows.map((r) => ({
        actorId: null,
        action: 'health.alert.clear',
        entityType: 'customer',
        entityId: r.entity_id,
        data: { rule: ruleId, taskId: r.id, note, playbookVersion: version },
      })),
    );
    return rows.length;
  });
}

export function healthRules(ctx: AppContext): SweepRule[] {
  const inactive: SweepRule = {
    kind: 'sweep',
    id: HEALTH_RULES.inactive.id,
    name: HEALTH_RULES.inactive.name,
    run: async (now) => {
      const { version, document } = await ctx.playbook.active();
      const days = document.thresholds.inactiveCustomerDays;
      const tz = document.sla.businessHours.timeZone;
      // A new interaction moves last_activity_at past the one the task fired for.
      await closeTasks(
        ctx,
        HEALTH_RULES.inactive.id,
        now,
        sql<boolean>`exists (select 1 from customers c where c.id = t.entity_id and c.last_activity_at > (t.facts->>'lastActivityAt')::timestamptz)`,
        '客户已有新的互动，预警解除',
        version,
      );
      const cutoff = new Date(now.getTime() - days * DAY);
      return sweepInBatches(ctx.db, async (trx, limit) => {
        const { rows } = await sql<{ id: string; name: string; owner_id: string; team_id: string | null; last_activity_at: Date }>`
          with due as (
            select id from customers
            where owner_id is not null and health_inactive_for is distinct from last_activity_at and last_activity_at <= ${cutoff}
            order by last_activity_at limit ${limit} for update skip locked)
          update customers c set health_inactive_for = c.last_activity_at from due where c.id = due.id
          returning c.id, c.name, c.owner_id, c.team_id, c.last_activity_at`.execute(trx);
        await createTasks(
          trx,
          ctx,
          rows.map((c) => {
            const idleDays = Math.floor((now.getTime() - c.last_activity_at.getTime()) / DAY);
            return {
              ruleId: HEALTH_RULES.inactive.id,
              ruleName: HEALTH_RULES.inactive.name,
              customerId: c.id,
              assigneeId: c.owner_id,
              teamId: c.team_id,
              title: `客户「${c.name}」已 ${idleDays} 天无互动，请尽快联系`,
              reason: `最近一次互动在 ${formatLocal(c.last_activity_at, tz)}，已超过 ${days} 天没有任何跟进（${HEALTH_RULES.inactive.name}）。请安排拜访或沟通，并记录跟进。`,
              facts: { lastActivityAt: c.last_activity_at.toISOString(), idleDays, thresholdDays: days },
              dedupeKey: `health-inactive:${c.id}:${c.last_activity_at.toISOString()}`,
              notice: noticeContent(
                'health.inactive',
                {
                  customerId: c.id,
                  customerName: c.name,
                  ruleId: HEALTH_RULES.inactive.id,
                  lastActivityAt: c.last_activity_at.toISOString(),
                  idleDays,
                  thresholdDays: days,
                },
                tz,
              ),
            };
          }),
          now,
          version,
          document.health.taskDueHours,
        );
        return rows.length;
      });
    },
  };

  const renewal: SweepRule = {
    kind: 'sweep',
    id: HEALTH_RULES.renewal.id,
    name: HEALTH_RULES.renewal.name,
    run: async (now) => {
      const { version, document } = await ctx.playbook.active();
      const window = document.thresholds.renewalWarningDays;
      const tz = document.sla.businessHours.timeZone;
      const today = localParts(now, tz).date;
      await closeTasks(
        ctx,
        HEALTH_RULES.renewal.id,
        now,
        sql<boolean>`${renewalStartedSql(sql`t.entity_id`, sql`(t.facts->>'contractId')::uuid`, sql`(t.facts->>'windowStart')::timestamptz`)}`,
        '已启动续费沟通，预警解除',
        version,
      );
      let fired = 0;
      await sweepInBatches(ctx.db, async (trx, limit) => {
        const ws = windowStartSql(sql.ref('k.end_date'), window, tz);
        const { rows } = await sql<{
          id: string;
          title: string;
          customer_id: string;
          end_date: string;
          name: string;
          assignee: string;
          team_id: string | null;
          window_start: Date;
        }>`
          select k.id, k.title, k.customer_id, to_char(k.end_date, 'YYYY-MM-DD') as end_date, c.name,
            coalesce(c.owner_id, k.owner_id) as assignee, coalesce(c.team_id, k.team_id) as team_id, ${ws} as window_start
          from contracts k join customers c on c.id = k.customer_id
          where k.status in (${sql.join(RUNNING_CONTRACT_STATES)}) and k.end_date >= ${today}::date and k.end_date <= ${today}::date + ${window}::int
            and coalesce(c.owner_id, k.owner_id) is not null
            and not exists (select 1 from tasks t where t.dedupe_key = 'health-renewal:' || k.id::text || ':' || to_char(k.end_date, 'YYYY-MM-DD'))
            and not ${renewalStartedSql(sql.ref('k.customer_id'), sql.ref('k.id'), ws)}
          order by k.end_date, k.id limit ${limit}`.execute(trx);
        fired += await createTasks(
          trx,
          ctx,
          rows.map((k) => {
            const daysLeft = Math.round((Date.parse(`${k.end_date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY);
            return {
              ruleId: HEALTH_RULES.renewal.id,
              ruleName: HEALTH_RULES.renewal.name,
              customerId: k.customer_id,
              assigneeId: k.assignee,
              teamId: k.team_id,
              title: `客户「${k.name}」合同「${k.title}」将于 ${k.end_date} 到期，尚未启动续费沟通`,
              reason: `合同还有 ${daysLeft} 天到期；自 ${formatLocal(new Date(k.window_start), tz)} 进入到期前 ${window} 天以来，客户没有新的跟进、商机或合同（${HEALTH_RULES.renewal.name}）。请尽快启动续费沟通。`,
              facts: {
                contractId: k.id,
                contractTitle: k.title,
                endDate: k.end_date,
                daysLeft,
                windowDays: window,
                windowStart: new Date(k.window_start).toISOString(),
              },
              dedupeKey: `health-renewal:${k.id}:${k.end_date}`,
              notice: noticeContent(
                'health.renewal',
                {
                  customerId: k.customer_id,
                  customerName: k.name,
                  ruleId: HEALTH_RULES.renewal.id,
                  contractId: k.id,
                  contractTitle: k.title,
                  endDate: k.end_date,
                  daysLeft,
                  windowDays: window,
                  windowStart: new Date(k.window_start).toISOString(),
                },
                tz,
              ),
            };
          }),
          now,
          version,
          document.health.taskDueHours,
        );
        return rows.length;
      });
      return fired;
    },
  };

  const nps: SweepRule = {
    kind: 'sweep',
    id: HEALTH_RULES.nps.id,
    name: HEALTH_RULES.nps.name,
    run: async (now) => {
      const { version, document } = await ctx.playbook.active();
      const below = document.thresholds.npsAlertBelow;
      await closeTasks(
        ctx,
        HEALTH_RULES.nps.id,
        now,
        sql<boolean>`(select n.score from nps_responses n where n.customer_id = t.entity_id order by n.created_at desc, n.seq desc limit 1) >= ${below}`,
        'NPS 已回升，预警解除',
        version,
      );
      let fired = 0;
      await sweepInBatches(ctx.db, async (trx, limit) => {
        const { rows } = await sql<{ id: string; customer_id: string; score: number; created_at: Date; comment: string | null }>`
          with due as (select id from nps_responses where evaluated_at is null order by created_at limit ${limit} for update skip locked)
          update nps_responses n set evaluated_at = ${now} from due where n.id = due.id
          returning n.id, n.customer_id, n.score, n.created_at, n.comment`.execute(trx);
        if (rows.length === 0) return 0;
        const customerIds = [...new Set(rows.map((r) => r.customer_id))];
        const latest = await sql<{ id: string }>`
          select distinct on (customer_id) id from nps_responses
          where customer_id in (${sql.join(customerIds)}) order by customer_id, created_at desc, seq desc`.execute(trx);
        const latestIds = new Set(latest.rows.map((r) => r.id));
        const low = rows.filter((r) => latestIds.has(r.id) && Number(r.score) < below);
        if (low.length === 0) return rows.length;
        const customers = await trx
          .selectFrom('customers')
          .select(['id', 'name', 'owner_id', 'team_id'])
          .where(
            'id',
            'in',
            low.map((r) => r.customer_id),
          )
          .where('owner_id', 'is not', null)
          .execute();
        const byId = new Map(customers.map((c) => [c.id, c]));
        const specs: TaskSpec[] = low.flatMap((r) => {
          const c = byId.get(r.customer_id);
          if (!c?.owner_id) return [];
          const score = Number(r.score);
          return [
            {
              ruleId: HEALTH_RULES.nps.id,
              ruleName: HEALTH_RULES.nps.name,
              customerId: c.id,
              assigneeId: c.owner_id,
              teamId: c.team_id,
              title: `客户「${c.name}」NPS ${score} 分，低于 ${below} 分`,
              reason: `客户最新的 NPS 评分为 ${score} 分（${formatLocal(r.created_at, document.sla.businessHours.timeZone)}），低于预警阈值 ${below} 分（${HEALTH_RULES.nps.name}）${r.comment ? `；客户反馈：「${r.comment}」` : ''}。请联系客户了解不满原因并制定改进计划。`,
              facts: { npsResponseId: r.id, score, threshold: below, answeredAt: r.created_at.toISOString() },
              dedupeKey: `health-nps:${r.id}`,
              notice: noticeContent(
                'health.nps',
                {
                  customerId: c.id,
                  customerName: c.name,
                  ruleId: HEALTH_RULES.nps.id,
                  npsResponseId: r.id,
                  score,
                  threshold: below,
                  answeredAt: r.created_at.toISOString(),
                  comment: r.comment,
                  hasComment: Boolean(r.comment),
                },
                document.sla.businessHours.timeZone,
              ),
            },
          ];
        });
        // A newer low answer supersedes the customer's earlier open NPS task.
        if (specs.length) {
          await trx
            .updateTable('tasks')
            .set({ status: 'cancelled', completed_at: now, completion_note: '已被新的 NPS 预警取代' })
            .where('rule_id', '=', HEALTH_RULES.nps.id)
            .where('status', '=', 'open')
            .where(
              'entity_id',
              'in',
              specs.map((s) => s.customerId),
            )
            .where(
              'dedupe_key',
              'not in',
              specs.map((s) => s.dedupeKey),
            )
            .execute();
        }
        fired += await createTasks(trx, ctx, specs, now, version, document.health.taskDueHours);
        return rows.length;
      });
      return fired;
    },
  };

  return [inactive, renewal, nps];
}
