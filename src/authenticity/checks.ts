import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { formatTimeOfDay, localParts, nextDate, zonedInstant, minutesOf } from '../core/calendar/working-time.js';
import type { DB } from '../core/db/schema.js';
import type { AuthenticityPolicy } from '../core/playbook/schema.js';
import { inLocalWindow } from './calendar-weeks.js';
import { fingerprintRowsOf, teamKeyOf, type FollowupText } from './fingerprint-rows.js';
import { fingerprint, type Fingerprint } from './minhash.js';
import { jaccard, shingles } from './text.js';

const DAY_MS = 86_400_000;
/** Rows read per LSH bucket (newest first): a text pasted thousands of times cannot slow the check down. */
export const PER_BUCKET_LIMIT = 100;
/** Candidates confirmed with the exact Jaccard, most shared bands first. */
export const MAX_CANDIDATES = 20;
/** Earlier entries of one burst flagged together with the one that made it a burst. */
const MAX_BURST_MEMBERS = 200;

export type FlagKind = 'similar' | 'burst';
/** similar: copied from the author's own ('own') or a teammate's ('teammate') text; burst: 'odd_hours' or 'rate'. */
export type FlagReason = 'own' | 'teammate' | 'odd_hours' | 'rate';

export interface RaisedFlag {
  followupId: string;
  kind: FlagKind;
  reason: FlagReason;
  details: Record<string, unknown>;
  matchedFollowupId: string | null;
  similarity: number | null;
}

export interface FollowupToCheck {
  id: string;
  authorId: string;
  /** The author's team: whose texts are compared (own and teammates'). */
  teamId: string | null;
  content: string;
  createdAt: Date;
  /** Never matched against these (a correction repeats the record it corrects). */
  excludeIds?: string[];
}

export interface CheckSettings {
  policy: AuthenticityPolicy;
  timeZone: string;
  playbookVersion: number | null;
}

export interface SimilarMatch {
  followupId: string;
  authorId: string;
  authorName: string | null;
  createdAt: Date;
  similarity: number;
  sharedBands: number;
}

/**
 * Finds the most similar earlier follow-up of the same team (or the author alone without a team):
 * LSH buckets give the candidates through the (band, bucket) index, the exact Jaccard of the
 * shingle sets confirms them. Read-only; works on a transaction or the database handle.
 */
export async function findSimilar(
  db: Kysely<DB>,
  input: { id: string; teamKey: string; content: string; createdAt: Date; lookbackDays: number; excludeIds?: string[] },
): Promise<{ best: SimilarMatch | null; candidates: number }> {
  const print = fingerprint(input.content);
  return findSimilarByPrint(db, { ...input, print });
}

interface CandidateRow {
  followup_id: string;
  bands: number;
  author_id: string;
  author_name: string | null;
  created_at: Date;
  normalized: string;
}

/**
 * The candidates of a print: `select` of the rows sharing LSH buckets with it (the team's, within
 * the lookback), with their normalised texts; `with` is the CTE list it reads from (null without buckets).
 */
export function candidatesSql(input: { id: string; teamKey: string; print: Fingerprint; createdAt: Date; lookbackDays: number; excludeIds?: string[] }) {
  const { print } = input;
  if (print.buckets.length === 0) return null;
  const since = new Date(input.createdAt.getTime() - input.lookbackDays * DAY_MS);
  const probes = sql.join(print.buckets.map((bucket, band) => sql`(${band}::smallint, ${bucket}::integer)`));
  const excluded = [input.id, ...(input.excludeIds ?? [])];
  return {
    with: sql`probe(band, bucket) as (values ${probes}),
    hits as (
      select c.followup_id, count(*)::int as bands, max(c.created_at) as created_at
      from probe cross join lateral (
        select b.followup_id, b.created_at from followup_lsh_buckets b
        where b.band = probe.band and b.bucket = probe.bucket and b.team_key = ${input.teamKey} and b.created_at >= ${since}
        order by b.created_at desc
        limit ${PER_BUCKET_LIMIT}
      ) c
      where c.followup_id not in (${sql.join(excluded)})
      group by c.followup_id
      order by bands desc, created_at desc
      limit ${MAX_CANDIDATES}
    )`,
    select: sql`select h.followup_id, h.bands, fp.author_id, u.display_name as author_name, fp.created_at, fp.normalized
    from hits h
    join followup_fingerprints fp on fp.followup_id = h.followup_id
    left join users u on u.id = fp.author_id`,
  };
}

