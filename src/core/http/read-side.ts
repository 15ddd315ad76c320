import type { FastifyReply } from 'fastify';
import type { AppContext } from '../context.js';

/**
 * The context a report, analytics or export route reads through: the read replica's
 * (DATABASE_READ_URL) when it is reachable and no staler than DATABASE_READ_MAX_LAG_MS, otherwise
 * the primary's. Only for reads: anything that writes (an audit entry, a claim) or must see the
 * caller's own latest writes keeps using `ctx`. The answer says where it was read
 * (`x-read-source: replica | primary`) and, from the replica, how old its data is
 * (`x-data-lag-ms`), so pages can say so when it is more than a few seconds.
 */
export async function readContext(ctx: AppContext, reply: FastifyReply): Promise<AppContext> {
  if (!ctx.replica) return ctx;
  const freshness = await ctx.replica.freshness();
  if (!freshness.reachable || freshness.lagMs > ctx.config.readMaxLagMs) {
    if (freshness.reachable) ctx.log.warn({ lagMs: freshness.lagMs }, 'read replica too far behind: reading from the primary');
    reply.header('x-read-source', 'primary');
    return ctx;
  }
  reply.header('x-read-source', 'replica').header('x-data-lag-ms', String(Math.round(freshness.lagMs)));
  return { ...ctx, db: ctx.replica.db };
}
