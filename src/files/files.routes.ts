import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { recordAudit, recordAuditBatch } from '../core/audit/audit.js';
import { actorOf, requirePermission } from '../core/auth/guard.js';
import type { Actor } from '../core/auth/actor.js';
import { inScope } from '../core/auth/scope.js';
import type { App, AppContext } from '../core/context.js';
import { dateTimeString, idParams, iso, uuidString } from '../core/http/common.js';
import { AppError, notFound } from '../core/http/errors.js';
import { fileTypeFromFile } from 'file-type';
import fs from 'node:fs';
import { sql, type RawBuilder, type Transaction } from 'kysely';
import { Readable } from 'node:stream';
import type { DB } from '../core/db/schema.js';
import { unstorableIssue, unstorableText } from '../core/http/validation.js';
import { requestLocale } from '../core/http/error-handler.js';
import type { SweepRule } from '../core/scheduler/time-rule.js';
import { FileStorage, type StoredBlob } from './storage.js';

export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
/** Uploads never attached to a record are removed after this long. */
export const UNATTACHED_TTL_MS = 24 * 3600_000;

/**
 * A file name as users will see and save it: no control characters, no path, at most 200
 * characters; the extension is kept.
 */
export function safeFileName(name: string | undefined): string {
  const base =
    (name ?? '')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .split(/[\\/]/)
      .pop() ?? '';
  const trimmed = base.replace(/^[.\s]+/, '').trim();
  const chars = Array.from(trimmed);
  return (chars.length > 200 ? chars.slice(chars.length - 200).join('') : trimmed) || 'file';
}

/**
 * The type the bytes really are, never the type the browser claimed: magic numbers first
 * (file-type); text that decodes as UTF-8 is plain text; anything else is opaque binary.
 */
export async function detectMime(absolutePath: string): Promise<string> {
  const detected = await fileTypeFromFile(absolutePath);
  if (detected) return detected.mime;
  const handle = await fs.promises.open(absolutePath, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(64 * 1024), 0, 64 * 1024, 0);
    const head = buffer.subarray(0, bytesRead);
    if (bytesRead === 0) return 'application/octet-stream';
    if (head.includes(0)) return 'application/octet-stream';
    try {
      // A multi-byte character cut at the end of the sample is still text.
      new TextDecoder('utf-8', { fatal: true }).decode(bytesRead === 64 * 1024 ? head.subarray(0, bytesRead - 4) : head);
      return 'text/plain; charset=utf-8';
    } catch {
      return 'application/octet-stream';
    }
  } finally {
    await handle.close();
  }
}

const fileSchema = z
  .object({
    id: uuidString,
    name: z.string(),
    kind: z.string().meta({ description: 'Key of a playbook file kind (e.g. recording, screenshot, proposal)' }),
    mime: z.string(),
    size: z.number().int().meta({ description: 'Bytes' }),
    createdAt: dateTimeString.nullable(),
  })
  .meta({ id: 'File', description: 'An uploaded file’s metadata' });

const uploadBody = z.object({
  file: z.file().meta({ description: 'The file (at most 50 MB)' }),
  kind: z.string().optional().meta({ description: 'Key of a playbook file kind (proposal, recording, screenshot, email, photo, other); default other' }),
});

export const toFile = (f: { id: string; name: string; kind: string; mime: string; size: number; created_at: Date }) => ({
  id: f.id,
  name: f.name,
  kind: f.kind,
  mime: f.mime,
  size: f.size,
  createdAt: iso(f.created_at),
});

