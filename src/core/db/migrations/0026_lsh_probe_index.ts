import type { Kysely } from 'kysely';
import { runScript } from '../run-script.js';

/**
 * The 防伪跟进 probe reads the follow-up ids of up to 100 bucket rows per band. The index it had
 * held everything but the id, so every row the probe read cost a visit to the table: at 5,000,000
 * follow-ups (80,000,000 bucket rows) about 94 blocks from outside the buffer cache per follow-up.
 * The id is now carried in the index (an index-only scan reads no table page of a row the last
 * vacuum saw): 26 blocks in the same measurement, and the table is no longer part of what the
 * check needs in memory. Bucket rows are only ever inserted, so vacuum is asked to run after 2 % new
 * rows instead of 20 %: rows it has not seen yet still cost a table visit.
 * Building the index on a large table takes a while (2.3 min for 80,000,000 rows on 2 cores) and
 * holds back follow-up writes meanwhile: see the release notes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create index followup_lsh_buckets_probe_idx on followup_lsh_buckets(band, bucket, team_key, created_at desc) include (followup_id);
    drop index followup_lsh_buckets_idx;
    alter table followup_lsh_buckets set (autovacuum_vacuum_insert_scale_factor = 0.02);
    `,
  );
}
