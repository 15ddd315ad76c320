import { z } from 'zod';
import { actorOf, requirePermission } from '../core/auth/guard.js';
import { inScope } from '../core/auth/scope.js';
import type { App, AppContext } from '../core/context.js';
import { idParams, listOf, pageQuery } from '../core/http/common.js';
import type { Actor } from '../core/auth/actor.js';
import { assertExportable, auditExport, exportTimes, idsQuery, sendSheet, sortQuery, sortedBy, splitIds, xlsxDownload } from '../core/http/list.js';
import { readerLocale } from '../core/i18n/reader.js';
import { DATE_TIME_FORMAT } from '../core/export/workbook.js';
import { customerInput, customerSchema, gradeSchema, toCustomer, type CustomerRow } from './customer.model.js';
import { customerTypeSchema } from '../core/customer-types.js';
import { createCustomer, findVisibleCustomer, updateCustomer } from './customer.service.js';

const CUSTOMER_SORT = ['name', 'type', 'grade', 'region', 'industry', 'ownerName', 'nextFollowUpAt', 'createdAt', 'lastActivityAt'] as const;
const SORT_COLUMNS: Record<(typeof CUSTOMER_SORT)[number], string> = {
  name: 'customers.name',
  type: 'customers.type',
  grade: 'customers.grade',
  region: 'customers.region',
  industry: 'customers.industry',
  ownerName: 'users.display_name',
  nextFollowUpAt: 'customers.next_follow_up_at',
  createdAt: 'customers.created_at',
  lastActivityAt: 'customers.last_activity_at',
};
const filters = {
  sort: sortQuery(CUSTOMER_SORT, '-createdAt'),
  q: z.string().trim().max(100).optional(),
  grade: gradeSchema.optional(),
  type: customerTypeSchema.optional(),
  region: z.string().optional(),
  ownerId: z.uuid().optional(),
};
const listQuery = z.object({ ...pageQuery, ...filters });
type CustomerFilters = z.infer<z.ZodObject<typeof filters>> & { ids?: string[] };

/** The customers in the actor's scope that match the filters (the list and its export alike). */
function customersQuery(ctx: AppContext, actor: Actor, q: CustomerFilters) {
  let query = ctx.db.selectFrom('customers').leftJoin('users', 'users.id', 'customers.owner_id').where(inScope(actor.scope, 'customers'));
  if (q.ids) query = query.where('customers.id', 'in', q.ids);
  if (q.grade) query = query.where('customers.grade', '=', q.grade);
  if (q.type) query = query.where('customers.type', '=', q.type);
  if (q.region) query = query.where('customers.region', '=', q.region);
  if (q.ownerId) query = query.where('customers.owner_id', '=', q.ownerId);
  if (q.q) query = query.where('customers.name', 'ilike', `%${q.q.replace(/[%_\\]/g, '\\$&')}%`);
  return query;
}

