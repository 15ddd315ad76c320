import type { ExpressionBuilder } from 'kysely';
import { z } from 'zod';
import type { DB } from '../core/db/schema.js';
import { actorOf, requirePermission } from '../core/auth/guard.js';
import type { App, AppContext } from '../core/context.js';
import { dateTimeString, idParams, iso, listOf, pageQuery, uuidString } from '../core/http/common.js';
import { AppError, notFound, pickLocale, type Locale } from '../core/http/errors.js';
import { entityNames } from '../core/http/messages.js';
import type { Actor } from '../core/auth/actor.js';
import { inScope } from '../core/auth/scope.js';
import { DATE_TIME_FORMAT } from '../core/export/workbook.js';
import { assertExportable, auditExport, exportTimes, idsQuery, sendSheet, sortQuery, sortedBy, splitIds, xlsxDownload } from '../core/http/list.js';
import { readerLocale } from '../core/i18n/reader.js';
import { labelOf } from '../core/playbook/service.js';
import { flagSchema, flagsOf } from '../authenticity/index.js';
import { FOLLOWUP_TARGETS, resolveTarget, writeFollowup, type TargetType } from './followup.service.js';

const TARGETS = FOLLOWUP_TARGETS;
const targetTypeSchema = z.enum(TARGETS).meta({ id: 'FollowupTargetType', description: 'The kind of record a follow-up is about' });

const followupInput = z
  .object({
    targetType: targetTypeSchema,
    targetId: z.uuid(),
    channel: z.string().min(1).meta({ description: 'Key of a playbook channel (e.g. visit, phone, wechat)' }),
    valueTag: z.string().min(1).meta({ description: 'Key of a playbook value tag (e.g. needs_discovery)' }),
    content: z.string().trim().min(2).max(10000),
    attachmentIds: z
      .array(z.uuid())
      .max(20)
      .meta({ description: 'Files uploaded by the caller (POST /api/v1/files), not used by another follow-up; at least one' }),
    nextFollowUpAt: z.iso.datetime({ offset: true }).optional(),
    correctsId: z.uuid().optional().meta({ description: 'The follow-up on the same record this entry corrects (records are append-only)' }),
    contactIds: z.array(z.uuid()).max(50).optional().meta({ description: 'Contact persons of the record’s customer who took part' }),
    concerns: z
      .array(z.string().max(50))
      .max(50)
      .optional()
      .meta({ description: 'Customer concerns the author confirmed (playbook `concerns.categories` keys), e.g. suggested from a voice transcript' }),
  })
  .strict()
  .meta({ id: 'CreateFollowupRequest', description: 'A follow-up; its time is the server’s, and `createdAt`/`updatedAt` are refused' });

const attachmentSchema = z
  .object({ id: uuidString, name: z.string(), kind: z.string(), mime: z.string(), size: z.number() })
  .meta({ id: 'FollowupAttachment', description: 'An evidence file of a follow-up' });

const followupSchema = z
  .object({
    id: uuidString,
    targetType: targetTypeSchema,
    targetId: uuidString,
    leadId: uuidString.nullable(),
    customerId: uuidString.nullable(),
    opportunityId: uuidString.nullable(),
    channel: z.string(),
    valueTag: z.string(),
    content: z.string(),
    attachmentIds: z.array(uuidString),
    attachments: z.array(attachmentSchema),
    nextFollowUpAt: dateTimeString.nullable(),
    stage: z.string().nullable().meta({ description: 'The record’s stage (or lead status) when the follow-up was written' }),
    authorId: uuidString,
    authorName: z.string().nullable(),
    correctsId: uuidString.nullable(),
    contacts: z
      .array(z.object({ id: uuidString, name: z.string(), role: z.string(), title: z.string().nullable() }))
      .meta({ description: 'The contact persons involved' }),
    createdAt: dateTimeString,
    /** Authenticity flags (疑似雷同, 异常时段, 批量录入): yellow marks with their explanation and review. */
    flags: z.array(flagSchema),
  })
  .meta({ id: 'Followup', description: '跟进记录' });

async function attachmentsOf(ctx: AppContext, ids: string[]) {
  if (ids.length === 0) return new Map<string, { id: string; name: string; kind: string; mime: string; size: number }[]>();
  const rows = await ctx.db
    .selectFrom('followup_attachments')
    .innerJoin('files', 'files.id', 'followup_attachments.file_id')
    .select(['followup_attachments.followup_id', 'files.id', 'files.name', 'files.kind', 'files.mime', 'files.size'])
    .where('followup_attachments.followup_id', 'in', ids)
    .execute();
  const map = new Map<string, { id: string; name: string; kind: string; mime: string; size: number }[]>();
  for (const { followup_id, ...file } of rows) map.set(followup_id, [...(map.get(followup_id) ?? []), file]);
  return map;
}

