import { z } from 'zod';
import { actorOf, requirePermission } from '../core/auth/guard.js';
import { inScope } from '../core/auth/scope.js';
import type { App, AppContext } from '../core/context.js';
import { requestLocale } from '../core/http/error-handler.js';
import { idParams, listOf, pageQuery } from '../core/http/common.js';
import type { Actor } from '../core/auth/actor.js';
import { assertExportable, auditExport, exportTimes, idsQuery, sendSheet, sortQuery, sortedBy, splitIds, xlsxDownload } from '../core/http/list.js';
import { readerLocale } from '../core/i18n/reader.js';
import { DATE_TIME_FORMAT } from '../core/export/workbook.js';
import type { Locale } from '../core/i18n/locale.js';
import { AppError } from '../core/http/errors.js';
import { labelOf, stageOf } from '../core/playbook/service.js';
import {
  fieldValues,
  missingItemSchema,
  opportunityDetailSchema,
  forecastFields,
  opportunityInput,
  opportunitySchema,
  opportunityStatusSchema,
  toOpportunity,
  type OpportunityRow,
} from './opportunity.model.js';
import { changeStage, createOpportunity, evaluateGate, findVisibleOpportunity, nextStageGate, saveStageFields, stageHistory } from './opportunity.service.js';
import { checkTransition } from './stage-gate.js';

const OPPORTUNITY_SORT = [
  'name',
  'customerName',
  'amount',
  'stage',
  'status',
  'productLine',
  'region',
  'ownerName',
  'stageEnteredAt',
  'expectedCloseDate',
  'winProbability',
  'createdAt',
  'lastActivityAt',
] as const;
const SORT_COLUMNS: Record<(typeof OPPORTUNITY_SORT)[number], string> = {
  name: 'opportunities.name',
  customerName: 'customers.name',
  amount: 'opportunities.amount',
  stage: 'opportunities.stage',
  status: 'opportunities.status',
  productLine: 'opportunities.product_line',
  region: 'opportunities.region',
  ownerName: 'users.display_name',
  stageEnteredAt: 'opportunities.stage_entered_at',
  expectedCloseDate: 'opportunities.expected_close_date',
  winProbability: 'opportunities.win_probability',
  createdAt: 'opportunities.created_at',
  lastActivityAt: 'opportunities.last_activity_at',
};
const filters = {
  sort: sortQuery(OPPORTUNITY_SORT, '-createdAt'),
  q: z.string().trim().max(100).optional(),
  stage: z.string().optional(),
  status: opportunityStatusSchema.optional(),
  customerId: z.uuid().optional(),
  ownerId: z.uuid().optional(),
  productLine: z.string().optional(),
  region: z.string().optional(),
};
const listQuery = z.object({ ...pageQuery, ...filters });
type OpportunityFilters = z.infer<z.ZodObject<typeof filters>> & { ids?: string[] };

/** The opportunities in the actor's scope that match the filters (the list and its export alike). */
function opportunitiesQuery(ctx: AppContext, actor: Actor, q: OpportunityFilters) {
  let query = ctx.db
    .selectFrom('opportunities')
    .innerJoin('customers', 'customers.id', 'opportunities.customer_id')
    .leftJoin('users', 'users.id', 'opportunities.owner_id')
    .where(inScope(actor.scope, 'opportunities'));
  if (q.ids) query = query.where('opportunities.id', 'in', q.ids);
  if (q.stage) query = query.where('opportunities.stage', '=', q.stage);
  if (q.status) query = query.where('opportunities.status', '=', q.status);
  if (q.customerId) query = query.where('opportunities.customer_id', '=', q.customerId);
  if (q.ownerId) query = query.where('opportunities.owner_id', '=', q.ownerId);
  if (q.productLine) query = query.where('opportunities.product_line', '=', q.productLine);
  if (q.region) query = query.where('opportunities.region', '=', q.region);
  if (q.q) query = query.where('opportunities.name', 'ilike', `%${q.q.replace(/[%_\\]/g, '\\$&')}%`);
  return query;
}
const selectRows = (query: ReturnType<typeof opportunitiesQuery>) =>
  query.selectAll('opportunities').select(['customers.name as customer_name', 'customers.grade as customer_grade', 'users.display_name as owner_name']);

const updateBody = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    amount: z.number().min(0).max(1e13).optional(),
    fields: fieldValues.optional(),
    ...forecastFields,
  })
  .strict()
  .meta({ id: 'UpdateOpportunityRequest', description: 'Name, amount, forecast fields, or values of the current stage’s fields' });

const stageBody = z
  .object({
    to: z.string().min(1).meta({ description: 'Key of the next stage, or of the lost stage' }),
    fields: fieldValues.optional().meta({ description: 'Field values of the stage being left, saved with the move' }),
    reason: z.string().max(2000).optional().meta({ description: 'Required to mark the opportunity lost' }),
  })
  .strict()
  .meta({ id: 'MoveOpportunityStageRequest' });

