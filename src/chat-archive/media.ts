import path from 'node:path';
import type { Readable } from 'node:stream';
import { sql } from 'kysely';
import { recordAudit } from '../core/audit/audit.js';
import type { AppContext } from '../core/context.js';
import { AppError, notFound } from '../core/http/errors.js';
import { FileStorage } from '../files/index.js';

export const MAX_MEDIA_BYTES = 100 * 1024 * 1024;

/**
 * Media bytes live under DATA_DIR/files/chat-media/<yyyy>/<mm>/<uuid>: beside the evidence uploads
 * (so backups and restores carry them), in a folder of their own.
 */
export const mediaStorage = (ctx: AppContext) => new FileStorage(path.join(ctx.config.dataDir, 'files', 'chat-media'));

export interface AttachedMedia {
  sdkfileid: string;
  msgid: string;
  mime: string;
  size: number;
  createdAt: Date;
  /** false: the bytes were attached before; this upload changed nothing. */
  created: boolean;
}

/**
 * Attaches media bytes to the archived message that names their sdkfileid. The bytes are stored
 * first and removed again when no (visible) message names the id, or when it already has its bytes.
 */
export async function attachMedia(
  ctx: AppContext,
  actorId: string | null,
  upload: { sdkfileid: string; stream: Readable; truncated: () => boolean; mime: (absolutePath: string) => Promise<string> },
): Promise<AttachedMedia> {
  const storage = mediaStorage(ctx);
  const now = ctx.clock.now();
  const blob = await storage.save(upload.stream, now);
  if (upload.truncated()) {
    await storage.remove(blob.storagePath);
    throw new AppError(413, 'FILE_TOO_LARGE', { limit: '100 MB' });
  }
  try {
    const mime = await upload.mime(storage.absolute(blob.storagePath));
    const result = await ctx.db.transaction().execute(async (trx) => {
      const message = await trx
        .selectFrom('chat_messages')
        .select('msgid')
        .where(sql<boolean>`sdkfileids @> array[${upload.sdkfileid}]::text[]`)
        .where(sql<boolean>`sdkfileids <> '{}'`)
        .orderBy('msgtime')
        .limit(1)
        .executeTakeFirst();
      if (!message) throw notFound('chatMessage');
      const inserted = await trx
        .insertInto('chat_media')
        .values({
          sdkfileid: upload.sdkfileid,
          msgid: message.msgid,
          mime,
          size: blob.size,
          sha256: blob.sha256,
          storage_path: blob.storagePath,
          created_at: now,
        })
        .onConflict((oc) => oc.column('sdkfileid').doNothing())
        .returning(['sdkfileid'])
        .execute();
      if (inserted.length === 0) {
        const existing = await trx.selectFrom('chat_media').selectAll().where('sdkfileid', '=', upload.sdkfileid).executeTakeFirstOrThrow();
        return { row: existing, created: false };
      }
      await recordAudit(trx, ctx.clock, {
        actorId,
        action: 'chat.media',
        entityType: 'chat_message',
        entityId: null,
        data: { msgid: message.msgid, size: blob.size, mime, sha256: blob.sha256 },
      });
      return {
        row: { sdkfileid: upload.sdkfileid, msgid: message.msgid, mime, size: blob.size, created_at: now, storage_path: blob.storagePath },
        created: true,
      };
    });
    if (!result.created) await storage.remove(blob.storagePath);
    const { row } = result;
    return { sdkfileid: row.sdkfileid, msgid: row.msgid, mime: row.mime, size: Number(row.size), createdAt: row.created_at, created: result.created };
  } catch (error) {
    await storage.remove(blob.storagePath);
    throw error;
  }
}
