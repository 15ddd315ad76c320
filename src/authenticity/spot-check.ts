import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { chatMessageSchema, conversationAround } from '../chat-archive/index.js';
import { recordAudit } from '../core/audit/audit.js';
import type { Actor } from '../core/auth/actor.js';
import { actorOf } from '../core/auth/guard.js';
import { localParts, nextDate, zonedInstant } from '../core/calendar/working-time.js';
import type { App, AppContext } from '../core/context.js';
import type { DB } from '../core/db/schema.js';
import { idParams, iso } from '../core/http/common.js';
import { AppError, notFound, pickLocale } from '../core/http/errors.js';
import { noticeContent } from '../core/notifications/notice-text.js';
import type { DailyRule } from '../core/scheduler/time-rule.js';
import { REVIEWER_ROLES, requireRole } from './access.js';
import { isWeekLabel, isoWeekOf, mondayOfWeek, previousWeek, spotCheckWeekFor } from './calendar-weeks.js';
import { flagSchema, flagsOf } from './flags.js';

export const SPOT_CHECK_JOB = 'authenticity-spot-check';
const OTHER_FOLLOWUPS = 20;
const STAGE_CHANGES = 30;
const CHAT_MESSAGES = 30;
/** The conversation shown beside a sampled follow-up: this many days either side of it. */
const CHAT_DAYS = 3;

/** Local [Monday 00:00, next Monday 00:00) of an ISO week as instants. */
export function weekRange(week: string, timeZone: string): { start: Date; end: Date } {
  const monday = mondayOfWeek(week);
  return { start: zonedInstant(monday, 0, timeZone), end: zonedInstant(nextDate(monday, 7), 0, timeZone) };
}

/**
 * The sample of a supervisor's team for a week: follow-ups written in that week by the members of
 * the teams they supervise, ordered by md5(id || supervisor || week) — random, yet the same
 * sample whenever it is drawn again for the same supervisor and week.
 */
export async function drawSpotCheckSample(db: Kysely<DB>, supervisorId: string, week: string, size: number, timeZone: string): Promise<string[]> {
  const { start, end } = weekRange(week, timeZone);
  const seed = `:${supervisorId}:${week}`;
  const { rows } = await sql<{ id: string }>`
    select f.id from followups f
    join users u on u.id = f.author_id
    join teams t on t.id = u.team_id
    where t.supervisor_id = ${supervisorId} and f.author_id <> ${supervisorId}
      and f.created_at >= ${start} and f.created_at < ${end}
    order by md5(f.id::text || ${seed}), f.id
    limit ${size}`.execute(db);
  return rows.map((r) => r.id);
}

/** Issues the week's sample to every supervisor who has not had it yet; returns how many were issued. */
export async function issueSpotChecks(ctx: AppContext, week: string, size: number, timeZone: string): Promise<number> {
  const supervisors = await ctx.db
    .selectFrom('users')
    .select(['users.id'])
    .where('users.role', '=', 'supervisor')
    .where('users.active', '=', true)
    .where((eb) => eb.exists(eb.selectFrom('teams').select('teams.id').whereRef('teams.supervisor_id', '=', 'users.id')))
    .orderBy('users.id')
    .execute();
  if (supervisors.length === 0) return 0;
  const slots = supervisors.map((s) => `${week}:${s.id}`);
  const done = new Set(
    (await ctx.db.selectFrom('job_runs').select('slot').where('job', '=', SPOT_CHECK_JOB).where('slot', 'in', slots).execute()).map((r) => r.slot),
  );
  let issued = 0;
  for (const supervisor of supervisors) {
    const slot = `${week}:${supervisor.id}`;
    if (done.has(slot)) continue;
    issued += await ctx.db.transaction().execute(async (trx) => {
      const sample = await drawSpotCheckSample(trx, supervisor.id, week, size, timeZone);
      // Exactly once per supervisor and week, whichever node or tick gets here first.
      if (!(await ctx.scheduler.claimSlot(trx, SPOT_CHECK_JOB, slot, { supervisorId: supervisor.id, week, followupIds: sample }))) return 0;
      if (sample.length === 0) return 0;
      const now = ctx.clock.now();
      await trx
        .insertInto('spot_checks')
        .values(
          sample.map((followupId, position) => ({
            id: randomUUID(),
            supervisor_id: supervisor.id,
            week,
            followup_id: followupId,
            position: position + 1,
            created_at: now,
          })),
        )
        .onConflict((oc) => oc.columns(['supervisor_id', 'week', 'followup_id']).doNothing())
        .execute();
      await ctx.notifier.toInbox(trx, [
        {
          userId: supervisor.id,
          dedupeKey: `spot-check:${week}`,
          notice: {
            ...noticeContent('authenticity.spot_check', { week, count: sample.length }),
            severity: 'info',
            link: `/authenticity/spot-check?week=${week}`,
          },
        },
      ]);
      return 1;
    });
  }
  return issued;
}

