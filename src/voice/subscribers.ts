import { on } from '../core/events/subscriber.js';

/**
 * A follow-up was written: the customer concerns the rep confirmed are stored with it, and a
 * transcribed recording among its evidence is linked to it.
 */
export const keepVoiceTags = on('followup.created', 'stores the confirmed concerns, links the transcribed recording', async (trx, event, ctx) => {
  const concerns = [...new Set(event.concerns ?? [])];
  if (concerns.length > 0)
    await trx
      .insertInto('followup_concerns')
      .values(concerns.map((category) => ({ followup_id: event.followupId, category, created_at: new Date(event.createdAt) })))
      .execute();
  if (event.recordingIds.length > 0)
    await trx
      .updateTable('transcriptions')
      .set({ followup_id: event.followupId, updated_at: ctx.clock.now() })
      .where('file_id', 'in', event.recordingIds)
      .where('followup_id', 'is', null)
      .execute();
});
