import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import { recordAudit, recordAuditBatch } from '../core/audit/audit.js';
import type { Actor } from '../core/auth/actor.js';
import { localParts } from '../core/calendar/working-time.js';
import type { AppContext } from '../core/context.js';
import type { DB } from '../core/db/schema.js';
import { AppError, forbidden } from '../core/http/errors.js';
import type { SweepRule } from '../core/scheduler/time-rule.js';
import { raiseAnomaly } from '../collaboration/index.js';
import { contractById, findVisibleContract } from '../contracts/index.js';
import { allocatePayment, isOverdueForAnomaly, planReceivables, toCents, toYuan } from './receivable-math.js';

/** Finance records money received; the ERP does it with an API token of a finance user. */
export const mayRecordPayments = (actor: Actor) => actor.role === 'finance' || actor.role === 'admin';

/**
 * A submitted contract's instalments become receivables, due `dueDays` after the local submission
 * date. Runs inside the submission's transaction; a contract resubmitted after a rework keeps the
 * receivables it got the first time.
 */
export async function createReceivables(trx: Transaction<DB>, ctx: AppContext, contractId: string, submittedAt: Date): Promise<number> {
  const contract = await contractById(trx, contractId);
  if (!contract.payment_terms) return 0;
  const existing = await trx.selectFrom('receivables').select('id').where('contract_id', '=', contractId).executeTakeFirst();
  if (existing) return 0;
  const calendar = await ctx.calendar.current(trx);
  const base = localParts(submittedAt, calendar.hours.timeZone).date;
  const plan = planReceivables(Number(contract.amount), contract.payment_terms.instalments, base);
  const now = ctx.clock.now();
  const rows = plan.map((p) => ({
    id: randomUUID(),
    contract_id: contract.id,
    customer_id: contract.customer_id,
    seq: p.seq,
    milestone: p.milestone,
    percent: p.percent,
    amount: toYuan(p.amountCents),
    due_date: p.dueDate,
    status: 'open',
    owner_id: contract.owner_id,
    team_id: contract.team_id,
    region: contract.region,
    created_at: now,
  }));
  await trx.insertInto('receivables').values(rows).execute();
  await recordAudit(trx, ctx.clock, {
    actorId: null,
    action: 'receivable.create',
    entityType: 'contract',
    entityId: contract.id,
    data: { receivables: rows.map((r) => ({ id: r.id, seq: r.seq, amount: r.amount, dueDate: r.due_date })) },
  });
  return rows.length;
}

export interface PaymentInput {
  amount: number;
  receivedAt: string;
  reference: string;
}

/**
 * 回款登记: the money applies to the contract's oldest open receivables. More than is outstanding
 * is refused (422 OVERPAYMENT) and nothing is stored; a repeated reference on the same contract is
 * refused (409 PAYMENT_DUPLICATE), so an ERP retry cannot count money twice.
 */
export async function recordPayment(ctx: AppContext, actor: Actor, contractId: string, input: PaymentInput) {
  if (!mayRecordPayments(actor)) throw forbidden();
  const now = ctx.clock.now();
  const receivedAt = new Date(input.receivedAt);
  if (receivedAt.getTime() > now.getTime()) throw new AppError(422, 'DATE_IN_FUTURE', { field: '@field_receivedAt' });
  return ctx.db.transaction().execute(async (trx) => {
    const contract = await findVisibleContract(trx, actor, contractId, { forUpdate: true });
    const duplicate = await trx
      .selectFrom('payments')
      .select('id')
      .where('contract_id', '=', contract.id)
      .where('reference', '=', input.reference)
      .executeTakeFirst();
    if (duplicate) throw new AppError(409, 'PAYMENT_DUPLICATE', { reference: input.reference });
    const receivables = await trx.selectFrom('receivables').selectAll().where('contract_id', '=', contract.id).orderBy('seq').forUpdate().execute();
    if (receivables.length === 0) throw new AppError(409, 'NO_RECEIVABLES');
    const open = receivables
      .filter((r) => r.status === 'open')
      .map((r) => ({ id: r.id, dueDate: String(r.due_date), seq: r.seq, amountCents: toCents(Number(r.amount)), receivedCents: toCents(Number(r.received)) }));
    const allocation = allocatePayment(toCents(input.amount), open);
    if (allocation.kind === 'overpayment') {
      throw new AppError(
        422,
        'OVERPAYMENT',
        { outstanding: toYuan(allocation.outstandingCents).toFixed(2) },
        { outstanding: toYuan(allocation.outstandingCents) },
      );
    }
    const paymentId = randomUUID();
    await trx
      .insertInto('payments')
      .values({
        id: paymentId,
        contract_id: contract.id,
        customer_id: contract.customer_id,
        amount: input.amount,
        received_at: receivedAt,
        reference: input.reference,
        via: actor.via,
        recorded_by: actor.id,
        created_at: now,
      })
      .execute();
    await trx
      .insertInto('payment_allocations')
      .values(allocation.allocations.map((a) => ({ payment_id: paymentId, receivable_id: a.receivableId, amount: toYuan(a.amountCents) })))
      .execute();
    for (const a of allocation.allocations) {
      await trx
        .updateTable('receivables')
        .set({
          received: sql`received + ${toYuan(a.amountCents)}`,
          ...(a.settles ? { status: 'paid', paid_at: receivedAt } : {}),
        })
        .where('id', '=', a.receivableId)
        .execute();
    }
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: 'contract.payment',
      entityType: 'contract',
      entityId: contract.id,
      data: {
        paymentId,
        amount: input.amount,
        receivedAt: receivedAt.toISOString(),
        reference: input.reference,
        via: actor.via,
        allocations: allocation.allocations.map((a) => ({ receivableId: a.receivableId, amount: toYuan(a.amountCents), settles: a.settles })),
      },
    });
    return paymentId;
  });
}

