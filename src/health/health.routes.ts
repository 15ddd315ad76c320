import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../core/audit/audit.js';
import type { Actor } from '../core/auth/actor.js';
import { actorOf, requirePermission } from '../core/auth/guard.js';
import { inScope } from '../core/auth/scope.js';
import type { App, AppContext } from '../core/context.js';
import type { DB } from '../core/db/schema.js';
import { dateTimeString, idParams, iso, itemsOf, listOf, pageQuery, storedEnum, uuidString } from '../core/http/common.js';
import { AppError, notFound } from '../core/http/errors.js';
import { playbookBasisSchema } from '../core/playbook/explain.js';
import { HEALTH_RULE_IDS, HEALTH_SCORE_RULE, HEALTH_SCORE_SETTINGS, loadHealth, type CustomerHealth } from './health.query.js';
import { HEALTH_COMPONENTS, normaliseNps } from './health.score.js';

const healthLevelSchema = z.enum(['healthy', 'attention', 'risk']).meta({ id: 'HealthLevel', description: '≥ 80 healthy, ≥ 60 attention, below 60 at risk' });

const customerHealthSchema = z
  .object({
    customerId: uuidString,
    score: z.number().meta({ description: '0–100' }),
    level: healthLevelSchema,
    basis: playbookBasisSchema.meta({ description: 'The health-score rule, the settings it read (weights…) and the playbook version' }),
    components: z.array(
      z
        .object({
          key: z.enum(HEALTH_COMPONENTS),
          weight: z.number(),
          setting: z.string().meta({ description: 'The playbook setting of its weight, e.g. health.weights.recency' }),
          score: z.number().nullable().meta({ description: '0–100; null when it does not apply to this customer' }),
          detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).meta({ description: 'The facts behind the score' }),
        })
        .meta({ id: 'HealthComponent' }),
    ),
    alerts: z.array(
      z
        .object({
          taskId: uuidString,
          ruleId: z.string(),
          title: z.string(),
          reason: z.string().nullable(),
          facts: z.record(z.string(), z.unknown()),
          dueAt: dateTimeString.nullable(),
          createdAt: dateTimeString,
          ruleName: z.string(),
          playbookVersion: z.number().int().nullable().meta({ description: 'The playbook version the alert fired under' }),
        })
        .meta({ id: 'CustomerHealthAlert', description: 'An open remedial task of a health rule' }),
    ),
  })
  .meta({ id: 'CustomerHealth', description: '客户健康度 with its components and open alerts' });

const healthAlertSchema = z
  .object({
    taskId: uuidString,
    ruleId: z.string().nullable(),
    ruleName: z.string().nullable(),
    title: z.string(),
    reason: z.string().nullable(),
    facts: z.record(z.string(), z.unknown()),
    dueAt: dateTimeString.nullable(),
    createdAt: dateTimeString.nullable(),
    playbookVersion: z.number().int().nullable(),
    assigneeId: uuidString,
    assigneeName: z.string(),
    customer: z.object({
      id: uuidString,
      name: z.string(),
      grade: z.string(),
      health: z.number().nullable(),
      level: healthLevelSchema.nullable(),
    }),
  })
  .meta({ id: 'HealthAlert', description: 'An open health alert with its customer’s health' });

const npsSchema = z
  .object({
    id: uuidString,
    score: z.number().meta({ description: 'On the 0–100 scale' }),
    rawScore: z.number().meta({ description: 'As answered' }),
    scale: z.number().meta({ description: '10 or 100' }),
    comment: z.string().nullable(),
    source: storedEnum(z.enum(['ui', 'api', 'csm']).meta({ id: 'NpsSource' })),
    recordedByName: z.string().nullable(),
    createdAt: dateTimeString,
  })
  .meta({ id: 'NpsAnswer' });

