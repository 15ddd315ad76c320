import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database } from '../db/connect.js';
import type { DB } from '../db/schema.js';
import type { Actor, DataScope } from './actor.js';
import { AppError } from '../http/errors.js';
import { scopeKindOf, type Role } from './roles.js';

export async function resolveScope(db: Database, user: { id: string; role: Role; team_id: string | null; region?: string | null }): Promise<DataScope> {
  const kind = scopeKindOf(user.role);
  const readOnly = ['product', 'delivery', 'finance'].includes(user.role);
  // A team's region wins; a user without a team (delivery, product, finance) may be given one.
  let region: string | null = user.region ?? null;
  if (user.team_id) {
    const team = await db.selectFrom('teams').select('region').where('id', '=', user.team_id).executeTakeFirst();
    region = team?.region ?? region;
  }
  let teamIds: string[] = [];
  if (kind === 'team') {
    // Teams the user leads or belongs to, and every team below them.
    const rows = await sql<{ id: string }>`
      with recursive tree as (
        select id from teams where supervisor_id = ${user.id} or id = ${user.team_id}
        union
        select t.id from teams t join tree on t.parent_team_id = tree.id
      ) select id from tree`.execute(db);
    teamIds = rows.rows.map((r) => r.id);
  }
  return { kind, userId: user.id, teamIds, region, readOnly };
}

type ScopedTable = 'leads' | 'customers' | 'opportunities' | 'contracts';

/**
 * The one place that turns a data scope into SQL. Unassigned leads (the pool) are visible to
 * everyone working the lead's region, so they can be claimed. Whoever holds a task card of a
 * contract (product, finance, delivery) reads that contract and its customer, whatever their scope.
 */
export function inScope<T extends ScopedTable>(scope: DataScope, table: T): (eb: ExpressionBuilder<DB, T>) => Expression<SqlBool> {
  const owner = sql.ref(`${table}.owner_id`);
  const team = sql.ref(`${table}.team_id`);
  const region = sql.ref(`${table}.region`);
  const pool = table === 'leads' && scope.region !== null ? sql<SqlBool>` or (${owner} is null and ${region} = ${scope.region})` : sql``;
  const cards = scope.readOnly ? cardHolderClause(scope.userId, table) : sql``;
  return () => {
    switch (scope.kind) {
      case 'all':
        return sql<SqlBool>`true`;
      case 'region':
        return scope.region === null ? sql<SqlBool>`(false${cards})` : sql<SqlBool>`(${region} = ${scope.region}${cards})`;
      case 'team': {
        const teams = scope.teamIds.length ? sql`${team} in (${sql.join(scope.teamIds)}) or ` : sql``;
        return sql<SqlBool>`(${teams}${owner} = ${scope.userId}${pool}${cards})`;
      }
      case 'own':
        return sql<SqlBool>`(${owner} = ${scope.userId}${pool}${cards})`;
    }
  };
}

/** ` or <the record is behind one of the user's task cards>`, for contracts and customers. */
function cardHolderClause(userId: string, table: ScopedTable) {
  if (table === 'contracts')
    return sql<SqlBool>` or exists (select 1 from task_cards held where held.contract_id = ${sql.ref('contracts.id')} and held.assignee_id = ${userId})`;
  if (table === 'customers')
    return sql<SqlBool>` or exists (select 1 from task_cards held join contracts carded on carded.id = held.contract_id where carded.customer_id = ${sql.ref('customers.id')} and held.assignee_id = ${userId})`;
  return sql``;
}

/** Whether the actor may assign a record to this owner: inside their own reach only. */
export async function canAssignTo(db: Database, actor: Actor, ownerId: string): Promise<boolean> {
  const owner = await db
    .selectFrom('users')
    .leftJoin('teams', 'teams.id', 'users.team_id')
    .select(['users.id', 'users.team_id', 'users.active', 'teams.region'])
    .where('users.id', '=', ownerId)
    .executeTakeFirst();
  if (!owner || !owner.active) return false;
  switch (actor.scope.kind) {
    case 'all':
      return true;
    case 'region':
      return owner.region === actor.scope.region;
    case 'team':
      return owner.id === actor.id || (owner.team_id !== null && actor.scope.teamIds.includes(owner.team_id));
    case 'own':
      return owner.id === actor.id;
  }
}

/**
 * Decides who owns a new or reassigned record. Sales staff own what they create unless they
 * explicitly leave it unassigned; everyone else leaves it in the pool unless they name an owner.
 */
export async function resolveOwner(
  db: Database,
  actor: Actor,
  requested: string | null | undefined,
): Promise<{ ownerId: string | null; teamId: string | null }> {
  const ownerId = requested === undefined ? (actor.role === 'sales' ? actor.id : null) : requested;
  if (ownerId === null) return { ownerId: null, teamId: null };
  if (!(await canAssignTo(db, actor, ownerId))) throw new AppError(422, 'INVALID_REFERENCE', { reason: 'ownerId' });
  const owner = await db.selectFrom('users').select('team_id').where('id', '=', ownerId).executeTakeFirstOrThrow();
  return { ownerId, teamId: owner.team_id };
}
