import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { recordAuditBatch } from '../core/audit/audit.js';
import type { AppContext } from '../core/context.js';
import { supervisorsOfTeams } from '../core/org-hierarchy.js';
import { sweepInBatches } from '../core/scheduler/sweep.js';
import type { SweepRule } from '../core/scheduler/time-rule.js';
import { formatLocal } from '../core/calendar/working-time.js';
import { noticeContent } from '../core/notifications/notice-text.js';
import { OPEN_LEAD_STATUSES_SQL } from './lead.model.js';

const DAY = 86_400_000;
const OPEN = OPEN_LEAD_STATUSES_SQL;

/** Public-pool recycling: an owned lead without follow-up for N days goes back to the pool, after a reminder. */
export function leadPoolRules(ctx: AppContext): SweepRule[] {
  const reminder: SweepRule = {
    kind: 'sweep',
    id: 'lead-recycle-reminder',
    name: '线索即将回收公海提醒',
    run: async (now) => {
      const { version, document } = await ctx.playbook.active();
      const policy = document.assignment;
      if (!policy.recycleEnabled) return 0;
      const remindBefore = new Date(now.getTime() - (policy.recycleAfterDays - policy.recycleReminderDays) * DAY);
      const tz = document.sla.businessHours.timeZone;
      return sweepInBatches(ctx.db, async (trx, limit) => {
        const { rows } = await sql<{ id: string; name: string; owner_id: string; team_id: string | null; last_activity_at: Date }>`
          with due as (
            select id from leads
            where owner_id is not null and status in ${OPEN} and last_activity_at <= ${remindBefore}
              and (recycle_reminded_at is null or recycle_reminded_at < last_activity_at)
            order by last_activity_at limit ${limit} for update skip locked)
          update leads l set recycle_reminded_at = ${now} from due where l.id = due.id
          returning l.id, l.name, l.owner_id, l.team_id, l.last_activity_at`.execute(trx);
        if (rows.length === 0) return 0;
        const tasks = rows.map((lead) => {
          const recycleAt = new Date(lead.last_activity_at.getTime() + policy.recycleAfterDays * DAY);
          const idleDays = Math.floor((now.getTime() - lead.last_activity_at.getTime()) / DAY);
          return {
            id: randomUUID(),
            kind: 'rule',
            title: `跟进线索「${lead.name}」，避免回收公海`,
            assignee_id: lead.owner_id,
            team_id: lead.team_id,
            entity_type: 'lead',
            entity_id: lead.id,
            rule_id: 'lead-recycle-reminder',
            reason: `已 ${idleDays} 天无跟进，超过 ${policy.recycleAfterDays} 天未跟进将于 ${formatLocal(recycleAt, tz)} 自动回收至公海`,
            facts: JSON.stringify({
              lastActivityAt: lead.last_activity_at.toISOString(),
              idleDays,
              recycleAfterDays: policy.recycleAfterDays,
              recycleAt: recycleAt.toISOString(),
            }),
            playbook_version: version,
            due_at: recycleAt,
            dedupe_key: `lead-recycle-reminder:${lead.id}:${lead.last_activity_at.toISOString()}`,
            created_at: now,
          };
        });
        await trx
          .insertInto('tasks')
          .values(tasks)
          .onConflict((oc) => oc.column('dedupe_key').doNothing())
          .execute();
        await ctx.notifier.toInbox(
          trx,
          tasks.map((t, i) => ({
            userId: t.assignee_id,
            dedupeKey: t.dedupe_key,
            notice: {
              ...noticeContent(
                'lead.recycle.reminder',
                {
                  leadId: t.entity_id,
                  leadName: rows[i].name,
                  taskId: t.id,
                  idleDays: Math.floor((now.getTime() - rows[i].last_activity_at.getTime()) / DAY),
                  recycleAfterDays: policy.recycleAfterDays,
                  recycleAt: t.due_at.toISOString(),
                },
                tz,
              ),
              severity: 'warning',
              link: `/leads/${t.entity_id}`,
            },
          })),
        );
        return rows.length;
      });
    },
  };

  const recycle: SweepRule = {
    kind: 'sweep',
    id: 'lead-recycle',
    name: '超期未跟进线索回收公海',
    run: async (now) => {
      const { document } = await ctx.playbook.active();
      const policy = document.assignment;
      if (!policy.recycleEnabled) return 0;
      const idleSince = new Date(now.getTime() - policy.recycleAfterDays * DAY);
      return sweepInBatches(ctx.db, async (trx, limit) => {
        const { rows } = await sql<{ id: string; name: string; previous_owner: string; previous_team: string | null; last_activity_at: Date }>`
          with due as (
            select id, owner_id, team_id from leads
            where owner_id is not null and status in ${OPEN} and last_activity_at <= ${idleSince}
            order by last_activity_at limit ${limit} for update skip locked)
          update leads l set owner_id = null, team_id = null, assigned_at = null, pool_since = ${now},
            unassigned_alerted_at = null, recycle_reminded_at = null, updated_at = ${now}
          from due where l.id = due.id
          returning l.id, l.name, due.owner_id as previous_owner, due.team_id as previous_team, l.last_activity_at`.execute(trx);
        if (rows.length === 0) return 0;
        const ids = rows.map((r) => r.id);
        await trx
          .updateTable('tasks')
          .set({ status: 'cancelled', completed_at: now })
          .where('entity_id', 'in', ids)
          .where('rule_id', '=', 'lead-recycle-reminder')
          .where('status', '=', 'open')
          .execute();
        const supervisors = await supervisorsOfTeams(
          trx,
          rows.flatMap((r) => (r.previous_team ? [r.previous_team] : [])),
        );
        await ctx.notifier.toInbox(
          trx,
          rows.flatMap((lead) => {
            const notice = {
              ...noticeContent(
                'lead.recycled',
                { leadId: lead.id, leadName: lead.name, previousOwner: lead.previous_owner, recycleAfterDays: policy.recycleAfterDays },
                document.sla.businessHours.timeZone,
              ),
              severity: 'info' as const,
              link: `/leads/${lead.id}`,
            };
            const supervisor = lead.previous_team ? supervisors.get(lead.previous_team) : undefined;
            return [lead.previous_owner, ...(supervisor ? [supervisor] : [])].map((userId) => ({
              userId,
              notice,
              dedupeKey: `lead-recycled:${lead.id}:${now.toISOString()}`,
            }));
          }),
        );
        await recordAuditBatch(
          trx,
          ctx.clock,
          rows.map((l) => ({
            actorId: null,
            action: 'lead.recycle',
            entityType: 'lead',
            entityId: l.id,
            data: {
              rule: 'lead-recycle',
              previousOwner: l.previous_owner,
              lastActivityAt: l.last_activity_at.toISOString(),
              recycleAfterDays: policy.recycleAfterDays,
            },
          })),
        );
        await ctx.events.publishAll(
          trx,
          'lead.assigned',
          rows.map((l) => ({
            leadId: l.id,
            ownerId: null,
            teamId: null,
            previousOwnerId: l.previous_owner,
            via: 'recycle' as const,
            actorId: null,
            assignedAt: now.toISOString(),
          })),
        );
        return rows.length;
      });
    },
  };

  return [reminder, recycle];
}
