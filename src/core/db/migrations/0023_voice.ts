import type { Kysely } from 'kysely';
import { runScript } from '../run-script.js';

/**
 * 语音跟进: transcriptions of uploaded recordings (a queued job lives here until it is done, and a
 * failed one keeps its recording and is retried), and the customer concerns a rep confirmed on a
 * follow-up.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table transcriptions (
      id uuid primary key,
      file_id uuid not null references files(id) on delete cascade,
      requested_by uuid not null references users(id),
      -- queued → running → done | failed (failed ones are retried until attempts run out)
      status text not null check (status in ('queued', 'running', 'done', 'failed')),
      provider text not null,
      language text not null,
      text text,
      segments jsonb not null default '[]',
      detected_language text,
      error text,
      attempts integer not null default 0,
      next_attempt_at timestamptz,
      claimed_at timestamptz,
      followup_id uuid references followups(id),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      completed_at timestamptz
    );
    create index transcriptions_file_idx on transcriptions (file_id);
    create index transcriptions_due_idx on transcriptions (next_attempt_at) where status in ('queued', 'failed', 'running');
    create table followup_concerns (
      followup_id uuid not null references followups(id),
      category text not null,
      created_at timestamptz not null,
      primary key (followup_id, category)
    );
    `,
  );
}
