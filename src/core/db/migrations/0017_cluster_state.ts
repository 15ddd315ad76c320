import type { Kysely } from 'kysely';
import { runScript } from '../run-script.js';

/**
 * State every app node shares and reads from the database rather than from its own memory: the
 * time machine's clock (TIME_MACHINE=1), so moving it moves every node's clock.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table cluster_state (
      key text primary key,
      value jsonb not null,
      updated_at timestamptz not null
    );
    `,
  );
}
