import { randomUUID } from 'node:crypto';
import type { ExpressionBuilder, Kysely, Transaction } from 'kysely';
import { recordAudit } from '../core/audit/audit.js';
import type { Actor } from '../core/auth/actor.js';
import { inScope, resolveOwner } from '../core/auth/scope.js';
import type { AppContext } from '../core/context.js';
import type { DB } from '../core/db/schema.js';
import { AppError, notFound } from '../core/http/errors.js';
import { assertInPlaybook } from '../core/playbook/checks.js';
import type { PlaybookDocument } from '../core/playbook/schema.js';
import { labelOf, stageOf, type ActivePlaybook } from '../core/playbook/service.js';
import type { OpportunityInput, OpportunityRow } from './opportunity.model.js';
import {
  applicableGradeRules,
  checkTransition,
  contractStageOf,
  missingGradeRequirements,
  missingRequirements,
  nextStageOf,
  type GateFacts,
  type MissingItem,
} from './stage-gate.js';

type Executor = Kysely<DB> | Transaction<DB>;

export async function findVisibleOpportunity(db: Executor, actor: Actor, id: string, options: { forUpdate?: boolean } = {}): Promise<OpportunityRow> {
  let query = db
    .selectFrom('opportunities')
    .innerJoin('customers', 'customers.id', 'opportunities.customer_id')
    .leftJoin('users', 'users.id', 'opportunities.owner_id')
    .selectAll('opportunities')
    .select(['customers.name as customer_name', 'customers.grade as customer_grade', 'customers.type as customer_type', 'users.display_name as owner_name'])
    .where('opportunities.id', '=', id)
    .where(inScope(actor.scope, 'opportunities'));
  if (options.forUpdate) query = query.forUpdate('opportunities');
  const row = await query.executeTakeFirst();
  if (!row) throw notFound('opportunity');
  return row;
}

/** Checks field keys and formats against the playbook; datetimes are normalised to ISO. */
export function normaliseFields(document: PlaybookDocument, fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, raw] of Object.entries(fields)) {
    const def = document.fields.find((f) => f.key === key);
    if (!def) throw new AppError(400, 'VALIDATION', { summary: `fields.${key}: unknown field` });
    const value = raw.trim();
    if (def.type === 'datetime' && value) {
      const at = new Date(value);
      if (Number.isNaN(at.getTime())) throw new AppError(400, 'VALIDATION', { summary: `fields.${key}: invalid date-time` });
      out[key] = at.toISOString();
    } else {
      out[key] = value;
    }
  }
  return out;
}

/**
 * Visits and proposals on record for the customer, counted only for rules that apply: follow-ups
 * on the customer, its opportunities and the lead it was converted from, their evidence, and the
 * files stored on its opportunities (the PDF of a sent quote).
 */
export async function gateFacts(
  db: Executor,
  document: PlaybookDocument,
  customerId: string,
  to: string,
  subject: Parameters<typeof applicableGradeRules>[2],
): Promise<GateFacts> {
  const facts: GateFacts = { followupsByChannel: {}, filesByKind: {} };
  const rules = applicableGradeRules(document, to, subject);
  const needsFollowups = rules.some((r) => r.requirements.some((q) => q.kind === 'followups'));
  const needsFiles = rules.some((r) => r.requirements.some((q) => q.kind === 'files'));
  if (needsFollowups) {
    const rows = await db
      .selectFrom('followups')
      .select(['channel', (eb) => eb.fn.countAll<number>().as('n')])
      .where(ofCustomer(customerId))
      .groupBy('channel')
      .execute();
    for (const r of rows) facts.followupsByChannel[r.channel] = r.n;
  }
  if (needsFiles) {
    const rows = await db
      .selectFrom('followups')
      .innerJoin('followup_attachments', 'followup_attachments.followup_id', 'followups.id')
      .innerJoin('files', 'files.id', 'followup_attachments.file_id')
      .select(['files.kind', (eb) => eb.fn.countAll<number>().as('n')])
      .where(ofCustomer(customerId))
      .groupBy('files.kind')
      .execute();
    for (const r of rows) facts.filesByKind[r.kind] = r.n;
    const stored = await db
      .selectFrom('opportunity_files')
      .innerJoin('opportunities', 'opportunities.id', 'opportunity_files.opportunity_id')
      .innerJoin('files', 'files.id', 'opportunity_files.file_id')
      .select(['files.kind', (eb) => eb.fn.countAll<number>().as('n')])
      .where('opportunities.customer_id', '=', customerId)
      .groupBy('files.kind')
      .execute();
    for (const r of stored) facts.filesByKind[r.kind] = (facts.filesByKind[r.kind] ?? 0) + r.n;
  }
  return facts;
}