const complaintSeveritySchema = z.enum(['low', 'medium', 'high']).meta({ id: 'ComplaintSeverity' });
const complaintStatusSchema = z.enum(['open', 'closed']).meta({ id: 'ComplaintStatus' });
export const complaintSchema = z
  .object({
    id: uuidString,
    customerId: uuidString,
    title: z.string(),
    description: z.string().nullable(),
    severity: storedEnum(complaintSeveritySchema),
    category: z
      .string()
      .nullable()
      .meta({ description: 'A key of the playbook’s complaints.categories (产品质量, 交付延迟, 服务态度, 内部协调不畅, 账单问题…)' }),
    status: storedEnum(complaintStatusSchema),
    createdByName: z.string().nullable(),
    createdAt: dateTimeString,
    closedAt: dateTimeString.nullable(),
    resolution: z.string().nullable(),
  })
  .meta({ id: 'Complaint', description: 'A customer complaint; open ones lower the health score' });

/** The customer if the actor may see it (404 otherwise, as for every scoped read). */
export async function visibleCustomer(ctx: AppContext, actor: Actor, id: string, trx?: Transaction<DB>) {
  const customer = await (trx ?? ctx.db)
    .selectFrom('customers')
    .select(['id', 'name', 'owner_id', 'team_id'])
    .where('id', '=', id)
    .where(inScope(actor.scope, 'customers'))
    .executeTakeFirst();
  if (!customer) throw notFound('customer');
  return customer;
}

export interface NpsInput {
  customerId: string;
  score: number;
  scale: 10 | 100;
  comment?: string | null;
  source: 'ui' | 'api' | 'csm';
  csmEventId?: string | null;
  recordedBy: string | null;
}

/** Stores an NPS answer on the 0–100 scale; the health sweep judges it on its next tick. */
export async function recordNps(trx: Transaction<DB>, ctx: AppContext, input: NpsInput) {
  const row = {
    id: randomUUID(),
    customer_id: input.customerId,
    score: normaliseNps(input.score, input.scale),
    raw_score: input.score,
    scale: input.scale,
    comment: input.comment?.trim() || null,
    source: input.source,
    csm_event_id: input.csmEventId ?? null,
    recorded_by: input.recordedBy,
    created_at: ctx.clock.now(),
  };
  await trx.insertInto('nps_responses').values(row).execute();
  await recordAudit(trx, ctx.clock, {
    actorId: input.recordedBy,
    action: 'customer.nps',
    entityType: 'customer',
    entityId: input.customerId,
    data: { npsId: row.id, score: row.score, rawScore: row.raw_score, scale: row.scale, source: row.source },
  });
  return row;
}

const toNps = (r: {
  id: string;
  score: number;
  raw_score: number;
  scale: number;
  comment: string | null;
  source: string;
  created_at: Date;
  recorded_by_name?: string | null;
}) => ({
  id: r.id,
  score: Number(r.score),
  rawScore: Number(r.raw_score),
  scale: Number(r.scale),
  comment: r.comment,
  source: r.source,
  recordedByName: r.recorded_by_name ?? null,
  createdAt: iso(r.created_at)!,
});

export const toComplaint = (c: {
  id: string;
  customer_id: string;
  title: string;
  description: string | null;
  severity: string;
  category: string | null;
  status: string;
  created_at: Date;
  closed_at: Date | null;
  resolution: string | null;
  created_by_name?: string | null;
}) => ({
  id: c.id,
  customerId: c.customer_id,
  title: c.title,
  description: c.description,
  severity: c.severity,
  category: c.category,
  status: c.status,
  createdByName: c.created_by_name ?? null,
  createdAt: iso(c.created_at)!,
  closedAt: iso(c.closed_at),
  resolution: c.resolution,
});

const npsBody = z
  .object({
    /** 0–100 by default; with scale 10 the classic 0–10 answer (stored × 10). */
    score: z.number().int().min(0).max(100),
    scale: z.union([z.literal(10), z.literal(100)]).default(100),
    comment: z.string().trim().max(2000).optional(),
  })
  .strict()
  .refine((b) => b.score <= b.scale, { message: 'score must not exceed the scale', path: ['score'] })
  .meta({ id: 'RecordNpsRequest', description: '0–100 by default; with scale 10 the classic 0–10 answer (stored × 10)' });

