import { recordAudit } from '../core/audit/audit.js';
import type { AppContext } from '../core/context.js';
import type { DailyRule } from '../core/scheduler/time-rule.js';
import { removeFiles } from './ingest.service.js';

const DAY = 86_400_000;

/**
 * 会话存档保留期: every working day at the playbook's `chatArchive.purgeAt`, messages sent more than
 * `chatArchive.retentionDays` ago are deleted with their media and recalls (the ingestion skips
 * such old messages, so a replayed export does not bring them back). Consent history stays: it
 * decides what may be kept.
 */
export function retentionRule(ctx: AppContext): DailyRule {
  return {
    kind: 'daily',
    id: 'chat-retention',
    name: '会话存档保留期清理',
    at: async () => (await ctx.playbook.active()).document.chatArchive.purgeAt,
    run: async (slot) => {
      const { document } = await ctx.playbook.active();
      const days = document.chatArchive.retentionDays;
      const cutoff = new Date(slot.now.getTime() - days * DAY);
      const outcome = await ctx.db.transaction().execute(async (trx) => {
        if (!(await ctx.scheduler.claimSlot(trx, 'chat-retention', slot.date, { retentionDays: days, cutoff: cutoff.toISOString() }))) return null;
        const media = await trx
          .deleteFrom('chat_media')
          .where('msgid', 'in', (eb) => eb.selectFrom('chat_messages').select('msgid').where('msgtime', '<', cutoff))
          .returning('storage_path')
          .execute();
        const deleted = await trx.deleteFrom('chat_messages').where('msgtime', '<', cutoff).executeTakeFirst();
        await trx.deleteFrom('chat_recalls').where('at', '<', cutoff).execute();
        const messages = Number(deleted.numDeletedRows);
        if (messages > 0)
          await recordAudit(trx, ctx.clock, {
            actorId: null,
            action: 'chat.retention',
            entityType: 'chat_archive',
            entityId: null,
            data: { retentionDays: days, cutoff: cutoff.toISOString(), messages, media: media.length },
          });
        return { messages, files: media.map((m) => m.storage_path) };
      });
      if (!outcome) return 0;
      await removeFiles(ctx, outcome.files);
      return outcome.messages;
    },
  };
}
