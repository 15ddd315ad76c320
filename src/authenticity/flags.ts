import type { Kysely } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../core/audit/audit.js';
import { actorOf } from '../core/auth/guard.js';
import { formatLocal } from '../core/calendar/working-time.js';
import type { App, AppContext } from '../core/context.js';
import type { DB } from '../core/db/schema.js';
import { idParams, iso, pageQuery } from '../core/http/common.js';
import { AppError, notFound, pickLocale, type Locale } from '../core/http/errors.js';
import { REVIEWER_ROLES, authorInScope, canReview, requireRole } from './access.js';
import { flagRuleOf, flagRuleSchema } from './flag-rules.js';

export const FLAG_STATUSES = ['pending', 'confirmed', 'dismissed'] as const;
export const flagStatusSchema = z
  .enum(FLAG_STATUSES)
  .meta({ id: 'FollowupFlagStatus', description: 'pending review, confirmed (fake) or dismissed (genuine)' });
export const flagKindSchema = z.enum(['similar', 'burst', 'evidence']).meta({
  id: 'FollowupFlagKind',
  description:
    'similar: near-duplicate text (疑似雷同); burst: odd hours (异常时段) or bulk entry (批量录入); evidence: a WeChat follow-up without an archived conversation that day (缺少会话存档)',
});

/** A yellow mark on a follow-up, with what it is based on. */
export const flagSchema = z
  .object({
    id: z.string(),
    followupId: z.string(),
    kind: flagKindSchema,
    /** similar: 'own' | 'teammate'; burst: 'odd_hours' | 'rate'; evidence: 'no_chat_evidence' */
    reason: z.string(),
    rule: flagRuleSchema,
    playbookVersion: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'The playbook version whose thresholds raised the flag (null: raised before versions were recorded)' }),
    label: z.string(),
    explanation: z.string(),
    details: z.record(z.string(), z.unknown()),
    matchedFollowupId: z.string().nullable(),
    matchedAuthorId: z.string().nullable(),
    matchedAuthorName: z.string().nullable(),
    /** The record the matched follow-up belongs to, for a link. */
    matchedTarget: z.object({ type: z.string(), id: z.string() }).nullable(),
    similarity: z.number().nullable(),
    status: flagStatusSchema,
    reviewedBy: z.string().nullable(),
    reviewerName: z.string().nullable(),
    reviewComment: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'FollowupFlag', description: 'A yellow mark on a follow-up with the facts it is based on; reviewed by a person, never a deletion' });
export type FlagView = z.infer<typeof flagSchema>;

const LABELS: Record<string, Record<Locale, string>> = {
  similar: { 'zh-CN': '疑似雷同', en: 'Possible duplicate' },
  odd_hours: { 'zh-CN': '异常时段', en: 'Odd hours' },
  rate: { 'zh-CN': '批量录入', en: 'Bulk entry' },
  no_chat_evidence: { 'zh-CN': '缺少会话存档', en: 'No chat evidence' },
};

/** A stored fact as text: details are JSON read back from the database, so each is `unknown`. */
const fact = (x: unknown) => (typeof x === 'string' || typeof x === 'number' ? String(x) : '');
const pct = (x: unknown) => `${Math.round(Number(x) * 100)}%`;
const localTime = (isoTime: unknown, timeZone: string) => {
  if (typeof isoTime !== 'string') return '';
  return formatLocal(new Date(isoTime), timeZone);
};