const complaintBody = z
  .object({
    title: z.string().trim().min(2).max(200),
    description: z.string().trim().max(5000).optional(),
    severity: complaintSeveritySchema.default('medium'),
    category: z.string().trim().min(1).max(50).optional().meta({ description: 'A key of the playbook’s complaints.categories' }),
  })
  .strict()
  .meta({ id: 'CreateComplaintRequest' });

/** A complaint category must be one of the playbook's (422 otherwise). */
export async function assertComplaintCategory(ctx: AppContext, category: string | undefined): Promise<void> {
  if (category === undefined) return;
  const { document } = await ctx.playbook.active();
  if (!document.complaints.categories.some((c) => c.key === category)) throw new AppError(422, 'UNKNOWN_COMPLAINT_CATEGORY', { value: category });
}

export function healthRoutes(app: App, ctx: AppContext): void {
  const health = async (actor: Actor, ids: string[]) => {
    const visible = ids.length
      ? await ctx.db.selectFrom('customers').select('id').where('id', 'in', ids).where(inScope(actor.scope, 'customers')).execute()
      : [];
    const { document, version } = await ctx.playbook.active();
    const map = await loadHealth(
      ctx,
      visible.map((r) => r.id),
      document,
      ctx.clock.now(),
    );
    return { map, version };
  };
  const ruleNames = () => new Map(ctx.scheduler.list().map((r) => [r.id, r.name]));
  /** The answer names its rules: the score's rule, settings and version, and each alert's rule by name. */
  const explained = (h: CustomerHealth, version: number) => {
    const names = ruleNames();
    return {
      ...h,
      basis: { rule: HEALTH_SCORE_RULE, settings: HEALTH_SCORE_SETTINGS, playbookVersion: version },
      components: h.components.map((c) => ({ ...c, setting: `health.weights.${c.key}` })),
      alerts: h.alerts.map((a) => ({ ...a, ruleName: names.get(a.ruleId) ?? a.ruleId })),
    };
  };

  app.get(
    '/customers/:id/health',
    {
      schema: {
        operationId: 'getCustomerHealth',
        tags: ['health'],
        summary: '客户健康度: score 0–100, its components and the open health alerts',
        params: idParams,
        response: { 200: customerHealthSchema },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await visibleCustomer(ctx, actor, request.params.id);
      const { map, version } = await health(actor, [request.params.id]);
      const result = map.get(request.params.id);
      if (!result) throw notFound('customer');
      return explained(result, version);
    },
  );

  app.get(
    '/health/customers',
    {
      schema: {
        operationId: 'listCustomersHealth',
        tags: ['health'],
        summary: 'Health of several customers (e.g. a list page): ids=a,b,c (at most 200)',
        querystring: z.object({
          ids: z
            .string()
            .max(200 * 37)
            .meta({ description: 'Comma-separated customer ids; those outside the caller’s scope are left out' }),
        }),
        response: { 200: itemsOf(customerHealthSchema, 'CustomerHealthList') },
        errors: { 422: ['VALIDATION'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const ids = [
        ...new Set(
          request.query.ids
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ];
      const parsed = z.array(z.uuid()).max(200).safeParse(ids);
      if (!parsed.success) throw new AppError(422, 'VALIDATION', { summary: 'ids: up to 200 customer ids' });
      const { map, version } = await health(actor, parsed.data);
      return { items: parsed.data.flatMap((id) => (map.has(id) ? [explained(map.get(id)!, version)] : [])) };
    },
  );

  app.get(
    '/health/alerts',
    {
      schema: {
        operationId: 'listHealthAlerts',
        tags: ['health'],
        summary: 'Open health alerts (remedial tasks) on customers in the caller\u2019s scope, with each customer\u2019s health',
        querystring: z.object({ ...pageQuery, ruleId: z.enum(HEALTH_RULE_IDS).optional(), ownerId: z.uuid().optional() }),
        response: { 200: listOf(healthAlertSchema, 'HealthAlertList') },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const q = request.query;
      let base = ctx.db
        .selectFrom('tasks')
        .innerJoin('customers', 'customers.id', 'tasks.entity_id')
        .where('tasks.entity_type', '=', 'customer')
        .where('tasks.status', '=', 'open')
        .where('tasks.rule_id', 'in', q.ruleId ? [q.ruleId] : [...HEALTH_RULE_IDS])
        .where(inScope(actor.scope, 'customers'));
      if (q.ownerId) base = base.where('tasks.assignee_id', '=', q.ownerId);
      const [rows, count] = await Promise.all([
        base
          .innerJoin('users', 'users.id', 'tasks.assignee_id')
          .select([
            'tasks.id',
            'tasks.rule_id',
            'tasks.title',
            'tasks.reason',
            'tasks.facts',
            'tasks.due_at',
            'tasks.created_at',
            'tasks.assignee_id',
            'tasks.playbook_version',
            'users.display_name as assignee_name',
            'customers.id as customer_id',
            'customers.name as customer_name',
            'customers.grade',
          ])
          .orderBy('tasks.due_at')
          .orderBy('tasks.id')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      const { document } = await ctx.playbook.active();
      const scores = await loadHealth(ctx, [...new Set(rows.map((r) => r.customer_id))], document, ctx.clock.now());
      const names = ruleNames();
      return {
        items: rows.map((r) => ({
          taskId: r.id,
          ruleId: r.rule_id,
          ruleName: r.rule_id ? (names.get(r.rule_id) ?? r.rule_id) : null,
          title: r.title,
          reason: r.reason,
          facts: r.facts,
          dueAt: iso(r.due_at),
          createdAt: iso(r.created_at),
          playbookVersion: r.playbook_version,
          assigneeId: r.assignee_id,
          assigneeName: r.assignee_name,
          customer: {
            id: r.customer_id,
            name: r.customer_name,
            grade: r.grade,
            health: scores.get(r.customer_id)?.score ?? null,
            level: scores.get(r.customer_id)?.level ?? null,
          },
        })),
        total: Number(count.n),
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  app.post(
    '/customers/:id/nps',
    {
      schema: {
        operationId: 'recordNps',
        tags: ['health'],
        summary: 'Record an NPS answer (0–100, or 0–10 with scale 10)',
        params: idParams,
        body: npsBody,
        response: { 201: npsSchema },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'records:write');
      await visibleCustomer(ctx, actor, request.params.id);
      const body = request.body;
      const row = await ctx.db.transaction().execute((trx) =>
        recordNps(trx, ctx, {
          customerId: request.params.id,
          score: body.score,
          scale: body.scale,
          comment: body.comment,
          source: actor.via === 'token' ? 'api' : 'ui',
          recordedBy: actor.id,
        }),
      );
      return reply.status(201).send(toNps({ ...row, recorded_by_name: actor.displayName }));
    },
  );

  app.get(
    '/customers/:id/nps',
    {
      schema: {
        operationId: 'listNps',
        tags: ['health'],
        summary: 'NPS answers of a customer, newest first (at most 100)',
        params: idParams,
        response: { 200: itemsOf(npsSchema, 'NpsAnswerList') },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await visibleCustomer(ctx, actor, request.params.id);
      const rows = await ctx.db
        .selectFrom('nps_responses')
        .leftJoin('users', 'users.id', 'nps_responses.recorded_by')
        .selectAll('nps_responses')
        .select('users.display_name as recorded_by_name')
        .where('nps_responses.customer_id', '=', request.params.id)
        .orderBy('nps_responses.created_at', 'desc')
        .orderBy('nps_responses.seq', 'desc')
        .limit(100)
        .execute();
      return { items: rows.map(toNps) };
    },
  );

  app.post(
    '/customers/:id/complaints',
    {
      schema: {
        operationId: 'createComplaint',
        tags: ['health'],
        summary: 'Record a customer complaint (open until closed)',
        params: idParams,
        body: complaintBody,
        response: { 201: complaintSchema },
        errors: { 404: ['NOT_FOUND'], 422: ['UNKNOWN_COMPLAINT_CATEGORY'] },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'records:write');
      await visibleCustomer(ctx, actor, request.params.id);
      await assertComplaintCategory(ctx, request.body.category);
      const now = ctx.clock.now();
      const row = {
        id: randomUUID(),
        customer_id: request.params.id,
        title: request.body.title,
        description: request.body.description || null,
        severity: request.body.severity,
        category: request.body.category ?? null,
        status: 'open',
        created_by: actor.id,
        created_at: now,
      };
      await ctx.db.transaction().execute(async (trx) => {
        await trx.insertInto('complaints').values(row).execute();
        await recordAudit(trx, ctx.clock, {
          actorId: actor.id,
          action: 'complaint.create',
          entityType: 'complaint',
          entityId: row.id,
          data: { customerId: row.customer_id, title: row.title, severity: row.severity, category: row.category },
        });
      });
      return reply.status(201).send(toComplaint({ ...row, closed_at: null, resolution: null, created_by_name: actor.displayName }));
    },
  );

  app.get(
    '/customers/:id/complaints',
    {
      schema: {
        operationId: 'listComplaints',
        tags: ['health'],
        summary: 'Complaints of a customer, newest first (at most 200)',
        params: idParams,
        querystring: z.object({ status: complaintStatusSchema.optional(), category: z.string().trim().min(1).optional() }),
        response: { 200: itemsOf(complaintSchema, 'ComplaintList') },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await visibleCustomer(ctx, actor, request.params.id);
      let query = ctx.db
        .selectFrom('complaints')
        .leftJoin('users', 'users.id', 'complaints.created_by')
        .selectAll('complaints')
        .select('users.display_name as created_by_name')
        .where('complaints.customer_id', '=', request.params.id);
      if (request.query.status) query = query.where('complaints.status', '=', request.query.status);
      if (request.query.category) query = query.where('complaints.category', '=', request.query.category);
      const rows = await query.orderBy('complaints.created_at', 'desc').orderBy('complaints.id').limit(200).execute();
      return { items: rows.map(toComplaint) };
    },
  );

  app.post(
    '/complaints/:id/close',
    {
      schema: {
        operationId: 'closeComplaint',
        tags: ['health'],
        summary: 'Close a complaint with its resolution',
        params: idParams,
        body: z
          .object({
            resolution: z.string().trim().min(2).max(2000),
            category: z.string().trim().min(1).max(50).optional().meta({ description: 'Sets or corrects the category on closing' }),
          })
          .strict()
          .meta({ id: 'CloseComplaintRequest' }),
        response: { 200: complaintSchema },
        errors: { 404: ['NOT_FOUND'], 409: ['VALIDATION'], 422: ['UNKNOWN_COMPLAINT_CATEGORY'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'records:write');
      await assertComplaintCategory(ctx, request.body.category);
      const complaint = await ctx.db.selectFrom('complaints').selectAll().where('id', '=', request.params.id).executeTakeFirst();
      if (!complaint) throw notFound('complaint');
      await visibleCustomer(ctx, actor, complaint.customer_id);
      const now = ctx.clock.now();
      const closed = await ctx.db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('complaints')
          .set({
            status: 'closed',
            closed_by: actor.id,
            closed_at: now,
            resolution: request.body.resolution,
            category: request.body.category ?? complaint.category,
          })
          .where('id', '=', complaint.id)
          .where('status', '=', 'open')
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) return false;
        await recordAudit(trx, ctx.clock, {
          actorId: actor.id,
          action: 'complaint.close',
          entityType: 'complaint',
          entityId: complaint.id,
          data: { customerId: complaint.customer_id, resolution: request.body.resolution, category: request.body.category ?? complaint.category },
        });
        return true;
      });
      if (!closed) throw new AppError(409, 'VALIDATION', { summary: 'complaint already closed / 投诉已关闭' });
      return toComplaint({
        ...complaint,
        status: 'closed',
        closed_at: now,
        resolution: request.body.resolution,
        category: request.body.category ?? complaint.category,
      });
    },
  );
}
