import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../core/audit/audit.js';
import type { Actor } from '../core/auth/actor.js';
import { actorOf } from '../core/auth/guard.js';
import { inScope } from '../core/auth/scope.js';
import type { App, AppContext } from '../core/context.js';
import type { DB } from '../core/db/schema.js';
import { dateTimeString, idParams, iso, itemsOf, storedEnum, uuidString } from '../core/http/common.js';
import { AppError, forbidden, notFound } from '../core/http/errors.js';
import { noticeContent } from '../core/notifications/notice-text.js';
import { supervisorsOfTeams } from '../core/org-hierarchy.js';
import { freezeCustomerContracts, unfreezeCustomerContracts } from '../contracts/index.js';

const mayManagePayments = (actor: Actor) => actor.role === 'finance' || actor.role === 'admin';

/**
 * 付款异常 → 冻结: in one transaction every undelivered contract of the customer is frozen, its
 * cards' SLA clocks stop, and the reps' supervisors get a to-do. Idempotent by external id.
 */
export async function reportAnomaly(
  ctx: AppContext,
  actor: Actor,
  input: { customerId: string; reason: string; amount?: number; externalId?: string; source: 'finance' | 'erp' },
) {
  return ctx.db.transaction().execute(async (trx) => {
    if (input.externalId) {
      const existing = await trx.selectFrom('payment_anomalies').selectAll().where('external_id', '=', input.externalId).executeTakeFirst();
      if (existing) return { anomalyId: existing.id, frozen: [] as string[], duplicate: true };
    }
    return { ...(await raiseAnomaly(trx, ctx, actor.id, input)), duplicate: false };
  });
}

/**
 * The freeze itself, inside the caller's transaction: the same for finance, the ERP and the
 * receivables' overdue rule (`actorId` null, source `overdue`).
 */
export async function raiseAnomaly(
  trx: Transaction<DB>,
  ctx: AppContext,
  actorId: string | null,
  input: { customerId: string; reason: string; amount?: number | null; externalId?: string; source: 'finance' | 'erp' | 'overdue' },
): Promise<{ anomalyId: string; frozen: string[] }> {
  const { version } = await ctx.playbook.active(trx);
  const calendar = await ctx.calendar.current(trx);
  {
    const customer = await trx.selectFrom('customers').select(['id', 'name']).where('id', '=', input.customerId).executeTakeFirst();
    if (!customer) throw notFound('customer');
    const now = ctx.clock.now();
    const anomalyId = randomUUID();
    await trx
      .insertInto('payment_anomalies')
      .values({
        id: anomalyId,
        customer_id: customer.id,
        external_id: input.externalId ?? null,
        source: input.source,
        status: 'open',
        reason: input.reason,
        amount: input.amount ?? null,
        reported_by: actorId,
        created_at: now,
      })
      .execute();
    // Collaboration pauses the frozen contracts' cards in reaction to `contract.frozen`.
    const contracts = await freezeCustomerContracts(trx, ctx, { customerId: customer.id, reason: input.reason, anomalyId });
    const paused = contracts.length
      ? Number(
          (
            await trx
              .selectFrom('task_cards')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where(
                'contract_id',
                'in',
                contracts.map((c) => c.id),
              )
              .where('status', '=', 'paused')
              .executeTakeFirstOrThrow()
          ).n,
        )
      : 0;
    const supervisors = await supervisorsOfTeams(
      trx,
      contracts.flatMap((c) => (c.team_id ? [c.team_id] : [])),
    );
    const todo = contracts.flatMap((c) => {
      const assignee = (c.team_id && supervisors.get(c.team_id)) || c.owner_id;
      if (!assignee) return [];
      return [
        {
          id: randomUUID(),
          kind: 'rule',
          title: `客户「${customer.name}」付款异常，合同「${c.title}」已冻结`,
          assignee_id: assignee,
          team_id: c.team_id,
          entity_type: 'contract',
          entity_id: c.id,
          rule_id: 'payment-anomaly-freeze',
          reason: `财务标记付款异常：${input.reason}。请与客户沟通回款并跟进解冻。`,
          facts: JSON.stringify({ anomalyId, customerId: customer.id, amount: input.amount ?? null, previousStatus: c.status }),
          playbook_version: version,
          due_at: null,
          dedupe_key: `freeze:${anomalyId}:${c.id}`,
          created_at: now,
        },
      ];
    });
    if (todo.length) await trx.insertInto('tasks').values(todo).execute();
    await ctx.notifier.toInbox(
      trx,
      todo.map((t) => ({
        userId: t.assignee_id,
        dedupeKey: t.dedupe_key,
        notice: {
          ...noticeContent(
            'contract.frozen',
            {
              contractId: t.entity_id,
              contractTitle: contracts.find((c) => c.id === t.entity_id)?.title ?? '',
              anomalyId,
              customerName: customer.name,
              reason: input.reason,
            },
            calendar.hours.timeZone,
          ),
          severity: 'critical' as const,
          link: `/contracts/${t.entity_id}`,
        },
      })),
    );
    await recordAudit(trx, ctx.clock, {
      actorId,
      action: 'payment.anomaly',
      entityType: 'customer',
      entityId: customer.id,
      data: {
        anomalyId,
        source: input.source,
        externalId: input.externalId ?? null,
        reason: input.reason,
        frozen: contracts.map((c) => c.id),
        pausedCards: paused,
      },
    });
    await ctx.events.publish(trx, 'payment_anomaly.created', {
      anomalyId,
      customerId: customer.id,
      source: input.source,
      externalId: input.externalId ?? null,
      reason: input.reason,
      amount: input.amount ?? null,
      reportedBy: actorId,
      frozenContractIds: contracts.map((c) => c.id),
      createdAt: now.toISOString(),
    });
    return { anomalyId, frozen: contracts.map((c) => c.id) };
  }
}

