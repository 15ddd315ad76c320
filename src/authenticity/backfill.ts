import { sql, type Kysely } from 'kysely';
import { fingerprint } from './minhash.js';

/**
 * Fingerprints follow-ups that have none (written before the authenticity migration, or inserted
 * in bulk by an import or the demo), so later entries are compared with them. No flags are
 * raised for the past. Idempotent; returns how many follow-ups were fingerprinted.
 */
export async function backfillFingerprints(db: Kysely<any>, batchSize = 1000): Promise<number> {
  let after = '00000000-0000-0000-0000-000000000000';
  let total = 0;
  for (;;) {
    const { rows } = await sql<{ id: string; author_id: string; team_id: string | null; content: string; created_at: Date }>`
      select f.id, f.author_id, u.team_id, f.content, f.created_at
      from followups f
      join users u on u.id = f.author_id
      where f.id > ${after} and not exists (select 1 from followup_fingerprints fp where fp.followup_id = f.id)
      order by f.id
      limit ${batchSize}`.execute(db);
    if (rows.length === 0) return total;
    after = rows[rows.length - 1].id;
    total += rows.length;
    const prints = rows.map((r) => ({ row: r, print: fingerprint(r.content), teamKey: r.team_id ?? r.author_id }));
    await sql`
      insert into followup_fingerprints (followup_id, author_id, team_key, normalized, created_at)
      select * from unnest(${prints.map((p) => p.row.id)}::uuid[], ${prints.map((p) => p.row.author_id)}::uuid[], ${prints.map((p) => p.teamKey)}::uuid[],
                           ${prints.map((p) => p.print.normalized)}::text[], ${prints.map((p) => p.row.created_at.toISOString())}::timestamptz[])`.execute(db);
    const buckets = prints.flatMap((p) => p.print.buckets.map((bucket, band) => ({ band, bucket, p })));
    if (buckets.length === 0) continue;
    await sql`
      insert into followup_lsh_buckets (band, bucket, team_key, created_at, followup_id)
      select * from unnest(${buckets.map((b) => b.band)}::smallint[], ${buckets.map((b) => b.bucket)}::integer[], ${buckets.map((b) => b.p.teamKey)}::uuid[],
                           ${buckets.map((b) => b.p.row.created_at.toISOString())}::timestamptz[], ${buckets.map((b) => b.p.row.id)}::uuid[])`.execute(db);
  }
}