/** The closest candidate by the exact Jaccard of the shingle sets. */
function bestCandidate(print: Fingerprint, rows: CandidateRow[]): { best: SimilarMatch | null; candidates: number } {
  let best: SimilarMatch | null = null;
  for (const row of rows) {
    const similarity = jaccard(print.shingles, shingles(row.normalized));
    const better = !best || similarity > best.similarity || (similarity === best.similarity && row.created_at > best.createdAt);
    if (better)
      best = {
        followupId: row.followup_id,
        authorId: row.author_id,
        authorName: row.author_name,
        createdAt: row.created_at,
        similarity,
        sharedBands: row.bands,
      };
  }
  return { best, candidates: rows.length };
}

async function findSimilarByPrint(
  db: Kysely<DB>,
  input: { id: string; teamKey: string; print: Fingerprint; createdAt: Date; lookbackDays: number; excludeIds?: string[] },
): Promise<{ best: SimilarMatch | null; candidates: number }> {
  const candidates = candidatesSql(input);
  if (!candidates) return { best: null, candidates: 0 };
  const { rows } = await sql<CandidateRow>`with ${candidates.with} ${candidates.select}`.execute(db);
  return bestCandidate(input.print, rows);
}

/**
 * One statement for the live check: stores the fingerprint and LSH buckets of the new follow-up
 * (data-modifying CTEs), and reads its near-duplicate candidates (the statement's snapshot does
 * not see the rows it inserts, as the check before the insert did not) and the author's entries
 * within the burst window (the follow-up itself included: it was inserted before).
 */
async function storeAndProbe(
  trx: Transaction<DB>,
  followup: FollowupText,
  print: Fingerprint,
  probe: { lookbackDays: number; excludeIds?: string[]; burstSince: Date },
): Promise<{ candidates: CandidateRow[]; recent: { id: string; created_at: Date }[] }> {
  const rows = fingerprintRowsOf(followup, print);
  const f = rows.fingerprint;
  const inserts = [
    sql`new_fp as (insert into followup_fingerprints (followup_id, author_id, team_key, normalized, created_at)
      values (${f.followupId}, ${f.authorId}, ${f.teamKey}, ${f.normalized}, ${f.createdAt}) returning 1)`,
  ];
  if (rows.buckets.length > 0)
    inserts.push(
      sql`new_lsh as (insert into followup_lsh_buckets (band, bucket, team_key, created_at, followup_id)
      values ${sql.join(rows.buckets.map((b) => sql`(${b.band}, ${b.bucket}, ${b.teamKey}, ${b.createdAt}, ${b.followupId})`))} returning 1)`,
    );
  const candidates = candidatesSql({ id: followup.id, teamKey: followup.teamKey, print, createdAt: followup.createdAt, ...probe });
  const { rows: result } = await sql<{
    candidates: (Omit<CandidateRow, 'created_at'> & { created_at: string })[];
    recent: { id: string; created_at: string }[];
  }>`
    with ${sql.join(candidates ? [...inserts, candidates.with] : inserts)}
    select ${candidates ? sql`(select coalesce(json_agg(s), '[]'::json) from (${candidates.select}) s)` : sql`'[]'::json`} as candidates,
      (select coalesce(json_agg(r order by r.created_at desc), '[]'::json) from (
        select id, created_at from followups
        where author_id = ${followup.authorId} and created_at > ${probe.burstSince} and created_at <= ${followup.createdAt}
        order by created_at desc
        limit ${MAX_BURST_MEMBERS + 1}) r) as recent`.execute(trx);
  const [{ candidates: found, recent }] = result;
  return {
    candidates: found.map((c) => ({ ...c, created_at: new Date(c.created_at) })),
    recent: recent.map((r) => ({ id: r.id, created_at: new Date(r.created_at) })),
  };
}

export interface CheckResult {
  /** The flags raised on the checked follow-up. */
  raised: RaisedFlag[];
  /** Every flag this check stored: the checked follow-up's, and earlier entries newly marked as part of its burst. */
  stored: RaisedFlag[];
}

/**
 * Runs every authenticity check on a follow-up that was just inserted, inside its transaction
 * (only `trx` is used). Flags are stored, never blocking: a yellow mark a supervisor reviews.
 */
