import { on } from '../core/events/subscriber.js';

const WEEK = 7 * 86_400_000;

/**
 * A `visit` follow-up of a rep on a customer completes the rep's latest check-in there that still
 * waits for one (within a week): the check-in and its visit get the follow-up's id. The follow-up
 * itself is written by the follow-ups capability, with its own evidence, as always.
 */
export const linkVisitFollowup = on('followup.created', 'links a visit follow-up to the rep’s open check-in at that customer', async (trx, event) => {
  if (event.channel !== 'visit' || !event.customerId || event.opportunityId !== null) return;
  const at = new Date(event.createdAt);
  const checkin = await trx
    .selectFrom('checkins')
    .select(['id', 'visit_id'])
    .where('rep_id', '=', event.authorId)
    .where('customer_id', '=', event.customerId)
    .where('followup_id', 'is', null)
    .where('checked_in_at', '<=', at)
    .where('checked_in_at', '>', new Date(at.getTime() - WEEK))
    .orderBy('checked_in_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!checkin) return;
  await trx.updateTable('checkins').set({ followup_id: event.followupId }).where('id', '=', checkin.id).execute();
  if (checkin.visit_id) await trx.updateTable('visits').set({ followup_id: event.followupId, updated_at: at }).where('id', '=', checkin.visit_id).execute();
});
