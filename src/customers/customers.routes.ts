import { z } from 'zod';
import { recordAudit } from '../core/audit/audit.js';
import { actorOf, requirePermission } from '../core/auth/guard.js';
import { inScope, resolveOwner } from '../core/auth/scope.js';
import type { App, AppContext } from '../core/context.js';
import { idParams, listOf, pageQuery } from '../core/http/common.js';
import { assertInPlaybook } from '../core/playbook/checks.js';
import { customerInput, customerSchema, gradeSchema, toCustomer } from './customer.model.js';
import { customerTypeSchema } from '../leads/lead.model.js';
import { findVisibleCustomer, insertCustomer, prepareCustomer } from './customer.service.js';

const listQuery = z.object({
  ...pageQuery,
  q: z.string().trim().max(100).optional(),
  grade: gradeSchema.optional(),
  type: customerTypeSchema.optional(),
  region: z.string().optional(),
  ownerId: z.uuid().optional(),
});

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
      let query = ctx.db.selectFrom('customers').where(inScope(actor.scope, 'customers'));
      if (q.grade) query = query.where('customers.grade', '=', q.grade);
      if (q.type) query = query.where('customers.type', '=', q.type);
      if (q.region) query = query.where('customers.region', '=', q.region);
      if (q.ownerId) query = query.where('customers.owner_id', '=', q.ownerId);
      if (q.q) query = query.where('customers.name', 'ilike', `%${q.q.replace(/[%_\\]/g, '\\$&')}%`);
      const [rows, count] = await Promise.all([
        query
          .leftJoin('users', 'users.id', 'customers.owner_id')
          .selectAll('customers')
          .select('users.display_name as owner_name')
          .orderBy('customers.created_at', 'desc')
          .orderBy('customers.id')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toCustomer), total: count.n, page: q.page, pageSize: q.pageSize };
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
        errors: { 422: ['UNKNOWN_REGION', 'INVALID_REFERENCE'] },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'records:write');
      const row = await prepareCustomer(ctx, actor, request.body);
      await ctx.db.transaction().execute((trx) => insertCustomer(trx, ctx, actor, row));
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
        body: customerInput.partial().strict().meta({ id: 'UpdateCustomerRequest', description: 'The fields to change; the region must be in the playbook' }),
        response: { 200: customerSchema },
        errors: { 404: ['NOT_FOUND'], 422: ['UNKNOWN_REGION', 'INVALID_REFERENCE'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'records:write');
      const before = await findVisibleCustomer(ctx, actor, request.params.id);
      const body = request.body;
      const { document } = await ctx.playbook.active();
      assertInPlaybook(document, { region: body.region });
      const owner = body.ownerId === undefined ? { ownerId: before.owner_id, teamId: before.team_id } : await resolveOwner(ctx.db, actor, body.ownerId);
      const changes = {
        name: body.name ?? before.name,
        type: body.type ?? before.type,
        grade: body.grade ?? before.grade,
        region: body.region ?? before.region,
        industry: body.industry === undefined ? before.industry : body.industry || null,
        phone: body.phone === undefined ? before.phone : body.phone || null,
        owner_id: owner.ownerId,
        team_id: owner.teamId,
        updated_at: ctx.clock.now(),
      };
      await ctx.db.transaction().execute(async (trx) => {
        await trx.updateTable('customers').set(changes).where('id', '=', before.id).execute();
        await recordAudit(trx, ctx.clock, {
          actorId: actor.id,
          action: 'customer.update',
          entityType: 'customer',
          entityId: before.id,
          data: { changes, previousGrade: before.grade },
        });
      });
      return toCustomer(await findVisibleCustomer(ctx, { ...actor, scope: { ...actor.scope, kind: 'all' } }, before.id));
    },
  );
}
