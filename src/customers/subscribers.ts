import { on } from '../core/events/subscriber.js';

/**
 * A follow-up on the customer or one of its opportunities: the customer's last activity. A
 * follow-up on the customer itself also sets its next follow-up (the one this entry plans, or none).
 */
export const touchCustomerOnFollowup = on('followup.created', 'sets last activity (and the next follow-up for its own follow-ups)', async (trx, event) => {
  if (!event.customerId) return;
  const at = new Date(event.createdAt);
  await trx
    .updateTable('customers')
    .set(
      event.opportunityId
        ? { last_activity_at: at }
        : { last_activity_at: at, updated_at: at, next_follow_up_at: event.nextFollowUpAt ? new Date(event.nextFollowUpAt) : null },
    )
    .where('id', '=', event.customerId)
    .execute();
});
