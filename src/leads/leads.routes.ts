import { z } from 'zod';
import { actorOf, requirePermission } from '../core/auth/guard.js';
import { inScope } from '../core/auth/scope.js';
import type { App, AppContext } from '../core/context.js';
import { idParams, listOf, pageQuery, queryBoolean } from '../core/http/common.js';
import { AppError } from '../core/http/errors.js';
import { requestLocale } from '../core/http/error-handler.js';
import { importEngineOf } from '../core/import/engine.js';
import { checkDuplicates } from '../core/duplicates/duplicates.js';
import { duplicateMatchSchema } from '../core/duplicates/schema.js';
import { customerTypeSchema, leadInput, leadSchema, leadStatusSchema, slaStatusSchema, toLead } from './lead.model.js';
import { customerSchema } from '../customers/index.js';
import { opportunitySchema } from '../opportunities/index.js';
import { assignLead, claimLead, findVisibleLead, insertLeads, prepareLead, updateLead } from './lead.service.js';
import { convertLead, convertInput } from './convert.js';

const listQuery = z.object({
  ...pageQuery,
  q: z.string().trim().max(100).optional(),
  type: customerTypeSchema.optional(),
  region: z.string().optional(),
  productLine: z.string().optional(),
  ownerId: z.uuid().optional(),
  status: leadStatusSchema.optional(),
  pool: queryBoolean.optional().meta({ description: 'true: unassigned leads only (the pool); false: assigned ones only' }),
  slaStatus: slaStatusSchema.optional(),
});

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
      let query = ctx.db.selectFrom('leads').where(inScope(actor.scope, 'leads'));
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
      const [rows, count] = await Promise.all([
        query
          .leftJoin('users', 'users.id', 'leads.owner_id')
          .selectAll('leads')
          .select('users.display_name as owner_name')
          .orderBy('leads.created_at', 'desc')
          .orderBy('leads.id')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toLead), total: count.n, page: q.page, pageSize: q.pageSize };
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

  app.post(
    '/leads/import',
    {
      schema: {
        operationId: 'importLeads',
        tags: ['leads'],
        summary: 'Import leads from .xlsx or .csv (multipart: file); each row is checked like a new lead',
        consumes: ['multipart/form-data'],
        documentedBody: { mediaType: 'multipart/form-data', schema: importBody },
        response: { 200: importResultSchema },
        errors: { 400: ['FILE_REQUIRED'], 422: ['IMPORT_INVALID'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'leads:import');
      const file = await request.file({ limits: { fileSize: 50 * 1024 * 1024 } });
      if (!file) throw new AppError(400, 'FILE_REQUIRED');
      const buffer = await file.toBuffer();
      return importEngineOf(ctx).importNow(actor, 'leads', file.filename, buffer, requestLocale(request));
    },
  );
}
