import { sql } from 'kysely';
import { recordAuditBatch } from '../core/audit/audit.js';
import type { AppContext } from '../core/context.js';
import { text } from '../core/i18n/catalogue.js';
import { noticeContent, noticeIn, type NoticeDataOf } from '../core/notifications/notice-text.js';
import type { InboxDelivery } from '../core/notifications/notifier.js';
import { departmentHeads, supervisorsOfTeams } from '../core/org-hierarchy.js';
import type { Department } from '../core/playbook/schema.js';
import { sweepInBatches } from '../core/scheduler/sweep.js';
import type { SweepRule } from '../core/scheduler/time-rule.js';

interface OverdueCard {
  id: string;
  department: Department;
  title: string;
  assignee_id: string | null;
  due_at: Date;
  contract_id: string;
  contract_title: string;
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
        const { document, version } = await ctx.playbook.active();
        return sweepInBatches(ctx.db, async (trx, limit) => {
          const { rows } = await sql<OverdueCard>`
            with due as (
              select id from task_cards where status = 'open' and overdue_at is null and due_at <= ${now}
              order by due_at limit ${limit} for update skip locked)
            update task_cards c set overdue_at = ${now} from due, contracts k
            where c.id = due.id and k.id = c.contract_id
            returning c.id, c.department, c.title, c.assignee_id, c.due_at, c.contract_id, k.title as contract_title, k.owner_id, k.team_id`.execute(trx);
          if (rows.length === 0) return 0;
          const supervisors = await supervisorsOfTeams(
            trx,
            rows.flatMap((r) => (r.team_id ? [r.team_id] : [])),
          );
          const overdueData = (card: OverdueCard): NoticeDataOf['card.overdue'] => ({
            cardId: card.id,
            contractId: card.contract_id,
            contractTitle: card.contract_title,
            department: card.department,
            slaDays: document.collaboration.slaDays[card.department],
            dueAt: card.due_at.toISOString(),
          });
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
              ...noticeContent('card.overdue', overdueData(card), document.sla.businessHours.timeZone),
              severity: 'critical' as const,
              link: `/collaboration/cards/${card.id}`,
            };
            return [...recipients].map((userId) => ({ userId, notice, dedupeKey: `card-overdue:${card.id}` }));
          });
          await ctx.notifier.toInbox(trx, deliveries);
          for (const card of rows.filter((r) => r.team_id)) {
            await ctx.notifier.toTeamChannels(
              trx,
              [card.team_id!],
              (locale) => ({
                title: noticeIn(locale, 'card.overdue', overdueData(card), document.sla.businessHours.timeZone).title,
                severity: 'critical',
                lines: [text(locale, 'bot.card.overdue', { department: card.department, slaDays: document.collaboration.slaDays[card.department] })],
                link: { label: text(locale, 'bot.card.open'), url: ctx.notifier.absoluteLink(`/collaboration/cards/${card.id}`)! },
              }),
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
              data: {
                rule: 'card-overdue',
                department: c.department,
                dueAt: c.due_at.toISOString(),
                slaDays: document.collaboration.slaDays[c.department],
                playbookVersion: version,
              },
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
