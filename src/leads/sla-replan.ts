import type { Kysely, Transaction } from 'kysely';
import { recordAudit } from '../core/audit/audit.js';
import type { AppContext } from '../core/context.js';
import type { DB } from '../core/db/schema.js';
import type { ImpactContribution, ImpactInput, PublishedChange } from '../core/playbook/impact.js';
import type { SlaPolicy } from '../core/playbook/schema.js';
import { OPEN_LEAD_STATUSES } from './lead.model.js';
import { responseDeadline } from './sla.js';

/**
 * A changed response policy applies to the leads still waiting for their first response: their
 * deadlines are planned again from their arrival (the same `responseDeadline` as a new lead).
 * The draft's impact preview shows what the publish then does.
 */

type Executor = Kysely<DB> | Transaction<DB>;

async function waitingLeads(db: Executor) {
  return db
    .selectFrom('leads')
    .select(['id', 'name', 'type', 'created_at', 'response_due_at', 'response_warn_at', 'sla_status'])
    .where('status', 'in', [...OPEN_LEAD_STATUSES])
    .where('first_contact_at', 'is', null)
    .where('sla_status', 'in', ['pending', 'warned'])
    .orderBy('created_at')
    .execute();
}

const sameSla = (a: SlaPolicy, b: SlaPolicy) => JSON.stringify(a) === JSON.stringify(b);

export async function leadImpact(ctx: AppContext, { draft, active, now }: ImpactInput): Promise<ImpactContribution> {
  const leads = await waitingLeads(ctx.db);
  const calendar = await ctx.calendar.current();
  const items: NonNullable<ImpactContribution['leads']>['items'] = [];
  let warn = 0;
  let breach = 0;
  const changed = !sameSla(draft.sla, active.document.sla);
  for (const lead of leads) {
    const planned = changed ? responseDeadline(lead.created_at, lead.type, draft.sla, calendar.isWorkingDay) : null;
    const dueAt = changed ? (planned?.dueAt ?? null) : lead.response_due_at;
    const warnAt = changed ? (planned?.warnAt ?? null) : lead.response_warn_at;
    if (lead.sla_status === 'pending' && warnAt && warnAt <= now && !(dueAt && dueAt <= now)) warn += 1;
    if (dueAt && dueAt <= now) breach += 1;
    const before = lead.response_due_at?.getTime() ?? null;
    const after = dueAt?.getTime() ?? null;
    if (before === after) continue;
    items.push({
      id: lead.id,
      name: lead.name,
      type: lead.type,
      dueAt: lead.response_due_at?.toISOString() ?? null,
      draftDueAt: dueAt?.toISOString() ?? null,
      shiftMinutes: before !== null && after !== null ? Math.round((after - before) / 60_000) : null,
    });
  }
  return {
    leads: { checked: leads.length, moved: items.length, items },
    timeRules: [
      // Names come from the declared rules (the preview fills them in).
      { id: 'lead-response-warning', name: '', effect: 'fires', count: warn },
      { id: 'lead-response-breach', name: '', effect: 'fires', count: breach },
    ].filter((r) => r.count > 0) as NonNullable<ImpactContribution['timeRules']>,
  };
}

/** On publish: plans the waiting leads' deadlines again when the response policy changed (one audit entry). */
export async function replanDeadlines(trx: Transaction<DB>, ctx: AppContext, change: PublishedChange): Promise<void> {
  const { before, after, version } = change;
  if (!before || sameSla(before.sla, after.sla)) return;
  const calendar = await ctx.calendar.current(trx);
  let moved = 0;
  for (const lead of await waitingLeads(trx)) {
    const planned = responseDeadline(lead.created_at, lead.type, after.sla, calendar.isWorkingDay);
    const dueAt = planned?.dueAt ?? null;
    if ((dueAt?.getTime() ?? null) === (lead.response_due_at?.getTime() ?? null)) continue;
    await trx
      .updateTable('leads')
      .set({ response_due_at: dueAt, response_warn_at: planned?.warnAt ?? null })
      .where('id', '=', lead.id)
      .execute();
    moved += 1;
  }
  if (moved)
    await recordAudit(trx, ctx.clock, {
      actorId: null,
      action: 'lead.sla_replanned',
      entityType: 'playbook',
      entityId: String(version),
      data: { leads: moved, playbookVersion: version },
    });
}
