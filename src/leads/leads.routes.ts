import { syncImportRoute } from '../core/import/routes.js';
import { z } from 'zod';
import { actorOf, requirePermission } from '../core/auth/guard.js';
import { inScope, resolveOwner } from '../core/auth/scope.js';
import type { Actor } from '../core/auth/actor.js';
import {
  assertExportable,
  auditExport,
  bulkIds,
  bulkResultSchema,
  idsQuery,
  runBulk,
  exportTimes,
  sendSheet,
  sortQuery,
  sortedBy,
  splitIds,
  xlsxDownload,
  type SheetColumn,
} from '../core/http/list.js';
import { readerLocale } from '../core/i18n/reader.js';
import { DATE_TIME_FORMAT } from '../core/export/workbook.js';
import type { Locale } from '../core/i18n/locale.js';
import type { App, AppContext } from '../core/context.js';
import { idParams, listOf, pageQuery, queryBoolean } from '../core/http/common.js';
import { requestLocale } from '../core/http/error-handler.js';
import { checkDuplicates } from '../core/duplicates/duplicates.js';
import { duplicateMatchSchema } from '../core/duplicates/schema.js';
import { customerTypeSchema, leadInput, leadSchema, leadStatusSchema, slaStatusSchema, toLead, type LeadRow } from './lead.model.js';
import { customerSchema } from '../customers/index.js';
import { opportunitySchema } from '../opportunities/index.js';
import { assignLead, assignLeadIn, claimLead, claimLeadIn, findVisibleLead, insertLeads, prepareLead, updateLead } from './lead.service.js';
import { convertLead, convertInput } from './convert.js';

const LEAD_SORT = [
  'name',
  'type',
  'region',
  'productLine',
  'company',
  'ownerName',
  'status',
  'slaStatus',
  'responseDueAt',
  'createdAt',
  'lastActivityAt',
] as const;
const SORT_COLUMNS: Record<(typeof LEAD_SORT)[number], string> = {
  name: 'leads.name',
  type: 'leads.type',
  region: 'leads.region',
  productLine: 'leads.product_line',
  company: 'leads.company',
  ownerName: 'users.display_name',
  status: 'leads.status',
  slaStatus: 'leads.sla_status',
  responseDueAt: 'leads.response_due_at',
  createdAt: 'leads.created_at',
  lastActivityAt: 'leads.last_activity_at',
};

const filters = {
  sort: sortQuery(LEAD_SORT, '-createdAt'),
  q: z.string().trim().max(100).optional(),
  type: customerTypeSchema.optional(),
  region: z.string().optional(),
  productLine: z.string().optional(),
  ownerId: z.uuid().optional(),
  status: leadStatusSchema.optional(),
  pool: queryBoolean.optional().meta({ description: 'true: unassigned leads only (the pool); false: assigned ones only' }),
  slaStatus: slaStatusSchema.optional(),
};
const listQuery = z.object({ ...pageQuery, ...filters });
type LeadFilters = z.infer<z.ZodObject<typeof filters>> & { ids?: string[] };

/** The leads in the actor's scope that match the filters (the list and its export alike). */
function leadsQuery(ctx: AppContext, actor: Actor, q: LeadFilters) {
  let query = ctx.db.selectFrom('leads').leftJoin('users', 'users.id', 'leads.owner_id').where(inScope(actor.scope, 'leads'));
  if (q.ids) query = query.where('leads.id', 'in', q.ids);
  if (q.type) query = query.where('leads.type', '=', q.type);
  if (q.region) query = query.where('leads.region', '=', q.region);
  if (q.productLine) query = query.where('leads.product_line', '=', q.productLine);
  if (q.ownerId) query = query.where('leads.owner_id', '=', q.ownerId);
  if (q.status) query = query.where('leads.status', '=', q.status);
  if (q.slaStatus) query = query.where('leads.sla_status', '=', q.slaStatus);
  if (q.pool === true) query = query.where('leads.owner_id', 'is', null);
  if (q.pool === false) query = query.where('leads.owner_id', 'is not', null);
  if (q.q) {
    const like = `%${q.q.replace(/[%_\\]/g, '\\$&')}%`;
    query = query.where((eb) => eb.or([eb('leads.name', 'ilike', like), eb('leads.company', 'ilike', like), eb('leads.phone', 'like', like)]));
  }
  return query;
}

