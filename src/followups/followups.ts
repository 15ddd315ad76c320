import { z } from 'zod';
import { actorOf, requirePermission } from '../core/auth/guard.js';
import type { App, AppContext } from '../core/context.js';
import { idParams, iso, listOf, pageQuery } from '../core/http/common.js';
import { AppError, notFound, pickLocale, type Locale } from '../core/http/errors.js';
import { flagSchema, flagsOf } from '../authenticity/index.js';
import { FOLLOWUP_TARGETS, createFollowup, resolveTarget, type TargetType } from './followup.service.js';

const TARGETS = FOLLOWUP_TARGETS;

const followupInput = z
  .object({
    targetType: z.enum(TARGETS),
    targetId: z.uuid(),
    channel: z.string().min(1),
    valueTag: z.string().min(1),
    content: z.string().trim().min(2).max(10000),
    attachmentIds: z.array(z.uuid()).max(20),
    nextFollowUpAt: z.iso.datetime({ offset: true }).optional(),
    correctsId: z.uuid().optional(),
  })
  .strict();

const followupSchema = z.object({
  id: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  leadId: z.string().nullable(),
  customerId: z.string().nullable(),
  opportunityId: z.string().nullable(),
  channel: z.string(),
  valueTag: z.string(),
  content: z.string(),
  attachmentIds: z.array(z.string()),
  attachments: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string(), mime: z.string(), size: z.number() })),
  nextFollowUpAt: z.string().nullable(),
  stage: z.string().nullable(),
  authorId: z.string(),
  authorName: z.string().nullable(),
  correctsId: z.string().nullable(),
  createdAt: z.string(),
  /** Authenticity flags (疑似雷同, 异常时段, 批量录入): yellow marks with their explanation and review. */
  flags: z.array(flagSchema),
});

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
    const flags = await flagsOf(ctx.db, ids, { locale, timeZone: (await ctx.playbook.active()).document.sla.businessHours.timeZone });
    return rows.map((f) => {
      const attachments = files.get(f.id) ?? [];
      return {
        id: f.id,
        targetType: f.target_type,
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
        createdAt: iso(f.created_at)!,
        flags: flags.get(f.id) ?? [],
      };
    });
  };

  app.get(
    '/followups',
    {
      schema: {
        tags: ['followups'],
        summary: 'Follow-ups of a record (newest first)',
        querystring: z.object({ ...pageQuery, targetType: z.enum(TARGETS), targetId: z.uuid() }),
        response: { 200: listOf(followupSchema) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const q = request.query;
      const target = await resolveTarget(ctx.db, actor, q.targetType, q.targetId);
      // A customer's timeline includes the follow-ups on its opportunities.
      let query = ctx.db.selectFrom('followups');
      query = q.targetType === 'customer' ? query.where('customer_id', '=', target.customerId) : query.where('target_id', '=', q.targetId);
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
        tags: ['followups'],
        summary: 'Record a follow-up (server time, ≥ 1 attachment, append-only)',
        body: followupInput,
        response: { 201: followupSchema },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'records:write');
      const id = await createFollowup(ctx, actor, request.body);
      const [created] = await load([id], pickLocale(request.headers['accept-language']));
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/followups/:id',
    { schema: { tags: ['followups'], summary: 'One follow-up', params: idParams, response: { 200: followupSchema } } },
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