/** Follow-ups of a customer: on it, its opportunities, or the lead it was converted from. */
const ofCustomer = (customerId: string) => (eb: ExpressionBuilder<DB, 'followups'>) =>
  eb.or([
    eb('followups.customer_id', '=', customerId),
    eb('followups.lead_id', 'in', eb.selectFrom('leads').select('leads.id').where('leads.customer_id', '=', customerId)),
  ]);

type DetailRow = OpportunityRow & { customer_type?: string };
const subjectOf = (o: DetailRow) => ({ grade: o.customer_grade ?? '', type: o.customer_type ?? '', region: o.region, productLine: o.product_line });

export async function evaluateGate(
  db: Executor,
  document: PlaybookDocument,
  opportunity: DetailRow,
  to: string,
  extraFields: Record<string, string>,
  now: Date,
  locale: string,
): Promise<MissingItem[]> {
  const subject = subjectOf(opportunity);
  const facts = await gateFacts(db, document, opportunity.customer_id, to, subject);
  const fields = { ...(opportunity.stage_fields[opportunity.stage] ?? {}), ...extraFields };
  return missingRequirements({ document, from: opportunity.stage, to, subject, fields, facts, now, locale });
}

export async function nextStageGate(ctx: AppContext, opportunity: DetailRow, locale: string) {
  const { document } = await ctx.playbook.active();
  const nextStage = opportunity.status === 'open' ? nextStageOf(document, opportunity.stage) : null;
  const missing = nextStage ? await evaluateGate(ctx.db, document, opportunity, nextStage, {}, ctx.clock.now(), locale) : [];
  return { nextStage, missing, subject: subjectOf(opportunity) };
}

/**
 * A contract is the opportunity entering its contract stage by another door: submitting one must
 * meet every grade rule of entering that stage (A类: ≥ 3 线下拜访 + ≥ 1 定制化方案), or it answers
 * `422 STAGE_GATE` with the same `details.missing` list as the stage move. Runs inside the
 * caller's transaction; the caller has already checked that the actor may see the contract.
 */
export async function assertContractStageRules(trx: Transaction<DB>, ctx: AppContext, opportunityId: string, locale: string): Promise<void> {
  const { document, version } = await ctx.playbook.active(trx);
  const to = contractStageOf(document);
  if (!to) return;
  const opportunity = await trx
    .selectFrom('opportunities')
    .innerJoin('customers', 'customers.id', 'opportunities.customer_id')
    .select(['opportunities.stage', 'opportunities.customer_id', 'opportunities.region', 'opportunities.product_line', 'customers.grade', 'customers.type'])
    .where('opportunities.id', '=', opportunityId)
    .executeTakeFirstOrThrow();
  const subject = { grade: opportunity.grade ?? '', type: opportunity.type, region: opportunity.region, productLine: opportunity.product_line };
  const facts = await gateFacts(trx, document, opportunity.customer_id, to, subject);
  const missing = missingGradeRequirements(document, to, subject, facts, locale === 'en' ? 'en' : 'zh-CN');
  if (missing.length) {
    const label = labelOf(stageOf(document, to), locale, to);
    throw new AppError(422, 'STAGE_GATE', { to: label, count: missing.length }, { from: opportunity.stage, to, missing, playbookVersion: version });
  }
}

export async function createOpportunity(ctx: AppContext, actor: Actor, input: OpportunityInput): Promise<string> {
  const playbook = await ctx.playbook.active();
  assertInPlaybook(playbook.document, { productLine: input.productLine });
  const customer = await ctx.db
    .selectFrom('customers')
    .selectAll()
    .where('id', '=', input.customerId)
    .where(inScope(actor.scope, 'customers'))
    .executeTakeFirst();
  if (!customer) throw notFound('customer');
  const owner = await resolveOwner(ctx.db, actor, input.ownerId === undefined ? (customer.owner_id ?? undefined) : input.ownerId);
  return ctx.db.transaction().execute((trx) =>
    insertOpportunity(
      trx,
      ctx,
      actor,
      {
        customer,
        name: input.name,
        amount: input.amount,
        productLine: input.productLine,
        owner,
        expectedCloseDate: input.expectedCloseDate ?? null,
        winProbability: input.winProbability ?? null,
        competitors: input.competitors ?? [],
      },
      playbook,
    ),
  );
}