const bulkAssignBody = z
  .object({ ids: bulkIds, ownerId: z.uuid().nullable().meta({ description: 'The new owner, or null to send the leads back to the pool' }) })
  .strict()
  .meta({ id: 'BulkAssignLeadsRequest' });
const bulkClaimBody = z.object({ ids: bulkIds }).strict().meta({ id: 'BulkClaimLeadsRequest' });

const patchBody = leadInput
  .omit({ ownerId: true, allowDuplicate: true })
  .partial()
  .extend({ status: z.enum(['new', 'contacted', 'qualified', 'disqualified']).optional() })
  .strict()
  .meta({ id: 'UpdateLeadRequest', description: 'The fields to change; a converted lead cannot change' });

const assignBody = z
  .object({ ownerId: z.uuid().nullable().meta({ description: 'The new owner, or null to send the lead back to the pool' }) })
  .strict()
  .meta({ id: 'AssignLeadRequest' });

const conversionSchema = z
  .object({ customer: customerSchema, opportunity: opportunitySchema.nullable() })
  .meta({ id: 'LeadConversion', description: 'The customer the lead became, and the opportunity when one was asked for' });

const importResultSchema = z
  .object({
    created: z.number().int(),
    failed: z.number().int(),
    errors: z
      .array(
        z.object({
          row: z.number().int(),
          message: z.string(),
          code: z.enum(['DUPLICATE']).optional().meta({ description: 'DUPLICATE: the row looks like an earlier row or a stored lead or customer' }),
          duplicateOfRow: z.number().int().optional().meta({ description: 'The earlier row of the file it repeats' }),
          matches: z.array(duplicateMatchSchema).optional().meta({ description: 'The stored records it resembles' }),
        }),
      )
      .meta({ description: 'Refused rows with their line number (at most 1000)' }),
  })
  .meta({ id: 'LeadImportResult' });

const importBody = z.object({
  file: z.file().meta({ description: '.xlsx or .csv; first row: 名称/类型/区域/产品线/电话/公司/来源 (or name/type/region/productLine/phone/company/source)' }),
});

