import type { Kysely } from 'kysely';
import { runScript } from '../run-script.js';

/** Operations: the dead letters per channel are counted on every metrics scrape. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create index outbox_dead_idx on outbox(channel) where status = 'dead';
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The operations migration cannot be reverted');
}
