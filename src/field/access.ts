import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Actor } from '../core/auth/actor.js';

/**
 * Who sees a rep's positions (check-ins) and visit plans: the rep, and the rep's managers — the
 * supervisor of the rep's team (and of the teams above it), the regional manager of the rep's
 * region, directors and admins. Nobody else: a peer rep, product, finance or delivery sees none,
 * whatever their data scope over customers (location is personal information).
 *
 * `repColumn` is the SQL column holding the rep's user id.
 */
export function repVisible(actor: Actor, repColumn: string): RawBuilder<SqlBool> {
  const rep = sql.ref(repColumn);
  const self = sql<SqlBool>`${rep} = ${actor.id}`;
  switch (actor.role) {
    case 'admin':
    case 'director':
      return sql<SqlBool>`true`;
    case 'regional_manager':
      if (actor.scope.region === null) return self;
      return sql<SqlBool>`(${self} or ${rep} in (select u.id from users u left join teams t on t.id = u.team_id where coalesce(t.region, u.region) = ${actor.scope.region}))`;
    case 'supervisor':
      if (actor.scope.teamIds.length === 0) return self;
      return sql<SqlBool>`(${self} or ${rep} in (select u.id from users u where u.team_id in (${sql.join(actor.scope.teamIds)})))`;
    default:
      return self;
  }
}

/** Whether the actor manages others' field work (sees their positions): the map's reps layer beyond oneself. */
export const managesReps = (actor: Actor) => ['admin', 'director', 'regional_manager', 'supervisor'].includes(actor.role);
