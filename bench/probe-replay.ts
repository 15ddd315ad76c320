/**
 * Replays the 防伪跟进 probe of `POST /api/v1/followups` with many concurrent clients against an
 * existing data set, to compare index or setting changes on the full-scale data without a whole
 * benchmark run:
 *
 *   npm run bench:data -- --database-url postgres://postgres@127.0.0.1:PORT/spm   # once, ~15 min
 *   npx tsx bench/probe-replay.ts --database-url postgres://postgres@127.0.0.1:PORT/spm [--conn 50] [--seconds 40] [--warm 20] [--explain 3]
 *
 * Each call is one transaction with the live check's statement minus the fingerprint insert (its
 * foreign key wants a stored follow-up): the 16 bucket rows inserted, the probe and its candidates'
 * fingerprints (`candidatesSql`, the live SQL), and the author's burst window. Texts come from the
 * benchmark's generator, authors are random sales reps of the data set. Per-call buffers and I/O
 * come from `pg_stat_statements` (the extension must exist in the `postgres` database, as in the
 * benchmark's cluster). It writes bucket rows: use a throwaway copy of the data.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { candidatesSql, PER_BUCKET_LIMIT } from '../src/authenticity/checks.js';
import { fingerprint, type Fingerprint } from '../src/authenticity/minhash.js';
import { connectDatabase } from '../src/core/db/connect.js';
import { defaultAuthenticity } from '../src/core/playbook/schema.js';
import { randomFollowup } from './generate.js';
import { parseArgs } from './lib/args.js';
import { Rng } from './lib/prng.js';

const args = parseArgs(process.argv.slice(2));
const url = args['database-url'];
if (!url) throw new Error('--database-url is required (a database loaded by npm run bench:data)');
const CONN = Number(args.conn ?? 50);
const SECONDS = Number(args.seconds ?? 40);
const WARM = Number(args.warm ?? 20);
const EXPLAIN = Number(args.explain ?? 0);

const handle = await connectDatabase({ databaseUrl: url, poolSize: CONN });
const db = handle.db;
const admin = new pg.Pool({ connectionString: url.replace(/\/[^/?]+(\?|$)/, '/postgres$1'), max: 1 });

const reps = await db.selectFrom('users').select(['id', 'team_id']).where('role', '=', 'sales').where('active', '=', true).execute();
if (reps.length === 0) throw new Error('no sales reps: load the data set with npm run bench:data first');
const rng = new Rng(4242);
const samples: { authorId: string; teamKey: string; print: Fingerprint }[] = [];
for (let i = 0; i < 20_000; i++) {
  const rep = reps[rng.int(0, reps.length - 1)];
  samples.push({ authorId: rep.id, teamKey: rep.team_id ?? rep.id, print: fingerprint(randomFollowup(rng).content) });
}
let next = 0;

/** The statement of one check, as the live one minus the fingerprint insert. */
function statement() {
  const s = samples[next++ % samples.length];
  const id = randomUUID();
  const now = new Date();
  const probe = candidatesSql({ id, teamKey: s.teamKey, print: s.print, createdAt: now, lookbackDays: defaultAuthenticity.lookbackDays })!;
  const rows = s.print.buckets.map((bucket, band) => sql`(${band}::smallint, ${bucket}::integer, ${s.teamKey}::uuid, ${now}, ${id}::uuid)`);
  const burstSince = new Date(now.getTime() - defaultAuthenticity.burst.windowMinutes * 60_000);
  return sql`with new_lsh as (insert into followup_lsh_buckets (band, bucket, team_key, created_at, followup_id) values ${sql.join(rows)} returning 1),
    ${probe.with}
    select (select coalesce(json_agg(s), '[]'::json) from (${probe.select}) s) as candidates,
      (select coalesce(json_agg(r), '[]'::json) from (
        select id, created_at from followups where author_id = ${s.authorId} and created_at > ${burstSince} and created_at <= ${now}
        order by created_at desc limit 201) r) as recent`;
}

for (let i = 0; i < EXPLAIN; i++) {
  const plan = await db
    .transaction()
    .execute(async (trx) => {
      const { rows } = await sql<Record<string, string>>`explain (analyze, buffers, costs off) ${statement()}`.execute(trx);
      throw Object.assign(new Error('rollback'), { plan: rows.map((r) => Object.values(r)[0]).join('\n') });
    })
    .catch((e: { plan?: string }) => e.plan);
  console.log(`${plan}\n`);
}

async function run(seconds: number): Promise<number> {
  const end = Date.now() + seconds * 1000;
  let calls = 0;
  await Promise.all(
    Array.from({ length: CONN }, async () => {
      while (Date.now() < end) {
        await db.transaction().execute((trx) => statement().execute(trx));
        calls++;
      }
    }),
  );
  return calls;
}

await run(WARM);
await admin.query('select pg_stat_statements_reset()');
const started = Date.now();
const calls = await run(SECONDS);
const elapsed = (Date.now() - started) / 1000;
const { rows } = await admin.query<Record<string, string | null>>(
  `select sum(calls) as calls, sum(total_exec_time) / sum(calls) as mean_ms,
     sum(shared_blks_hit)::float8 / sum(calls) as hit, sum(shared_blks_read)::float8 / sum(calls) as read,
     sum(shared_blks_dirtied)::float8 / sum(calls) as dirtied, sum(wal_fpi)::float8 / sum(calls) as wal_fpi,
     sum(blk_read_time + blk_write_time) / sum(calls) as io_ms
   from pg_stat_statements where query like 'with new_lsh as%'`,
);
const n = (v: string | null | undefined) => Math.round(Number(v ?? 0) * 10) / 10;
console.log(
  JSON.stringify({
    connections: CONN,
    perBucketLimit: PER_BUCKET_LIMIT,
    checksPerSecond: n(String(calls / elapsed)),
    meanMs: n(rows[0].mean_ms),
    blocksHit: n(rows[0].hit),
    blocksRead: n(rows[0].read),
    dirtied: n(rows[0].dirtied),
    walFullPageImages: n(rows[0].wal_fpi),
    ioMs: n(rows[0].io_ms),
  }),
);
await admin.end();
await handle.close();