/** Every week on the playbook's weekday (default Monday 09:00): 5 random follow-ups of last week per supervisor. */
export function spotCheckRule(ctx: AppContext): DailyRule {
  return {
    kind: 'daily',
    id: SPOT_CHECK_JOB,
    name: '每周随机抽检跟进记录',
    at: async () => (await ctx.playbook.active()).document.authenticity.spotCheck.at,
    run: async (slot) => {
      const { document } = await ctx.playbook.active();
      const policy = document.authenticity.spotCheck;
      if (!policy.enabled) return 0;
      const week = spotCheckWeekFor(slot.date, policy.weekday);
      if (!week) return 0;
      return issueSpotChecks(ctx, week, policy.size, document.sla.businessHours.timeZone);
    },
  };
}

const attachmentSchema = z.object({ id: z.string(), name: z.string(), kind: z.string(), mime: z.string(), size: z.number() });

const spotCheckItem = z
  .object({
    id: z.string(),
    week: z.string(),
    position: z.number().int(),
    verdict: z.enum(['valid', 'invalid']).nullable(),
    comment: z.string().nullable(),
    judgedAt: z.string().nullable(),
    createdAt: z.string(),
    followup: z.object({
      id: z.string(),
      targetType: z.string(),
      targetId: z.string(),
      channel: z.string(),
      valueTag: z.string(),
      content: z.string(),
      stage: z.string().nullable(),
      authorId: z.string(),
      authorName: z.string().nullable(),
      createdAt: z.string(),
      attachments: z.array(attachmentSchema),
      flags: z.array(flagSchema),
    }),
    record: z.object({
      customerId: z.string().nullable(),
      customerName: z.string().nullable(),
      leadId: z.string().nullable(),
      leadName: z.string().nullable(),
      opportunityId: z.string().nullable(),
      opportunityName: z.string().nullable(),
      opportunityStage: z.string().nullable(),
    }),
    evidence: z.object({
      stageChanges: z.array(
        z.object({
          opportunityId: z.string(),
          opportunityName: z.string(),
          from: z.string().nullable(),
          to: z.string(),
          at: z.string(),
          actorName: z.string().nullable(),
          reason: z.string().nullable(),
        }),
      ),
      otherFollowups: z.array(
        z.object({
          id: z.string(),
          createdAt: z.string(),
          authorName: z.string().nullable(),
          channel: z.string(),
          valueTag: z.string(),
          content: z.string(),
          stage: z.string().nullable(),
          attachments: z.number().int(),
          flagged: z.boolean(),
        }),
      ),
      /** available: the customer has archived WeCom conversations (chatMessages: those within ±3 days of the follow-up). */
      chatArchive: z.enum(['available', 'unavailable']).meta({ description: 'available: the customer has archived WeCom conversations' }),
      chatMessages: z.array(chatMessageSchema).meta({ description: 'The customer’s archived messages within ±3 days of the follow-up, newest first (masked)' }),
    }),
  })
  .meta({ id: 'SpotCheck', description: 'A sampled follow-up beside the customer’s other evidence, and the supervisor’s verdict' });

const judgeInput = z
  .object({ verdict: z.enum(['valid', 'invalid']), comment: z.string().trim().max(2000).optional() })
  .strict()
  .meta({ id: 'JudgeSpotCheckRequest' });

/** Whose spot checks the actor may read: their own, or (directors, admins, regional managers of the region) a supervisor's. */
async function resolveSupervisor(ctx: AppContext, actor: Actor, requested: string | undefined): Promise<string> {
  requireRole(actor, REVIEWER_ROLES);
  if (!requested || requested === actor.id) return actor.id;
  if (actor.role === 'director' || actor.role === 'admin') return requested;
  if (actor.role === 'regional_manager') {
    const sup = await ctx.db
      .selectFrom('users')
      .leftJoin('teams', 'teams.id', 'users.team_id')
      .select(['teams.region'])
      .where('users.id', '=', requested)
      .executeTakeFirst();
    if (sup && actor.scope.region !== null && sup.region === actor.scope.region) return requested;
  }
  throw new AppError(403, 'FORBIDDEN');
}

