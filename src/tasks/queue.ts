import type { Actor } from '../core/auth/actor.js';
import { inScope } from '../core/auth/scope.js';
import type { AppContext } from '../core/context.js';
import { OPEN_LEAD_STATUSES } from '../leads/index.js';

/** A rep's due work: first responses, planned follow-ups and rule tasks, on one list. */

export type QueueState = 'upcoming' | 'due_soon' | 'overdue';

export interface QueueItem {
  key: string;
  kind: 'first_response' | 'follow_up' | 'task';
  entityType: string | null;
  entityId: string | null;
  title: string;
  dueAt: string | null;
  state: QueueState;
  ownerId: string | null;
  ownerName: string | null;
  slaStatus?: string;
  task?: { id: string; ruleId: string | null; ruleName: string | null; reason: string | null; facts: Record<string, unknown> };
}

const HOUR = 3_600_000;
const LIMIT = 200;
const UPCOMING_WINDOW = 7 * 24 * HOUR;
const DUE_SOON = 24 * HOUR;

export function stateOf(dueAt: Date | null, now: Date, warned = false): QueueState {
  if (!dueAt) return 'upcoming';
  if (dueAt <= now) return 'overdue';
  if (warned || dueAt.getTime() - now.getTime() <= DUE_SOON) return 'due_soon';
  return 'upcoming';
}

/** `mine`: the caller's own queue; otherwise everyone in the caller's scope, urgent items only. */
export async function loadQueue(ctx: AppContext, actor: Actor, mine: boolean, ruleNames: Map<string, string>): Promise<QueueItem[]> {
  const now = ctx.clock.now();
  const horizon = new Date(now.getTime() + (mine ? UPCOMING_WINDOW : DUE_SOON));
  const scope = mine ? { ...actor.scope, kind: 'own' as const } : actor.scope;

  const [responses, leadFollowUps, opportunityFollowUps, customerFollowUps, tasks] = await Promise.all([
    ctx.db
      .selectFrom('leads')
      .leftJoin('users', 'users.id', 'leads.owner_id')
      .select(['leads.id', 'leads.name', 'leads.owner_id', 'users.display_name as owner_name', 'leads.response_due_at', 'leads.sla_status'])
      .where('leads.owner_id', 'is not', null)
      .where('leads.responded_at', 'is', null)
      .where('leads.sla_status', 'in', ['pending', 'warned', 'breached'])
      .where('leads.status', 'in', OPEN_LEAD_STATUSES)
      .where('leads.response_due_at', '<=', horizon)
      .where(inScope(scope, 'leads'))
      .orderBy('leads.response_due_at')
      .limit(LIMIT)
      .execute(),
    ctx.db
      .selectFrom('leads')
      .leftJoin('users', 'users.id', 'leads.owner_id')
      .select(['leads.id', 'leads.name', 'leads.owner_id', 'users.display_name as owner_name', 'leads.next_follow_up_at'])
      .where('leads.owner_id', 'is not', null)
      .where('leads.status', 'in', OPEN_LEAD_STATUSES)
      .where('leads.next_follow_up_at', '<=', horizon)
      .where(inScope(scope, 'leads'))
      .orderBy('leads.next_follow_up_at')
      .limit(LIMIT)
      .execute(),
    ctx.db
      .selectFrom('opportunities')
      .leftJoin('users', 'users.id', 'opportunities.owner_id')
      .select(['opportunities.id', 'opportunities.name', 'opportunities.owner_id', 'users.display_name as owner_name', 'opportunities.next_follow_up_at'])
      .where('opportunities.status', '=', 'open')
      .where('opportunities.next_follow_up_at', '<=', horizon)
      .where(inScope(scope, 'opportunities'))
      .orderBy('opportunities.next_follow_up_at')
      .limit(LIMIT)
      .execute(),
    ctx.db
      .selectFrom('customers')
      .leftJoin('users', 'users.id', 'customers.owner_id')
      .select(['customers.id', 'customers.name', 'customers.owner_id', 'users.display_name as owner_name', 'customers.next_follow_up_at'])
      .where('customers.next_follow_up_at', '<=', horizon)
      .where(inScope(scope, 'customers'))
      .orderBy('customers.next_follow_up_at')
      .limit(LIMIT)
      .execute(),
    loadTasks(ctx, actor, mine, horizon),
  ]);

  const items: QueueItem[] = [
    ...responses.map((l) => ({
      key: `first_response:${l.id}`,
      kind: 'first_response' as const,
      entityType: 'lead',
      entityId: l.id,
      title: `首次联系：${l.name}`,
      dueAt: l.response_due_at?.toISOString() ?? null,
      state: l.sla_status === 'breached' ? ('overdue' as const) : stateOf(l.response_due_at, now, l.sla_status === 'warned'),
      ownerId: l.owner_id,
      ownerName: l.owner_name,
      slaStatus: l.sla_status,
    })),
    ...[
      ...leadFollowUps.map((r) => ({ ...r, type: 'lead' })),
      ...opportunityFollowUps.map((r) => ({ ...r, type: 'opportunity' })),
      ...customerFollowUps.map((r) => ({ ...r, type: 'customer' })),
    ].map((r) => ({
      key: `follow_up:${r.type}:${r.id}`,
      kind: 'follow_up' as const,
      entityType: r.type,
      entityId: r.id,
      title: `计划跟进：${r.name}`,
      dueAt: r.next_follow_up_at?.toISOString() ?? null,
      state: stateOf(r.next_follow_up_at, now),
      ownerId: r.owner_id,
      ownerName: r.owner_name,
    })),
    ...tasks.map((t) => ({
      key: `task:${t.id}`,
      kind: 'task' as const,
      entityType: t.entity_type,
      entityId: t.entity_id,
      title: t.title,
      dueAt: t.due_at?.toISOString() ?? null,
      state: stateOf(t.due_at, now),
      ownerId: t.assignee_id,
      ownerName: t.owner_name,
      task: { id: t.id, ruleId: t.rule_id, ruleName: t.rule_id ? (ruleNames.get(t.rule_id) ?? t.rule_id) : null, reason: t.reason, facts: t.facts },
    })),
  ];
  const order: Record<QueueState, number> = { overdue: 0, due_soon: 1, upcoming: 2 };
  return items.filter((i) => mine || i.state !== 'upcoming').sort((a, b) => order[a.state] - order[b.state] || (a.dueAt ?? '9').localeCompare(b.dueAt ?? '9'));
}

