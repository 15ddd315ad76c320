import { z } from 'zod';
import { actorOf, requirePermission } from '../core/auth/guard.js';
import { inScope } from '../core/auth/scope.js';
import type { App, AppContext } from '../core/context.js';
import { idParams, listOf, pageQuery, queryBoolean } from '../core/http/common.js';
import { AppError } from '../core/http/errors.js';
import { requestLocale } from '../core/http/error-handler.js';
import { LEAD_STATUSES, leadInput, leadSchema, toLead } from './lead.model.js';
import { assignLead, claimLead, findVisibleLead, insertLeads, prepareLead, updateLead } from './lead.service.js';
import { convertLead, convertInput } from './convert.js';
import { importLeads } from './import.js';

const listQuery = z.object({
  ...pageQuery,
  q: z.string().trim().max(100).optional(),
  type: z.enum(['B2B', 'B2C']).optional(),
  region: z.string().optional(),
  productLine: z.string().optional(),
  ownerId: z.uuid().optional(),
  status: z.enum(LEAD_STATUSES).optional(),
  pool: queryBoolean.optional(),
  slaStatus: z.enum(['pending', 'warned', 'breached', 'met']).optional(),
});

const patchBody = leadInput
  .omit({ ownerId: true })
  .partial()
  .extend({ status: z.enum(['new', 'contacted', 'qualified', 'disqualified']).optional() })
  .strict();

export function leadRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/leads',
    { schema: { tags: ['leads'], summary: 'Leads in the caller\u2019s scope', querystring: listQuery, response: { 200: listOf(leadSchema) } } },
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
    { schema: { tags: ['leads'], summary: 'Create a lead (arrival time is the server\u2019s)', body: leadInput, response: { 201: leadSchema } } },
    async (request, reply) => {
      const actor = requirePermission(request, 'records:write');
      const row = await prepareLead(ctx, actor, request.body);
      await insertLeads(ctx, actor, [row], 'api');
      return reply.status(201).send(toLead(await findVisibleLead(ctx, { ...actor, scope: { ...actor.scope, kind: 'all' } }, row.id)));
    },
  );

  app.get('/leads/:id', { schema: { tags: ['leads'], summary: 'One lead', params: idParams, response: { 200: leadSchema } } }, async (request) => {
    return toLead(await findVisibleLead(ctx, actorOf(request), request.params.id));
  });

  app.patch(
    '/leads/:id',
    { schema: { tags: ['leads'], summary: 'Change a lead', params: idParams, body: patchBody, response: { 200: leadSchema } } },
    async (request) => {
      const actor = requirePermission(request, 'records:write');
      await updateLead(ctx, actor, request.params.id, request.body);
      return toLead(await findVisibleLead(ctx, actor, request.params.id));
    },
  );

  app.post(
    '/leads/:id/claim',
    { schema: { tags: ['leads'], summary: 'Take an unassigned lead from the pool', params: idParams, response: { 200: leadSchema } } },
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
        tags: ['leads'],
        summary: 'Assign a lead to a rep, or back to the pool with null',
        params: idParams,
        body: z.object({ ownerId: z.uuid().nullable() }).strict(),
        response: { 200: leadSchema },
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
    { schema: { tags: ['leads'], summary: 'Turn a qualified lead into a customer (and optionally an opportunity)', params: idParams, body: convertInput } },
    async (request, reply) => {
      const actor = requirePermission(request, 'records:write');
      return reply.status(201).send(await convertLead(ctx, actor, request.params.id, request.body));
    },
  );

  app.post(
    '/leads/import',
    { schema: { tags: ['leads'], summary: 'Import leads from .xlsx or .csv (multipart: file)', consumes: ['multipart/form-data'] } },
    async (request) => {
      const actor = requirePermission(request, 'leads:import');
      const file = await request.file({ limits: { fileSize: 50 * 1024 * 1024 } });
      if (!file) throw new AppError(400, 'FILE_REQUIRED');
      const buffer = await file.toBuffer();
      return importLeads(ctx, actor, file.filename, buffer, requestLocale(request));
    },
  );
}
