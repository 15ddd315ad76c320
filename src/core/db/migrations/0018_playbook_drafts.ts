import type { Kysely } from 'kysely';
import { runScript } from '../run-script.js';

/** The playbook draft: edits wait here, are previewed against the current data, then published as a version. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    -- One shared draft (id 'main'), based on the version it was started from.
    create table playbook_drafts (
      id text primary key,
      document jsonb not null,
      base_version integer not null,
      updated_by uuid references users(id) on delete set null,
      updated_at timestamptz not null
    );
    `,
  );
}
