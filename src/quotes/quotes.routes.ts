import { z } from 'zod';
import { actorOf, requirePermission } from '../core/auth/guard.js';
import type { Actor } from '../core/auth/actor.js';
import type { App, AppContext } from '../core/context.js';
import { idParams, itemsOf, listOf, pageQuery } from '../core/http/common.js';
import { notFound } from '../core/http/errors.js';
import { orderOf, sendSheet, sortQuery, xlsxDownload } from '../core/http/list.js';
import { readerLocale } from '../core/i18n/reader.js';
import {
  decisionInput,
  quoteInput,
  quoteSchema,
  quoteStatusSchema,
  quoteSummarySchema,
  quoteUpdate,
  quoteVersionSchema,
  toQuoteSummary,
  toQuoteVersion,
  type QuoteListRow,
} from './quote.model.js';
import { createQuote, findVisibleQuote, moveQuote, quotePdf, quoteVersions, selectSummary, sendQuote, updateQuote } from './quote.service.js';

const filters = {
  opportunityId: z.uuid().optional(),
  customerId: z.uuid().optional(),
  ownerId: z.uuid().optional(),
  status: quoteStatusSchema.optional(),
  q: z.string().trim().max(100).optional().meta({ description: 'Part of the number or the customer’s name' }),
  sort: sortQuery(['createdAt', 'number', 'total', 'validUntil', 'status'], '-createdAt'),
};
const SORT_COLUMNS = {
  createdAt: 'quotes.created_at',
  number: 'quotes.number',
  total: 'quotes.total',
  validUntil: 'quotes.valid_until',
  status: 'quotes.status',
} as const;

type Filters = { opportunityId?: string; customerId?: string; ownerId?: string; status?: string; q?: string };

function listQuery(ctx: AppContext, actor: Actor, q: Filters) {
  let query = selectSummary(ctx.db, actor);
  if (q.opportunityId) query = query.where('quotes.opportunity_id', '=', q.opportunityId);
  if (q.customerId) query = query.where('quotes.customer_id', '=', q.customerId);
  if (q.ownerId) query = query.where('quotes.owner_id', '=', q.ownerId);
  if (q.status) query = query.where('quotes.status', '=', q.status);
  if (q.q) {
    const like = `%${q.q.replace(/[%_\\]/g, '\\$&')}%`;
    query = query.where((eb) => eb.or([eb('quotes.number', 'ilike', like), eb('customers.name', 'ilike', like)]));
  }
  return query;
}

const STATUS_LABELS: Record<string, { 'zh-CN': string; en: string }> = {
  draft: { 'zh-CN': '草稿', en: 'Draft' },
  pending_approval: { 'zh-CN': '待审批', en: 'Pending approval' },
  approved: { 'zh-CN': '已批准', en: 'Approved' },
  rejected: { 'zh-CN': '已驳回', en: 'Rejected' },
  sent: { 'zh-CN': '已发送', en: 'Sent' },
  expired: { 'zh-CN': '已过期', en: 'Expired' },
};

const versionParams = z.object({ id: z.uuid(), version: z.coerce.number().int().min(1) });

