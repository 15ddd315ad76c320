import type { Kysely } from 'kysely';
import { runScript } from '../run-script.js';

/**
 * 防伪跟进: text fingerprints and LSH buckets for the near-duplicate check, explainable flags with
 * their review, and the weekly spot checks.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    -- The normalised text of each follow-up: candidates are confirmed with the exact Jaccard of its shingles.
    create table followup_fingerprints (
      followup_id uuid primary key references followups(id),
      author_id uuid not null references users(id),
      -- The author's team when written (the author's id without a team): whose texts are compared.
      team_key uuid not null,
      normalized text not null,
      created_at timestamptz not null
    );

    -- One row per follow-up and LSH band. A lookup reads 16 short index ranges, never the table.
    create table followup_lsh_buckets (
      band smallint not null,
      bucket integer not null,
      team_key uuid not null,
      created_at timestamptz not null,
      followup_id uuid not null
    );
    create index followup_lsh_buckets_idx on followup_lsh_buckets(band, bucket, team_key, created_at desc);

    create table followup_flags (
      id uuid primary key,
      followup_id uuid not null references followups(id),
      author_id uuid not null references users(id),
      kind text not null check (kind in ('similar','burst')),
      reason text not null,
      details jsonb not null default '{}',
      matched_followup_id uuid references followups(id),
      similarity numeric(5,4),
      status text not null default 'pending' check (status in ('pending','confirmed','dismissed')),
      reviewed_by uuid references users(id),
      review_comment text,
      reviewed_at timestamptz,
      playbook_version integer,
      created_at timestamptz not null,
      unique (followup_id, kind, reason)
    );
    create index followup_flags_author_idx on followup_flags(author_id, created_at desc);
    create index followup_flags_status_idx on followup_flags(status, created_at desc);
    create index followup_flags_matched_idx on followup_flags(matched_followup_id) where matched_followup_id is not null;

    create table spot_checks (
      id uuid primary key,
      supervisor_id uuid not null references users(id),
      -- The ISO week the sample was drawn from, e.g. 2026-W49.
      week text not null,
      followup_id uuid not null references followups(id),
      position smallint not null,
      verdict text check (verdict in ('valid','invalid')),
      comment text,
      judged_at timestamptz,
      created_at timestamptz not null,
      unique (supervisor_id, week, followup_id)
    );
    create index spot_checks_followup_idx on spot_checks(followup_id);
  `,
  );
  // Follow-ups written before these tables existed get their fingerprints from the time rule
  // "follow-ups without a fingerprint" (src/authenticity/fingerprint-backfill.ts), never from a
  // migration: migrations are frozen history and import no capability code.
}

export async function down(): Promise<void> {
  throw new Error('The authenticity migration cannot be reverted');
}