/** The human explanation of a flag: which rule, which facts. */
export function explainFlag(
  flag: { kind: string; reason: string; details: Record<string, unknown>; matchedAuthorName: string | null },
  locale: Locale,
  timeZone: string,
): { label: string; explanation: string } {
  const d = flag.details;
  const zh = locale === 'zh-CN';
  if (flag.kind === 'similar') {
    const when = localTime(d.matchedAt, timeZone);
    const who = flag.reason === 'own' ? (zh ? '本人 ' : 'own') : zh ? `同组 ${flag.matchedAuthorName ?? ''} ` : `${flag.matchedAuthorName ?? 'a teammate'}'s`;
    return {
      label: LABELS.similar[locale],
      explanation: zh
        ? `与${who}${when} 的跟进记录相似度 ${pct(d.similarity)}（阈值 ${pct(d.threshold)}）`
        : `${pct(d.similarity)} similar to ${who} follow-up of ${when} (threshold ${pct(d.threshold)})`,
    };
  }
  if (flag.reason === 'no_chat_evidence') {
    return {
      label: LABELS.no_chat_evidence[locale],
      explanation: zh
        ? `微信跟进当天（${fact(d.day)}）会话存档中没有该销售与客户的消息（该客户共有 ${fact(d.customerMessages)} 条存档消息）`
        : `No archived WeCom message between the author and the customer on ${fact(d.day)} (the customer has ${fact(d.customerMessages)} archived messages)`,
    };
  }
  if (flag.reason === 'odd_hours') {
    return {
      label: LABELS.odd_hours[locale],
      explanation: zh
        ? `录入于 ${fact(d.localDate)} ${fact(d.localTime)}（异常时段 ${fact(d.from)}–${fact(d.to)}），该时段本人共录入 ${fact(d.entriesInWindow)} 条`
        : `Written at ${fact(d.localDate)} ${fact(d.localTime)} (odd hours ${fact(d.from)}–${fact(d.to)}); ${fact(d.entriesInWindow)} entries by the author in that window`,
    };
  }
  return {
    label: LABELS.rate[locale],
    explanation: zh
      ? `${fact(d.windowMinutes)} 分钟内录入 ${fact(d.count)} 条（上限 ${fact(d.maxEntries)} 条），${localTime(d.firstAt, timeZone)} 起`
      : `${fact(d.count)} entries within ${fact(d.windowMinutes)} minutes (limit ${fact(d.maxEntries)}), from ${localTime(d.firstAt, timeZone)}`,
  };
}

interface FlagRow {
  id: string;
  followup_id: string;
  kind: string;
  reason: string;
  details: Record<string, unknown>;
  matched_followup_id: string | null;
  similarity: number | null;
  playbook_version: number | null;
  status: string;
  reviewed_by: string | null;
  review_comment: string | null;
  reviewed_at: Date | null;
  created_at: Date;
  reviewer_name: string | null;
  matched_author_id: string | null;
  matched_author_name: string | null;
  matched_target_type: string | null;
  matched_target_id: string | null;
}

function selectFlags(db: Kysely<DB>) {
  return db
    .selectFrom('followup_flags as ff')
    .leftJoin('users as ru', 'ru.id', 'ff.reviewed_by')
    .leftJoin('followups as mf', 'mf.id', 'ff.matched_followup_id')
    .leftJoin('users as mu', 'mu.id', 'mf.author_id')
    .select([
      'ff.id',
      'ff.followup_id',
      'ff.kind',
      'ff.reason',
      'ff.details',
      'ff.matched_followup_id',
      'ff.similarity',
      'ff.playbook_version',
      'ff.status',
      'ff.reviewed_by',
      'ff.review_comment',
      'ff.reviewed_at',
      'ff.created_at',
      'ru.display_name as reviewer_name',
      'mf.author_id as matched_author_id',
      'mu.display_name as matched_author_name',
      'mf.target_type as matched_target_type',
      'mf.target_id as matched_target_id',
    ]);
}

function toView(row: FlagRow, locale: Locale, timeZone: string): FlagView {
  const { label, explanation } = explainFlag(
    { kind: row.kind, reason: row.reason, details: row.details, matchedAuthorName: row.matched_author_name },
    locale,
    timeZone,
  );
  return {
    id: row.id,
    followupId: row.followup_id,
    kind: row.kind as FlagView['kind'],
    reason: row.reason,
    rule: flagRuleOf(row.kind, row.reason),
    playbookVersion: row.playbook_version === null ? null : Number(row.playbook_version),
    label,
    explanation,
    details: row.details,
    matchedFollowupId: row.matched_followup_id,
    matchedAuthorId: row.matched_author_id,
    matchedAuthorName: row.matched_author_name,
    matchedTarget: row.matched_target_type && row.matched_target_id ? { type: row.matched_target_type, id: row.matched_target_id } : null,
    similarity: row.similarity === null ? null : Number(row.similarity),
    status: row.status as FlagView['status'],
    reviewedBy: row.reviewed_by,
    reviewerName: row.reviewer_name,
    reviewComment: row.review_comment,
    reviewedAt: iso(row.reviewed_at),
    createdAt: iso(row.created_at)!,
  };
}