export function quoteRoutes(app: App, ctx: AppContext): void {
  const full = async (actor: Actor, id: string) => {
    const quote = await findVisibleQuote(ctx.db, actor, id);
    const [current] = await quoteVersions(ctx.db, id, quote.version);
    return { ...toQuoteSummary(quote), current: toQuoteVersion(current) };
  };

  app.get(
    '/quotes',
    {
      schema: {
        operationId: 'listQuotes',
        tags: ['quotes'],
        summary: 'Quotes of the opportunities in the caller’s scope',
        querystring: z.object({ ...pageQuery, ...filters }),
        response: { 200: listOf(quoteSummarySchema, 'QuoteList') },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const q = request.query;
      const { key, direction } = orderOf(q.sort);
      const query = listQuery(ctx, actor, q);
      const [rows, count] = await Promise.all([
        query
          .orderBy(SORT_COLUMNS[key], direction)
          .orderBy('quotes.id')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        query
          .clearSelect()
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toQuoteSummary), total: count.n, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/quotes.xlsx',
    {
      schema: {
        operationId: 'exportQuotes',
        tags: ['quotes'],
        summary: 'Quotes as an Excel workbook (same filters and scope as the list)',
        querystring: z.object(filters),
        download: xlsxDownload('The quotes (.xlsx)'),
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { key, direction } = orderOf(request.query.sort);
      const rows = await listQuery(ctx, actor, request.query).orderBy(SORT_COLUMNS[key], direction).orderBy('quotes.id').limit(50000).execute();
      const locale = readerLocale(request);
      return sendSheet<QuoteListRow>(reply, {
        sheet: { 'zh-CN': '报价单', en: 'Quotes' },
        columns: [
          { header: { 'zh-CN': '报价单号', en: 'Number' }, width: 18, value: (r) => r.number },
          { header: { 'zh-CN': '版本', en: 'Version' }, width: 6, value: (r) => r.version },
          { header: { 'zh-CN': '客户', en: 'Customer' }, width: 28, value: (r) => r.customer_name },
          { header: { 'zh-CN': '商机', en: 'Opportunity' }, width: 24, value: (r) => r.opportunity_name },
          { header: { 'zh-CN': '负责人', en: 'Owner' }, width: 12, value: (r) => r.owner_name },
          { header: { 'zh-CN': '状态', en: 'Status' }, width: 10, value: (r) => STATUS_LABELS[r.status]?.[locale] ?? r.status },
          { header: { 'zh-CN': '不含税金额', en: 'Subtotal' }, width: 14, value: (r) => Number(r.subtotal), numFmt: '#,##0.00' },
          { header: { 'zh-CN': '税额', en: 'Tax' }, width: 12, value: (r) => Number(r.tax), numFmt: '#,##0.00' },
          { header: { 'zh-CN': '含税合计', en: 'Total' }, width: 14, value: (r) => Number(r.total), numFmt: '#,##0.00' },
          { header: { 'zh-CN': '最大折扣%', en: 'Max discount %' }, width: 10, value: (r) => Number(r.max_discount_pct) },
          { header: { 'zh-CN': '有效期至', en: 'Valid until' }, width: 12, value: (r) => r.valid_until },
          { header: { 'zh-CN': '发送时间', en: 'Sent at' }, width: 20, value: (r) => r.sent_at?.toISOString() ?? null },
        ],
        rows,
        locale,
        asciiName: 'quotes.xlsx',
        localName: locale === 'en' ? 'quotes.xlsx' : '报价单.xlsx',
        now: ctx.clock.now(),
      });
    },
  );

  app.post(
    '/quotes',
    {
      schema: {
        operationId: 'createQuote',
        tags: ['quotes'],
        summary: 'Create a quote for an opportunity (number BJ-<year>-<6 digits>, version 1, draft)',
        body: quoteInput,
        response: { 201: quoteSchema },
        errors: { 404: ['NOT_FOUND'], 409: ['QUOTE_STATE'], 422: ['INVALID_REFERENCE'] },
        examples: {
          twoMachines: {
            summary: 'Two machines at 5 % off and a year of service',
            value: {
              opportunityId: '3f1c9a52-8d7e-4b6a-9c21-5e0f7a8b9c10',
              items: [
                { productId: '0b6f2d4e-1a3c-4e5f-8a7b-9c0d1e2f3a4b', quantity: 2, discountPct: 5 },
                { productId: '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f', quantity: 1 },
              ],
              validUntil: '2026-12-31',
              terms: '合同签订后预付 30%，验收后付清余款。',
            },
          },
        },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'records:write');
      const id = await createQuote(ctx, actor, request.body);
      return reply.status(201).send(await full(actor, id));
    },
  );

  app.get(
    '/quotes/:id',
    {
      schema: {
        operationId: 'getQuote',
        tags: ['quotes'],
        summary: 'One quote with its current version',
        params: idParams,
        response: { 200: quoteSchema },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => full(actorOf(request), request.params.id),
  );

  app.patch(
    '/quotes/:id',
    {
      schema: {
        operationId: 'updateQuote',
        tags: ['quotes'],
        summary: 'Edit a quote: writes the next version, back to draft (earlier versions stay readable)',
        params: idParams,
        body: quoteUpdate,
        response: { 200: quoteSchema },
        errors: { 404: ['NOT_FOUND'], 409: ['QUOTE_STATE'], 422: ['INVALID_REFERENCE'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'records:write');
      await updateQuote(ctx, actor, request.params.id, request.body);
      return full(actor, request.params.id);
    },
  );

  app.get(
    '/quotes/:id/versions',
    {
      schema: {
        operationId: 'listQuoteVersions',
        tags: ['quotes'],
        summary: 'Every version of a quote, newest first',
        params: idParams,
        response: { 200: itemsOf(quoteVersionSchema, 'QuoteVersionList') },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      await findVisibleQuote(ctx.db, actorOf(request), request.params.id);
      return { items: (await quoteVersions(ctx.db, request.params.id)).map(toQuoteVersion) };
    },
  );

  app.get(
    '/quotes/:id/versions/:version',
    {
      schema: {
        operationId: 'getQuoteVersion',
        tags: ['quotes'],
        summary: 'One version of a quote',
        params: versionParams,
        response: { 200: quoteVersionSchema },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      await findVisibleQuote(ctx.db, actorOf(request), request.params.id);
      const [row] = await quoteVersions(ctx.db, request.params.id, request.params.version);
      if (!row) throw notFound('quote');
      return toQuoteVersion(row);
    },
  );

  app.get(
    '/quotes/:id/pdf',
    {
      schema: {
        operationId: 'getQuotePdf',
        tags: ['quotes'],
        summary: 'The quote as a PDF (company header, items, totals with tax, 大写金额)',
        params: idParams,
        querystring: z.object({ version: z.coerce.number().int().min(1).optional().meta({ description: 'A past version; default the current one' }) }),
        download: { mediaType: 'application/pdf', description: 'The PDF, as an attachment' },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request, reply) => {
      const { number, version, pdf } = await quotePdf(ctx, actorOf(request), request.params.id, request.query.version);
      return reply
        .header('content-type', 'application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="${number}-v${version}.pdf"; filename*=UTF-8''${encodeURIComponent(`报价单-${number}-v${version}.pdf`)}`,
        )
        .header('x-content-type-options', 'nosniff')
        .send(pdf);
    },
  );

  const move = (path: string, operationId: string, summary: string, action: 'submit' | 'approve' | 'reject') =>
    app.post(
      `/quotes/:id/${path}`,
      {
        schema: {
          operationId,
          tags: ['quotes'],
          summary,
          params: idParams,
          body: decisionInput,
          response: { 200: quoteSchema },
          errors: { 404: ['NOT_FOUND'], 409: ['QUOTE_STATE', 'QUOTE_EXPIRED'] },
        },
      },
      async (request) => {
        const actor = requirePermission(request, action === 'submit' ? 'records:write' : 'quotes:approve');
        await moveQuote(ctx, actor, request.params.id, action, request.body.note);
        return full(actor, request.params.id);
      },
    );
  move('submit', 'submitQuote', 'Submit a draft (or rejected) quote: to the supervisor when a discount is above the threshold, else approved', 'submit');
  move('approve', 'approveQuote', 'Approve a quote pending approval (supervisors and above, in their scope)', 'approve');
  move('reject', 'rejectQuote', 'Reject a quote pending approval, with a reason', 'reject');

  app.post(
    '/quotes/:id/send',
    {
      schema: {
        operationId: 'sendQuote',
        tags: ['quotes'],
        summary: 'Send a quote: its PDF is stored as a proposal file of the opportunity (定制化方案)',
        params: idParams,
        response: { 200: quoteSchema },
        errors: { 404: ['NOT_FOUND'], 409: ['QUOTE_STATE', 'QUOTE_APPROVAL_REQUIRED', 'QUOTE_EXPIRED'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'records:write');
      await sendQuote(ctx, actor, request.params.id);
      return full(actor, request.params.id);
    },
  );
}