export function spotCheckRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/spot-checks',
    {
      schema: {
        operationId: 'getSpotChecks',
        tags: ['authenticity'],
        summary: "A supervisor's weekly spot check: each sampled follow-up beside the customer's other evidence",
        querystring: z.object({ week: z.string().refine(isWeekLabel, 'ISO week, e.g. 2026-W49').optional(), supervisorId: z.uuid().optional() }),
        response: {
          200: z
            .object({
              week: z.string().meta({ description: 'ISO week shown, e.g. 2026-W48' }),
              weeks: z.array(z.string()).meta({ description: 'Weeks with samples, newest first (at most 26)' }),
              supervisorId: z.string(),
              items: z.array(spotCheckItem),
            })
            .meta({ id: 'SpotCheckWeek' }),
        },
        errors: { 403: ['FORBIDDEN'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const supervisorId = await resolveSupervisor(ctx, actor, request.query.supervisorId);
      const locale = pickLocale(request.headers['accept-language']);
      const { document } = await ctx.playbook.active();
      const timeZone = document.sla.businessHours.timeZone;
      const weeks = (
        await ctx.db.selectFrom('spot_checks').select('week').distinct().where('supervisor_id', '=', supervisorId).orderBy('week', 'desc').limit(26).execute()
      ).map((r) => r.week);
      const week = request.query.week ?? weeks[0] ?? previousWeek(isoWeekOf(localParts(ctx.clock.now(), timeZone).date));
      const checks = await ctx.db
        .selectFrom('spot_checks as sc')
        .innerJoin('followups as f', 'f.id', 'sc.followup_id')
        .leftJoin('users as au', 'au.id', 'f.author_id')
        .leftJoin('customers as c', 'c.id', 'f.customer_id')
        .leftJoin('leads as l', 'l.id', 'f.lead_id')
        .leftJoin('opportunities as o', 'o.id', 'f.opportunity_id')
        .select([
          'sc.id',
          'sc.week',
          'sc.position',
          'sc.verdict',
          'sc.comment',
          'sc.judged_at',
          'sc.created_at',
          'f.id as followup_id',
          'f.target_type',
          'f.target_id',
          'f.channel',
          'f.value_tag',
          'f.content',
          'f.stage',
          'f.author_id',
          'f.created_at as followup_created_at',
          'f.customer_id',
          'f.lead_id',
          'f.opportunity_id',
          'au.display_name as author_name',
          'c.name as customer_name',
          'l.name as lead_name',
          'o.name as opportunity_name',
          'o.stage as opportunity_stage',
        ])
        .where('sc.supervisor_id', '=', supervisorId)
        .where('sc.week', '=', week)
        .orderBy('sc.position')
        .execute();
      if (checks.length === 0) return { week, weeks, supervisorId, items: [] };

      const followupIds = checks.map((c) => c.followup_id);
      const customerIds = [...new Set(checks.map((c) => c.customer_id).filter((x): x is string => x !== null))];
      const files = await ctx.db
        .selectFrom('followup_attachments')
        .innerJoin('files', 'files.id', 'followup_attachments.file_id')
        .select(['followup_attachments.followup_id', 'files.id', 'files.name', 'files.kind', 'files.mime', 'files.size'])
        .where('followup_attachments.followup_id', 'in', followupIds)
        .execute();
      const flags = await flagsOf(ctx.db, followupIds, { locale, timeZone });
      const opportunityIds = [...new Set(checks.map((c) => c.opportunity_id).filter((x): x is string => x !== null))];
      const stageRows =
        customerIds.length || opportunityIds.length
          ? await ctx.db
              .selectFrom('stage_changes as s')
              .innerJoin('opportunities as o', 'o.id', 's.opportunity_id')
              .leftJoin('users as u', 'u.id', 's.actor_id')
              .select(['s.opportunity_id', 'o.name', 'o.customer_id', 's.from_stage', 's.to_stage', 's.at', 's.reason', 'u.display_name'])
              .where((eb) =>
                eb.or([
                  ...(customerIds.length ? [eb('o.customer_id', 'in', customerIds)] : []),
                  ...(opportunityIds.length ? [eb('o.id', 'in', opportunityIds)] : []),
                ]),
              )
              .orderBy('s.at', 'desc')
              .orderBy('s.id', 'desc')
              .execute()
          : [];

      const items = [];
      for (const c of checks) {
        // The customer's other follow-ups (or the lead's, before it became a customer).
        let others = ctx.db
          .selectFrom('followups as o')
          .leftJoin('users as u', 'u.id', 'o.author_id')
          .select((eb) => [
            'o.id',
            'o.created_at',
            'o.channel',
            'o.value_tag',
            'o.content',
            'o.stage',
            'u.display_name',
            eb
              .selectFrom('followup_attachments as fa')
              .select((e) => e.fn.countAll<number>().as('n'))
              .whereRef('fa.followup_id', '=', 'o.id')
              .as('attachments'),
            eb
              .exists(eb.selectFrom('followup_flags as ff').select('ff.id').whereRef('ff.followup_id', '=', 'o.id').where('ff.status', '<>', 'dismissed'))
              .as('flagged'),
          ])
          .where('o.id', '<>', c.followup_id);
        others = c.customer_id
          ? others.where('o.customer_id', '=', c.customer_id)
          : c.lead_id
            ? others.where('o.lead_id', '=', c.lead_id)
            : others.where('o.target_id', '=', c.target_id);
        const otherRows = await others.orderBy('o.created_at', 'desc').limit(OTHER_FOLLOWUPS).execute();
        const chat = c.customer_id
          ? await conversationAround(ctx, c.customer_id, c.followup_created_at, { days: CHAT_DAYS, limit: CHAT_MESSAGES, locale })
          : { archived: false, items: [] };
        const stageChanges = stageRows
          .filter((s) => (c.customer_id && s.customer_id === c.customer_id) || s.opportunity_id === c.opportunity_id)
          .slice(0, STAGE_CHANGES);
        items.push({
          id: c.id,
          week: c.week,
          position: c.position,
          verdict: c.verdict as 'valid' | 'invalid' | null,
          comment: c.comment,
          judgedAt: iso(c.judged_at),
          createdAt: iso(c.created_at)!,
          followup: {
            id: c.followup_id,
            targetType: c.target_type,
            targetId: c.target_id,
            channel: c.channel,
            valueTag: c.value_tag,
            content: c.content,
            stage: c.stage,
            authorId: c.author_id,
            authorName: c.author_name,
            createdAt: iso(c.followup_created_at)!,
            attachments: files.filter((f) => f.followup_id === c.followup_id).map(({ followup_id: _, ...file }) => file),
            flags: flags.get(c.followup_id) ?? [],
          },
          record: {
            customerId: c.customer_id,
            customerName: c.customer_name,
            leadId: c.lead_id,
            leadName: c.lead_name,
            opportunityId: c.opportunity_id,
            opportunityName: c.opportunity_name,
            opportunityStage: c.opportunity_stage,
          },
          evidence: {
            stageChanges: stageChanges.map((s) => ({
              opportunityId: s.opportunity_id,
              opportunityName: s.name,
              from: s.from_stage,
              to: s.to_stage,
              at: iso(s.at)!,
              actorName: s.display_name,
              reason: s.reason,
            })),
            otherFollowups: otherRows.map((o) => ({
              id: o.id,
              createdAt: iso(o.created_at)!,
              authorName: o.display_name,
              channel: o.channel,
              valueTag: o.value_tag,
              content: o.content,
              stage: o.stage,
              attachments: Number(o.attachments ?? 0),
              flagged: Boolean(o.flagged),
            })),
            chatArchive: chat.archived ? ('available' as const) : ('unavailable' as const),
            chatMessages: chat.items,
          },
        });
      }
      return { week, weeks, supervisorId, items };
    },
  );

  app.post(
    '/spot-checks/:id',
    {
      schema: {
        operationId: 'judgeSpotCheck',
        tags: ['authenticity'],
        summary: 'Judge a sampled follow-up valid or invalid (the supervisor it was issued to); audited',
        params: idParams,
        body: judgeInput,
        response: {
          200: z
            .object({
              id: z.string(),
              week: z.string(),
              followupId: z.string(),
              verdict: z.enum(['valid', 'invalid']),
              comment: z.string().nullable(),
              judgedAt: z.string(),
            })
            .meta({ id: 'SpotCheckVerdict' }),
        },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      requireRole(actor, REVIEWER_ROLES);
      const check = await ctx.db.selectFrom('spot_checks').selectAll().where('id', '=', request.params.id).executeTakeFirst();
      if (!check) throw notFound('spotCheck');
      if (check.supervisor_id !== actor.id) throw new AppError(403, 'FORBIDDEN');
      const { verdict, comment } = request.body;
      const now = ctx.clock.now();
      await ctx.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('spot_checks')
          .set({ verdict, comment: comment ?? null, judged_at: now })
          .where('id', '=', check.id)
          .execute();
        await recordAudit(trx, ctx.clock, {
          actorId: actor.id,
          action: 'spot_check.judge',
          entityType: 'spot_check',
          entityId: check.id,
          data: {
            week: check.week,
            followupId: check.followup_id,
            verdict,
            comment: comment ?? null,
            previous: { verdict: check.verdict, comment: check.comment },
          },
        });
      });
      return { id: check.id, week: check.week, followupId: check.followup_id, verdict, comment: comment ?? null, judgedAt: now.toISOString() };
    },
  );
}
