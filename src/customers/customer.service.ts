import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { recordAudit } from '../core/audit/audit.js';
import type { Actor } from '../core/auth/actor.js';
import { inScope, resolveOwner } from '../core/auth/scope.js';
import type { AppContext } from '../core/context.js';
import type { DB } from '../core/db/schema.js';
import { AppError, notFound } from '../core/http/errors.js';
import { toWgs84 } from '../field/index.js';
import { assertInPlaybook } from '../core/playbook/checks.js';
import { checkDuplicates, type DuplicateMatch } from '../core/duplicates/duplicates.js';
import type { CustomerInput, CustomerRow } from './customer.model.js';

export async function findVisibleCustomer(ctx: AppContext, actor: Actor, id: string, trx?: Transaction<DB>): Promise<CustomerRow> {
  const customer = await (trx ?? ctx.db)
    .selectFrom('customers')
    .leftJoin('users', 'users.id', 'customers.owner_id')
    .selectAll('customers')
    .select('users.display_name as owner_name')
    .where('customers.id', '=', id)
    .where(inScope(actor.scope, 'customers'))
    .executeTakeFirst();
  if (!customer) throw notFound('customer');
  return customer;
}

/**
 * The stored location of a customer input: lat and lng together (both null clears them), converted
 * from `coordSystem` to WGS-84; undefined when the input names no coordinates.
 */
export function locationOf(
  input: Partial<CustomerInput>,
  defaultSource: 'manual' | 'import' = 'manual',
): { lat: number | null; lng: number | null; geo_source: string | null } | undefined {
  if (input.lat === undefined && input.lng === undefined) return undefined;
  if ((input.lat ?? null) === null && (input.lng ?? null) === null) return { lat: null, lng: null, geo_source: null };
  if (input.lat === undefined || input.lat === null || input.lng === undefined || input.lng === null)
    throw new AppError(400, 'VALIDATION', { summary: 'lat / lng' }, { reason: 'lat and lng go together' });
  const point = toWgs84({ lat: input.lat, lng: input.lng }, input.coordSystem ?? 'wgs84');
  return { lat: point.lat, lng: point.lng, geo_source: input.geoSource ?? defaultSource };
}

export async function prepareCustomer(ctx: AppContext, actor: Actor, input: CustomerInput, leadId: string | null = null): Promise<CustomerRow> {
  const { document } = await ctx.playbook.active();
  assertInPlaybook(document, { region: input.region });
  const { ownerId, teamId } = await resolveOwner(ctx.db, actor, input.ownerId);
  const now = ctx.clock.now();
  const location = locationOf(input);
  return {
    id: randomUUID(),
    name: input.name,
    type: input.type,
    grade: input.grade,
    region: input.region,
    industry: input.industry || null,
    phone: input.phone || null,
    owner_id: ownerId,
    team_id: teamId,
    lead_id: leadId,
    address: input.address || null,
    lat: location?.lat ?? null,
    lng: location?.lng ?? null,
    geo_source: location?.geo_source ?? null,
    next_follow_up_at: null,
    created_at: now,
    updated_at: now,
    last_activity_at: now,
  };
}

export async function insertCustomer(
  trx: Transaction<DB>,
  ctx: AppContext,
  actor: Actor,
  row: CustomerRow,
  allowedDuplicates: DuplicateMatch[] = [],
): Promise<void> {
  const { owner_name: _ignored, ...values } = row;
  await trx.insertInto('customers').values(values).execute();
  await recordAudit(trx, ctx.clock, { actorId: actor.id, action: 'customer.create', entityType: 'customer', entityId: row.id, data: values });
  // Created although it looks like an existing record: who said so, and which records it resembles.
  if (allowedDuplicates.length > 0)
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: 'customer.duplicate_allowed',
      entityType: 'customer',
      entityId: row.id,
      data: { matches: allowedDuplicates },
    });
}

/** Creates a customer (POST /customers) unless it looks like an existing lead or customer; returns the stored row. */
export async function createCustomer(ctx: AppContext, actor: Actor, input: CustomerInput): Promise<CustomerRow> {
  const row = await prepareCustomer(ctx, actor, input);
  const duplicates = await checkDuplicates(ctx.db, actor.scope, { phone: row.phone, companyName: row.name }, input.allowDuplicate);
  await ctx.db.transaction().execute((trx) => insertCustomer(trx, ctx, actor, row, duplicates));
  return row;
}

/** Changes a customer's grade, owner or contact data. */
export async function updateCustomer(ctx: AppContext, actor: Actor, id: string, body: Partial<CustomerInput>): Promise<void> {
  const before = await findVisibleCustomer(ctx, actor, id);
  const { document } = await ctx.playbook.active();
  assertInPlaybook(document, { region: body.region });
  const owner = body.ownerId === undefined ? { ownerId: before.owner_id, teamId: before.team_id } : await resolveOwner(ctx.db, actor, body.ownerId);
  const location = locationOf(body);
  const changes = {
    name: body.name ?? before.name,
    type: body.type ?? before.type,
    grade: body.grade ?? before.grade,
    region: body.region ?? before.region,
    industry: body.industry === undefined ? before.industry : body.industry || null,
    phone: body.phone === undefined ? before.phone : body.phone || null,
    owner_id: owner.ownerId,
    team_id: owner.teamId,
    ...(body.address === undefined ? {} : { address: body.address || null }),
    ...(location ?? {}),
    updated_at: ctx.clock.now(),
  };
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('customers').set(changes).where('id', '=', before.id).execute();
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: 'customer.update',
      entityType: 'customer',
      entityId: before.id,
      data: { changes, previousGrade: before.grade },
    });
  });
}