/** The flags of follow-ups, for their API views (dismissed ones too: reviews are never silent). */
export async function flagsOf(db: Kysely<DB>, followupIds: string[], options: { locale: Locale; timeZone: string }): Promise<Map<string, FlagView[]>> {
  const map = new Map<string, FlagView[]>();
  if (followupIds.length === 0) return map;
  const rows = await selectFlags(db).where('ff.followup_id', 'in', followupIds).orderBy('ff.created_at').orderBy('ff.kind').orderBy('ff.reason').execute();
  for (const row of rows) {
    const view = toView(row, options.locale, options.timeZone);
    map.set(view.followupId, [...(map.get(view.followupId) ?? []), view]);
  }
  return map;
}

const flagListItem = flagSchema
  .extend({
    followup: z.object({
      id: z.string(),
      content: z.string(),
      channel: z.string(),
      valueTag: z.string(),
      targetType: z.string(),
      targetId: z.string(),
      customerId: z.string().nullable(),
      createdAt: z.string(),
      authorId: z.string(),
      authorName: z.string().nullable(),
      teamId: z.string().nullable(),
      teamName: z.string().nullable(),
    }),
    matched: z.object({ id: z.string(), content: z.string(), authorName: z.string().nullable(), createdAt: z.string() }).nullable(),
    canReview: z.boolean(),
  })
  .meta({ id: 'FollowupFlagListItem', description: 'A flag with its follow-up and the matched one' });

const reviewInput = z
  .object({ decision: z.enum(['confirmed', 'dismissed']), comment: z.string().trim().max(2000).optional() })
  .strict()
  .refine((b) => b.decision !== 'dismissed' || (b.comment ?? '').length > 0, {
    path: ['comment'],
    message: 'a dismissal needs a comment (why the entry is genuine)',
  })
  .meta({ id: 'ReviewFollowupFlagRequest', description: 'A dismissal needs a comment' });