export function leadRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/leads',
    {
      schema: {
        operationId: 'listLeads',
        tags: ['leads'],
        summary: 'Leads in the caller\u2019s scope',
        querystring: listQuery,
        response: { 200: listOf(leadSchema, 'LeadList') },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const q = request.query;
      const query = leadsQuery(ctx, actor, q);
      const [rows, count] = await Promise.all([
        sortedBy(query.selectAll('leads').select('users.display_name as owner_name'), SORT_COLUMNS, q.sort, 'leads.id')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toLead), total: Number(count.n), page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/leads/export.xlsx',
    {
      schema: {
        operationId: 'exportLeads',
        tags: ['leads'],
        summary: 'Leads as an Excel workbook: the list’s filters, sort and scope (`ids` for selected rows only)',
        querystring: z.object({ ...filters, ids: idsQuery }),
        download: xlsxDownload('The leads (.xlsx)'),
        errors: { 413: ['EXPORT_TOO_LARGE'] },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const q = { ...request.query, ids: splitIds(request.query.ids) };
      const query = leadsQuery(ctx, actor, q);
      assertExportable((await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      const rows = await sortedBy(query.selectAll('leads').select('users.display_name as owner_name'), SORT_COLUMNS, q.sort, 'leads.id').execute();
      await auditExport(ctx, actor, 'lead', { filters: request.query, count: rows.length });
      const locale = readerLocale(request);
      const at = await exportTimes(ctx);
      return sendSheet(reply, {
        sheet: { 'zh-CN': '线索', en: 'Leads' },
        columns: leadColumns(locale, at),
        rows,
        locale,
        asciiName: 'leads.xlsx',
        localName: locale === 'en' ? 'leads.xlsx' : '线索.xlsx',
        now: ctx.clock.now(),
      });
    },
  );

  app.post(
    '/leads/bulk-assign',
    {
      schema: {
        operationId: 'bulkAssignLeads',
        tags: ['leads'],
        summary: 'Assign several leads to one rep (or back to the pool) in one transaction; per lead: done or refused with the reason',
        body: bulkAssignBody,
        response: { 200: bulkResultSchema },
        errors: { 422: ['INVALID_REFERENCE'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'leads:assign');
      const { ids, ownerId } = request.body;
      // An owner outside the caller's reach refuses the whole request, not each lead.
      await resolveOwner(ctx.db, actor, ownerId);
      return runBulk(ctx, ids, requestLocale(request), (trx, id) => assignLeadIn(ctx, trx, actor, id, ownerId));
    },
  );

  app.post(
    '/leads/bulk-claim',
    {
      schema: {
        operationId: 'bulkClaimLeads',
        tags: ['leads'],
        summary: 'Take several leads from the pool in one transaction; per lead: done or refused (already taken, out of reach)',
        body: bulkClaimBody,
        response: { 200: bulkResultSchema },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'records:write');
      return runBulk(ctx, request.body.ids, requestLocale(request), (trx, id) => claimLeadIn(ctx, trx, actor, id));
    },
  );

  app.post(
    '/leads',
    {
      schema: {
        operationId: 'createLead',
        tags: ['leads'],
        summary: 'Create a lead (arrival time is the server\u2019s)',
        body: leadInput,
        response: { 201: leadSchema },
        errors: { 409: ['DUPLICATE'], 422: ['UNKNOWN_REGION', 'UNKNOWN_PRODUCT_LINE', 'INVALID_REFERENCE'] },
        examples: {
          company: {
            summary: 'A B2B lead from a trade fair, left for automatic assignment',
            value: {
              name: '苏州恒瑞精密机械有限公司',
              type: 'B2B',
              region: '华东',
              productLine: '工业设备',
              phone: '0512-6688 1234',
              company: '苏州恒瑞精密机械有限公司',
              source: '展会',
            },
          },
        },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'records:write');
      const row = await prepareLead(ctx, actor, request.body);
      const duplicates = await checkDuplicates(ctx.db, actor.scope, { phone: row.phone, companyName: row.company }, request.body.allowDuplicate);
      await insertLeads(ctx, actor, [row], 'api', duplicates);
      return reply.status(201).send(toLead(await findVisibleLead(ctx, { ...actor, scope: { ...actor.scope, kind: 'all' } }, row.id)));
    },
  );

  app.get(
    '/leads/:id',
    {
      schema: { operationId: 'getLead', tags: ['leads'], summary: 'One lead', params: idParams, response: { 200: leadSchema }, errors: { 404: ['NOT_FOUND'] } },
    },
    async (request) => {
      return toLead(await findVisibleLead(ctx, actorOf(request), request.params.id));
    },
  );

  app.patch(
    '/leads/:id',
    {
      schema: {
        operationId: 'updateLead',
        tags: ['leads'],
        summary: 'Change a lead',
        params: idParams,
        body: patchBody,
        response: { 200: leadSchema },
        errors: { 404: ['NOT_FOUND'], 409: ['LEAD_CONVERTED'], 422: ['UNKNOWN_REGION', 'UNKNOWN_PRODUCT_LINE'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'records:write');
      await updateLead(ctx, actor, request.params.id, request.body);
      return toLead(await findVisibleLead(ctx, actor, request.params.id));
    },
  );

  app.post(
    '/leads/:id/claim',
    {
      schema: {
        operationId: 'claimLead',
        tags: ['leads'],
        summary: 'Take an unassigned lead from the pool (the first claimant wins)',
        params: idParams,
        response: { 200: leadSchema },
        errors: { 404: ['NOT_FOUND'], 409: ['LEAD_ALREADY_ASSIGNED'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'records:write');
      await claimLead(ctx, actor, request.params.id);
      return toLead(await findVisibleLead(ctx, actor, request.params.id));
    },
  );

  app.post(
    '/leads/:id/assign',
    {
      schema: {
        operationId: 'assignLead',
        tags: ['leads'],
        summary: 'Assign a lead to a rep, or back to the pool with null',
        params: idParams,
        body: assignBody,
        response: { 200: leadSchema },
        errors: { 404: ['NOT_FOUND'], 409: ['LEAD_CONVERTED'], 422: ['INVALID_REFERENCE'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'leads:assign');
      await assignLead(ctx, actor, request.params.id, request.body.ownerId);
      return toLead(await findVisibleLead(ctx, { ...actor, scope: { ...actor.scope, kind: 'all' } }, request.params.id));
    },
  );

  app.post(
    '/leads/:id/convert',
    {
      schema: {
        operationId: 'convertLead',
        tags: ['leads'],
        summary: 'Turn a qualified lead into a customer (and optionally an opportunity)',
        params: idParams,
        body: convertInput,
        response: { 201: conversionSchema },
        errors: { 404: ['NOT_FOUND'], 409: ['LEAD_CONVERTED'], 422: ['UNKNOWN_REGION', 'UNKNOWN_PRODUCT_LINE', 'INVALID_REFERENCE'] },
        examples: {
          withOpportunity: {
            summary: 'An A customer with a first opportunity',
            value: { grade: 'A', customerName: '苏州恒瑞精密机械有限公司', industry: '机械制造', opportunity: { name: '三台 JX-200 采购', amount: 480000 } },
          },
        },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'records:write');
      return reply.status(201).send(await convertLead(ctx, actor, request.params.id, request.body));
    },
  );

  syncImportRoute(app, ctx, {
    url: '/leads/import',
    kind: 'leads',
    permission: 'leads:import',
    operationId: 'importLeads',
    tag: 'leads',
    summary: 'Import leads from .xlsx or .csv (multipart: file); each row is checked like a new lead',
    body: importBody,
    result: importResultSchema,
    maxMegabytes: 50,
  });
}

const LEAD_STATUS_LABELS: Record<string, Record<Locale, string>> = {
  new: { 'zh-CN': '新线索', en: 'New' },
  contacted: { 'zh-CN': '已联系', en: 'Contacted' },
  qualified: { 'zh-CN': '已确认', en: 'Qualified' },
  converted: { 'zh-CN': '已转化', en: 'Converted' },
  disqualified: { 'zh-CN': '无效', en: 'Disqualified' },
};
const SLA_LABELS: Record<string, Record<Locale, string>> = {
  pending: { 'zh-CN': '待响应', en: 'Pending' },
  warned: { 'zh-CN': '即将超时', en: 'Due soon' },
  breached: { 'zh-CN': '已超时', en: 'Breached' },
  met: { 'zh-CN': '已按时响应', en: 'Met' },
};

function leadColumns(locale: Locale, at: (instant: Date | null) => Date | null): SheetColumn<LeadRow>[] {
  return [
    { header: { 'zh-CN': '名称', en: 'Name' }, width: 28, value: (r) => r.name },
    { header: { 'zh-CN': '类型', en: 'Type' }, width: 8, value: (r) => r.type },
    { header: { 'zh-CN': '区域', en: 'Region' }, width: 10, value: (r) => r.region },
    { header: { 'zh-CN': '产品线', en: 'Product line' }, width: 14, value: (r) => r.product_line },
    { header: { 'zh-CN': '公司', en: 'Company' }, width: 28, value: (r) => r.company },
    { header: { 'zh-CN': '电话', en: 'Phone' }, width: 16, value: (r) => r.phone },
    { header: { 'zh-CN': '来源', en: 'Source' }, width: 12, value: (r) => r.source },
    { header: { 'zh-CN': '负责人', en: 'Owner' }, width: 12, value: (r) => r.owner_name ?? (locale === 'en' ? 'Pool' : '公海') },
    { header: { 'zh-CN': '状态', en: 'Status' }, width: 10, value: (r) => LEAD_STATUS_LABELS[r.status]?.[locale] ?? r.status },
    { header: { 'zh-CN': '响应时效', en: 'Response SLA' }, width: 12, value: (r) => SLA_LABELS[r.sla_status]?.[locale] ?? r.sla_status },
    { header: { 'zh-CN': '响应截止', en: 'Respond by' }, width: 18, value: (r) => at(r.response_due_at), numFmt: DATE_TIME_FORMAT[locale] },
    { header: { 'zh-CN': '创建时间', en: 'Created' }, width: 18, value: (r) => at(r.created_at), numFmt: DATE_TIME_FORMAT[locale] },
    { header: { 'zh-CN': '最近活动', en: 'Last activity' }, width: 18, value: (r) => at(r.last_activity_at), numFmt: DATE_TIME_FORMAT[locale] },
  ];
}
