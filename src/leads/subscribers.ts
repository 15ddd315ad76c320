import { on } from '../core/events/subscriber.js';
import { respondedChanges } from './lead.service.js';

/**
 * A follow-up on a lead: the lead is contacted (first contact stamped once), a qualifying channel
 * answers its response clock, and its next follow-up is the one this entry plans (or none).
 */
export const touchLeadOnFollowup = on(
  'followup.created',
  'stamps first contact, answers the response clock, sets last activity and the next follow-up',
  async (trx, event, ctx) => {
    if (!event.leadId) return;
    const at = new Date(event.createdAt);
    const next = event.nextFollowUpAt ? new Date(event.nextFollowUpAt) : null;
    const { document } = await ctx.playbook.active(trx);
    const answers = document.sla.qualifyingChannels.includes(event.channel);
    // One statement (SET expressions read the row as it was): the touch, the first contact once,
    // and, for a qualifying channel, the answer to the response clock (as `markResponded`).
    await trx
      .updateTable('leads')
      .set((eb) => ({
        last_activity_at: at,
        updated_at: at,
        next_follow_up_at: next,
        first_contact_at: eb.fn.coalesce('first_contact_at', eb.val(at)),
        status: eb.case().when('first_contact_at', 'is', null).then('contacted').else(eb.ref('status')).end(),
        ...(answers ? respondedChanges(eb, at) : {}),
      }))
      .where('id', '=', event.leadId)
      .execute();
  },
);