/** A file is visible to its uploader and to whoever can see a record it is attached to (a follow-up, a customer's site photos). */
async function canSeeFile(ctx: AppContext, actor: Actor, file: { id: string; uploaded_by: string }): Promise<boolean> {
  if (file.uploaded_by === actor.id || actor.scope.kind === 'all') return true;
  // A file stored on an opportunity (a sent quote's PDF): whoever sees the opportunity.
  const onOpportunity = await ctx.db
    .selectFrom('opportunity_files')
    .innerJoin('opportunities', 'opportunities.id', 'opportunity_files.opportunity_id')
    .select('opportunities.id')
    .where('opportunity_files.file_id', '=', file.id)
    .where(inScope(actor.scope, 'opportunities'))
    .executeTakeFirst();
  if (onOpportunity) return true;
  const photo = await ctx.db
    .selectFrom('site_photos')
    .innerJoin('customers', 'customers.id', 'site_photos.customer_id')
    .select('site_photos.id')
    .where('site_photos.file_id', '=', file.id)
    .where(inScope(actor.scope, 'customers'))
    .executeTakeFirst();
  if (photo) return true;
  // A photo of a device's maintenance record: whoever sees the device's customer.
  const servicePhoto = await ctx.db
    .selectFrom('device_maintenance_photos')
    .innerJoin('device_maintenance', 'device_maintenance.id', 'device_maintenance_photos.maintenance_id')
    .innerJoin('devices', 'devices.id', 'device_maintenance.device_id')
    .innerJoin('customers', 'customers.id', 'devices.customer_id')
    .select('device_maintenance_photos.file_id')
    .where('device_maintenance_photos.file_id', '=', file.id)
    .where(inScope(actor.scope, 'customers'))
    .executeTakeFirst();
  if (servicePhoto) return true;
  const links = await ctx.db
    .selectFrom('followup_attachments')
    .innerJoin('followups', 'followups.id', 'followup_attachments.followup_id')
    .select(['followups.lead_id', 'followups.customer_id', 'followups.opportunity_id'])
    .where('followup_attachments.file_id', '=', file.id)
    .execute();
  for (const link of links) {
    if (
      link.opportunity_id &&
      (await ctx.db
        .selectFrom('opportunities')
        .select('id')
        .where('id', '=', link.opportunity_id)
        .where(inScope(actor.scope, 'opportunities'))
        .executeTakeFirst())
    )
      return true;
    if (
      link.customer_id &&
      (await ctx.db.selectFrom('customers').select('id').where('id', '=', link.customer_id).where(inScope(actor.scope, 'customers')).executeTakeFirst())
    )
      return true;
    if (link.lead_id && (await ctx.db.selectFrom('leads').select('id').where('id', '=', link.lead_id).where(inScope(actor.scope, 'leads')).executeTakeFirst()))
      return true;
  }
  return false;
}