const gateCheckSchema = z
  .object({
    from: z.string(),
    to: z.string().nullable().meta({ description: 'The stage checked; null when the opportunity is closed' }),
    allowed: z.boolean(),
    missing: z.array(missingItemSchema),
  })
  .meta({ id: 'GateCheck', description: 'Whether a move is allowed now, and every unmet requirement' });

export function opportunityRoutes(app: App, ctx: AppContext): void {
  const detail = async (actor: ReturnType<typeof actorOf>, id: string, locale: string) => {
    const row = await findVisibleOpportunity(ctx.db, actor, id);
    return { ...toOpportunity(row), history: await stageHistory(ctx.db, id), gate: await nextStageGate(ctx, row, locale) };
  };

  app.get(
    '/opportunities',
    {
      schema: {
        operationId: 'listOpportunities',
        tags: ['opportunities'],
        summary: 'Opportunities in the caller\u2019s scope',
        querystring: listQuery,
        response: { 200: listOf(opportunitySchema, 'OpportunityList') },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const q = request.query;
      const query = opportunitiesQuery(ctx, actor, q);
      const [rows, count] = await Promise.all([
        sortedBy(selectRows(query), SORT_COLUMNS, q.sort, 'opportunities.id')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toOpportunity), total: Number(count.n), page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/opportunities/export.xlsx',
    {
      schema: {
        operationId: 'exportOpportunities',
        tags: ['opportunities'],
        summary: 'Opportunities as an Excel workbook: the list’s filters, sort and scope (`ids` for selected rows only)',
        querystring: z.object({ ...filters, ids: idsQuery }),
        download: xlsxDownload('The opportunities (.xlsx)'),
        errors: { 413: ['EXPORT_TOO_LARGE'] },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const q = { ...request.query, ids: splitIds(request.query.ids) };
      const query = opportunitiesQuery(ctx, actor, q);
      assertExportable((await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      const rows = await sortedBy(selectRows(query), SORT_COLUMNS, q.sort, 'opportunities.id').execute();
      await auditExport(ctx, actor, 'opportunity', { filters: request.query, count: rows.length });
      const locale = readerLocale(request);
      const at = await exportTimes(ctx);
      const { document } = await ctx.playbook.active();
      return sendSheet<OpportunityRow>(reply, {
        sheet: { 'zh-CN': '商机', en: 'Opportunities' },
        columns: [
          { header: { 'zh-CN': '商机名称', en: 'Opportunity' }, width: 28, value: (r) => r.name },
          { header: { 'zh-CN': '客户', en: 'Customer' }, width: 28, value: (r) => r.customer_name ?? null },
          { header: { 'zh-CN': '金额', en: 'Amount' }, width: 14, value: (r) => Number(r.amount), numFmt: '#,##0.00' },
          { header: { 'zh-CN': '阶段', en: 'Stage' }, width: 12, value: (r) => labelOf(stageOf(document, r.stage), locale, r.stage) },
          { header: { 'zh-CN': '状态', en: 'Status' }, width: 10, value: (r) => OPPORTUNITY_STATUS_LABELS[r.status]?.[locale] ?? r.status },
          { header: { 'zh-CN': '产品线', en: 'Product line' }, width: 14, value: (r) => r.product_line },
          { header: { 'zh-CN': '区域', en: 'Region' }, width: 10, value: (r) => r.region },
          { header: { 'zh-CN': '负责人', en: 'Owner' }, width: 12, value: (r) => r.owner_name ?? null },
          { header: { 'zh-CN': '预计成交日期', en: 'Expected close' }, width: 14, value: (r) => r.expected_close_date },
          { header: { 'zh-CN': '赢率', en: 'Win probability' }, width: 10, value: (r) => r.win_probability },
          { header: { 'zh-CN': '进入阶段时间', en: 'In stage since' }, width: 18, value: (r) => at(r.stage_entered_at), numFmt: DATE_TIME_FORMAT[locale] },
          { header: { 'zh-CN': '创建时间', en: 'Created' }, width: 18, value: (r) => at(r.created_at), numFmt: DATE_TIME_FORMAT[locale] },
        ],
        rows,
        locale,
        asciiName: 'opportunities.xlsx',
        localName: locale === 'en' ? 'opportunities.xlsx' : '商机.xlsx',
        now: ctx.clock.now(),
      });
    },
  );

  app.post(
    '/opportunities',
    {
      schema: {
        operationId: 'createOpportunity',
        tags: ['opportunities'],
        summary: 'Create an opportunity at the first stage',
        body: opportunityInput,
        response: { 201: opportunityDetailSchema },
        errors: { 404: ['NOT_FOUND'], 422: ['UNKNOWN_PRODUCT_LINE', 'INVALID_REFERENCE'] },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'records:write');
      const id = await createOpportunity(ctx, actor, request.body);
      return reply.status(201).send(await detail({ ...actor, scope: { ...actor.scope, kind: 'all' } }, id, requestLocale(request)));
    },
  );

  app.get(
    '/opportunities/:id',
    {
      schema: {
        operationId: 'getOpportunity',
        tags: ['opportunities'],
        summary: 'One opportunity with its stage history and what the next stage still needs',
        params: idParams,
        response: { 200: opportunityDetailSchema },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      return detail(actorOf(request), request.params.id, requestLocale(request));
    },
  );

  app.patch(
    '/opportunities/:id',
    {
      schema: {
        operationId: 'updateOpportunity',
        tags: ['opportunities'],
        summary: 'Change name/amount or save the current stage\u2019s fields',
        params: idParams,
        body: updateBody,
        response: { 200: opportunityDetailSchema },
        errors: { 404: ['NOT_FOUND'], 409: ['STAGE_CLOSED'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'records:write');
      await saveStageFields(ctx, actor, request.params.id, request.body);
      return detail(actor, request.params.id, requestLocale(request));
    },
  );

  app.post(
    '/opportunities/:id/stage',
    {
      schema: {
        operationId: 'moveOpportunityStage',
        tags: ['opportunities'],
        summary: 'Move to the next stage (or to lost with a reason); 422 STAGE_GATE lists every unmet requirement',
        description:
          'The single path for every stage change. A move is allowed one stage forward, or from an open stage to lost with a reason. ' +
          'A refused gate answers 422 `STAGE_GATE` with `error.details = {from, to, missing: MissingRequirement[]}` listing every unmet requirement at once.',
        params: idParams,
        body: stageBody,
        response: { 200: opportunityDetailSchema },
        errors: {
          404: ['NOT_FOUND'],
          409: ['STAGE_CLOSED'],
          422: ['STAGE_GATE', 'STAGE_TRANSITION', 'UNKNOWN_STAGE', 'LOST_REASON_REQUIRED'],
        },
        examples: {
          advance: {
            summary: 'Advance to 需求确认 with the fields the gate asks for',
            value: {
              to: 'needs',
              fields: {
                painPoints: '现有产线换型慢，每次停机 4 小时；希望换型时间降到 1 小时以内',
                competitorResponse: '竞品报价低 8%，我们强调本地 4 小时响应和两年质保',
                nextFollowUpAt: '2026-12-08T10:00:00+08:00',
              },
            },
          },
          lose: { summary: 'Mark the opportunity lost', value: { to: 'lost', reason: '客户预算取消，项目延至明年' } },
        },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'records:write');
      const locale = requestLocale(request);
      await changeStage(ctx, actor, request.params.id, request.body, locale);
      return detail(actor, request.params.id, locale);
    },
  );

  app.get(
    '/opportunities/:id/gate',
    {
      schema: {
        operationId: 'checkOpportunityGate',
        tags: ['opportunities'],
        summary: 'What a move to `to` (default: the next stage) still needs, without moving',
        params: idParams,
        querystring: z.object({ to: z.string().optional() }),
        response: { 200: gateCheckSchema },
        errors: { 404: ['NOT_FOUND'], 409: ['STAGE_CLOSED'], 422: ['STAGE_TRANSITION', 'UNKNOWN_STAGE'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const locale = requestLocale(request);
      const row = await findVisibleOpportunity(ctx.db, actor, request.params.id);
      const { document } = await ctx.playbook.active();
      if (!request.query.to) {
        const gate = await nextStageGate(ctx, row, locale);
        return { from: row.stage, to: gate.nextStage, allowed: gate.nextStage !== null && gate.missing.length === 0, missing: gate.missing };
      }
      const check = checkTransition(document, row.stage, request.query.to, 'reason given at move time');
      if (!check.ok) {
        const label = (key: string) => labelOf(stageOf(document, key), locale, key);
        throw new AppError(check.code === 'STAGE_CLOSED' ? 409 : 422, check.code, {
          from: label(row.stage),
          to: label(request.query.to),
          stage: label(row.stage),
        });
      }
      const missing = check.kind === 'lose' ? [] : await evaluateGate(ctx.db, document, row, request.query.to, {}, ctx.clock.now(), locale);
      return { from: row.stage, to: request.query.to, allowed: missing.length === 0, missing };
    },
  );
}

const OPPORTUNITY_STATUS_LABELS: Record<string, Record<Locale, string>> = {
  open: { 'zh-CN': '进行中', en: 'Open' },
  won: { 'zh-CN': '赢单', en: 'Won' },
  lost: { 'zh-CN': '输单', en: 'Lost' },
};
