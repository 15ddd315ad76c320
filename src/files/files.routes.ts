import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { recordAudit } from '../core/audit/audit.js';
import { actorOf, requirePermission } from '../core/auth/guard.js';
import type { Actor } from '../core/auth/actor.js';
import { inScope } from '../core/auth/scope.js';
import type { App, AppContext } from '../core/context.js';
import { dateTimeString, idParams, iso, uuidString } from '../core/http/common.js';
import { AppError, notFound } from '../core/http/errors.js';
import { FileStorage, type StoredBlob } from './storage.js';

export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

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

/** A file is visible to its uploader and to whoever can see a record it is attached to. */
async function canSeeFile(ctx: AppContext, actor: Actor, file: { id: string; uploaded_by: string }): Promise<boolean> {
  if (file.uploaded_by === actor.id || actor.scope.kind === 'all') return true;
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
        errors: { 400: ['FILE_REQUIRED'], 413: ['FILE_TOO_LARGE'], 422: ['UNKNOWN_FILE_KIND'] },
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
            blob = { ...saved, name: part.filename || 'file', mime: part.mimetype || 'application/octet-stream' };
          } else if (part.fieldname === 'kind') {
            kind = String(part.value);
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
      await ctx.db.transaction().execute(async (trx) => {
        await trx.insertInto('files').values(row).execute();
        await recordAudit(trx, ctx.clock, {
          actorId: actor.id,
          action: 'file.upload',
          entityType: 'file',
          entityId: row.id,
          data: { name: row.name, kind, size: row.size, sha256: row.sha256 },
        });
      });
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
        download: { mediaType: 'application/octet-stream', description: 'The file’s bytes, as an attachment with the file’s own Content-Type' },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const file = await ctx.db.selectFrom('files').selectAll().where('id', '=', request.params.id).executeTakeFirst();
      if (!file || !(await canSeeFile(ctx, actor, file))) throw notFound('file');
      reply.header('content-type', file.mime);
      reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`);
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