/**
 * Stores a new opportunity at the playbook's first stage inside the caller's transaction (a lead's
 * conversion creates its customer and opportunity in one). The caller checked the product line and
 * resolved the owner. Returns the new id.
 */
export async function insertOpportunity(
  trx: Transaction<DB>,
  ctx: AppContext,
  /** Who creates it; `id` null for a time rule (the renewal opportunity). */
  actor: { id: string | null },
  input: {
    customer: { id: string; region: string };
    name: string;
    amount: number;
    productLine: string;
    owner: { ownerId: string | null; teamId: string | null };
    expectedCloseDate?: string | null;
    winProbability?: number | null;
    competitors?: string[];
  },
  { document, version }: ActivePlaybook,
): Promise<string> {
  const { customer, owner } = input;
  const now = ctx.clock.now();
  const first = document.stages[0];
  const id = randomUUID();
  await trx
    .insertInto('opportunities')
    .values({
      id,
      customer_id: customer.id,
      name: input.name,
      amount: input.amount,
      product_line: input.productLine,
      region: customer.region,
      stage: first.key,
      status: 'open',
      lost_reason: null,
      stage_entered_at: now,
      stage_fields: '{}',
      owner_id: owner.ownerId,
      team_id: owner.teamId,
      next_follow_up_at: null,
      created_at: now,
      updated_at: now,
      last_activity_at: now,
      expected_close_date: input.expectedCloseDate ?? null,
      win_probability: input.winProbability ?? null,
      competitors: JSON.stringify(input.competitors ?? []),
    })
    .execute();
  await trx
    .insertInto('stage_changes')
    .values({ opportunity_id: id, from_stage: null, to_stage: first.key, actor_id: actor.id, reason: null, playbook_version: version, at: now })
    .execute();
  await recordAudit(trx, ctx.clock, {
    actorId: actor.id,
    action: 'opportunity.create',
    entityType: 'opportunity',
    entityId: id,
    data: { customerId: customer.id, name: input.name, amount: input.amount, productLine: input.productLine, stage: first.key, ownerId: owner.ownerId },
  });
  return id;
}

/**
 * The single path for every stage change (API, UI, kanban drag, import): the transition must be
 * allowed and every requirement met, checked under a row lock so two writers cannot both pass.
 */
export async function changeStage(
  ctx: AppContext,
  actor: Actor,
  id: string,
  request: { to: string; fields?: Record<string, string>; reason?: string },
  locale: string,
): Promise<void> {
  const { document, version } = await ctx.playbook.active();
  const provided = normaliseFields(document, request.fields ?? {});
  try {
    await moveStage(ctx, actor, id, request, locale, { document, version }, provided);
  } catch (error) {
    // A refusal by the gate is a decision of the playbook's rules: kept in the audit log with the rules and version.
    if (error instanceof AppError && error.code === 'STAGE_GATE') {
      const details = error.details as { to: string; missing: MissingItem[] };
      await ctx.db.transaction().execute((trx) =>
        recordAudit(trx, ctx.clock, {
          actorId: actor.id,
          action: 'opportunity.stage_refused',
          entityType: 'opportunity',
          entityId: id,
          data: {
            to: details.to,
            rules: [...new Set(details.missing.map((m) => m.rule))],
            missing: details.missing.map((m) => m.key),
            playbookVersion: version,
          },
        }),
      );
    }
    throw error;
  }
}

