import { on } from '../core/events/subscriber.js';

/** A follow-up on an opportunity: its last activity, and its next follow-up is the one this entry plans (or none). */
export const touchOpportunityOnFollowup = on('followup.created', 'sets last activity and the next follow-up', async (trx, event) => {
  if (!event.opportunityId) return;
  const at = new Date(event.createdAt);
  await trx
    .updateTable('opportunities')
    .set({ last_activity_at: at, updated_at: at, next_follow_up_at: event.nextFollowUpAt ? new Date(event.nextFollowUpAt) : null })
    .where('id', '=', event.opportunityId)
    .execute();
});
