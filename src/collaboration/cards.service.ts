import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { recordAudit } from '../core/audit/audit.js';
import type { WorkingCalendar } from '../core/calendar/calendar.service.js';
import { noticeContent } from '../core/notifications/notice-text.js';
import type { AppContext } from '../core/context.js';
import type { DB } from '../core/db/schema.js';
import type { Department, PlaybookDocument } from '../core/playbook/schema.js';
import type { ContractRow } from '../contracts/contract.model.js';
import { renderRequirement } from '../contracts/contract.service.js';
import { cardDueAt, remainingAt, resumedDueAt } from './card-sla.js';
import { departmentAssignee } from './routing.js';

export const CARD_KINDS: Record<Department, { kind: string; title: string }> = {
  product: { kind: 'requirement_review', title: '需求评审' },
  finance: { kind: 'credit_check', title: '信用核验 / 账期审核' },
  delivery: { kind: 'delivery_precheck', title: '排期预审' },
};

/** What the departments need to know about the customer without asking the rep: recent follow-ups by channel. */
export async function communicationSummary(trx: Transaction<DB>, customerId: string, document: PlaybookDocument) {
  const recent = await trx
    .selectFrom('followups')
    .select(['created_at', 'channel', 'value_tag', 'content'])
    .where('customer_id', '=', customerId)
    .orderBy('created_at', 'desc')
    .limit(10)
    .execute();
  const counts = await trx
    .selectFrom('followups')
    .select(['channel', (eb) => eb.fn.countAll<number>().as('n')])
    .where('customer_id', '=', customerId)
    .groupBy('channel')
    .execute();
  const label = (list: { key: string; label: string }[], key: string) => list.find((x) => x.key === key)?.label ?? key;
  return {
    totalFollowups: counts.reduce((s, c) => s + Number(c.n), 0),
    byChannel: Object.fromEntries(counts.map((c) => [label(document.channels, c.channel), Number(c.n)])),
    recent: recent.map((f) => ({
      at: f.created_at.toISOString(),
      channel: label(document.channels, f.channel),
      valueTag: label(document.valueTags, f.value_tag),
      excerpt: f.content.slice(0, 200),
    })),
  };
}

/** Contract submitted: one card each for product, finance and delivery, on working-day SLAs. */
export async function createCards(
  trx: Transaction<DB>,
  ctx: AppContext,
  contract: ContractRow,
  document: PlaybookDocument,
  version: number,
  calendar: WorkingCalendar,
): Promise<void> {
  const now = ctx.clock.now();
  const summary = await communicationSummary(trx, contract.customer_id, document);
  for (const department of ['product', 'finance', 'delivery'] as const) {
    const assignee = await departmentAssignee(trx, document.collaboration, department, contract.region);
    const slaDays = document.collaboration.slaDays[department];
    const id = randomUUID();
    const payload: Record<string, unknown> = {
      contract: {
        number: contract.number,
        title: contract.title,
        amount: Number(contract.amount),
        customer: contract.customer_name,
        paymentTerms: contract.payment_terms,
        clauses: contract.clauses,
        startDate: contract.start_date,
        endDate: contract.end_date,
      },
      communication: summary,
      playbookVersion: version,
      ...(department === 'product' ? { requirement: contract.requirement, requirementDocument: renderRequirement(document, contract.requirement) } : {}),
    };
    await trx
      .insertInto('task_cards')
      .values({
        id,
        contract_id: contract.id,
        department,
        kind: CARD_KINDS[department].kind,
        title: `${CARD_KINDS[department].title}：${contract.title}`,
        assignee_id: assignee,
        status: 'open',
        payload: JSON.stringify(payload),
        sla_days: slaDays,
        due_at: cardDueAt(now, slaDays, calendar.isWorkingDay, calendar.hours),
        created_at: now,
      })
      .execute();
    if (assignee) {
      await ctx.notifier.toInbox(trx, [
        {
          userId: assignee,
          dedupeKey: `card:${id}`,
          notice: {
            ...noticeContent(
              'card.created',
              { cardId: id, contractId: contract.id, contractTitle: contract.title, department, slaDays },
              calendar.hours.timeZone,
            ),
            severity: 'info',
            link: `/collaboration/cards/${id}`,
          },
        },
      ]);
    }
  }
  await recordAudit(trx, ctx.clock, {
    actorId: null,
    action: 'cards.create',
    entityType: 'contract',
    entityId: contract.id,
    data: { departments: ['product', 'finance', 'delivery'] },
  });
}

/** Freeze: open cards stop their clocks, keeping the business time they had left. */
export async function pauseCards(trx: Transaction<DB>, now: Date, contractIds: string[], calendar: WorkingCalendar): Promise<number> {
  if (contractIds.length === 0) return 0;
  const cards = await trx
    .selectFrom('task_cards')
    .select(['id', 'due_at'])
    .where('contract_id', 'in', contractIds)
    .where('status', '=', 'open')
    .forUpdate()
    .execute();
  for (const card of cards) {
    await trx
      .updateTable('task_cards')
      .set({ status: 'paused', paused_at: now, remaining_ms: remainingAt(now, card.due_at, calendar.isWorkingDay, calendar.hours) })
      .where('id', '=', card.id)
      .execute();
  }
  return cards.length;
}

export async function resumeCards(trx: Transaction<DB>, now: Date, contractIds: string[], calendar: WorkingCalendar): Promise<number> {
  if (contractIds.length === 0) return 0;
  const cards = await trx
    .selectFrom('task_cards')
    .select(['id', 'remaining_ms'])
    .where('contract_id', 'in', contractIds)
    .where('status', '=', 'paused')
    .forUpdate()
    .execute();
  for (const card of cards) {
    await trx
      .updateTable('task_cards')
      .set({
        status: 'open',
        paused_at: null,
        remaining_ms: null,
        due_at: resumedDueAt(now, Number(card.remaining_ms ?? 0), calendar.isWorkingDay, calendar.hours),
      })
      .where('id', '=', card.id)
      .execute();
  }
  return cards.length;
}
