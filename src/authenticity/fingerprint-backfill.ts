import { sql, type Transaction } from 'kysely';
import type { AppContext } from '../core/context.js';
import type { DB } from '../core/db/schema.js';
import type { SweepRule } from '../core/scheduler/time-rule.js';
import { fingerprintRows, teamKeyOf } from './fingerprint-rows.js';

const FIRST_ID = '00000000-0000-0000-0000-000000000000';

export const BACKFILL_RULE_ID = 'authenticity-fingerprint-backfill';

export interface BackfillOptions {
  /** Follow-ups looked at per tick, in id order from where the previous tick stopped. */
  scan?: number;
  /** Follow-ups fingerprinted per transaction. */
  batch?: number;
}

/**
 * "Follow-ups without a fingerprint": follow-ups that reached the database without passing the
 * live check (data older than the authenticity tables, rows loaded by SQL) get their text
 * fingerprint and LSH buckets, so later entries are compared with them. No flags are raised for
 * the past. Idempotent: a follow-up that has a fingerprint is never touched again, and two nodes
 * fingerprinting the same follow-up store it once.
 *
 * Each tick looks at the next `scan` follow-ups in id order (an index range, whatever the table's
 * size) and fingerprints the ones without a fingerprint in batches of `batch`, each in its own
 * transaction; at the end of the table it starts over. A tick therefore costs the same on an
 * up-to-date database of millions of follow-ups as on a small one, and a follow-up inserted
 * without a fingerprint is found within one pass (table size ÷ `scan` ticks).
 */
export function fingerprintBackfillRule(ctx: AppContext, options: BackfillOptions = {}): SweepRule {
  const scan = options.scan ?? 20_000;
  const batch = options.batch ?? 1_000;
  // Where the next tick continues; per node, starting from the beginning after a restart.
  let cursor = FIRST_ID;
  return {
    kind: 'sweep',
    id: BACKFILL_RULE_ID,
    name: '防伪跟进：为缺少指纹的跟进记录补建指纹',
    run: async () => {
      const end = await ctx.db
        .selectFrom('followups')
        .select('id')
        .where('id', '>', cursor)
        .orderBy('id')
        .offset(scan - 1)
        .limit(1)
        .executeTakeFirst();
      let after = cursor;
      let total = 0;
      for (;;) {
        const done = await ctx.db.transaction().execute((trx) => fingerprintMissing(trx, after, end?.id ?? null, batch));
        total += done.count;
        if (done.last === null || done.found < batch) break;
        after = done.last;
      }
      cursor = end?.id ?? FIRST_ID;
      return total;
    },
  };
}

/** Fingerprints up to `limit` follow-ups without one in the id range (after, upTo]; reports the last one looked at. */
async function fingerprintMissing(
  trx: Transaction<DB>,
  after: string,
  upTo: string | null,
  limit: number,
): Promise<{ found: number; count: number; last: string | null }> {
  const { rows } = await sql<{ id: string; author_id: string; team_id: string | null; content: string; created_at: Date }>`
    select f.id, f.author_id, u.team_id, f.content, f.created_at
    from followups f
    join users u on u.id = f.author_id
    where f.id > ${after} ${upTo ? sql`and f.id <= ${upTo}` : sql``}
      and not exists (select 1 from followup_fingerprints fp where fp.followup_id = f.id)
    order by f.id
    limit ${limit}`.execute(trx);
  if (rows.length === 0) return { found: 0, count: 0, last: null };
  const { fingerprints, buckets } = fingerprintRows(
    rows.map((r) => ({ id: r.id, authorId: r.author_id, teamKey: teamKeyOf(r.team_id, r.author_id), content: r.content, createdAt: r.created_at })),
  );
  // Another node may have fingerprinted some meanwhile: only the ones stored here get their buckets.
  const { rows: stored } = await sql<{ followup_id: string }>`
    insert into followup_fingerprints (followup_id, author_id, team_key, normalized, created_at)
    select * from unnest(${fingerprints.map((f) => f.followupId)}::uuid[], ${fingerprints.map((f) => f.authorId)}::uuid[],
                         ${fingerprints.map((f) => f.teamKey)}::uuid[], ${fingerprints.map((f) => f.normalized)}::text[],
                         ${fingerprints.map((f) => f.createdAt.toISOString())}::timestamptz[])
    on conflict (followup_id) do nothing
    returning followup_id`.execute(trx);
  const mine = new Set(stored.map((r) => r.followup_id));
  const newBuckets = buckets.filter((b) => mine.has(b.followupId));
  if (newBuckets.length > 0)
    await sql`
      insert into followup_lsh_buckets (band, bucket, team_key, created_at, followup_id)
      select * from unnest(${newBuckets.map((b) => b.band)}::smallint[], ${newBuckets.map((b) => b.bucket)}::integer[], ${newBuckets.map((b) => b.teamKey)}::uuid[],
                           ${newBuckets.map((b) => b.createdAt.toISOString())}::timestamptz[], ${newBuckets.map((b) => b.followupId)}::uuid[])`.execute(trx);
  return { found: rows.length, count: mine.size, last: rows[rows.length - 1].id };
}