async function moveStage(
  ctx: AppContext,
  actor: Actor,
  id: string,
  request: { to: string; fields?: Record<string, string>; reason?: string },
  locale: string,
  { document, version }: { document: PlaybookDocument; version: number },
  provided: Record<string, string>,
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const opportunity = await findVisibleOpportunity(trx, actor, id, { forUpdate: true });
    const from = opportunity.stage;
    const check = checkTransition(document, from, request.to, request.reason);
    const stageLabel = (key: string) => labelOf(stageOf(document, key), locale, key);
    if (!check.ok) {
      const status = check.code === 'STAGE_CLOSED' ? 409 : 422;
      throw new AppError(status, check.code, { from: stageLabel(from), to: stageLabel(request.to), stage: stageLabel(from) });
    }
    const now = ctx.clock.now();
    if (check.kind !== 'lose') {
      const missing = await evaluateGate(trx, document, opportunity, request.to, provided, now, locale);
      if (missing.length)
        throw new AppError(
          422,
          'STAGE_GATE',
          { to: stageLabel(request.to), count: missing.length },
          { from, to: request.to, missing, playbookVersion: version },
        );
    }
    const stageFields = { ...opportunity.stage_fields, [from]: { ...(opportunity.stage_fields[from] ?? {}), ...provided } };
    const nextFollowUp = stageFields[from].nextFollowUpAt ? new Date(stageFields[from].nextFollowUpAt) : opportunity.next_follow_up_at;
    const status = check.kind === 'advance' ? 'open' : check.kind === 'win' ? 'won' : 'lost';
    const lostReason = check.kind === 'lose' ? request.reason!.trim() : null;
    await trx
      .updateTable('opportunities')
      .set({
        stage: request.to,
        status,
        lost_reason: lostReason,
        stage_entered_at: now,
        stage_fields: JSON.stringify(stageFields),
        next_follow_up_at: check.kind === 'advance' ? nextFollowUp : null,
        updated_at: now,
        last_activity_at: now,
      })
      .where('id', '=', id)
      .execute();
    await trx
      .insertInto('stage_changes')
      .values({
        opportunity_id: id,
        from_stage: from,
        to_stage: request.to,
        actor_id: actor.id,
        reason: request.reason?.trim() || null,
        playbook_version: version,
        at: now,
      })
      .execute();
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: 'opportunity.stage',
      entityType: 'opportunity',
      entityId: id,
      data: { from, to: request.to, reason: request.reason ?? null, fields: provided, playbookVersion: version },
    });
    await ctx.events.publish(trx, 'opportunity.stage_changed', {
      opportunityId: id,
      customerId: opportunity.customer_id,
      name: opportunity.name,
      from,
      to: request.to,
      status,
      lostReason,
      amount: Number(opportunity.amount),
      ownerId: opportunity.owner_id,
      teamId: opportunity.team_id,
      actorId: actor.id,
      playbookVersion: version,
      changedAt: now.toISOString(),
    });
  });
}

export async function saveStageFields(
  ctx: AppContext,
  actor: Actor,
  id: string,
  changes: {
    name?: string;
    amount?: number;
    fields?: Record<string, string>;
    expectedCloseDate?: string | null;
    winProbability?: number | null;
    competitors?: string[];
  },
): Promise<void> {
  const { document } = await ctx.playbook.active();
  const provided = normaliseFields(document, changes.fields ?? {});
  await ctx.db.transaction().execute(async (trx) => {
    const opportunity = await findVisibleOpportunity(trx, actor, id, { forUpdate: true });
    if (opportunity.status !== 'open' && changes.fields)
      throw new AppError(409, 'STAGE_CLOSED', { stage: labelOf(stageOf(document, opportunity.stage), actor.locale, opportunity.stage) });
    const current = { ...(opportunity.stage_fields[opportunity.stage] ?? {}), ...provided };
    const stageFields = { ...opportunity.stage_fields, [opportunity.stage]: current };
    const now = ctx.clock.now();
    await trx
      .updateTable('opportunities')
      .set({
        name: changes.name ?? opportunity.name,
        amount: changes.amount ?? opportunity.amount,
        expected_close_date: changes.expectedCloseDate === undefined ? opportunity.expected_close_date : changes.expectedCloseDate,
        win_probability: changes.winProbability === undefined ? opportunity.win_probability : changes.winProbability,
        competitors: JSON.stringify(changes.competitors ?? opportunity.competitors ?? []),
        stage_fields: JSON.stringify(stageFields),
        next_follow_up_at: current.nextFollowUpAt ? new Date(current.nextFollowUpAt) : opportunity.next_follow_up_at,
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: 'opportunity.update',
      entityType: 'opportunity',
      entityId: id,
      data: {
        name: changes.name,
        amount: changes.amount,
        expectedCloseDate: changes.expectedCloseDate,
        winProbability: changes.winProbability,
        competitors: changes.competitors,
        stage: opportunity.stage,
        fields: provided,
      },
    });
  });
}

export async function stageHistory(db: Executor, id: string) {
  const rows = await db
    .selectFrom('stage_changes')
    .leftJoin('users', 'users.id', 'stage_changes.actor_id')
    .select([
      'stage_changes.from_stage',
      'stage_changes.to_stage',
      'stage_changes.at',
      'stage_changes.actor_id',
      'stage_changes.reason',
      'stage_changes.playbook_version',
      'users.display_name',
    ])
    .where('stage_changes.opportunity_id', '=', id)
    .orderBy('stage_changes.id')
    .execute();
  return rows.map((r) => ({
    from: r.from_stage,
    to: r.to_stage,
    at: r.at.toISOString(),
    actorId: r.actor_id,
    actorName: r.display_name,
    reason: r.reason,
    playbookVersion: r.playbook_version,
  }));
}
