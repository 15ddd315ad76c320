import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Actor, DataScope } from '../core/auth/actor.js';
import type { Role } from '../core/auth/roles.js';
import { AppError } from '../core/http/errors.js';

/** Who reviews flags and reads the team's authenticity data: supervisors and above. */
export const REVIEWER_ROLES: readonly Role[] = ['supervisor', 'regional_manager', 'director', 'admin'];
/** Who reads the authenticity metrics: the selling roles (a rep sees their own). */
export const METRIC_ROLES: readonly Role[] = ['sales', 'supervisor', 'regional_manager', 'director', 'admin'];

export function requireRole(actor: Actor, roles: readonly Role[]): void {
  if (!roles.includes(actor.role)) throw new AppError(403, 'FORBIDDEN');
}

/**
 * A data scope as SQL over an author: `user` is the alias of the author's users row, `team` of
 * their team. Follow-up authenticity belongs to the author, so reach follows the author's team.
 */
export function authorInScope(scope: DataScope, user: string, team: string): RawBuilder<SqlBool> {
  const id = sql.ref(`${user}.id`);
  const teamId = sql.ref(`${user}.team_id`);
  const region = sql.ref(`${team}.region`);
  switch (scope.kind) {
    case 'all':
      return sql<SqlBool>`true`;
    case 'region':
      return scope.region === null ? sql<SqlBool>`false` : sql<SqlBool>`${region} = ${scope.region}`;
    case 'team':
      return scope.teamIds.length
        ? sql<SqlBool>`(${teamId} in (${sql.join(scope.teamIds)}) or ${id} = ${scope.userId})`
        : sql<SqlBool>`${id} = ${scope.userId}`;
    case 'own':
      return sql<SqlBool>`${id} = ${scope.userId}`;
  }
}

/** Whether the actor may review an author's flags: the author's supervisor, regional manager, a director or an admin — never the author. */
export function canReview(actor: Actor, author: { id: string; teamId: string | null; region: string | null }): boolean {
  if (actor.id === author.id) return false;
  switch (actor.role) {
    case 'director':
    case 'admin':
      return true;
    case 'regional_manager':
      return actor.scope.region !== null && author.region === actor.scope.region;
    case 'supervisor':
      return author.teamId !== null && actor.scope.teamIds.includes(author.teamId);
    default:
      return false;
  }
}
