import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { recordAudit } from '../core/audit/audit.js';
import type { WorkingCalendar } from '../core/calendar/calendar.service.js';
import { noticeContent } from '../core/notifications/notice-text.js';
import type { AppContext } from '../core/context.js';
import type { DB } from '../core/db/schema.js';
import type { Department, PlaybookDocument } from '../core/playbook/schema.js';
import type { Actor } from '../core/auth/actor.js';
import { AppError } from '../core/http/errors.js';
import { departmentAssignee } from '../core/org-hierarchy.js';
import { contractById, moveContract, renderRequirement, type ContractRow } from '../contracts/index.js';
import { cardDueAt, remainingAt, resumedDueAt } from './card-sla.js';

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
    data: { departments: ['product', 'finance', 'delivery'], playbookVersion: version },
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

/** The card a department works: its id, department and contract. */
interface WorkedCard {
  id: string;
  department: string;
  contract_id: string;
}

/** A department completes its card; when the last one is done the contract is approved. */
export async function completeCard(ctx: AppContext, actor: Actor, card: WorkedCard, input: { note?: string; result?: Record<string, unknown> }): Promise<void> {
  if (
    card.department === 'finance' &&
    !(await ctx.db.selectFrom('credit_checks').select('id').where('card_id', '=', card.id).where('ok', '=', true).executeTakeFirst())
  )
    throw new AppError(422, 'CREDIT_CHECK_REQUIRED');
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable('task_cards')
      .set({
        status: 'done',
        completed_at: now,
        completed_by: actor.id,
        result: JSON.stringify({ ...(input.result ?? {}), note: input.note ?? null }),
      })
      .where('id', '=', card.id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) throw new AppError(409, 'CARD_NOT_OPEN', { status: 'changed' });
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: 'card.complete',
      entityType: 'card',
      entityId: card.id,
      data: { department: card.department, note: input.note ?? null },
    });
    const open = await trx
      .selectFrom('task_cards')
      .select('id')
      .where('contract_id', '=', card.contract_id)
      .where('status', '!=', 'done')
      .where('status', '!=', 'cancelled')
      .execute();
    if (open.length === 0) {
      const contract = await contractById(trx, card.contract_id, { forUpdate: true });
      await moveContract(trx, ctx, null, contract, 'approved', { reason: 'all task cards done' });
      if (contract.owner_id)
        await ctx.notifier.toInbox(trx, [
          {
            userId: contract.owner_id,
            dedupeKey: `contract-approved:${contract.id}`,
            notice: {
              ...noticeContent('contract.approved', { contractId: contract.id, contractTitle: contract.title }),
              severity: 'info',
              link: `/contracts/${contract.id}`,
            },
          },
        ]);
    }
  });
}

/** A department sends the contract back to the rep with a reason; the other cards are cancelled. */
export async function rejectCard(ctx: AppContext, actor: Actor, card: WorkedCard, reason: string): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('task_cards')
      .set({ status: 'rejected', rejection_reason: reason, completed_at: now, completed_by: actor.id })
      .where('id', '=', card.id)
      .execute();
    await trx
      .updateTable('task_cards')
      .set({ status: 'cancelled', completed_at: now })
      .where('contract_id', '=', card.contract_id)
      .where('status', 'in', ['open', 'paused'])
      .execute();
    const contract = await contractById(trx, card.contract_id, { forUpdate: true });
    await moveContract(trx, ctx, actor.id, contract, 'draft', { rejectedBy: card.department, reason: reason });
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: 'card.reject',
      entityType: 'card',
      entityId: card.id,
      data: { department: card.department, reason: reason },
    });
    if (contract.owner_id)
      await ctx.notifier.toInbox(trx, [
        {
          userId: contract.owner_id,
          dedupeKey: `card-rejected:${card.id}`,
          notice: {
            ...noticeContent('card.rejected', { contractId: contract.id, contractTitle: contract.title, cardId: card.id, reason }),
            severity: 'warning',
            link: `/contracts/${contract.id}`,
          },
        },
      ]);
  });
}
