/**
 * 保存的视图: a user's named filters and sort of a list (leads, customers, opportunities,
 * follow-ups, the work queue), kept on the server so they follow the user to any device.
 * Each user sees and changes only their own.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { actorOf } from '../core/auth/guard.js';
import type { App, AppContext } from '../core/context.js';
import { dateTimeString, idParams, iso, itemsOf, noContent, uuidString } from '../core/http/common.js';
import { notFound } from '../core/http/errors.js';
import type { CapabilityModule } from '../core/module.js';

export const SAVED_VIEW_LISTS = ['leads', 'customers', 'opportunities', 'followups', 'queue'] as const;
const listSchema = z.enum(SAVED_VIEW_LISTS).meta({ id: 'SavedViewListName', description: 'The list a view belongs to' });

const savedViewSchema = z
  .object({ id: uuidString, list: listSchema, name: z.string(), query: z.string(), createdAt: dateTimeString })
  .meta({ id: 'SavedView', description: 'A named set of filters and sort of a list' });

const savedViewInput = z
  .object({
    list: listSchema,
    name: z.string().trim().min(1).max(60),
    query: z
      .string()
      .max(2000)
      .meta({ description: 'The list’s URL query (e.g. `status=new&sort=-createdAt`); saving under an existing name replaces that view' }),
  })
  .strict()
  .meta({ id: 'SaveViewRequest' });

interface SavedViewRow {
  id: string;
  list: string;
  name: string;
  query: string;
  created_at: Date;
}
const toView = (r: SavedViewRow) => ({
  id: r.id,
  list: r.list as (typeof SAVED_VIEW_LISTS)[number],
  name: r.name,
  query: r.query,
  createdAt: iso(r.created_at)!,
});

function savedViewRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/saved-views',
    {
      schema: {
        operationId: 'listSavedViews',
        tags: ['saved-views'],
        summary: 'The caller’s saved views of one list, by name',
        querystring: z.object({ list: listSchema }),
        response: { 200: itemsOf(savedViewSchema, 'SavedViewList') },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const rows = await ctx.db
        .selectFrom('saved_views')
        .selectAll()
        .where('user_id', '=', actor.id)
        .where('list', '=', request.query.list)
        .orderBy('name')
        .execute();
      return { items: rows.map(toView) };
    },
  );

  app.post(
    '/saved-views',
    {
      schema: {
        operationId: 'saveView',
        tags: ['saved-views'],
        summary: 'Save the current filters of a list under a name (the same name replaces the earlier view)',
        body: savedViewInput,
        response: { 201: savedViewSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { list, name, query } = request.body;
      const row = await ctx.db
        .insertInto('saved_views')
        .values({ id: randomUUID(), user_id: actor.id, list, name, query, created_at: ctx.clock.now() })
        .onConflict((oc) => oc.columns(['user_id', 'list', 'name']).doUpdateSet({ query, created_at: ctx.clock.now() }))
        .returningAll()
        .executeTakeFirstOrThrow();
      return reply.status(201).send(toView(row));
    },
  );

  app.delete(
    '/saved-views/:id',
    {
      schema: {
        operationId: 'deleteSavedView',
        tags: ['saved-views'],
        summary: 'Delete one of the caller’s saved views',
        params: idParams,
        response: { 204: noContent },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const result = await ctx.db.deleteFrom('saved_views').where('id', '=', request.params.id).where('user_id', '=', actor.id).executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw notFound('savedView');
      return reply.status(204).send();
    },
  );
}

export const savedViewsModule: CapabilityModule = {
  name: 'saved-views',
  summary: 'Named filters and sort of a list, per user',
  routes: savedViewRoutes,
};
