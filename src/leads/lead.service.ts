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
  const { ownerId, teamId } = await resolveOwner(ctx.db, actor, input.ownerId);
  const now = ctx.clock.now();
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
  };
}

export async function insertLeads(ctx: AppContext, actor: Actor, rows: LeadRow[], via: 'api' | 'import'): Promise<void> {
  if (rows.length === 0) return;
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('leads').values(rows.map(({ owner_name: _ignored, ...row }) => row)).execute();
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: via === 'import' ? 'lead.import' : 'lead.create',
      entityType: 'lead',
      entityId: rows.length === 1 ? rows[0].id : null,
      data: rows.length === 1 ? { ...rows[0], via } : { via, count: rows.length, ids: rows.map((r) => r.id) },
    });
  });
}
