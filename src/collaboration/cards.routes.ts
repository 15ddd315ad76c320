import { z } from 'zod';
import type { Actor } from '../core/auth/actor.js';
import { actorOf } from '../core/auth/guard.js';
import type { App, AppContext } from '../core/context.js';
import { dateTimeString, idParams, iso, pageQuery, queryBoolean, storedEnum, uuidString } from '../core/http/common.js';
import { AppError, forbidden, notFound } from '../core/http/errors.js';
import { clauseSchema, paymentTermsSchema, requirementSchema } from '../contracts/index.js';
import { completeCard, rejectCard } from './cards.service.js';

export const departmentSchema = z
  .enum(['product', 'finance', 'delivery'])
  .meta({ id: 'Department', description: 'product: 需求评审; finance: 信用核验/账期; delivery: 排期预审' });
export const cardStatusSchema = z
  .enum(['open', 'paused', 'done', 'rejected', 'cancelled'])
  .meta({ id: 'TaskCardStatus', description: 'open; paused while the contract is frozen; done, rejected (contract sent back) or cancelled' });

export const creditCheckSchema = z
  .object({
    id: uuidString,
    provider: storedEnum(
      z.enum(['manual', 'http']).meta({ id: 'CreditProvider', description: 'manual entry by finance, or the configured HTTP credit service' }),
    ),
    ok: z.boolean(),
    rating: z.string().nullable(),
    score: z.number().nullable(),
    creditLimit: z.number().nullable(),
    summary: z.string().nullable(),
    error: z.string().nullable(),
    rawResponse: z.string().nullable().meta({ description: 'The credit provider’s answer as received' }),
    createdBy: z.string().nullable().meta({ description: 'Display name of who recorded it' }),
    createdAt: dateTimeString.nullable(),
  })
  .meta({ id: 'CreditCheck', description: '信用核验 recorded on a finance card' });

/** Written when the card is created (cards.service.ts); loose, so a key added later still passes through. */
const cardPayloadSchema = z
  .looseObject({
    contract: z
      .object({
        number: z.string(),
        title: z.string(),
        amount: z.number(),
        customer: z.string().nullable(),
        paymentTerms: paymentTermsSchema.nullable(),
        clauses: z.array(clauseSchema),
        startDate: z.string().nullable(),
        endDate: z.string().nullable(),
      })
      .optional()
      .meta({ description: 'The contract as submitted' }),
    communication: z
      .object({
        totalFollowups: z.number(),
        byChannel: z.record(z.string(), z.number()).meta({ description: 'Follow-ups by channel label' }),
        recent: z.array(z.object({ at: z.string(), channel: z.string(), valueTag: z.string(), excerpt: z.string() })),
      })
      .optional()
      .meta({ description: 'The customer’s follow-ups: counts by channel and the ten latest' }),
    playbookVersion: z.number().optional(),
    requirement: requirementSchema.nullable().optional().meta({ description: 'Product cards only' }),
    requirementDocument: z.string().optional().meta({ description: 'Product cards only: the requirement rendered as text' }),
  })
  .meta({ id: 'TaskCardPayload', description: 'What the department works from (requirement document, terms, communication summary…)' });

export const cardView = z
  .object({
    id: uuidString,
    contractId: uuidString,
    contractNumber: z.string(),
    contractTitle: z.string(),
    customerName: z.string(),
    region: z.string(),
    ownerId: uuidString.nullable(),
    ownerName: z.string().nullable(),
    department: storedEnum(departmentSchema),
    kind: z.string(),
    title: z.string(),
    assigneeId: uuidString.nullable(),
    assigneeName: z.string().nullable(),
    status: storedEnum(cardStatusSchema),
    slaDays: z.number().meta({ description: 'Working days the department has' }),
    dueAt: dateTimeString,
    overdue: z.boolean(),
    overdueAt: dateTimeString.nullable(),
    pausedAt: dateTimeString.nullable(),
    payload: cardPayloadSchema,
    result: z.record(z.string(), z.unknown()).nullable(),
    rejectionReason: z.string().nullable(),
    completedAt: dateTimeString.nullable(),
    createdAt: dateTimeString,
    creditChecks: z.array(creditCheckSchema).optional().meta({ description: 'On GET /cards/{id} only' }),
  })
  .meta({ id: 'TaskCard', description: 'A department’s task card on a submitted contract, with its working-day SLA' });

