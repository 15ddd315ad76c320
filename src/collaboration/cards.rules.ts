import { sql } from 'kysely';
import { recordAuditBatch } from '../core/audit/audit.js';
import type { AppContext } from '../core/context.js';
import type { InboxDelivery } from '../core/notifications/notifier.js';
import { departmentHeads, supervisorsOfTeams } from '../core/org-hierarchy.js';
import type { Department } from '../core/playbook/schema.js';
import { sweepInBatches } from '../core/scheduler/sweep.js';
import type { SweepRule } from '../core/scheduler/time-rule.js';
import { CARD_KINDS } from './cards.service.js';

interface OverdueCard {
  id: string;
  department: Department;
  title: string;
  assignee_id: string | null;
  due_at: Date;
  contract_id: string;
  owner_id: string | null;
  team_id: string | null;
}

/** 超时自动标红并推送至双方上级: once per card, to the department's head and the rep's supervisor. */
export function cardSlaRules(ctx: AppContext): SweepRule[] {
  return [
    {
      kind: 'sweep',
      id: 'card-overdue',
      name: '跨部门任务卡超时：推送双方上级',
      run: async (now) => {
        const { document } = await ctx.playbook.active();
        return sweepInBatches(ctx.db, async (trx, limit) => {
          const { rows } = await sql<OverdueCard>`
            with due as (
              select id from task_cards where status = 'open' and overdue_at is null and due_at <= ${now}
              order by due_at limit ${limit} for update skip locked)
            update task_cards c set overdue_at = ${now} from due, contracts k
            where c.id = due.id and k.id = c.contract_id
            returning c.id, c.department, c.title, c.assignee_id, c.due_at, c.contract_id, k.owner_id, k.team_id`.execute(trx);
          if (rows.length === 0) return 0;
          const supervisors = await supervisorsOfTeams(
            trx,
            rows.flatMap((r) => (r.team_id ? [r.team_id] : [])),
          );
          const heads = new Map<Department, string[]>();
          for (const d of ['product', 'finance', 'delivery'] as const) heads.set(d, await departmentHeads(trx, document.collaboration, d));
          const deliveries: InboxDelivery[] = rows.flatMap((card) => {
            const salesSide = card.team_id ? supervisors.get(card.team_id) : undefined;
            const recipients = new Set([
              ...(heads.get(card.department) ?? []),
              ...(salesSide ? [salesSide] : []),
              ...(card.assignee_id ? [card.assignee_id] : []),
              ...(card.owner_id ? [card.owner_id] : []),
            ]);
            const notice = {
              kind: 'card.overdue',
              severity: 'critical' as const,
              title: `【协作超时】${card.title}`,
              body: `${CARD_KINDS[card.department].title}时限 ${document.collaboration.slaDays[card.department]} 个工作日，已超时未完成。`,
              link: `/collaboration/cards/${card.id}`,
              data: { cardId: card.id, contractId: card.contract_id, department: card.department, dueAt: card.due_at.toISOString() },
            };
            return [...recipients].map((userId) => ({ userId, notice, dedupeKey: `card-overdue:${card.id}` }));
          });
          await ctx.notifier.toInbox(trx, deliveries);
          for (const card of rows.filter((r) => r.team_id)) {
            await ctx.notifier.toTeamChannels(
              trx,
              [card.team_id!],
              {
                title: `【协作超时】${card.title}`,
                severity: 'critical',
                lines: [`${CARD_KINDS[card.department].title}已超过 ${document.collaboration.slaDays[card.department]} 个工作日时限。`],
                link: { label: '打开协作看板', url: ctx.notifier.absoluteLink(`/collaboration/cards/${card.id}`)! },
              },
              `card-overdue:${card.id}`,
            );
          }
          await recordAuditBatch(
            trx,
            ctx.clock,
            rows.map((c) => ({
              actorId: null,
              action: 'card.overdue',
              entityType: 'card',
              entityId: c.id,
              data: { rule: 'card-overdue', department: c.department, dueAt: c.due_at.toISOString() },
            })),
          );
          await ctx.events.publishAll(
            trx,
            'card.overdue',
            rows.map((c) => ({
              cardId: c.id,
              contractId: c.contract_id,
              department: c.department,
              title: c.title,
              assigneeId: c.assignee_id,
              ownerId: c.owner_id,
              teamId: c.team_id,
              dueAt: c.due_at.toISOString(),
              overdueAt: now.toISOString(),
            })),
          );
          return rows.length;
        });
      },
    },
  ];
}
