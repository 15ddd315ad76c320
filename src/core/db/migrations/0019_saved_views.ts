import type { Kysely } from 'kysely';
import { runScript } from '../run-script.js';

/** Named list views per user: a list's filters and sort, saved to apply again with one click. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table saved_views (
      id uuid primary key,
      user_id uuid not null references users(id) on delete cascade,
      list text not null,
      name text not null,
      query text not null,
      created_at timestamptz not null,
      unique (user_id, list, name)
    );
    `,
  );
}
