import type { Actor } from '../core/auth/actor.js';
import type { AppContext } from '../core/context.js';
import { authorInScope, REVIEWER_ROLES } from './access.js';

const TOP = 5;

/**
 * Flags for a home page: a rep sees the pending flags on their own follow-ups; supervisors and
 * above the pending flags they review (authors in their scope).
 */
export async function pendingFlagsFor(ctx: AppContext, actor: Actor) {
  const reviewer = REVIEWER_ROLES.includes(actor.role);
  if (!reviewer && actor.role !== 'sales') return null;
  const base = ctx.db
    .selectFrom('followup_flags as ff')
    .innerJoin('users as au', 'au.id', 'ff.author_id')
    .leftJoin('teams as at', 'at.id', 'au.team_id')
    .innerJoin('followups as f', 'f.id', 'ff.followup_id')
    .where('ff.status', '=', 'pending')
    .where((eb) => (reviewer ? authorInScope(actor.scope, 'au', 'at') : eb('ff.author_id', '=', actor.id)));
  const [count, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base
      .select([
        'ff.id',
        'ff.kind',
        'ff.reason',
        'ff.created_at',
        'f.id as followup_id',
        'f.content',
        'f.created_at as written_at',
        'au.display_name as author_name',
      ])
      .orderBy('ff.created_at', 'desc')
      .orderBy('ff.id')
      .limit(TOP)
      .execute(),
  ]);
  return {
    pending: Number(count.n),
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      reason: r.reason,
      followupId: r.followup_id,
      excerpt: r.content.slice(0, 80),
      authorName: r.author_name,
      writtenAt: r.written_at.toISOString(),
      flaggedAt: r.created_at.toISOString(),
    })),
  };
}

/** A supervisor's latest spot-check sample: its week, how many entries and how many already judged. */
export async function latestSpotCheckOf(ctx: AppContext, supervisorId: string) {
  const latest = await ctx.db
    .selectFrom('spot_checks')
    .select('week')
    .where('supervisor_id', '=', supervisorId)
    .orderBy('week', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!latest) return { week: null, total: 0, judged: 0 };
  const rows = await ctx.db.selectFrom('spot_checks').select(['verdict']).where('supervisor_id', '=', supervisorId).where('week', '=', latest.week).execute();
  return { week: latest.week, total: rows.length, judged: rows.filter((r) => r.verdict !== null).length };
}
