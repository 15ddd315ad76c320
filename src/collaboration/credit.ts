import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { recordAudit } from '../core/audit/audit.js';
import { actorOf } from '../core/auth/guard.js';
import type { App, AppContext } from '../core/context.js';
import { idParams, uuidString } from '../core/http/common.js';
import { AppError, forbidden, notFound } from '../core/http/errors.js';

/** 信用核验 through a provider: manual entry by finance (default) or an HTTP credit service. */
export interface CreditResult {
  ok: boolean;
  rating: string | null;
  score: number | null;
  creditLimit: number | null;
  summary: string | null;
  raw: string | null;
  error: string | null;
}

export interface CreditProvider {
  name: string;
  check(customer: { id: string; name: string }): Promise<CreditResult>;
}

/** POSTs {customerName, customerId} with a bearer token; expects {rating, score, creditLimit, summary}. */
export function httpCreditProvider(
  url: string,
  token: string | undefined,
  options: { timeoutMs?: number; retries?: number; fetchImpl?: typeof fetch } = {},
): CreditProvider {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = options.retries ?? 2;
  const doFetch = options.fetchImpl ?? fetch;
  return {
    name: 'http',
    async check(customer) {
      let lastError = '';
      for (let attempt = 0; attempt <= retries; attempt++) {
        try {
          const response = await doFetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
            body: JSON.stringify({ customerId: customer.id, customerName: customer.name }),
            signal: AbortSignal.timeout(timeoutMs),
          });
          const raw = (await response.text()).slice(0, 20_000);
          if (response.status >= 500 || response.status === 429) {
            lastError = `HTTP ${response.status}`;
            continue;
          }
          if (!response.ok) return { ok: false, rating: null, score: null, creditLimit: null, summary: null, raw, error: `HTTP ${response.status}` };
          const body = JSON.parse(raw) as { rating?: string; score?: number; creditLimit?: number; summary?: string };
          return {
            ok: true,
            rating: body.rating ?? null,
            score: body.score ?? null,
            creditLimit: body.creditLimit ?? null,
            summary: body.summary ?? null,
            raw,
            error: null,
          };
        } catch (error) {
          lastError = (error as Error).message;
        }
      }
      return {
        ok: false,
        rating: null,
        score: null,
        creditLimit: null,
        summary: null,
        raw: null,
        error: `credit provider unreachable after ${retries + 1} attempts: ${lastError}`,
      };
    },
  };
}

const manualInput = z
  .object({
    provider: z.literal('manual'),
    rating: z.string().trim().min(1).max(20),
    score: z.number().int().min(0).max(1000).optional(),
    creditLimit: z.number().min(0).optional(),
    summary: z.string().trim().min(2).max(2000),
  })
  .strict();
const httpInput = z.object({ provider: z.literal('http') }).strict();

const creditResultSchema = z
  .object({
    id: uuidString,
    provider: z.enum(['manual', 'http']),
    ok: z.boolean(),
    rating: z.string().nullable(),
    score: z.number().nullable(),
    creditLimit: z.number().nullable(),
    summary: z.string().nullable(),
    raw: z.string().nullable().meta({ description: 'The credit provider’s answer as received' }),
    error: z.string().nullable(),
  })
  .meta({ id: 'CreditCheckResult', description: 'The recorded credit check' });

export function creditRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/cards/:id/credit-check',
    {
      schema: {
        operationId: 'recordCreditCheck',
        tags: ['collaboration'],
        summary: 'Record a credit check on a finance card (manual entry, or the configured HTTP provider)',
        description: 'A failed provider call is recorded on the card too, and answers 502 `CREDIT_PROVIDER_FAILED` with `error.details.checkId`.',
        params: idParams,
        body: z.discriminatedUnion('provider', [manualInput, httpInput]).meta({ id: 'RecordCreditCheckRequest' }),
        response: { 201: creditResultSchema },
        errors: {
          403: ['FORBIDDEN'],
          404: ['NOT_FOUND'],
          409: ['CARD_NOT_OPEN'],
          422: ['CREDIT_PROVIDER_NOT_CONFIGURED'],
          502: ['CREDIT_PROVIDER_FAILED'],
        },
        examples: {
          manual: {
            summary: 'Finance enters the result by hand',
            value: { provider: 'manual', rating: 'AA', score: 820, creditLimit: 1000000, summary: '信用良好，无逾期记录' },
          },
          http: { summary: 'Ask the configured credit service', value: { provider: 'http' } },
        },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (actor.role !== 'finance' && actor.role !== 'admin') throw forbidden();
      const card = await ctx.db
        .selectFrom('task_cards')
        .innerJoin('contracts', 'contracts.id', 'task_cards.contract_id')
        .innerJoin('customers', 'customers.id', 'contracts.customer_id')
        .select(['task_cards.id', 'task_cards.status', 'task_cards.department', 'customers.id as customer_id', 'customers.name as customer_name'])
        .where('task_cards.id', '=', request.params.id)
        .executeTakeFirst();
      if (!card || card.department !== 'finance') throw notFound('card');
      if (card.status !== 'open') throw new AppError(409, 'CARD_NOT_OPEN', { status: card.status });
      const body = request.body;
      let result: CreditResult;
      if (body.provider === 'manual') {
        result = {
          ok: true,
          rating: body.rating,
          score: body.score ?? null,
          creditLimit: body.creditLimit ?? null,
          summary: body.summary,
          raw: null,
          error: null,
        };
      } else {
        if (!ctx.config.creditProviderUrl) throw new AppError(422, 'CREDIT_PROVIDER_NOT_CONFIGURED');
        result = await httpCreditProvider(ctx.config.creditProviderUrl, ctx.config.creditProviderToken).check({
          id: card.customer_id,
          name: card.customer_name,
        });
      }
      const id = randomUUID();
      await ctx.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('credit_checks')
          .values({
            id,
            card_id: card.id,
            customer_id: card.customer_id,
            provider: body.provider,
            ok: result.ok,
            rating: result.rating,
            score: result.score,
            credit_limit: result.creditLimit,
            summary: result.summary,
            raw_response: result.raw,
            error: result.error,
            created_by: actor.id,
            created_at: ctx.clock.now(),
          })
          .execute();
        await recordAudit(trx, ctx.clock, {
          actorId: actor.id,
          action: 'credit.check',
          entityType: 'card',
          entityId: card.id,
          data: { provider: body.provider, ok: result.ok, rating: result.rating, score: result.score },
        });
      });
      // A failed provider call is kept on the card as evidence, and reported as an error.
      if (!result.ok) throw new AppError(502, 'CREDIT_PROVIDER_FAILED', { reason: result.error ?? '' }, { checkId: id });
      return reply.status(201).send({ id, provider: body.provider, ...result });
    },
  );
}