export function flagRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/followup-flags',
    {
      schema: {
        operationId: 'listFollowupFlags',
        tags: ['authenticity'],
        summary: 'Authenticity flags of follow-ups in scope (supervisors and above)',
        querystring: z.object({
          ...pageQuery,
          status: flagStatusSchema.optional(),
          kind: flagKindSchema.optional(),
          teamId: z.uuid().optional(),
          authorId: z.uuid().optional(),
        }),
        response: {
          200: z
            .object({
              items: z.array(flagListItem),
              total: z.number().int(),
              page: z.number().int(),
              pageSize: z.number().int(),
              counts: z.object({ pending: z.number().int(), confirmed: z.number().int(), dismissed: z.number().int() }),
            })
            .meta({ id: 'FollowupFlagList' }),
        },
        errors: { 403: ['FORBIDDEN'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      requireRole(actor, REVIEWER_ROLES);
      const q = request.query;
      const locale = pickLocale(request.headers['accept-language']);
      const { document } = await ctx.playbook.active();
      const timeZone = document.sla.businessHours.timeZone;
      const base = () => {
        let query = ctx.db
          .selectFrom('followup_flags as ff')
          .innerJoin('users as au', 'au.id', 'ff.author_id')
          .leftJoin('teams as at', 'at.id', 'au.team_id')
          .where(() => authorInScope(actor.scope, 'au', 'at'));
        if (q.kind) query = query.where('ff.kind', '=', q.kind);
        if (q.teamId) query = query.where('au.team_id', '=', q.teamId);
        if (q.authorId) query = query.where('ff.author_id', '=', q.authorId);
        return query;
      };
      const filtered = q.status ? base().where('ff.status', '=', q.status) : base();
      const [page, countRows] = await Promise.all([
        filtered
          .select(['ff.id'])
          .orderBy('ff.created_at', 'desc')
          .orderBy('ff.id')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        base()
          .select(['ff.status', (eb) => eb.fn.countAll<number>().as('n')])
          .groupBy('ff.status')
          .execute(),
      ]);
      const counts = { pending: 0, confirmed: 0, dismissed: 0 };
      for (const c of countRows) counts[c.status as keyof typeof counts] = Number(c.n);
      const total = q.status ? counts[q.status] : counts.pending + counts.confirmed + counts.dismissed;
      const ids = page.map((r) => r.id);
      if (ids.length === 0) return { items: [], total, page: q.page, pageSize: q.pageSize, counts };

      const rows = (await selectFlags(ctx.db).where('ff.id', 'in', ids).execute()) as FlagRow[];
      const byId = new Map(rows.map((r) => [r.id, r]));
      const followupIds = [...new Set(rows.flatMap((r) => [r.followup_id, r.matched_followup_id].filter((x): x is string => x !== null)))];
      const followups = await ctx.db
        .selectFrom('followups as f')
        .innerJoin('users as au', 'au.id', 'f.author_id')
        .leftJoin('teams as at', 'at.id', 'au.team_id')
        .select([
          'f.id',
          'f.content',
          'f.channel',
          'f.value_tag',
          'f.target_type',
          'f.target_id',
          'f.customer_id',
          'f.created_at',
          'f.author_id',
          'au.display_name as author_name',
          'au.team_id',
          'at.name as team_name',
          'at.region',
        ])
        .where('f.id', 'in', followupIds)
        .execute();
      const fById = new Map(followups.map((f) => [f.id, f]));
      const items = ids.map((id) => {
        const row = byId.get(id)!;
        const f = fById.get(row.followup_id)!;
        const m = row.matched_followup_id ? fById.get(row.matched_followup_id) : undefined;
        return {
          ...toView(row, locale, timeZone),
          followup: {
            id: f.id,
            content: f.content,
            channel: f.channel,
            valueTag: f.value_tag,
            targetType: f.target_type,
            targetId: f.target_id,
            customerId: f.customer_id,
            createdAt: iso(f.created_at)!,
            authorId: f.author_id,
            authorName: f.author_name,
            teamId: f.team_id,
            teamName: f.team_name,
          },
          matched: m ? { id: m.id, content: m.content, authorName: m.author_name, createdAt: iso(m.created_at)! } : null,
          canReview: canReview(actor, { id: f.author_id, teamId: f.team_id, region: f.region }),
        };
      });
      return { items, total, page: q.page, pageSize: q.pageSize, counts };
    },
  );

  app.post(
    '/followup-flags/:id/review',
    {
      schema: {
        operationId: 'reviewFollowupFlag',
        tags: ['authenticity'],
        summary: "Confirm or dismiss a flag (the author's supervisor, regional manager, director, admin); audited",
        params: idParams,
        body: reviewInput,
        response: { 200: flagSchema },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      requireRole(actor, REVIEWER_ROLES);
      const locale = pickLocale(request.headers['accept-language']);
      const { document } = await ctx.playbook.active();
      const flag = await ctx.db
        .selectFrom('followup_flags as ff')
        .innerJoin('users as au', 'au.id', 'ff.author_id')
        .leftJoin('teams as at', 'at.id', 'au.team_id')
        .select([
          'ff.id',
          'ff.followup_id',
          'ff.kind',
          'ff.reason',
          'ff.playbook_version',
          'ff.status',
          'ff.review_comment',
          'ff.author_id',
          'au.team_id',
          'at.region',
        ])
        .where('ff.id', '=', request.params.id)
        .where(() => authorInScope(actor.scope, 'au', 'at'))
        .executeTakeFirst();
      if (!flag) throw notFound('followupFlag');
      if (!canReview(actor, { id: flag.author_id, teamId: flag.team_id, region: flag.region })) throw new AppError(403, 'FORBIDDEN');
      const { decision, comment } = request.body;
      const now = ctx.clock.now();
      await ctx.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('followup_flags')
          .set({ status: decision, reviewed_by: actor.id, review_comment: comment ?? null, reviewed_at: now })
          .where('id', '=', flag.id)
          .execute();
        await recordAudit(trx, ctx.clock, {
          actorId: actor.id,
          action: 'followup_flag.review',
          entityType: 'followup_flag',
          entityId: flag.id,
          // The flag as `kind:reason` (a bare kind would read as the rule of the same name), its rule and version.
          data: {
            followupId: flag.followup_id,
            flag: `${flag.kind}:${flag.reason}`,
            rule: flagRuleOf(flag.kind, flag.reason),
            playbookVersion: flag.playbook_version,
            decision,
            comment: comment ?? null,
            previous: { status: flag.status, comment: flag.review_comment },
          },
        });
      });
      const row = await selectFlags(ctx.db).where('ff.id', '=', flag.id).executeTakeFirstOrThrow();
      return toView(row, locale, document.sla.businessHours.timeZone);
    },
  );
}
