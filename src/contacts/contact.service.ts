import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { recordAudit } from '../core/audit/audit.js';
import type { Actor } from '../core/auth/actor.js';
import { inScope } from '../core/auth/scope.js';
import type { AppContext } from '../core/context.js';
import type { DB } from '../core/db/schema.js';
import { AppError, notFound } from '../core/http/errors.js';
import type { ContactInput, ContactRow, ContactUpdate } from './contact.model.js';

/** The customer, if the actor may see it. */
export async function assertVisibleCustomer(ctx: AppContext, actor: Actor, customerId: string): Promise<void> {
  const found = await ctx.db.selectFrom('customers').select('id').where('id', '=', customerId).where(inScope(actor.scope, 'customers')).executeTakeFirst();
  if (!found) throw notFound('customer');
}

/** A contact whose customer the actor may see. */
export async function findVisibleContact(ctx: AppContext, actor: Actor, id: string): Promise<ContactRow> {
  const contact = await ctx.db
    .selectFrom('contacts')
    .innerJoin('customers', 'customers.id', 'contacts.customer_id')
    .selectAll('contacts')
    .where('contacts.id', '=', id)
    .where(inScope(actor.scope, 'customers'))
    .executeTakeFirst();
  if (!contact) throw notFound('contact');
  return contact;
}

async function assertWecomIdFree(trx: Transaction<DB>, externalId: string | null | undefined, exceptId: string | null) {
  if (!externalId) return;
  let query = trx.selectFrom('contacts').select('id').where('wecom_external_user_id', '=', externalId);
  if (exceptId) query = query.where('id', '<>', exceptId);
  if (await query.executeTakeFirst()) throw new AppError(409, 'CONFLICT', { what: `WeCom ${externalId}` });
}

/** One primary contact per customer: making one primary releases the others first. */
async function releasePrimary(trx: Transaction<DB>, customerId: string, now: Date) {
  await trx.updateTable('contacts').set({ is_primary: false, updated_at: now }).where('customer_id', '=', customerId).where('is_primary', '=', true).execute();
}

async function publishSaved(trx: Transaction<DB>, ctx: AppContext, actor: Actor, row: ContactRow, previous: string | null) {
  await ctx.events.publish(trx, 'contact.saved', {
    contactId: row.id,
    customerId: row.customer_id,
    wecomExternalUserId: row.wecom_external_user_id,
    previousWecomExternalUserId: previous,
    actorId: actor.id,
    savedAt: row.updated_at.toISOString(),
  });
}

export async function createContact(ctx: AppContext, actor: Actor, customerId: string, input: ContactInput): Promise<string> {
  await assertVisibleCustomer(ctx, actor, customerId);
  return ctx.db.transaction().execute((trx) => writeContact(trx, ctx, actor, customerId, input));
}

/** Stores a contact of a customer the caller may see, inside the caller's transaction; returns its id. */
export async function writeContact(trx: Transaction<DB>, ctx: AppContext, actor: Actor, customerId: string, input: ContactInput): Promise<string> {
  const now = ctx.clock.now();
  await assertWecomIdFree(trx, input.wecomExternalUserId, null);
  // The first contact of a customer is its primary one.
  const existing = await trx.selectFrom('contacts').select('id').where('customer_id', '=', customerId).limit(1).executeTakeFirst();
  const primary = input.primary || !existing;
  if (primary) await releasePrimary(trx, customerId, now);
  const row: ContactRow = {
    id: randomUUID(),
    customer_id: customerId,
    name: input.name,
    title: input.title || null,
    mobile: input.mobile || null,
    wechat_id: input.wechatId || null,
    email: input.email || null,
    role: input.role,
    is_primary: primary,
    wecom_external_user_id: input.wecomExternalUserId || null,
    created_by: actor.id,
    created_at: now,
    updated_at: now,
  };
  await trx.insertInto('contacts').values(row).execute();
  await recordAudit(trx, ctx.clock, { actorId: actor.id, action: 'contact.create', entityType: 'contact', entityId: row.id, data: { ...row } });
  await publishSaved(trx, ctx, actor, row, null);
  return row.id;
}

export async function updateContact(ctx: AppContext, actor: Actor, id: string, body: ContactUpdate): Promise<void> {
  const before = await findVisibleContact(ctx, actor, id);
  const now = ctx.clock.now();
  const orNull = (value: string | null | undefined, current: string | null) => (value === undefined ? current : value || null);
  const after: ContactRow = {
    ...before,
    name: body.name ?? before.name,
    title: orNull(body.title, before.title),
    mobile: orNull(body.mobile, before.mobile),
    wechat_id: orNull(body.wechatId, before.wechat_id),
    email: orNull(body.email, before.email),
    role: body.role ?? before.role,
    is_primary: body.primary ?? before.is_primary,
    wecom_external_user_id: orNull(body.wecomExternalUserId, before.wecom_external_user_id),
    updated_at: now,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await assertWecomIdFree(trx, after.wecom_external_user_id, id);
    if (after.is_primary && !before.is_primary) await releasePrimary(trx, before.customer_id, now);
    const { id: _id, customer_id: _customer, created_by: _by, created_at: _at, ...changes } = after;
    await trx.updateTable('contacts').set(changes).where('id', '=', id).execute();
    await recordAudit(trx, ctx.clock, { actorId: actor.id, action: 'contact.update', entityType: 'contact', entityId: id, data: { changes: body } });
    await publishSaved(trx, ctx, actor, after, before.wecom_external_user_id);
  });
}

export async function deleteContact(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const before = await findVisibleContact(ctx, actor, id);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('contacts').where('id', '=', id).execute();
    await recordAudit(trx, ctx.clock, { actorId: actor.id, action: 'contact.delete', entityType: 'contact', entityId: id, data: { ...before } });
  });
}