/** Cards visible to the caller: their department's, or the contracts within their sales scope. */
export function cardQuery(ctx: AppContext, actor: Actor) {
  let query = ctx.db
    .selectFrom('task_cards')
    .innerJoin('contracts', 'contracts.id', 'task_cards.contract_id')
    .innerJoin('customers', 'customers.id', 'contracts.customer_id')
    .leftJoin('users as owner', 'owner.id', 'contracts.owner_id')
    .leftJoin('users as assignee', 'assignee.id', 'task_cards.assignee_id')
    .selectAll('task_cards')
    .select([
      'contracts.number',
      'contracts.title as contract_title',
      'contracts.region',
      'contracts.owner_id',
      'customers.name as customer_name',
      'owner.display_name as owner_name',
      'assignee.display_name as assignee_name',
    ]);
  if (['product', 'finance', 'delivery'].includes(actor.role)) {
    query = query.where('task_cards.department', '=', actor.role);
    if (actor.role === 'delivery' && actor.scope.region) query = query.where('contracts.region', '=', actor.scope.region);
  } else {
    const scope = actor.scope;
    if (scope.kind === 'own') query = query.where('contracts.owner_id', '=', actor.id);
    if (scope.kind === 'team')
      query = query.where((eb) =>
        eb.or([eb('contracts.owner_id', '=', actor.id), ...(scope.teamIds.length ? [eb('contracts.team_id', 'in', scope.teamIds)] : [])]),
      );
    if (scope.kind === 'region') query = query.where('contracts.region', '=', scope.region ?? '');
  }
  return query;
}

type CardRow = Awaited<ReturnType<ReturnType<typeof cardQuery>['execute']>>[number];
export const toCard = (c: CardRow, now: Date) => ({
  id: c.id,
  contractId: c.contract_id,
  contractNumber: c.number,
  contractTitle: c.contract_title,
  customerName: c.customer_name,
  region: c.region,
  ownerId: c.owner_id,
  ownerName: c.owner_name,
  department: c.department,
  kind: c.kind,
  title: c.title,
  assigneeId: c.assignee_id,
  assigneeName: c.assignee_name,
  status: c.status,
  slaDays: Number(c.sla_days),
  dueAt: iso(c.due_at)!,
  overdue: c.status === 'open' ? c.due_at <= now : Boolean(c.overdue_at),
  overdueAt: iso(c.overdue_at),
  pausedAt: iso(c.paused_at),
  payload: c.payload,
  result: c.result,
  rejectionReason: c.rejection_reason,
  completedAt: iso(c.completed_at),
  createdAt: iso(c.created_at)!,
});

