import type { Kysely } from 'kysely';
import { runScript } from '../run-script.js';

/**
 * A user outside the sales teams (delivery engineers, product, finance) can work a region without
 * belonging to a team: their regional reads follow `users.region` when they have no team.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    alter table users add column region text;
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The user region migration cannot be reverted');
}