async function loadTasks(ctx: AppContext, actor: Actor, mine: boolean, horizon: Date) {
  let query = ctx.db
    .selectFrom('tasks')
    .innerJoin('users', 'users.id', 'tasks.assignee_id')
    .leftJoin('teams', 'teams.id', 'users.team_id')
    .select([
      'tasks.id',
      'tasks.title',
      'tasks.entity_type',
      'tasks.entity_id',
      'tasks.due_at',
      'tasks.assignee_id',
      'tasks.rule_id',
      'tasks.reason',
      'tasks.facts',
      'users.display_name as owner_name',
    ])
    .where('tasks.status', '=', 'open')
    .where((eb) => eb.or([eb('tasks.due_at', 'is', null), eb('tasks.due_at', '<=', horizon)]));
  if (mine) query = query.where('tasks.assignee_id', '=', actor.id);
  else if (actor.scope.kind === 'team')
    query = query.where((eb) =>
      eb.or([
        eb('users.team_id', 'in', actor.scope.teamIds.length ? actor.scope.teamIds : ['00000000-0000-0000-0000-000000000000']),
        eb('tasks.assignee_id', '=', actor.id),
      ]),
    );
  else if (actor.scope.kind === 'region') query = query.where('teams.region', '=', actor.scope.region ?? '');
  else if (actor.scope.kind === 'own') query = query.where('tasks.assignee_id', '=', actor.id);
  return query.orderBy('tasks.due_at').limit(LIMIT).execute();
}