/**
 * 回款逾期 → 付款异常: a receivable still unpaid `receivables.overdueWorkingDays` working days
 * after its due date raises the payment anomaly — the same freeze finance's manual report causes —
 * exactly once (its `overdue_raised_at` is claimed under FOR UPDATE SKIP LOCKED). Several overdue
 * receivables of one customer raise one anomaly; a customer with an open anomaly is linked to it.
 */
export function overdueReceivablesRule(ctx: AppContext): SweepRule {
  return {
    kind: 'sweep',
    id: 'receivable-overdue',
    name: '回款逾期：自动标记付款异常并冻结合同',
    run: async (now) => {
      const { document } = await ctx.playbook.active();
      const calendar = await ctx.calendar.current();
      const threshold = document.receivables.overdueWorkingDays;
      const today = localParts(now, calendar.hours.timeZone).date;
      return ctx.db.transaction().execute(async (trx) => {
        // N working days are at least N calendar days: a cheap bound before the calendar decides.
        const candidates = await trx
          .selectFrom('receivables')
          .innerJoin('contracts', 'contracts.id', 'receivables.contract_id')
          .select([
            'receivables.id',
            'receivables.customer_id',
            'receivables.seq',
            'receivables.milestone',
            'receivables.amount',
            'receivables.received',
            'receivables.due_date',
            'contracts.number',
          ])
          .where('receivables.status', '=', 'open')
          .where('receivables.overdue_raised_at', 'is', null)
          .where('receivables.due_date', '<=', sql<string>`${today}::date - ${threshold}::int`)
          .orderBy('receivables.due_date')
          .orderBy('receivables.id')
          .limit(2000)
          .forUpdate('receivables')
          .skipLocked()
          .execute();
        const due = candidates.filter((r) => isOverdueForAnomaly(String(r.due_date), today, threshold, calendar.isWorkingDay));
        if (due.length === 0) return 0;
        const byCustomer = new Map<string, typeof due>();
        for (const r of due) byCustomer.set(r.customer_id, [...(byCustomer.get(r.customer_id) ?? []), r]);
        for (const [customerId, rows] of byCustomer) {
          const outstanding = rows.reduce((t, r) => t + toCents(Number(r.amount)) - toCents(Number(r.received)), 0);
          const reason = `回款逾期：${rows
            .map((r) => `合同 ${r.number} 第 ${r.seq} 期「${r.milestone}」应于 ${String(r.due_date)} 到账`)
            .join('；')}，到期后 ${threshold} 个工作日仍未回款（未收 ${toYuan(outstanding).toFixed(2)} 元）`;
          const open = await trx
            .selectFrom('payment_anomalies')
            .select('id')
            .where('customer_id', '=', customerId)
            .where('status', '=', 'open')
            .orderBy('created_at')
            .executeTakeFirst();
          const anomalyId = open
            ? open.id
            : (await raiseAnomaly(trx, ctx, null, { customerId, reason: reason.slice(0, 500), amount: toYuan(outstanding), source: 'overdue' })).anomalyId;
          await trx
            .updateTable('receivables')
            .set({ overdue_raised_at: now, anomaly_id: anomalyId })
            .where(
              'id',
              'in',
              rows.map((r) => r.id),
            )
            .execute();
          await recordAuditBatch(
            trx,
            ctx.clock,
            rows.map((r) => ({
              actorId: null,
              action: 'receivable.overdue',
              entityType: 'receivable',
              entityId: r.id,
              data: { rule: 'receivable-overdue', anomalyId, dueDate: String(r.due_date), workingDays: threshold, linkedToOpenAnomaly: Boolean(open) },
            })),
          );
        }
        return due.length;
      });
    },
  };
}
