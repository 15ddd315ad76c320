import { randomUUID } from 'node:crypto';
import type { ExpressionBuilder, Transaction } from 'kysely';
import { recordAudit } from '../core/audit/audit.js';
import type { Actor } from '../core/auth/actor.js';
import { inScope, resolveOwner } from '../core/auth/scope.js';
import type { AppContext } from '../core/context.js';
import type { DB } from '../core/db/schema.js';
import { AppError, notFound } from '../core/http/errors.js';
import { assertInPlaybook } from '../core/playbook/checks.js';
import type { DuplicateMatch } from '../core/duplicates/duplicates.js';
import type { LeadInput, LeadRow } from './lead.model.js';
import { pickAssignee } from './assignment.js';
import { responseDeadline, secondEscalationAt } from './sla.js';

export async function findVisibleLead(ctx: AppContext, actor: Actor, id: string, trx?: Transaction<DB>): Promise<LeadRow> {
  const lead = await (trx ?? ctx.db)
    .selectFrom('leads')
    .leftJoin('users', 'users.id', 'leads.owner_id')
    .selectAll('leads')
    .select('users.display_name as owner_name')
    .where('leads.id', '=', id)
    .where(inScope(actor.scope, 'leads'))
    .executeTakeFirst();
  if (!lead) throw notFound('lead');
  return lead;
}

/** Validates a lead against the playbook and the actor's reach, then builds its row. */
export async function prepareLead(ctx: AppContext, actor: Actor, input: LeadInput): Promise<LeadRow> {
  const { document } = await ctx.playbook.active();
  assertInPlaybook(document, { region: input.region, productLine: input.productLine });
  let { ownerId, teamId } = await resolveOwner(ctx.db, actor, input.ownerId);
  if (!ownerId && input.ownerId === undefined && document.assignment.autoAssign) {
    const picked = await pickAssignee(ctx, document.assignment, input.region, input.productLine);
    if (picked) ({ ownerId, teamId } = picked);
  }
  const now = ctx.clock.now();
  // The response clock starts at the server's arrival time, by the playbook's policy for the type.
  const calendar = await ctx.calendar.current();
  const deadline = responseDeadline(now, input.type, document.sla, calendar.isWorkingDay);
  return {
    id: randomUUID(),
    name: input.name,
    type: input.type,
    region: input.region,
    product_line: input.productLine,
    phone: input.phone || null,
    company: input.company || null,
    source: input.source || null,
    status: 'new',
    owner_id: ownerId,
    team_id: teamId,
    customer_id: null,
    assigned_at: ownerId ? now : null,
    first_contact_at: null,
    next_follow_up_at: null,
    created_at: now,
    updated_at: now,
    last_activity_at: now,
    response_due_at: deadline?.dueAt ?? null,
    response_warn_at: deadline?.warnAt ?? null,
    sla_status: 'pending',
    responded_at: null,
    escalation_level: 0,
    next_escalation_at: deadline ? secondEscalationAt(deadline.dueAt, input.type, document.sla, calendar.isWorkingDay) : null,
    pool_since: ownerId ? null : now,
    unassigned_alerted_at: null,
    recycle_reminded_at: null,
  };
}

/** Stores prepared leads in one transaction (one POST, or one batch of an import) and publishes `lead.created` for each. */
export async function insertLeads(
  ctx: AppContext,
  actor: Actor,
  rows: LeadRow[],
  via: 'api' | 'import',
  allowedDuplicates: DuplicateMatch[] = [],
): Promise<void> {
  if (rows.length === 0) return;
  await ctx.db.transaction().execute((trx) => writeLeads(trx, ctx, actor, rows, via, allowedDuplicates));
}

/** Stores prepared leads inside the caller's transaction: rows, `lead.created` events and the audit entry. */
export async function writeLeads(
  trx: Transaction<DB>,
  ctx: AppContext,
  actor: Actor,
  rows: LeadRow[],
  via: 'api' | 'import',
  allowedDuplicates: DuplicateMatch[] = [],
): Promise<void> {
  await trx
    .insertInto('leads')
    .values(rows.map(({ owner_name: _ignored, ...row }) => row))
    .execute();
  await ctx.events.publishAll(
    trx,
    'lead.created',
    rows.map((row) => ({
      leadId: row.id,
      name: row.name,
      type: row.type,
      region: row.region,
      productLine: row.product_line,
      company: row.company,
      source: row.source,
      status: row.status,
      ownerId: row.owner_id,
      teamId: row.team_id,
      responseDueAt: row.response_due_at?.toISOString() ?? null,
      via,
      actorId: actor.id,
      createdAt: row.created_at.toISOString(),
    })),
  );
  await recordAudit(trx, ctx.clock, {
    actorId: actor.id,
    action: via === 'import' ? 'lead.import' : 'lead.create',
    entityType: 'lead',
    entityId: rows.length === 1 ? rows[0].id : null,
    data: rows.length === 1 ? { ...rows[0], via } : { via, count: rows.length, ids: rows.map((r) => r.id) },
  });
  // Created although it looks like an existing record: who said so, and which records it resembles.
  if (allowedDuplicates.length > 0)
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: 'lead.duplicate_allowed',
      entityType: 'lead',
      entityId: rows[0].id,
      data: { matches: allowedDuplicates },
    });
}

/**
 * The first qualifying contact answers the response clock (a late answer stays "breached" on
 * record) and stops further escalation.
 */
