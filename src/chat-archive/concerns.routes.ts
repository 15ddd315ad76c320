import { sql, type SqlBool } from 'kysely';
import { z } from 'zod';
import { actorOf } from '../core/auth/guard.js';
import type { App, AppContext } from '../core/context.js';
import { dateTimeString, idParams, listOf, pageQuery, uuidString } from '../core/http/common.js';
import { requestLocale } from '../core/http/error-handler.js';
import { cellMessages, concernHeatmap } from './concerns.query.js';
import { customerConversation, loadMessages } from './conversation.js';

const localDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'YYYY-MM-DD');
const groupBy = z.enum(['customer', 'region', 'week', 'rep']).meta({ id: 'ConcernGroupBy' });

const heatmapQuery = z.object({
  from: localDate.optional().meta({ description: 'First local day (playbook time zone); default 29 days before `to`' }),
  to: localDate.optional().meta({ description: 'Last local day, included; default today' }),
  groupBy: groupBy.default('customer').meta({ description: 'Rows: customers, regions, ISO weeks (YYYY-Www) or reps' }),
  teamId: z.uuid().optional().meta({ description: 'Only customers of this team and the teams below it' }),
});

const labelled = z.object({ key: z.string(), label: z.string() });

const blindSpotSchema = z
  .object({
    customerId: uuidString,
    customerName: z.string(),
    ownerId: uuidString.nullable(),
    ownerName: z.string().nullable(),
    category: z.string(),
    label: z.string(),
    lastRaisedAt: dateTimeString,
    count: z.number().int().meta({ description: 'Messages of the customer raising the category in the period' }),
  })
  .meta({
    id: 'ConcernBlindSpot',
    description: '需求盲区: a concern the customer raised in the period that no later follow-up of the customer raises (addresses)',
  });

const heatmapSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    groupBy,
    categories: z.array(labelled).meta({ description: 'The playbook’s concern categories, in order (columns)' }),
    rows: z.array(labelled).meta({ description: 'Customers / regions / weeks / reps with concerns, most first (weeks in order)' }),
    cells: z.array(z.object({ row: z.string(), category: z.string(), count: z.number().int() })).meta({
      description: 'Customer messages raising the category in the row; cells without messages are left out',
    }),
    blindSpots: z.array(blindSpotSchema).meta({ description: 'Longest-standing first' }),
  })
  .meta({ id: 'ConcernHeatmap', description: '客户关注点热力图' });

export const chatMessageSchema = z
  .object({
    msgid: z.string(),
    at: dateTimeString,
    direction: z.enum(['in', 'out']).meta({ description: 'in: the customer’s side wrote it; out: our staff' }),
    fromName: z.string(),
    msgtype: z.string(),
    text: z.string().meta({ description: 'Masked text (phone, ID-card, bank-card numbers, e-mail, precise locations never stored)' }),
    recalled: z.boolean(),
    concerns: z.array(z.string()).meta({ description: 'Concern categories the message raises (keys)' }),
    roomId: z.string().nullable().meta({ description: 'The group chat; null for one-to-one' }),
    customerId: uuidString.nullable(),
    media: z.array(z.object({ sdkfileid: z.string(), mime: z.string(), size: z.number().int() })),
  })
  .meta({ id: 'ChatMessage', description: 'An archived WeCom message, masked' });

export function concernRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/analytics/concerns',
    {
      schema: {
        operationId: 'getConcernHeatmap',
        tags: ['analytics'],
        summary: '客户关注点热力图: concern categories × customers / regions / weeks / reps, with the blind spots',
        description: 'Counts the customers’ archived WeCom messages raising each playbook concern category, within the caller’s data scope.',
        querystring: heatmapQuery,
        response: { 200: heatmapSchema },
        errors: { 404: ['NOT_FOUND'], 422: ['VALIDATION'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return concernHeatmap(ctx, actor, request.query, requestLocale(request));
    },
  );

  app.get(
    '/analytics/concerns/messages',
    {
      schema: {
        operationId: 'listConcernMessages',
        tags: ['analytics'],
        summary: 'The masked messages behind one heat-map cell',
        querystring: heatmapQuery.extend({
          row: z.string().min(1).max(200).meta({ description: 'The cell’s row key (as in `rows[].key`)' }),
          category: z.string().min(1).max(100),
          ...pageQuery,
        }),
        response: { 200: listOf(chatMessageSchema, 'ChatMessageList') },
        errors: { 404: ['NOT_FOUND'], 422: ['VALIDATION'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const q = request.query;
      const { msgids, total } = await cellMessages(ctx, actor, q, q.page, q.pageSize);
      const items = msgids.length
        ? (await loadMessages(ctx, sql<SqlBool>`m.msgid in (${sql.join(msgids)})`, requestLocale(request), 1, msgids.length)).items
        : [];
      return { items, total, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/customers/:id/conversations',
    {
      schema: {
        operationId: 'listCustomerConversations',
        tags: ['customers'],
        summary: 'The customer’s archived WeCom conversation, masked, newest first',
        params: idParams,
        querystring: z.object({
          ...pageQuery,
          from: z.iso.datetime({ offset: true }).optional().meta({ description: 'Only messages sent at or after this instant' }),
          to: z.iso.datetime({ offset: true }).optional().meta({ description: 'Only messages sent before this instant' }),
        }),
        response: { 200: listOf(chatMessageSchema, 'CustomerConversation') },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const q = request.query;
      const result = await customerConversation(ctx, actor, request.params.id, {
        page: q.page,
        pageSize: q.pageSize,
        from: q.from ? new Date(q.from) : undefined,
        to: q.to ? new Date(q.to) : undefined,
        locale: requestLocale(request),
      });
      return { ...result, page: q.page, pageSize: q.pageSize };
    },
  );
}
