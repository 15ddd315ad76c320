import { sql } from 'kysely';
import type { Database } from './db/connect.js';
import type { CollaborationPolicy, Department } from './playbook/schema.js';

/**
 * Who stands above whom, and who handles a department's work: the people escalations, alerts and
 * cross-department requests go to. Capabilities ask here instead of walking teams and roles
 * themselves.
 */

/** Supervisor of each team (active users only). */
export async function supervisorsOfTeams(db: Database, teamIds: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(teamIds)];
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('teams')
    .innerJoin('users', 'users.id', 'teams.supervisor_id')
    .select(['teams.id', 'teams.supervisor_id'])
    .where('teams.id', 'in', ids)
    .where('users.active', '=', true)
    .execute();
  return new Map(rows.map((r) => [r.id, r.supervisor_id!]));
}

/** Active regional managers of each region (their team's region). */
export async function regionalManagersOf(db: Database, regions: string[]): Promise<Map<string, string[]>> {
  const list = [...new Set(regions)];
  if (list.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .innerJoin('teams', 'teams.id', 'users.team_id')
    .select(['users.id', 'teams.region'])
    .where('users.role', '=', 'regional_manager')
    .where('users.active', '=', true)
    .where('teams.region', 'in', list)
    .execute();
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.region, [...(map.get(r.region) ?? []), r.id]);
  return map;
}

/** Teams of each region with their supervisors: the dispatchers of that region's lead pool. */
export async function regionTeams(db: Database, regions: string[]): Promise<Map<string, { teamId: string; supervisorId: string | null }[]>> {
  const list = [...new Set(regions)];
  if (list.length === 0) return new Map();
  const rows = await db
    .selectFrom('teams')
    .leftJoin('users', (j) => j.onRef('users.id', '=', 'teams.supervisor_id').on('users.active', '=', true))
    .select(['teams.id', 'teams.region', 'users.id as supervisor_id'])
    .where('teams.region', 'in', list)
    .execute();
  const map = new Map<string, { teamId: string; supervisorId: string | null }[]>();
  for (const r of rows) map.set(r.region, [...(map.get(r.region) ?? []), { teamId: r.id, supervisorId: r.supervisor_id }]);
  return map;
}

/** Who handles a department's work for a region: the playbook's routing, else any active user of that role. */
export async function departmentAssignee(db: Database, policy: CollaborationPolicy, department: Department, region: string): Promise<string | null> {
  const route = policy.routing.find((r) => r.department === department && (r.region === '*' || r.region === region));
  let query = db.selectFrom('users').select('id').where('active', '=', true);
  query = route ? query.where('username', '=', route.username) : query.where('role', '=', department).orderBy('username');
  return (await query.limit(1).executeTakeFirst())?.id ?? null;
}

/** The department's head for overdue alerts: the playbook's named head, else the directors. */
export async function departmentHeads(db: Database, policy: CollaborationPolicy, department: Department): Promise<string[]> {
  const head = policy.heads[department];
  const query = db.selectFrom('users').select('id').where('active', '=', true);
  const rows = head ? await query.where('username', '=', head).execute() : await query.where('role', '=', 'director').execute();
  return rows.map((r) => r.id);
}

/** A team and every team below it. */
export async function teamSubtree(db: Database, teamId: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    with recursive tree as (
      select id from teams where id = ${teamId}
      union
      select t.id from teams t join tree on t.parent_team_id = tree.id
    ) select id from tree`.execute(db);
  return rows.map((r) => r.id);
}
