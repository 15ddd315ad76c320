import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { recordAudit } from '../core/audit/audit.js';
import type { Actor } from '../core/auth/actor.js';
import { inScope, resolveOwner } from '../core/auth/scope.js';
import type { AppContext } from '../core/context.js';
import type { DB } from '../core/db/schema.js';
import { notFound } from '../core/http/errors.js';
import { assertInPlaybook } from '../core/playbook/checks.js';
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

export async function insertLeads(ctx: AppContext, actor: Actor, rows: LeadRow[], via: 'api' | 'import'): Promise<void> {
  if (rows.length === 0) return;
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('leads')
      .values(rows.map(({ owner_name: _ignored, ...row }) => row))
      .execute();
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: via === 'import' ? 'lead.import' : 'lead.create',
      entityType: 'lead',
      entityId: rows.length === 1 ? rows[0].id : null,
      data: rows.length === 1 ? { ...rows[0], via } : { via, count: rows.length, ids: rows.map((r) => r.id) },
    });
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