export function fileRoutes(app: App, ctx: AppContext): void {
  const storage = new FileStorage(path.join(ctx.config.dataDir, 'files'));

  app.post(
    '/files',
    {
      schema: {
        operationId: 'uploadFile',
        tags: ['files'],
        summary: 'Upload an attachment (multipart: file, kind)',
        consumes: ['multipart/form-data'],
        documentedBody: { mediaType: 'multipart/form-data', schema: uploadBody },
        response: { 201: fileSchema },
        errors: { 400: ['FILE_REQUIRED'], 413: ['FILE_TOO_LARGE', 'UPLOAD_QUOTA_EXCEEDED'], 422: ['UNKNOWN_FILE_KIND'] },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'records:write');
      const { document } = await ctx.playbook.active();
      let kind: string | undefined;
      let blob: (StoredBlob & { name: string; mime: string }) | undefined;
      try {
        for await (const part of request.parts({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } })) {
          if (part.type === 'file') {
            if (part.fieldname !== 'file') {
              part.file.resume();
              continue;
            }
            const saved = await storage.save(part.file, ctx.clock.now());
            if (part.file.truncated) {
              await storage.remove(saved.storagePath);
              throw new AppError(413, 'FILE_TOO_LARGE', { limit: '50 MB' });
            }
            blob = { ...saved, name: safeFileName(part.filename), mime: await detectMime(storage.absolute(saved.storagePath)) };
          } else if (part.fieldname === 'kind') {
            kind = String(part.value);
            const problem = unstorableText(kind);
            if (problem) {
              const issue = unstorableIssue({ path: 'body.kind', problem }, requestLocale(request));
              throw new AppError(400, 'VALIDATION', { summary: `kind: ${issue.message}` }, { issues: [issue] });
            }
          }
        }
        if (!blob) throw new AppError(400, 'FILE_REQUIRED');
        kind ??= 'other';
        if (!document.fileKinds.some((k) => k.key === kind)) throw new AppError(422, 'UNKNOWN_FILE_KIND', { value: kind });
      } catch (error) {
        if (blob) await storage.remove(blob.storagePath);
        throw error;
      }
      const row = {
        id: randomUUID(),
        name: blob.name,
        kind,
        mime: blob.mime,
        size: blob.size,
        sha256: blob.sha256,
        storage_path: blob.storagePath,
        uploaded_by: actor.id,
        created_at: ctx.clock.now(),
      };
      const quota = ctx.config.uploadQuotaBytes;
      try {
        await ctx.db.transaction().execute(async (trx) => {
          // One upload of a user at a time passes this point, so two cannot both squeeze under the quota.
          await trx.selectFrom('users').select('id').where('id', '=', actor.id).forUpdate().executeTakeFirst();
          const used = await trx
            .selectFrom('files')
            .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('size'), sql<number>`0`).as('bytes'))
            .where('uploaded_by', '=', actor.id)
            .executeTakeFirstOrThrow();
          if (Number(used.bytes) + row.size > quota)
            throw new AppError(
              413,
              'UPLOAD_QUOTA_EXCEEDED',
              { used: megabytes(Number(used.bytes)), quota: megabytes(quota) },
              { usedBytes: Number(used.bytes), quotaBytes: quota, fileBytes: row.size },
            );
          await trx.insertInto('files').values(row).execute();
          await recordAudit(trx, ctx.clock, {
            actorId: actor.id,
            action: 'file.upload',
            entityType: 'file',
            entityId: row.id,
            data: { name: row.name, kind, size: row.size, sha256: row.sha256, mime: row.mime },
          });
        });
      } catch (error) {
        await storage.remove(row.storage_path);
        throw error;
      }
      return reply.status(201).send(toFile(row));
    },
  );

  app.get(
    '/files/:id',
    {
      schema: {
        operationId: 'downloadFile',
        tags: ['files'],
        summary: 'Download a file',
        params: idParams,
        download: { mediaType: 'application/octet-stream', description: 'The file’s bytes, always as an attachment, with the type detected from its content' },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const file = await ctx.db.selectFrom('files').selectAll().where('id', '=', request.params.id).executeTakeFirst();
      if (!file || !(await canSeeFile(ctx, actor, file))) throw notFound('file');
      reply.header('content-type', file.mime);
      // Always a download, never rendered in the app's origin; the ASCII fallback is for old clients.
      const ascii = file.name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
      reply.header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`);
      reply.header('content-security-policy', "default-src 'none'; sandbox");
      reply.header('x-content-type-options', 'nosniff');
      return reply.send(storage.open(file.storage_path));
    },
  );

  app.get(
    '/files/:id/meta',
    {
      schema: {
        operationId: 'getFileMeta',
        tags: ['files'],
        summary: 'A file\u2019s metadata',
        params: idParams,
        response: { 200: fileSchema },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const file = await ctx.db.selectFrom('files').selectAll().where('id', '=', request.params.id).executeTakeFirst();
      if (!file || !(await canSeeFile(ctx, actor, file))) throw notFound('file');
      return toFile(file);
    },
  );
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Files the purge looks at per tick: those it deletes (each with its audit entry), and those it finds held by a record. */
const PURGE_BATCH = 500;
const MARK_BATCH = 10_000;

/**
 * Whether a record holds the file: every table that references `files`. A file named here is
 * never purged, whatever `attached_at` says.
 */
const heldByARecord = (file: RawBuilder<unknown>) => sql<boolean>`(
  exists (select 1 from followup_attachments a where a.file_id = ${file})
  or exists (select 1 from opportunity_files o where o.file_id = ${file})
  or exists (select 1 from site_photos p where p.file_id = ${file})
  or exists (select 1 from quotes q where q.sent_file_id = ${file})
  or exists (select 1 from device_maintenance_photos d where d.file_id = ${file})
  or exists (select 1 from checkins c where c.photo_file_id = ${file}))`;

/**
 * Uploads that no record took within a day are removed with their bytes (an upload is meant
 * to become a follow-up's evidence at once). Audited, in batches. Only files without
 * `attached_at` are read (a partial index keeps that cheap at millions of files): the records that
 * take a file set it; files stored before it existed get it here, a batch per tick, when a record
 * holds them.
 */
export function unattachedFilesRule(ctx: AppContext): SweepRule {
  const storage = new FileStorage(path.join(ctx.config.dataDir, 'files'));
  return {
    kind: 'sweep',
    id: 'files-unattached-purge',
    name: '清理未关联的上传文件',
    run: async (now) => {
      const cutoff = new Date(now.getTime() - UNATTACHED_TTL_MS);
      const removed = await ctx.db.transaction().execute(async (trx) => {
        await sql`
          update files f set attached_at = f.created_at
          where f.id in (
            select id from files
            where attached_at is null and created_at < ${cutoff}
            order by created_at limit ${MARK_BATCH}
            for update skip locked)
          and ${heldByARecord(sql.ref('f.id'))}`.execute(trx);
        const { rows } = await sql<{ id: string; name: string; size: number; storage_path: string; uploaded_by: string }>`
          delete from files f
          where f.id in (
            select id from files
            where attached_at is null and created_at < ${cutoff} and not ${heldByARecord(sql.ref('files.id'))}
            order by created_at limit ${PURGE_BATCH}
            for update skip locked
          )
          returning f.id, f.name, f.size, f.storage_path, f.uploaded_by`.execute(trx);
        if (rows.length > 0)
          await recordAuditBatch(
            trx,
            ctx.clock,
            rows.map((r) => ({
              actorId: null,
              action: 'file.purge',
              entityType: 'file',
              entityId: r.id,
              data: { name: r.name, size: Number(r.size), uploadedBy: r.uploaded_by, reason: 'unattached_24h' },
            })),
          );
        return rows;
      });
      // Bytes go once their rows are gone for good.
      for (const r of removed) await storage.remove(r.storage_path);
      return removed.length;
    },
  };
}

/**
 * Stores a file the product generated (a sent quote's PDF) on an opportunity, inside the caller's
 * transaction: the bytes under DATA_DIR/files, the row, the link, the audit entry. It counts for
 * the grade rules like a proposal attached to a follow-up. Returns the file's id.
 */
export async function storeOpportunityFile(
  trx: Transaction<DB>,
  ctx: AppContext,
  actor: Actor,
  input: { opportunityId: string; name: string; kind: string; mime: string; bytes: Buffer; source: string },
): Promise<string> {
  const storage = new FileStorage(path.join(ctx.config.dataDir, 'files'));
  const now = ctx.clock.now();
  const saved = await storage.save(Readable.from([input.bytes]), now);
  const row = {
    id: randomUUID(),
    name: safeFileName(input.name),
    kind: input.kind,
    mime: input.mime,
    size: saved.size,
    sha256: saved.sha256,
    storage_path: saved.storagePath,
    uploaded_by: actor.id,
    created_at: now,
  };
  await trx
    .insertInto('files')
    .values({ ...row, attached_at: now })
    .execute();
  await trx.insertInto('opportunity_files').values({ opportunity_id: input.opportunityId, file_id: row.id, source: input.source, created_at: now }).execute();
  await recordAudit(trx, ctx.clock, {
    actorId: actor.id,
    action: 'file.generate',
    entityType: 'file',
    entityId: row.id,
    data: { name: row.name, kind: row.kind, size: row.size, sha256: row.sha256, opportunityId: input.opportunityId, source: input.source },
  });
  return row.id;
}
