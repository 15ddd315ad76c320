import { sql } from 'kysely';
import { on } from '../core/events/subscriber.js';

/**
 * A contact's WeCom external user id maps that contact to the customer, as the identities route
 * does: the mapping is written (or moved to this customer) and the contact's archived messages are
 * linked to it.
 */
export const mapContactExternalId = on('contact.saved', 'maps the contact’s WeCom external user id to the customer', async (trx, event, ctx) => {
  const externalId = event.wecomExternalUserId;
  if (!externalId) return;
  const now = ctx.clock.now();
  await trx
    .insertInto('chat_external_contacts')
    .values({ external_user_id: externalId, customer_id: event.customerId, name: null, updated_at: now })
    .onConflict((oc) => oc.column('external_user_id').doUpdateSet({ customer_id: event.customerId, updated_at: now }))
    .execute();
  await sql`
    update chat_messages set customer_id = ${event.customerId}
    where external_id = ${externalId} and customer_id is distinct from ${event.customerId}`.execute(trx);
});
