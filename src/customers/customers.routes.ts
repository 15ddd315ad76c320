import { z } from 'zod';
import { actorOf, requirePermission } from '../core/auth/guard.js';
import { inScope } from '../core/auth/scope.js';
import type { App, AppContext } from '../core/context.js';
import { idParams, listOf, pageQuery } from '../core/http/common.js';
import { customerInput, customerSchema, gradeSchema, toCustomer } from './customer.model.js';
import { customerTypeSchema } from '../core/customer-types.js';
import { createCustomer, findVisibleCustomer, updateCustomer } from './customer.service.js';

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
