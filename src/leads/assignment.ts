import { sql } from 'kysely';
import type { AppContext } from '../core/context.js';
import type { AssignmentPolicy } from '../core/playbook/schema.js';

type Route = AssignmentPolicy['routes'][number];

export function matchRoute(routes: Route[], region: string, productLine: string): Route | undefined {
  return routes.find((r) => (r.region === '*' || r.region === region) && (r.productLine === '*' || r.productLine === productLine));
}

/** Sales reps a route deals to, in a stable order so the cursor walks them fairly. */
async function candidatesOf(ctx: AppContext, route: Route, region: string): Promise<{ id: string; team_id: string | null }[]> {
  let query = ctx.db
    .selectFrom('users')
    .leftJoin('teams', 'teams.id', 'users.team_id')
    .select(['users.id', 'users.team_id'])
    .where('users.active', '=', true)
    .where('users.role', '=', 'sales');
  if (route.usernames?.length) query = query.where('users.username', 'in', route.usernames);
  else if (route.teams?.length) query = query.where('teams.name', 'in', route.teams);
  else query = query.where('teams.region', '=', region);
  return query.orderBy('users.username').execute();
}

/**
 * Round-robin by region × product line: the first matching route's reps take turns. The cursor
 * lives in the database, so several app nodes deal from one deck.
 */
export async function pickAssignee(
  ctx: AppContext,
  policy: AssignmentPolicy,
  region: string,
  productLine: string,
): Promise<{ ownerId: string; teamId: string | null; routeKey: string } | null> {
  const route = matchRoute(policy.routes, region, productLine);
  if (!route) return null;
  const candidates = await candidatesOf(ctx, route, region);
  if (candidates.length === 0) return null;
  const routeKey = `${region}|${productLine}`;
  const { rows } = await sql<{ position: number }>`
    insert into assignment_cursors (route_key, position) values (${routeKey}, 0)
    on conflict (route_key) do update set position = assignment_cursors.position + 1
    returning position`.execute(ctx.db);
  const chosen = candidates[Number(rows[0].position) % candidates.length];
  return { ownerId: chosen.id, teamId: chosen.team_id, routeKey };
}
