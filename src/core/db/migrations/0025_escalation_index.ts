import type { Kysely } from 'kysely';
import { runScript } from '../run-script.js';

/**
 * The second escalation's claim (`lead-response-escalation`) looks for breached leads still at the
 * first level, unanswered, whose next escalation is due. The index it had covered every breached
 * lead, so each tick walked all leads ever escalated twice or answered late (at 1,000,000 leads:
 * 34,000 buffers read to find nothing due). The new index holds only the leads the claim can fire.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create index leads_escalation_due_idx on leads(next_escalation_at)
      where sla_status = 'breached' and escalation_level = 1 and responded_at is null;
    drop index leads_escalation_idx;
    `,
  );
}