/** Unfreezing needs finance and a reason; contracts return to where they were and cards resume. */
export async function resolveAnomaly(ctx: AppContext, actor: Actor, anomalyId: string, resolution: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const anomaly = await trx.selectFrom('payment_anomalies').selectAll().where('id', '=', anomalyId).forUpdate().executeTakeFirst();
    if (!anomaly) throw notFound('paymentAnomaly');
    if (anomaly.status !== 'open') throw new AppError(409, 'ANOMALY_RESOLVED');
    const now = ctx.clock.now();
    await trx
      .updateTable('payment_anomalies')
      .set({ status: 'resolved', resolved_by: actor.id, resolved_at: now, resolution })
      .where('id', '=', anomaly.id)
      .execute();
    const stillOpen = await trx
      .selectFrom('payment_anomalies')
      .select('id')
      .where('customer_id', '=', anomaly.customer_id)
      .where('status', '=', 'open')
      .execute();
    // Another open anomaly of the same customer keeps everything frozen. Collaboration resumes the
    // unfrozen contracts' cards in reaction to `contract.unfrozen`.
    const unfrozen = stillOpen.length ? [] : await unfreezeCustomerContracts(trx, ctx, { customerId: anomaly.customer_id, anomalyId: anomaly.id });
    const contracts = unfrozen.map((id) => ({ id }));
    await trx
      .updateTable('tasks')
      .set({ status: 'done', completed_at: now, completion_note: `已解冻：${resolution}` })
      .where('rule_id', '=', 'payment-anomaly-freeze')
      .where('status', '=', 'open')
      .where('entity_id', 'in', contracts.length ? contracts.map((c) => c.id) : ['00000000-0000-0000-0000-000000000000'])
      .execute();
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: 'payment.resolve',
      entityType: 'customer',
      entityId: anomaly.customer_id,
      data: { anomalyId, resolution, unfrozen: contracts.map((c) => c.id) },
    });
    await ctx.events.publish(trx, 'payment_anomaly.resolved', {
      anomalyId,
      customerId: anomaly.customer_id,
      resolution,
      resolvedBy: actor.id,
      unfrozenContractIds: unfrozen,
      resolvedAt: now.toISOString(),
    });
    return { anomalyId, unfrozen: contracts.map((c) => c.id) };
  });
}

const anomalyBody = z
  .object({ reason: z.string().trim().min(2).max(500), amount: z.number().min(0).optional() })
  .strict()
  .meta({ id: 'ReportPaymentAnomalyRequest' });

const reportSchema = z
  .object({
    anomalyId: uuidString,
    frozen: z.array(uuidString).meta({ description: 'Contracts frozen now' }),
    duplicate: z.boolean().meta({ description: 'The externalId was reported before: nothing changed' }),
  })
  .meta({ id: 'PaymentAnomalyReport' });

const anomalySchema = z
  .object({
    id: uuidString,
    source: storedEnum(z.enum(['finance', 'erp', 'overdue']).meta({ id: 'PaymentAnomalySource', description: 'overdue: raised by the receivables rule' })),
    externalId: z.string().nullable(),
    status: storedEnum(z.enum(['open', 'resolved']).meta({ id: 'PaymentAnomalyStatus' })),
    reason: z.string(),
    amount: z.number().nullable(),
    createdAt: dateTimeString.nullable(),
    resolvedAt: dateTimeString.nullable(),
    resolution: z.string().nullable(),
  })
  .meta({ id: 'PaymentAnomaly', description: '付款异常' });

