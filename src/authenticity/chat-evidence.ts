import { randomUUID } from 'node:crypto';
import { followupsWithoutChatEvidence } from '../chat-archive/index.js';
import { recordAuditBatch } from '../core/audit/audit.js';
import { localParts, nextDate, zonedInstant } from '../core/calendar/working-time.js';
import type { AppContext } from '../core/context.js';
import type { FollowupFlagged } from '../core/events/catalog.js';
import type { DailyRule } from '../core/scheduler/time-rule.js';

export const CHAT_EVIDENCE_JOB = 'chat-evidence';
/** Follow-ups of the last week are checked: the archive of a day has arrived by the next morning. */
const LOOKBACK_DAYS = 7;
const BATCH = 5000;

/**
 * 会话存档佐证: every working morning, a follow-up on the `wechat` channel of the past week gets a
 * yellow flag (`evidence` / `no_chat_evidence`) when the WeCom archive holds no message between
 * its author and the customer on that day although the customer has archived conversations at
 * all. A flag for review, like the others; it does not count as fake until a reviewer confirms it.
 */
export function chatEvidenceRule(ctx: AppContext): DailyRule {
  return {
    kind: 'daily',
    id: CHAT_EVIDENCE_JOB,
    name: '微信跟进缺少会话存档佐证',
    at: async () => '06:30',
    run: async (slot) => {
      const { document, version } = await ctx.playbook.active();
      const timeZone = document.sla.businessHours.timeZone;
      const today = localParts(slot.now, timeZone).date;
      const from = zonedInstant(nextDate(today, -LOOKBACK_DAYS), 0, timeZone);
      const to = zonedInstant(today, 0, timeZone);
      return ctx.db.transaction().execute(async (trx) => {
        const missing = await followupsWithoutChatEvidence(trx, { from, to, timeZone, channel: 'wechat', flagKind: 'evidence', limit: BATCH });
        if (!(await ctx.scheduler.claimSlot(trx, CHAT_EVIDENCE_JOB, slot.date, { flagged: missing.length }))) return 0;
        if (missing.length === 0) return 0;
        const now = ctx.clock.now();
        const inserted = await trx
          .insertInto('followup_flags')
          .values(
            missing.map((m) => ({
              id: randomUUID(),
              followup_id: m.followupId,
              author_id: m.authorId,
              kind: 'evidence',
              reason: 'no_chat_evidence',
              details: JSON.stringify({ day: m.day, channel: 'wechat', customerId: m.customerId, customerMessages: m.customerMessages }),
              matched_followup_id: null,
              similarity: null,
              playbook_version: version,
              created_at: now,
            })),
          )
          .onConflict((oc) => oc.columns(['followup_id', 'kind', 'reason']).doNothing())
          .returning('followup_id')
          .execute();
        const fresh = new Set(inserted.map((r) => r.followup_id));
        const flagged = missing.filter((m) => fresh.has(m.followupId));
        await recordAuditBatch(
          trx,
          ctx.clock,
          flagged.map((m) => ({
            actorId: null,
            action: 'followup.flag',
            entityType: 'followup',
            entityId: m.followupId,
            data: { flags: ['evidence:no_chat_evidence'], rules: ['no_chat_evidence'], day: m.day, playbookVersion: version },
          })),
        );
        const events: FollowupFlagged[] = flagged.map((m) => ({
          followupId: m.followupId,
          authorId: m.authorId,
          flags: [{ kind: 'evidence', reason: 'no_chat_evidence', matchedFollowupId: null, similarity: null }],
          triggeredBy: m.followupId,
          flaggedAt: now.toISOString(),
        }));
        await ctx.events.publishAll(trx, 'followup.flagged', events);
        return flagged.length;
      });
    },
  };
}