async function contactsOf(ctx: AppContext, ids: string[]) {
  const rows = await ctx.db
    .selectFrom('followup_contacts')
    .innerJoin('contacts', 'contacts.id', 'followup_contacts.contact_id')
    .select(['followup_contacts.followup_id', 'contacts.id', 'contacts.name', 'contacts.role', 'contacts.title'])
    .where('followup_contacts.followup_id', 'in', ids)
    .orderBy('contacts.name')
    .execute();
  const map = new Map<string, { id: string; name: string; role: string; title: string | null }[]>();
  for (const { followup_id, ...contact } of rows) map.set(followup_id, [...(map.get(followup_id) ?? []), contact]);
  return map;
}

const FOLLOWUP_SORT = ['createdAt', 'channel', 'valueTag', 'targetType', 'authorName', 'nextFollowUpAt'] as const;
const FOLLOWUP_SORT_COLUMNS: Record<(typeof FOLLOWUP_SORT)[number], string> = {
  createdAt: 'followups.created_at',
  channel: 'followups.channel',
  valueTag: 'followups.value_tag',
  targetType: 'followups.target_type',
  authorName: 'users.display_name',
  nextFollowUpAt: 'followups.next_follow_up_at',
};
const searchFilters = {
  sort: sortQuery(FOLLOWUP_SORT, '-createdAt'),
  q: z.string().trim().max(100).optional().meta({ description: 'Part of the content' }),
  targetType: targetTypeSchema.optional(),
  authorId: z.uuid().optional(),
  channel: z.string().max(50).optional(),
  valueTag: z.string().max(50).optional(),
  from: z.iso.datetime({ offset: true }).optional().meta({ description: 'Written at or after' }),
  to: z.iso.datetime({ offset: true }).optional().meta({ description: 'Written before' }),
};
type SearchFilters = z.infer<z.ZodObject<typeof searchFilters>>;

/** Follow-ups whose record (lead, customer or opportunity) is in the actor's scope, with the search's filters. */
function followupsInScope(ctx: AppContext, actor: Actor, q: SearchFilters) {
  let query = ctx.db
    .selectFrom('followups')
    .leftJoin('users', 'users.id', 'followups.author_id')
    .where((eb) =>
      eb.or([
        eb.and([
          eb('followups.target_type', '=', 'lead'),
          eb.exists(eb.selectFrom('leads').select('leads.id').whereRef('leads.id', '=', 'followups.target_id').where(inScope(actor.scope, 'leads'))),
        ]),
        eb.and([
          eb('followups.target_type', '=', 'customer'),
          eb.exists(
            eb.selectFrom('customers').select('customers.id').whereRef('customers.id', '=', 'followups.target_id').where(inScope(actor.scope, 'customers')),
          ),
        ]),
        eb.and([
          eb('followups.target_type', '=', 'opportunity'),
          eb.exists(
            eb
              .selectFrom('opportunities')
              .select('opportunities.id')
              .whereRef('opportunities.id', '=', 'followups.target_id')
              .where(inScope(actor.scope, 'opportunities')),
          ),
        ]),
      ]),
    );
  if (q.targetType) query = query.where('followups.target_type', '=', q.targetType);
  if (q.authorId) query = query.where('followups.author_id', '=', q.authorId);
  if (q.channel) query = query.where('followups.channel', '=', q.channel);
  if (q.valueTag) query = query.where('followups.value_tag', '=', q.valueTag);
  if (q.from) query = query.where('followups.created_at', '>=', new Date(q.from));
  if (q.to) query = query.where('followups.created_at', '<', new Date(q.to));
  if (q.q) query = query.where('followups.content', 'ilike', `%${q.q.replace(/[%_\\]/g, '\\$&')}%`);
  return query;
}

const timeZoneOf = async (ctx: AppContext) => (await ctx.playbook.active()).document.sla.businessHours.timeZone;