export function cardRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/cards',
    {
      schema: {
        operationId: 'listCards',
        tags: ['collaboration'],
        summary: '协作看板: task cards with their working-day SLAs (filters: department, region, rep, status, overdue)',
        querystring: z.object({
          ...pageQuery,
          department: departmentSchema.optional(),
          region: z.string().optional(),
          ownerId: z.uuid().optional(),
          status: cardStatusSchema.optional(),
          overdue: queryBoolean.optional(),
          contractId: z.uuid().optional(),
          assigneeId: z.uuid().optional(),
        }),
        response: { 200: z.object({ items: z.array(cardView), total: z.number(), page: z.number(), pageSize: z.number() }).meta({ id: 'TaskCardList' }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const q = request.query;
      const now = ctx.clock.now();
      let query = cardQuery(ctx, actor);
      if (q.department) query = query.where('task_cards.department', '=', q.department);
      if (q.region) query = query.where('contracts.region', '=', q.region);
      if (q.ownerId) query = query.where('contracts.owner_id', '=', q.ownerId);
      if (q.status) query = query.where('task_cards.status', '=', q.status);
      if (q.contractId) query = query.where('task_cards.contract_id', '=', q.contractId);
      if (q.assigneeId) query = query.where('task_cards.assignee_id', '=', q.assigneeId);
      if (q.overdue === true)
        query = query.where((eb) =>
          eb.or([eb.and([eb('task_cards.status', '=', 'open'), eb('task_cards.due_at', '<=', now)]), eb('task_cards.overdue_at', 'is not', null)]),
        );
      const [rows, count] = await Promise.all([
        query
          .orderBy('task_cards.due_at')
          .orderBy('task_cards.id')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        query
          .clearSelect()
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map((r) => toCard(r, now)), total: Number(count.n), page: q.page, pageSize: q.pageSize };
    },
  );

  const loadCard = async (actor: Actor, id: string) => {
    const row = await cardQuery(ctx, actor).where('task_cards.id', '=', id).executeTakeFirst();
    if (!row) throw notFound('card');
    return row;
  };
  const mustWork = (actor: Actor, card: CardRow) => {
    // Only the card's department (or an admin) works a card; sales only reads it.
    if (actor.role !== card.department && actor.role !== 'admin') throw forbidden();
    if (card.status !== 'open') throw new AppError(409, 'CARD_NOT_OPEN', { status: card.status });
  };

  app.get(
    '/cards/:id',
    {
      schema: {
        operationId: 'getCard',
        tags: ['collaboration'],
        summary: 'One task card, with its credit checks',
        params: idParams,
        response: { 200: cardView },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      const card = await loadCard(actorOf(request), request.params.id);
      const checks = await ctx.db
        .selectFrom('credit_checks')
        .leftJoin('users', 'users.id', 'credit_checks.created_by')
        .selectAll('credit_checks')
        .select('users.display_name as created_by_name')
        .where('card_id', '=', card.id)
        .orderBy('created_at')
        .execute();
      return {
        ...toCard(card, ctx.clock.now()),
        creditChecks: checks.map((c) => ({
          id: c.id,
          provider: c.provider,
          ok: c.ok,
          rating: c.rating,
          score: c.score,
          creditLimit: c.credit_limit === null ? null : Number(c.credit_limit),
          summary: c.summary,
          error: c.error,
          rawResponse: c.raw_response,
          createdBy: c.created_by_name,
          createdAt: iso(c.created_at),
        })),
      };
    },
  );

  app.post(
    '/cards/:id/complete',
    {
      config: { deliveryWrite: true },
      schema: {
        operationId: 'completeCard',
        tags: ['collaboration'],
        summary: 'Complete a card; when all three are done the contract is approved',
        params: idParams,
        body: z
          .object({ note: z.string().trim().max(2000).optional(), result: z.record(z.string(), z.unknown()).optional() })
          .strict()
          .meta({ id: 'CompleteCardRequest' }),
        response: { 200: cardView },
        errors: { 403: ['FORBIDDEN'], 404: ['NOT_FOUND'], 409: ['CARD_NOT_OPEN', 'CONTRACT_TRANSITION'], 422: ['CREDIT_CHECK_REQUIRED'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const card = await loadCard(actor, request.params.id);
      mustWork(actor, card);
      await completeCard(ctx, actor, card, request.body);
      return toCard(await loadCard(actor, card.id), ctx.clock.now());
    },
  );

  app.post(
    '/cards/:id/reject',
    {
      config: { deliveryWrite: true },
      schema: {
        operationId: 'rejectCard',
        tags: ['collaboration'],
        summary: 'Send the contract back to the rep with a reason (the other cards are cancelled)',
        params: idParams,
        body: z
          .object({ reason: z.string().trim().min(2).max(1000) })
          .strict()
          .meta({ id: 'RejectCardRequest' }),
        response: { 200: cardView },
        errors: { 403: ['FORBIDDEN'], 404: ['NOT_FOUND'], 409: ['CARD_NOT_OPEN', 'CONTRACT_TRANSITION'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const card = await loadCard(actor, request.params.id);
      mustWork(actor, card);
      await rejectCard(ctx, actor, card, request.body.reason);
      return toCard(await loadCard(actor, card.id), ctx.clock.now());
    },
  );
}
