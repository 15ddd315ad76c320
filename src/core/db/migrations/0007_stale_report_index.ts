import type { Kysely } from 'kysely';
import { runScript } from '../run-script.js';

/**
 * The 断点清单 counts by region, product line and owner over every stale record: the activity
 * indexes carry those columns (and the team, for team-scoped readers) so the count is an
 * index-only scan instead of a heap visit per row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    drop index leads_activity_idx;
    create index leads_activity_idx on leads(last_activity_at) include (region, product_line, owner_id, team_id) where status in ('new','contacted','qualified');
    drop index opportunities_activity_idx;
    create index opportunities_activity_idx on opportunities(last_activity_at) include (region, product_line, owner_id, team_id) where status = 'open';
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The stale-report index migration cannot be reverted');
}