export function customerRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/customers',
    {
      schema: {
        operationId: 'listCustomers',
        tags: ['customers'],
        summary: 'Customers in the caller\u2019s scope',
        querystring: listQuery,
        response: { 200: listOf(customerSchema, 'CustomerList') },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const q = request.query;
      const query = customersQuery(ctx, actor, q);
      const [rows, count] = await Promise.all([
        sortedBy(query.selectAll('customers').select('users.display_name as owner_name'), SORT_COLUMNS, q.sort, 'customers.id')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toCustomer), total: Number(count.n), page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/customers/export.xlsx',
    {
      schema: {
        operationId: 'exportCustomers',
        tags: ['customers'],
        summary: 'Customers as an Excel workbook: the list’s filters, sort and scope (`ids` for selected rows only)',
        querystring: z.object({ ...filters, ids: idsQuery }),
        download: xlsxDownload('The customers (.xlsx)'),
        errors: { 413: ['EXPORT_TOO_LARGE'] },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const q = { ...request.query, ids: splitIds(request.query.ids) };
      const query = customersQuery(ctx, actor, q);
      assertExportable((await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      const rows = await sortedBy(query.selectAll('customers').select('users.display_name as owner_name'), SORT_COLUMNS, q.sort, 'customers.id').execute();
      await auditExport(ctx, actor, 'customer', { filters: request.query, count: rows.length });
      const locale = readerLocale(request);
      const at = await exportTimes(ctx);
      return sendSheet<CustomerRow>(reply, {
        sheet: { 'zh-CN': '客户', en: 'Customers' },
        columns: [
          { header: { 'zh-CN': '名称', en: 'Name' }, width: 28, value: (r) => r.name },
          { header: { 'zh-CN': '类型', en: 'Type' }, width: 8, value: (r) => r.type },
          { header: { 'zh-CN': '等级', en: 'Grade' }, width: 8, value: (r) => r.grade },
          { header: { 'zh-CN': '区域', en: 'Region' }, width: 10, value: (r) => r.region },
          { header: { 'zh-CN': '行业', en: 'Industry' }, width: 14, value: (r) => r.industry },
          { header: { 'zh-CN': '电话', en: 'Phone' }, width: 16, value: (r) => r.phone },
          { header: { 'zh-CN': '负责人', en: 'Owner' }, width: 12, value: (r) => r.owner_name ?? null },
          { header: { 'zh-CN': '下次跟进', en: 'Next follow-up' }, width: 18, value: (r) => at(r.next_follow_up_at), numFmt: DATE_TIME_FORMAT[locale] },
          { header: { 'zh-CN': '创建时间', en: 'Created' }, width: 18, value: (r) => at(r.created_at), numFmt: DATE_TIME_FORMAT[locale] },
          { header: { 'zh-CN': '最近活动', en: 'Last activity' }, width: 18, value: (r) => at(r.last_activity_at), numFmt: DATE_TIME_FORMAT[locale] },
        ],
        rows,
        locale,
        asciiName: 'customers.xlsx',
        localName: locale === 'en' ? 'customers.xlsx' : '客户.xlsx',
        now: ctx.clock.now(),
      });
    },
  );

  app.post(
    '/customers',
    {
      schema: {
        operationId: 'createCustomer',
        tags: ['customers'],
        summary: 'Create a customer',
        body: customerInput,
        response: { 201: customerSchema },
        errors: { 409: ['DUPLICATE'], 422: ['UNKNOWN_REGION', 'INVALID_REFERENCE'] },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'records:write');
      const row = await createCustomer(ctx, actor, request.body);
      const owner = row.owner_id ? await ctx.db.selectFrom('users').select('display_name').where('id', '=', row.owner_id).executeTakeFirst() : undefined;
      return reply.status(201).send(toCustomer({ ...row, owner_name: owner?.display_name ?? null }));
    },
  );

  app.get(
    '/customers/:id',
    {
      schema: {
        operationId: 'getCustomer',
        tags: ['customers'],
        summary: 'One customer',
        params: idParams,
        response: { 200: customerSchema },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      return toCustomer(await findVisibleCustomer(ctx, actorOf(request), request.params.id));
    },
  );

  app.patch(
    '/customers/:id',
    {
      schema: {
        operationId: 'updateCustomer',
        tags: ['customers'],
        summary: 'Change a customer (grade, owner, contact data)',
        params: idParams,
        body: customerInput
          .omit({ allowDuplicate: true })
          .partial()
          .strict()
          .meta({ id: 'UpdateCustomerRequest', description: 'The fields to change; the region must be in the playbook' }),
        response: { 200: customerSchema },
        errors: { 404: ['NOT_FOUND'], 422: ['UNKNOWN_REGION', 'INVALID_REFERENCE'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'records:write');
      await updateCustomer(ctx, actor, request.params.id, request.body);
      return toCustomer(await findVisibleCustomer(ctx, { ...actor, scope: { ...actor.scope, kind: 'all' } }, request.params.id));
    },
  );
}