export async function checkFollowup(trx: Transaction<DB>, followup: FollowupToCheck, settings: CheckSettings): Promise<CheckResult> {
  const { policy, timeZone } = settings;
  const raised: RaisedFlag[] = [];
  const others: RaisedFlag[] = [];
  const teamKey = teamKeyOf(followup.teamId, followup.authorId);
  const print = fingerprint(followup.content);

  // One round trip: the fingerprint stored, the near-duplicate candidates and the burst window read.
  const burstSince = new Date(followup.createdAt.getTime() - policy.burst.windowMinutes * 60_000);
  const probed = await storeAndProbe(
    trx,
    { id: followup.id, authorId: followup.authorId, teamKey, content: followup.content, createdAt: followup.createdAt },
    print,
    { lookbackDays: policy.lookbackDays, excludeIds: followup.excludeIds, burstSince },
  );

  // 疑似雷同: the closest earlier text of the author or the team within the lookback.
  const { best, candidates } = bestCandidate(print, probed.candidates);
  if (best && best.similarity >= policy.similarityThreshold) {
    raised.push({
      followupId: followup.id,
      kind: 'similar',
      reason: best.authorId === followup.authorId ? 'own' : 'teammate',
      matchedFollowupId: best.followupId,
      similarity: Math.round(best.similarity * 10_000) / 10_000,
      details: {
        similarity: Math.round(best.similarity * 10_000) / 10_000,
        threshold: policy.similarityThreshold,
        matchedFollowupId: best.followupId,
        matchedAuthorId: best.authorId,
        matchedAuthorName: best.authorName,
        matchedAt: best.createdAt.toISOString(),
        lookbackDays: policy.lookbackDays,
        candidates,
        method: 'jaccard(3-char shingles), candidates by MinHash LSH 16×4',
      },
    });
  }

  // 异常时段: written at night in the playbook's time zone.
  const local = localParts(followup.createdAt, timeZone);
  if (inLocalWindow(local.msOfDay, policy.oddHours.from, policy.oddHours.to)) {
    const from = minutesOf(policy.oddHours.from) * 60_000;
    const windowDate = from > minutesOf(policy.oddHours.to) * 60_000 && local.msOfDay < from ? nextDate(local.date, -1) : local.date;
    const windowStart = zonedInstant(windowDate, from, timeZone);
    const night = await trx
      .selectFrom('followups')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('author_id', '=', followup.authorId)
      .where('created_at', '>=', windowStart)
      .where('created_at', '<=', followup.createdAt)
      .executeTakeFirstOrThrow();
    raised.push({
      followupId: followup.id,
      kind: 'burst',
      reason: 'odd_hours',
      matchedFollowupId: null,
      similarity: null,
      details: {
        localTime: formatTimeOfDay(local.msOfDay),
        localDate: local.date,
        from: policy.oddHours.from,
        to: policy.oddHours.to,
        timeZone,
        entriesInWindow: Number(night.n),
        windowStart: windowStart.toISOString(),
      },
    });
  }

  // 批量录入: more than maxEntries entries by the author within the window; the whole burst is marked.
  const recent = probed.recent;
  if (recent.length > policy.burst.maxEntries) {
    const firstAt = recent[recent.length - 1].created_at;
    const details = {
      windowMinutes: policy.burst.windowMinutes,
      maxEntries: policy.burst.maxEntries,
      count: recent.length,
      firstAt: firstAt.toISOString(),
      lastAt: followup.createdAt.toISOString(),
      triggeredBy: followup.id,
    };
    for (const r of recent) {
      const flag: RaisedFlag = { followupId: r.id, kind: 'burst', reason: 'rate', matchedFollowupId: null, similarity: null, details };
      (r.id === followup.id ? raised : others).push(flag);
    }
  }

  const all = [...raised, ...others];
  if (all.length === 0) return { raised, stored: [] };
  const inserted = await trx
    .insertInto('followup_flags')
    .values(
      all.map((f) => ({
        id: randomUUID(),
        followup_id: f.followupId,
        author_id: followup.authorId,
        kind: f.kind,
        reason: f.reason,
        details: JSON.stringify(f.details),
        matched_followup_id: f.matchedFollowupId,
        similarity: f.similarity,
        playbook_version: settings.playbookVersion,
        created_at: followup.createdAt,
      })),
    )
    // An earlier entry already marked as part of a burst keeps its first explanation.
    .onConflict((oc) => oc.columns(['followup_id', 'kind', 'reason']).doNothing())
    .returning(['followup_id', 'kind', 'reason'])
    .execute();
  const isNew = new Set(inserted.map((r) => `${r.followup_id}:${r.kind}:${r.reason}`));
  return { raised, stored: all.filter((f) => isNew.has(`${f.followupId}:${f.kind}:${f.reason}`)) };
}
