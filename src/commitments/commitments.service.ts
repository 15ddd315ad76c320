import { randomUUID } from 'node:crypto';
import { recordAudit } from '../core/audit/audit.js';
import type { Actor } from '../core/auth/actor.js';
import { inScope } from '../core/auth/scope.js';
import type { AppContext } from '../core/context.js';
import { AppError, notFound } from '../core/http/errors.js';

export interface CommitmentInput {
  contractId?: string | null;
  responseHours?: number | null;
  onsiteHours?: number | null;
  uptimePercent?: number | null;
  freeServices?: string[];
  notes?: string | null;
}

async function visibleCustomerId(ctx: AppContext, actor: Actor, customerId: string): Promise<string> {
  const row = await ctx.db.selectFrom('customers').select('id').where('id', '=', customerId).where(inScope(actor.scope, 'customers')).executeTakeFirst();
  if (!row) throw notFound('customer');
  return row.id;
}

async function checkContract(ctx: AppContext, customerId: string, contractId: string | null | undefined): Promise<void> {
  if (!contractId) return;
  const contract = await ctx.db.selectFrom('contracts').select('customer_id').where('id', '=', contractId).executeTakeFirst();
  if (!contract || contract.customer_id !== customerId) throw new AppError(422, 'INVALID_REFERENCE', { reason: 'contract of another customer' });
}

/** 服务承诺: what sales promised the customer (the article's 「免费部署」 case), for delivery to read. */
export async function createCommitment(ctx: AppContext, actor: Actor, customerId: string, input: CommitmentInput): Promise<string> {
  await visibleCustomerId(ctx, actor, customerId);
  await checkContract(ctx, customerId, input.contractId);
  const id = randomUUID();
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('sla_commitments')
      .values({
        id,
        customer_id: customerId,
        contract_id: input.contractId ?? null,
        response_hours: input.responseHours ?? null,
        onsite_hours: input.onsiteHours ?? null,
        uptime_percent: input.uptimePercent ?? null,
        free_services: input.freeServices ?? [],
        notes: input.notes ?? null,
        created_by: actor.id,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: 'commitment.create',
      entityType: 'customer',
      entityId: customerId,
      data: { commitmentId: id, ...input },
    });
  });
  return id;
}

async function visibleCommitment(ctx: AppContext, actor: Actor, id: string) {
  const row = await ctx.db.selectFrom('sla_commitments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('commitment');
  const visible = await ctx.db
    .selectFrom('customers')
    .select('id')
    .where('id', '=', row.customer_id)
    .where(inScope(actor.scope, 'customers'))
    .executeTakeFirst();
  if (!visible) throw notFound('commitment');
  return row;
}

export async function updateCommitment(ctx: AppContext, actor: Actor, id: string, patch: CommitmentInput): Promise<string> {
  const row = await visibleCommitment(ctx, actor, id);
  await checkContract(ctx, row.customer_id, patch.contractId);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('sla_commitments')
      .set({
        ...(patch.contractId !== undefined ? { contract_id: patch.contractId } : {}),
        ...(patch.responseHours !== undefined ? { response_hours: patch.responseHours } : {}),
        ...(patch.onsiteHours !== undefined ? { onsite_hours: patch.onsiteHours } : {}),
        ...(patch.uptimePercent !== undefined ? { uptime_percent: patch.uptimePercent } : {}),
        ...(patch.freeServices !== undefined ? { free_services: patch.freeServices } : {}),
        ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
        updated_at: ctx.clock.now(),
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: 'commitment.update',
      entityType: 'customer',
      entityId: row.customer_id,
      data: { commitmentId: id, patch },
    });
  });
  return row.customer_id;
}

export async function deleteCommitment(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const row = await visibleCommitment(ctx, actor, id);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sla_commitments').where('id', '=', id).execute();
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: 'commitment.delete',
      entityType: 'customer',
      entityId: row.customer_id,
      data: { commitmentId: id, removed: { ...row, created_at: row.created_at.toISOString(), updated_at: row.updated_at.toISOString() } },
    });
  });
}

/** 安装环境照片: an uploaded `photo` file (an image the caller uploaded) attached to the customer. */
export async function addSitePhoto(ctx: AppContext, actor: Actor, customerId: string, input: { fileId: string; caption?: string | null }): Promise<string> {
  await visibleCustomerId(ctx, actor, customerId);
  const file = await ctx.db.selectFrom('files').select(['id', 'kind', 'mime', 'uploaded_by']).where('id', '=', input.fileId).executeTakeFirst();
  if (!file || file.uploaded_by !== actor.id) throw notFound('file');
  if (file.kind !== 'photo' || !file.mime.startsWith('image/')) throw new AppError(422, 'FILE_KIND', { kind: 'photo' });
  const exists = await ctx.db.selectFrom('site_photos').select('id').where('customer_id', '=', customerId).where('file_id', '=', file.id).executeTakeFirst();
  if (exists) throw new AppError(409, 'CONFLICT', { what: '@sitePhoto' });
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('site_photos')
      .values({ id, customer_id: customerId, file_id: file.id, caption: input.caption ?? null, created_by: actor.id, created_at: ctx.clock.now() })
      .execute();
    await trx.updateTable('files').set({ attached_at: ctx.clock.now() }).where('id', '=', file.id).execute();
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: 'site_photo.add',
      entityType: 'customer',
      entityId: customerId,
      data: { photoId: id, fileId: file.id, caption: input.caption ?? null },
    });
  });
  return id;
}

export async function removeSitePhoto(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const photo = await ctx.db.selectFrom('site_photos').selectAll().where('id', '=', id).executeTakeFirst();
  if (!photo) throw notFound('sitePhoto');
  await visibleCustomerId(ctx, actor, photo.customer_id).catch(() => {
    throw notFound('sitePhoto');
  });
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('site_photos').where('id', '=', id).execute();
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: 'site_photo.remove',
      entityType: 'customer',
      entityId: photo.customer_id,
      data: { photoId: id, fileId: photo.file_id },
    });
  });
}