export function paymentRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/customers/:id/payment-anomalies',
    {
      schema: {
        operationId: 'reportPaymentAnomaly',
        tags: ['collaboration'],
        summary: 'Finance marks a customer\u2019s payment abnormal: undelivered contracts freeze',
        params: idParams,
        body: anomalyBody,
        response: { 201: reportSchema },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (!mayManagePayments(actor)) throw forbidden();
      const visible = await ctx.db
        .selectFrom('customers')
        .select('id')
        .where('id', '=', request.params.id)
        .where(inScope(actor.scope, 'customers'))
        .executeTakeFirst();
      if (!visible) throw notFound('customer');
      return reply.status(201).send(await reportAnomaly(ctx, actor, { customerId: request.params.id, ...request.body, source: 'finance' }));
    },
  );

  app.post(
    '/integrations/payments',
    {
      schema: {
        operationId: 'reportErpPaymentAnomaly',
        tags: ['integrations'],
        summary: 'ERP: report a payment anomaly (idempotent by externalId; API token of a finance user)',
        description: 'The first report answers 201; a repeat of its `externalId` answers 200 with `duplicate: true` and changes nothing.',
        body: z
          .object({
            externalId: z.string().trim().min(1).max(200),
            customerId: z.uuid(),
            status: z.literal('abnormal'),
            reason: z.string().trim().min(2).max(500),
            amount: z.number().min(0).optional(),
          })
          .strict()
          .meta({ id: 'ErpPaymentAnomalyRequest' }),
        response: { 200: reportSchema, 201: reportSchema },
        errors: { 403: ['TOKEN_REQUIRED'], 404: ['NOT_FOUND'], 409: ['CONFLICT'] },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (actor.via !== 'token') throw new AppError(403, 'TOKEN_REQUIRED');
      if (!mayManagePayments(actor)) throw forbidden();
      const { externalId, customerId, reason, amount } = request.body;
      const result = await reportAnomaly(ctx, actor, { customerId, reason, amount, externalId, source: 'erp' });
      return reply.status(result.duplicate ? 200 : 201).send(result);
    },
  );

  app.get(
    '/customers/:id/payment-anomalies',
    {
      schema: {
        operationId: 'listPaymentAnomalies',
        tags: ['collaboration'],
        summary: 'Payment anomalies of a customer',
        params: idParams,
        response: { 200: itemsOf(anomalySchema, 'PaymentAnomalyList') },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const visible = await ctx.db
        .selectFrom('customers')
        .select('id')
        .where('id', '=', request.params.id)
        .where(inScope(actor.scope, 'customers'))
        .executeTakeFirst();
      if (!visible) throw notFound('customer');
      const rows = await ctx.db
        .selectFrom('payment_anomalies')
        .selectAll()
        .where('customer_id', '=', request.params.id)
        .orderBy('created_at', 'desc')
        .execute();
      return {
        items: rows.map((a) => ({
          id: a.id,
          source: a.source,
          externalId: a.external_id,
          status: a.status,
          reason: a.reason,
          amount: a.amount === null ? null : Number(a.amount),
          createdAt: iso(a.created_at),
          resolvedAt: iso(a.resolved_at),
          resolution: a.resolution,
        })),
      };
    },
  );

  app.post(
    '/payment-anomalies/:id/resolve',
    {
      schema: {
        operationId: 'resolvePaymentAnomaly',
        tags: ['collaboration'],
        summary: 'Finance lifts a payment anomaly with a reason: contracts unfreeze',
        params: idParams,
        body: z
          .object({ resolution: z.string().trim().min(2).max(500) })
          .strict()
          .meta({ id: 'ResolvePaymentAnomalyRequest' }),
        response: {
          200: z
            .object({
              anomalyId: uuidString,
              unfrozen: z.array(uuidString).meta({ description: 'Contracts back where they were (none while another anomaly of the customer is open)' }),
            })
            .meta({ id: 'PaymentAnomalyResolution' }),
        },
        errors: { 404: ['NOT_FOUND'], 409: ['ANOMALY_RESOLVED'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      if (!mayManagePayments(actor)) throw forbidden();
      return resolveAnomaly(ctx, actor, request.params.id, request.body.resolution);
    },
  );
}
