import type { Kysely } from 'kysely';
import { runScript } from '../run-script.js';

/**
 * Audit entries are written in the transaction of their change into a queue and linked into the
 * hash chain by one writer shortly after: the chain no longer serialises every write of the app.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table audit_pending (
      id bigserial primary key,
      at timestamptz not null,
      actor_id uuid,
      action text not null,
      entity_type text not null,
      entity_id text,
      data jsonb not null
    );
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The audit queue migration cannot be reverted');
}