export async function markResponded(trx: Transaction<DB>, leadId: string, at: Date): Promise<void> {
  await trx
    .updateTable('leads')
    .set((eb) => ({
      responded_at: at,
      sla_status: eb.case().when('sla_status', '=', 'breached').then('breached').else('met').end(),
      next_escalation_at: null,
    }))
    .where('id', '=', leadId)
    .where('responded_at', 'is', null)
    .execute();
}

/**
 * `markResponded` as SET expressions for an UPDATE of the lead that changes other columns too:
 * each applies only while the lead is unanswered (the expressions read the row before the update).
 */
export function respondedChanges(eb: ExpressionBuilder<DB, 'leads'>, at: Date) {
  const unanswered = eb('responded_at', 'is', null);
  return {
    responded_at: eb.fn.coalesce('responded_at', eb.val(at)),
    sla_status: eb
      .case()
      .when(eb.and([unanswered, eb('sla_status', '!=', 'breached')]))
      .then('met')
      .else(eb.ref('sla_status'))
      .end(),
    next_escalation_at: eb.case().when(unanswered).then(null).else(eb.ref('next_escalation_at')).end(),
  };
}

/** The fields a rep may change on a lead (not its owner: that is `assignLead` or `claimLead`). */
export type LeadChanges = Partial<Omit<LeadInput, 'ownerId'>> & { status?: 'new' | 'contacted' | 'qualified' | 'disqualified' };

export async function updateLead(ctx: AppContext, actor: Actor, id: string, body: LeadChanges): Promise<void> {
  const before = await findVisibleLead(ctx, actor, id);
  if (before.status === 'converted') throw new AppError(409, 'LEAD_CONVERTED');
  const { document } = await ctx.playbook.active();
  assertInPlaybook(document, { region: body.region, productLine: body.productLine });
  const changes = {
    name: body.name ?? before.name,
    type: body.type ?? before.type,
    region: body.region ?? before.region,
    product_line: body.productLine ?? before.product_line,
    phone: body.phone === undefined ? before.phone : body.phone || null,
    company: body.company === undefined ? before.company : body.company || null,
    source: body.source === undefined ? before.source : body.source || null,
    status: body.status ?? before.status,
    updated_at: ctx.clock.now(),
  };
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('leads').set(changes).where('id', '=', before.id).execute();
    // Disqualifying is a decision taken after looking at the lead: it answers the response clock.
    if (changes.status === 'disqualified') await markResponded(trx, before.id, changes.updated_at);
    await recordAudit(trx, ctx.clock, { actorId: actor.id, action: 'lead.update', entityType: 'lead', entityId: before.id, data: { changes } });
  });
}

/** Takes an unassigned lead from the pool: only one claimant wins. */
export async function claimLead(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await ctx.db.transaction().execute((trx) => claimLeadIn(ctx, trx, actor, id));
}

/** `claimLead` inside the caller's transaction (a bulk claim); refuses before it writes. */
export async function claimLeadIn(ctx: AppContext, trx: Transaction<DB>, actor: Actor, id: string): Promise<void> {
  const lead = await findVisibleLead(ctx, actor, id, trx);
  const now = ctx.clock.now();
  // Only one claimant wins: the update matches only while the lead is still unassigned.
  const result = await trx
    .updateTable('leads')
    .set({ owner_id: actor.id, team_id: actor.teamId, assigned_at: now, updated_at: now, last_activity_at: now, pool_since: null })
    .where('id', '=', lead.id)
    .where('owner_id', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new AppError(409, 'LEAD_ALREADY_ASSIGNED');
  await recordAudit(trx, ctx.clock, { actorId: actor.id, action: 'lead.claim', entityType: 'lead', entityId: lead.id, data: { ownerId: actor.id } });
  await ctx.events.publish(trx, 'lead.assigned', {
    leadId: lead.id,
    ownerId: actor.id,
    teamId: actor.teamId,
    previousOwnerId: null,
    via: 'claim',
    actorId: actor.id,
    assignedAt: now.toISOString(),
  });
}

/** Assigns a lead to a rep, or back to the pool with null. */
export async function assignLead(ctx: AppContext, actor: Actor, id: string, requestedOwnerId: string | null): Promise<void> {
  await ctx.db.transaction().execute((trx) => assignLeadIn(ctx, trx, actor, id, requestedOwnerId));
}

/** `assignLead` inside the caller's transaction (a bulk assignment); refuses before it writes. */
export async function assignLeadIn(ctx: AppContext, trx: Transaction<DB>, actor: Actor, id: string, requestedOwnerId: string | null): Promise<void> {
  const lead = await findVisibleLead(ctx, actor, id, trx);
  if (lead.status === 'converted') throw new AppError(409, 'LEAD_CONVERTED');
  const { ownerId, teamId } = await resolveOwner(trx, actor, requestedOwnerId);
  const now = ctx.clock.now();
  // A new owner gets the full recycle period; a lead sent back to the pool starts its pool clock.
  await trx
    .updateTable('leads')
    .set({
      owner_id: ownerId,
      team_id: teamId,
      assigned_at: ownerId ? now : null,
      updated_at: now,
      last_activity_at: now,
      pool_since: ownerId ? null : now,
      unassigned_alerted_at: null,
      recycle_reminded_at: null,
    })
    .where('id', '=', lead.id)
    .execute();
  await recordAudit(trx, ctx.clock, {
    actorId: actor.id,
    action: 'lead.assign',
    entityType: 'lead',
    entityId: lead.id,
    data: { from: lead.owner_id, to: ownerId },
  });
  await ctx.events.publish(trx, 'lead.assigned', {
    leadId: lead.id,
    ownerId,
    teamId,
    previousOwnerId: lead.owner_id,
    via: 'assign',
    actorId: actor.id,
    assignedAt: now.toISOString(),
  });
}
