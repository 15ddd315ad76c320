import { on } from '../core/events/subscriber.js';
import { markResponded } from './lead.service.js';

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
    await trx.updateTable('leads').set({ last_activity_at: at, updated_at: at, next_follow_up_at: next }).where('id', '=', event.leadId).execute();
    await trx
      .updateTable('leads')
      .set({ first_contact_at: at, status: 'contacted' })
      .where('id', '=', event.leadId)
      .where('first_contact_at', 'is', null)
      .execute();
    const { document } = await ctx.playbook.active(trx);
    if (document.sla.qualifyingChannels.includes(event.channel)) await markResponded(trx, event.leadId, at);
  },
);
