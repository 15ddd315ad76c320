import { sql } from 'kysely';
import { recordAudit } from '../core/audit/audit.js';
import type { AppContext } from '../core/context.js';
import { invalidReference, notFound } from '../core/http/errors.js';

export interface IdentitiesInput {
  staff: { wecomUserId: string; userId: string }[];
  externalContacts: { externalUserId: string; customerId: string; name?: string | null }[];
}

/**
 * Upserts both mappings (the last entry of a repeated id wins) and links the messages already
 * archived for those ids to their rep and customer.
 */
export async function upsertIdentities(ctx: AppContext, actorId: string | null, input: IdentitiesInput): Promise<{ staff: number; externalContacts: number }> {
  const staff = [...new Map(input.staff.map((s) => [s.wecomUserId, s])).values()];
  const contacts = [...new Map(input.externalContacts.map((c) => [c.externalUserId, c])).values()];
  const userIds = [...new Set(staff.map((s) => s.userId))];
  const customerIds = [...new Set(contacts.map((c) => c.customerId))];
  const [users, customers] = await Promise.all([
    userIds.length
      ? ctx.db
          .selectFrom('users')
          .select('id')
          .where(sql<boolean>`id = any(${userIds}::uuid[])`)
          .execute()
      : Promise.resolve([]),
    customerIds.length
      ? ctx.db
          .selectFrom('customers')
          .select('id')
          .where(sql<boolean>`id = any(${customerIds}::uuid[])`)
          .execute()
      : Promise.resolve([]),
  ]);
  const knownUsers = new Set(users.map((u) => u.id));
  const knownCustomers = new Set(customers.map((c) => c.id));
  const badStaff = input.staff.findIndex((s) => !knownUsers.has(s.userId));
  if (badStaff >= 0) throw invalidReference(`staff[${badStaff}].userId`);
  const badContact = input.externalContacts.findIndex((c) => !knownCustomers.has(c.customerId));
  if (badContact >= 0) throw invalidReference(`externalContacts[${badContact}].customerId`);

  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    if (staff.length) {
      await trx
        .insertInto('chat_staff_identities')
        .values(staff.map((s) => ({ wecom_user_id: s.wecomUserId, user_id: s.userId, updated_at: now })))
        .onConflict((oc) =>
          oc.column('wecom_user_id').doUpdateSet((eb) => ({ user_id: eb.ref('excluded.user_id'), updated_at: eb.ref('excluded.updated_at') })),
        )
        .execute();
      const ids = staff.map((s) => s.wecomUserId);
      await sql`
        update chat_messages m set user_id = s.user_id
        from chat_staff_identities s
        where s.wecom_user_id = any(${ids}::text[]) and m.staff_id = s.wecom_user_id and m.user_id is distinct from s.user_id`.execute(trx);
    }
    if (contacts.length) {
      await trx
        .insertInto('chat_external_contacts')
        .values(contacts.map((c) => ({ external_user_id: c.externalUserId, customer_id: c.customerId, name: c.name ?? null, updated_at: now })))
        .onConflict((oc) =>
          oc.column('external_user_id').doUpdateSet((eb) => ({
            customer_id: eb.ref('excluded.customer_id'),
            name: eb.ref('excluded.name'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute();
      const ids = contacts.map((c) => c.externalUserId);
      await sql`
        update chat_messages m set customer_id = c.customer_id
        from chat_external_contacts c
        where c.external_user_id = any(${ids}::text[]) and m.external_id = c.external_user_id and m.customer_id is distinct from c.customer_id`.execute(trx);
    }
    await recordAudit(trx, ctx.clock, {
      actorId,
      action: 'chat.identities',
      entityType: 'chat_archive',
      entityId: null,
      data: {
        staff: staff.map((s) => ({ wecomUserId: s.wecomUserId, userId: s.userId })),
        externalContacts: contacts.map((c) => ({ externalUserId: c.externalUserId, customerId: c.customerId })),
      },
    });
  });
  return { staff: staff.length, externalContacts: contacts.length };
}

/** Both mappings, and the ids seen in the archive that no mapping names yet (most messages first). */
export async function listIdentities(ctx: AppContext) {
  const [staff, contacts, unmatchedStaff, unmatchedContacts] = await Promise.all([
    ctx.db
      .selectFrom('chat_staff_identities as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .select(['s.wecom_user_id', 's.user_id', 'u.display_name', 's.updated_at'])
      .orderBy('s.wecom_user_id')
      .execute(),
    ctx.db
      .selectFrom('chat_external_contacts as c')
      .innerJoin('customers as k', 'k.id', 'c.customer_id')
      .leftJoin('chat_consents as cs', 'cs.external_user_id', 'c.external_user_id')
      .select(['c.external_user_id', 'c.customer_id', 'k.name as customer_name', 'c.name', 'c.updated_at', 'cs.state as consent'])
      .orderBy('c.external_user_id')
      .execute(),
    sql<{ id: string; messages: number; last_seen: Date }>`
      select m.staff_id as id, count(*)::int as messages, max(m.msgtime) as last_seen
      from chat_messages m
      where m.staff_id is not null and not exists (select 1 from chat_staff_identities s where s.wecom_user_id = m.staff_id)
      group by m.staff_id order by messages desc, id limit 500`.execute(ctx.db),
    sql<{ id: string; messages: number; last_seen: Date }>`
      select m.external_id as id, count(*)::int as messages, max(m.msgtime) as last_seen
      from chat_messages m
      where m.external_id is not null and not exists (select 1 from chat_external_contacts c where c.external_user_id = m.external_id)
      group by m.external_id order by messages desc, id limit 500`.execute(ctx.db),
  ]);
  return { staff, contacts, unmatchedStaff: unmatchedStaff.rows, unmatchedContacts: unmatchedContacts.rows };
}

/** Removes one mapping; the messages it linked stay archived, no longer linked to that rep or customer. */
export async function removeIdentity(ctx: AppContext, actorId: string | null, kind: 'staff' | 'externalContact', id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    if (kind === 'staff') {
      const removed = await trx.deleteFrom('chat_staff_identities').where('wecom_user_id', '=', id).returning('user_id').executeTakeFirst();
      if (!removed) throw notFound('chatIdentity');
      await trx.updateTable('chat_messages').set({ user_id: null }).where('staff_id', '=', id).execute();
      await recordAudit(trx, ctx.clock, {
        actorId,
        action: 'chat.identity.remove',
        entityType: 'chat_archive',
        entityId: null,
        data: { wecomUserId: id, userId: removed.user_id },
      });
    } else {
      const removed = await trx.deleteFrom('chat_external_contacts').where('external_user_id', '=', id).returning('customer_id').executeTakeFirst();
      if (!removed) throw notFound('chatIdentity');
      await trx.updateTable('chat_messages').set({ customer_id: null }).where('external_id', '=', id).execute();
      await recordAudit(trx, ctx.clock, {
        actorId,
        action: 'chat.identity.remove',
        entityType: 'chat_archive',
        entityId: null,
        data: { externalUserId: id, customerId: removed.customer_id },
      });
    }
  });
}
