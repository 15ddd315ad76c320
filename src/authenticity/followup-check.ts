import { recordAuditBatch } from '../core/audit/audit.js';
import { on } from '../core/events/subscriber.js';
import type { FollowupFlagged } from '../core/events/catalog.js';
import { checkFollowup } from './checks.js';
import { flagRuleOf } from './flag-rules.js';

/**
 * 防伪跟进 on every new follow-up, in its transaction: the near-duplicate and burst checks store the
 * fingerprint and any flags, audit them, and publish `followup.flagged` for each follow-up that got
 * a new flag (the new entry, or earlier entries its burst now includes).
 */
export const checkNewFollowup = on('followup.created', 'fingerprints the text, flags near-duplicates and bursts', async (trx, event, ctx) => {
  const { version, document } = await ctx.playbook.active(trx);
  const { stored } = await checkFollowup(
    trx,
    {
      id: event.followupId,
      authorId: event.authorId,
      teamId: event.authorTeamId,
      content: event.content,
      createdAt: new Date(event.createdAt),
      excludeIds: event.correctsId ? [event.correctsId] : [],
    },
    { policy: document.authenticity, timeZone: document.sla.businessHours.timeZone, playbookVersion: version },
  );
  if (stored.length === 0) return;
  const byFollowup = new Map<string, typeof stored>();
  for (const flag of stored) byFollowup.set(flag.followupId, [...(byFollowup.get(flag.followupId) ?? []), flag]);
  await recordAuditBatch(
    trx,
    ctx.clock,
    [...byFollowup].map(([followupId, flags]) => ({
      actorId: null,
      action: 'followup.flag',
      entityType: 'followup',
      entityId: followupId,
      data: {
        flags: flags.map((f) => `${f.kind}:${f.reason}`),
        rules: [...new Set(flags.map((f) => flagRuleOf(f.kind, f.reason)))],
        triggeredBy: event.followupId,
        playbookVersion: version,
      },
    })),
  );
  const flagged: FollowupFlagged[] = [...byFollowup].map(([followupId, flags]) => ({
    followupId,
    authorId: event.authorId,
    flags: flags.map((f) => ({ kind: f.kind, reason: f.reason, matchedFollowupId: f.matchedFollowupId, similarity: f.similarity })),
    triggeredBy: event.followupId,
    flaggedAt: event.createdAt,
  }));
  await ctx.events.publishAll(trx, 'followup.flagged', flagged);
});
