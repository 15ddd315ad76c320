import { storedFingerprint } from './minhash.js';

/**
 * The rows the near-duplicate index stores for a follow-up, free of I/O: one fingerprint (the
 * normalised text, for the exact Jaccard) and one LSH bucket per band. The live check, the
 * backfill rule and the benchmark's bulk generator all build them here, so every stored
 * follow-up is comparable in the same way.
 */
export interface FollowupText {
  id: string;
  authorId: string;
  /** Whose texts it is compared with: the author's team, or the author alone without one (`teamKeyOf`). */
  teamKey: string;
  content: string;
  createdAt: Date;
}

export interface FingerprintRow {
  followupId: string;
  authorId: string;
  teamKey: string;
  normalized: string;
  createdAt: Date;
}

export interface BucketRow {
  band: number;
  bucket: number;
  teamKey: string;
  createdAt: Date;
  followupId: string;
}

export const teamKeyOf = (teamId: string | null, authorId: string): string => teamId ?? authorId;

/** The rows of one follow-up (pass the fingerprint if it was already computed for the lookup). */
export function fingerprintRowsOf(
  followup: FollowupText,
  print: { normalized: string; buckets: number[] } = storedFingerprint(followup.content),
): { fingerprint: FingerprintRow; buckets: BucketRow[] } {
  return {
    fingerprint: {
      followupId: followup.id,
      authorId: followup.authorId,
      teamKey: followup.teamKey,
      normalized: print.normalized,
      createdAt: followup.createdAt,
    },
    buckets: print.buckets.map((bucket, band) => ({ band, bucket, teamKey: followup.teamKey, createdAt: followup.createdAt, followupId: followup.id })),
  };
}

/** The rows of many follow-ups, for bulk inserts. */
export function fingerprintRows(followups: readonly FollowupText[]): { fingerprints: FingerprintRow[]; buckets: BucketRow[] } {
  const fingerprints: FingerprintRow[] = [];
  const buckets: BucketRow[] = [];
  for (const followup of followups) {
    const rows = fingerprintRowsOf(followup);
    fingerprints.push(rows.fingerprint);
    for (const b of rows.buckets) buckets.push(b);
  }
  return { fingerprints, buckets };
}
