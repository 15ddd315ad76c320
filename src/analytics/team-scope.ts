import type { Actor } from '../core/auth/actor.js';
import type { AppContext } from '../core/context.js';
import { forbidden, notFound } from '../core/http/errors.js';
import { teamSubtree } from '../core/org-hierarchy.js';

/** Roles that see team-wide analytics (a sales rep sees only their own row, where allowed). */
export const MANAGER_ROLES = ['supervisor', 'regional_manager', 'director', 'admin'];

export interface Rep {
  userId: string;
  name: string;
  teamId: string | null;
  teamName: string | null;
}

/**
 * The teams an analytics request covers: the named team (and its sub-teams) if the caller may see
 * it, else everything in the caller's scope. `null` means every team (and reps without one).
 */
export async function teamsInReach(ctx: AppContext, actor: Actor, teamId?: string): Promise<string[] | null> {
  const scope = actor.scope;
  if (teamId) {
    const team = await ctx.db.selectFrom('teams').select(['id', 'region']).where('id', '=', teamId).executeTakeFirst();
    if (!team) throw notFound('team');
    const visible =
      scope.kind === 'all' ||
      (scope.kind === 'region' && team.region === scope.region) ||
      (scope.kind === 'team' && scope.teamIds.includes(team.id)) ||
      (scope.kind === 'own' && actor.teamId === team.id);
    if (!visible) throw forbidden();
    return teamSubtree(ctx.db, team.id);
  }
  switch (scope.kind) {
    case 'all':
      return null;
    case 'region': {
      const rows = await ctx.db
        .selectFrom('teams')
        .select('id')
        .where('region', '=', scope.region ?? '')
        .execute();
      return rows.map((r) => r.id);
    }
    case 'team':
      return scope.teamIds;
    case 'own':
      return actor.teamId ? [actor.teamId] : [];
  }
}

/** Active sales reps of those teams, by name. */
export async function repsOf(ctx: AppContext, teamIds: string[] | null): Promise<Rep[]> {
  if (teamIds !== null && teamIds.length === 0) return [];
  let query = ctx.db
    .selectFrom('users')
    .leftJoin('teams', 'teams.id', 'users.team_id')
    .select(['users.id', 'users.display_name', 'users.team_id', 'teams.name as team_name'])
    .where('users.role', '=', 'sales')
    .where('users.active', '=', true);
  if (teamIds !== null) query = query.where('users.team_id', 'in', teamIds);
  const rows = await query.orderBy('users.display_name').orderBy('users.id').execute();
  return rows.map((r) => ({ userId: r.id, name: r.display_name, teamId: r.team_id, teamName: r.team_name }));
}