export function followupRoutes(app: App, ctx: AppContext): void {
  const load = async (ids: string[], locale: Locale = 'zh-CN') => {
    if (ids.length === 0) return [];
    const rows = await ctx.db
      .selectFrom('followups')
      .leftJoin('users', 'users.id', 'followups.author_id')
      .selectAll('followups')
      .select('users.display_name as author_name')
      .where('followups.id', 'in', ids)
      .orderBy('followups.created_at', 'desc')
      .execute();
    const files = await attachmentsOf(ctx, ids);
    const people = await contactsOf(ctx, ids);
    const flags = await flagsOf(ctx.db, ids, { locale, timeZone: await timeZoneOf(ctx) });
    return rows.map((f) => {
      const attachments = files.get(f.id) ?? [];
      return {
        id: f.id,
        targetType: f.target_type as TargetType,
        targetId: f.target_id,
        leadId: f.lead_id,
        customerId: f.customer_id,
        opportunityId: f.opportunity_id,
        channel: f.channel,
        valueTag: f.value_tag,
        content: f.content,
        attachmentIds: attachments.map((a) => a.id),
        attachments,
        nextFollowUpAt: iso(f.next_follow_up_at),
        stage: f.stage,
        authorId: f.author_id,
        authorName: f.author_name,
        correctsId: f.corrects_id,
        contacts: people.get(f.id) ?? [],
        createdAt: iso(f.created_at)!,
        flags: flags.get(f.id) ?? [],
      };
    });
  };

  app.get(
    '/followups',
    {
      schema: {
        operationId: 'listFollowups',
        tags: ['followups'],
        summary:
          'Follow-ups of a record (newest first); a customer’s include those on its opportunities, and a customer’s and an opportunity’s those on the lead it was converted from',
        querystring: z.object({ ...pageQuery, targetType: targetTypeSchema, targetId: z.uuid() }),
        response: { 200: listOf(followupSchema, 'FollowupList') },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const q = request.query;
      const target = await resolveTarget(ctx.db, actor, q.targetType, q.targetId);
      // A customer's timeline includes the follow-ups on its opportunities; a customer's and an
      // opportunity's include those written on the lead the customer was converted from.
      let query = ctx.db.selectFrom('followups');
      const fromLead = (customerId: string | null) => (eb: ExpressionBuilder<DB, 'followups'>) =>
        eb('followups.lead_id', 'in', eb.selectFrom('leads').select('leads.id').where('leads.customer_id', '=', customerId));
      if (q.targetType === 'customer') query = query.where((eb) => eb.or([eb('customer_id', '=', target.customerId), fromLead(target.customerId)(eb)]));
      else if (q.targetType === 'opportunity') query = query.where((eb) => eb.or([eb('target_id', '=', q.targetId), fromLead(target.customerId)(eb)]));
      else query = query.where('target_id', '=', q.targetId);
      const [rows, count] = await Promise.all([
        query
          .select('id')
          .orderBy('created_at', 'desc')
          .orderBy('id')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return {
        items: await load(
          rows.map((r) => r.id),
          pickLocale(request.headers['accept-language']),
        ),
        total: count.n,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  app.post(
    '/followups',
    {
      // Timestamps are the server's: a body that tries to set them is refused before validation.
      preValidation: async (request) => {
        const body = request.body as Record<string, unknown> | null;
        const forbidden = ['createdAt', 'updatedAt', 'created_at', 'updated_at'].filter((k) => body && typeof body === 'object' && k in body);
        if (forbidden.length) throw new AppError(400, 'SERVER_TIME_ONLY', { fields: forbidden.join(', ') });
      },
      schema: {
        operationId: 'createFollowup',
        tags: ['followups'],
        summary: 'Record a follow-up (server time, ≥ 1 attachment, append-only)',
        body: followupInput,
        response: { 201: followupSchema },
        errors: {
          400: ['SERVER_TIME_ONLY'],
          404: ['NOT_FOUND'],
          409: ['CONFLICT'],
          422: ['ATTACHMENT_REQUIRED', 'ATTACHMENT_INVALID', 'UNKNOWN_CHANNEL', 'UNKNOWN_VALUE_TAG', 'INVALID_REFERENCE', 'NEXT_FOLLOWUP_IN_PAST'],
        },
        examples: {
          visit: {
            summary: 'An on-site visit on an opportunity, with the meeting notes uploaded before',
            value: {
              targetType: 'opportunity',
              targetId: '3f1c9a52-8d7e-4b6a-9c21-5e0f7a8b9c10',
              channel: 'visit',
              valueTag: 'needs_discovery',
              content: '拜访生产部王经理，确认二季度产线改造预算 120 万，关注换型时间和售后响应。',
              attachmentIds: ['0b6f2d4e-1a3c-4e5f-8a7b-9c0d1e2f3a4b'],
              nextFollowUpAt: '2026-12-08T10:00:00+08:00',
            },
          },
        },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'records:write');
      const { flagged, ...f } = await writeFollowup(ctx, actor, request.body);
      // Answered from what was written (no read-back); flags are read only when the check raised some.
      const flags = flagged
        ? ((await flagsOf(ctx.db, [f.id], { locale: pickLocale(request.headers['accept-language']), timeZone: await timeZoneOf(ctx) })).get(f.id) ?? [])
        : [];
      return reply.status(201).send({
        ...f,
        attachmentIds: f.attachments.map((a) => a.id),
        nextFollowUpAt: iso(f.nextFollowUpAt),
        authorName: actor.displayName,
        createdAt: f.createdAt.toISOString(),
        flags,
      });
    },
  );

  app.get(
    '/followups/search',
    {
      schema: {
        operationId: 'searchFollowups',
        tags: ['followups'],
        summary: 'Follow-ups across the records in the caller’s scope, filtered and sorted',
        querystring: z.object({ ...pageQuery, ...searchFilters }),
        response: { 200: listOf(followupSchema, 'FollowupSearchResult') },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const q = request.query;
      const query = followupsInScope(ctx, actor, q);
      const [rows, count] = await Promise.all([
        sortedBy(query.select('followups.id'), FOLLOWUP_SORT_COLUMNS, q.sort, 'followups.id')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      const ids = rows.map((r) => r.id);
      const loaded = new Map((await load(ids, pickLocale(request.headers['accept-language']))).map((f) => [f.id, f]));
      return { items: ids.map((id) => loaded.get(id)!), total: Number(count.n), page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/followups/export.xlsx',
    {
      schema: {
        operationId: 'exportFollowups',
        tags: ['followups'],
        summary: 'Follow-ups as an Excel workbook: the search’s filters, sort and scope (`ids` for selected rows only)',
        querystring: z.object({ ...searchFilters, ids: idsQuery }),
        download: xlsxDownload('The follow-ups (.xlsx)'),
        errors: { 413: ['EXPORT_TOO_LARGE'] },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const ids = splitIds(request.query.ids);
      let query = followupsInScope(ctx, actor, request.query);
      if (ids) query = query.where('followups.id', 'in', ids);
      assertExportable((await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      const rows = await sortedBy(
        query.selectAll('followups').select('users.display_name as author_name'),
        FOLLOWUP_SORT_COLUMNS,
        request.query.sort,
        'followups.id',
      ).execute();
      await auditExport(ctx, actor, 'followup', { filters: request.query, count: rows.length });
      const locale = readerLocale(request);
      const at = await exportTimes(ctx);
      const { document } = await ctx.playbook.active();
      const label = (items: { key: string; label: string; labelEn?: string }[], key: string) =>
        labelOf(
          items.find((i) => i.key === key),
          locale,
          key,
        );
      return sendSheet<(typeof rows)[number]>(reply, {
        sheet: { 'zh-CN': '跟进记录', en: 'Follow-ups' },
        columns: [
          { header: { 'zh-CN': '时间', en: 'Time' }, width: 18, value: (r) => at(r.created_at), numFmt: DATE_TIME_FORMAT[locale] },
          { header: { 'zh-CN': '记录人', en: 'Author' }, width: 12, value: (r) => r.author_name },
          {
            header: { 'zh-CN': '对象类型', en: 'Record type' },
            width: 10,
            value: (r) => entityNames[r.target_type]?.[locale] ?? r.target_type,
          },
          { header: { 'zh-CN': '跟进方式', en: 'Channel' }, width: 12, value: (r) => label(document.channels, r.channel) },
          { header: { 'zh-CN': '价值标签', en: 'Value tag' }, width: 14, value: (r) => label(document.valueTags, r.value_tag) },
          { header: { 'zh-CN': '阶段', en: 'Stage' }, width: 12, value: (r) => r.stage },
          { header: { 'zh-CN': '内容', en: 'Content' }, width: 60, value: (r) => r.content },
          { header: { 'zh-CN': '下次跟进', en: 'Next follow-up' }, width: 18, value: (r) => at(r.next_follow_up_at), numFmt: DATE_TIME_FORMAT[locale] },
        ],
        rows,
        locale,
        asciiName: 'followups.xlsx',
        localName: locale === 'en' ? 'followups.xlsx' : '跟进记录.xlsx',
        now: ctx.clock.now(),
      });
    },
  );

  app.get(
    '/followups/:id',
    {
      schema: {
        operationId: 'getFollowup',
        tags: ['followups'],
        summary: 'One follow-up',
        params: idParams,
        response: { 200: followupSchema },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const row = await ctx.db.selectFrom('followups').select(['id', 'target_type', 'target_id']).where('id', '=', request.params.id).executeTakeFirst();
      if (!row) throw notFound('followup');
      await resolveTarget(ctx.db, actor, row.target_type as TargetType, row.target_id);
      const [followup] = await load([row.id], pickLocale(request.headers['accept-language']));
      return followup;
    },
  );
}
