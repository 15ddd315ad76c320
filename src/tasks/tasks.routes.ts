import { z } from 'zod';
import { recordAudit } from '../core/audit/audit.js';
import { actorOf } from '../core/auth/guard.js';
import type { App, AppContext } from '../core/context.js';
import { dateTimeString, idParams, iso, listOf, pageQuery, storedEnum, uuidString } from '../core/http/common.js';
import { AppError, forbidden, notFound } from '../core/http/errors.js';
import { loadQueue } from './queue.js';

export const queueItem = z
  .object({
    key: z.string(),
    kind: z.enum(['first_response', 'follow_up', 'task']),
    entityType: z.string().nullable(),
    entityId: z.string().nullable(),
    title: z.string(),
    dueAt: dateTimeString.nullable(),
    state: z.enum(['upcoming', 'due_soon', 'overdue']),
    ownerId: uuidString.nullable(),
    ownerName: z.string().nullable(),
    slaStatus: z.string().optional().meta({ description: 'The lead’s response SLA, for first responses' }),
    task: z
      .object({
        id: z.string(),
        ruleId: z.string().nullable(),
        ruleName: z.string().nullable(),
        reason: z.string().nullable(),
        facts: z.record(z.string(), z.unknown()),
      })
      .optional()
      .meta({ description: 'The rule task behind a `task` item' }),
  })
  .meta({ id: 'QueueItem', description: 'One piece of work: a first response, a planned follow-up or a rule task' });
const queueResponse = z
  .object({ items: z.array(queueItem), counts: z.object({ overdue: z.number(), dueSoon: z.number(), upcoming: z.number() }) })
  .meta({ id: 'Queue' });

const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;
const taskStatusSchema = z.enum(TASK_STATUSES).meta({ id: 'TaskStatus' });
const taskSchema = z
  .object({
    id: uuidString,
    kind: z.string(),
    title: z.string(),
    assigneeId: uuidString,
    entityType: z.string().nullable(),
    entityId: z.string().nullable(),
    ruleId: z.string().nullable().meta({ description: 'The time rule that created the task' }),
    ruleName: z.string().nullable(),
    reason: z.string().nullable().meta({ description: 'Why the rule created it' }),
    facts: z.record(z.string(), z.unknown()).meta({ description: 'The facts the rule saw' }),
    playbookVersion: z.number().int().nullable(),
    dueAt: dateTimeString.nullable(),
    status: storedEnum(taskStatusSchema),
    createdAt: dateTimeString.nullable(),
    completedAt: dateTimeString.nullable(),
    completionNote: z.string().nullable(),
  })
  .meta({ id: 'Task', description: 'A task, usually created by a time rule with its reason' });

const TEAM_VIEW_ROLES = ['supervisor', 'regional_manager', 'director', 'admin'];

export function taskRoutes(app: App, ctx: AppContext): void {
  const ruleNames = () => new Map(ctx.scheduler.list().map((r) => [r.id, r.name]));
  const respond = (items: Awaited<ReturnType<typeof loadQueue>>) => ({
    items,
    counts: {
      overdue: items.filter((i) => i.state === 'overdue').length,
      dueSoon: items.filter((i) => i.state === 'due_soon').length,
      upcoming: items.filter((i) => i.state === 'upcoming').length,
    },
  });

  app.get(
    '/queue',
    {
      schema: {
        operationId: 'getQueue',
        tags: ['tasks'],
        summary: 'The caller\u2019s work queue: first responses, planned follow-ups, rule tasks',
        response: { 200: queueResponse },
      },
    },
    async (request) => respond(await loadQueue(ctx, actorOf(request), true, ruleNames())),
  );

  app.get(
    '/queue/team',
    {
      schema: {
        operationId: 'getTeamQueue',
        tags: ['tasks'],
        summary: 'Overdue and due-soon work of everyone in the caller\u2019s scope',
        response: { 200: queueResponse },
        errors: { 403: ['FORBIDDEN'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      if (!TEAM_VIEW_ROLES.includes(actor.role)) throw forbidden();
      return respond(await loadQueue(ctx, actor, false, ruleNames()));
    },
  );

  app.get(
    '/tasks',
    {
      schema: {
        operationId: 'listTasks',
        tags: ['tasks'],
        summary: 'Tasks assigned to the caller (or, for managers, to someone in scope)',
        querystring: z.object({ ...pageQuery, status: taskStatusSchema.default('open'), assigneeId: z.uuid().optional() }),
        response: { 200: listOf(taskSchema, 'TaskList') },
        errors: { 403: ['FORBIDDEN'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const q = request.query;
      const assignee = q.assigneeId ?? actor.id;
      if (assignee !== actor.id) {
        const visible = (await loadQueue(ctx, actor, false, ruleNames())).some((i) => i.ownerId === assignee) || actor.scope.kind === 'all';
        if (!TEAM_VIEW_ROLES.includes(actor.role) || !visible) throw forbidden();
      }
      const base = ctx.db.selectFrom('tasks').where('assignee_id', '=', assignee).where('status', '=', q.status);
      const [rows, count] = await Promise.all([
        base
          .selectAll()
          .orderBy('due_at')
          .orderBy('id')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      const names = ruleNames();
      return {
        items: rows.map((t) => ({
          id: t.id,
          kind: t.kind,
          title: t.title,
          assigneeId: t.assignee_id,
          entityType: t.entity_type,
          entityId: t.entity_id,
          ruleId: t.rule_id,
          ruleName: t.rule_id ? (names.get(t.rule_id) ?? t.rule_id) : null,
          reason: t.reason,
          facts: t.facts,
          playbookVersion: t.playbook_version,
          dueAt: iso(t.due_at),
          status: t.status,
          createdAt: iso(t.created_at),
          completedAt: iso(t.completed_at),
          completionNote: t.completion_note,
        })),
        total: Number(count.n),
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  app.post(
    '/tasks/:id/complete',
    {
      config: { deliveryWrite: true },
      schema: {
        operationId: 'completeTask',
        tags: ['tasks'],
        summary: 'Complete one of the caller\u2019s tasks',
        params: idParams,
        body: z
          .object({ note: z.string().trim().max(1000).optional() })
          .strict()
          .meta({ id: 'CompleteTaskRequest' }),
        response: {
          200: z
            .object({ id: uuidString, status: storedEnum(taskStatusSchema), completedAt: dateTimeString })
            .meta({ id: 'CompletedTask', description: '`status` is `done`' }),
        },
        errors: { 404: ['NOT_FOUND'], 409: ['TASK_CLOSED'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const task = await ctx.db.selectFrom('tasks').selectAll().where('id', '=', request.params.id).executeTakeFirst();
      if (!task || task.assignee_id !== actor.id) throw notFound('task');
      if (task.status !== 'open') throw new AppError(409, 'TASK_CLOSED');
      const now = ctx.clock.now();
      await ctx.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('tasks')
          .set({ status: 'done', completed_at: now, completed_by: actor.id, completion_note: request.body.note ?? null })
          .where('id', '=', task.id)
          .where('status', '=', 'open')
          .execute();
        await recordAudit(trx, ctx.clock, {
          actorId: actor.id,
          action: 'task.complete',
          entityType: 'task',
          entityId: task.id,
          data: { note: request.body.note ?? null },
        });
      });
      return { id: task.id, status: 'done', completedAt: now.toISOString() };
    },
  );
}
