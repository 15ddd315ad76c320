import type { Kysely } from 'kysely';
import { runScript } from '../run-script.js';

/** Spreadsheet imports as background jobs, and each user's last column mapping per kind. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    -- One uploaded sheet: its rows as read, the mapping chosen, and the progress any node records.
    create table import_jobs (
      id uuid primary key,
      kind text not null,
      user_id uuid not null references users(id) on delete cascade,
      filename text not null,
      -- uploaded → queued → running → done | rejected (all or nothing with bad rows) | failed
      state text not null,
      mode text,
      locale text not null,
      headers jsonb not null,
      cells jsonb not null,
      mapping jsonb,
      total integer not null,
      validated integer not null default 0,
      processed integer not null default 0,
      created integer not null default 0,
      skipped integer not null default 0,
      failed integer not null default 0,
      problems jsonb not null default '[]',
      error text,
      claimed_by text,
      heartbeat_at timestamptz,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      finished_at timestamptz
    );
    create index import_jobs_user on import_jobs (user_id, created_at desc);
    create index import_jobs_waiting on import_jobs (created_at) where state in ('queued', 'running');
    create table import_mappings (
      user_id uuid not null references users(id) on delete cascade,
      kind text not null,
      mapping jsonb not null,
      updated_at timestamptz not null,
      primary key (user_id, kind)
    );
    `,
  );
}
