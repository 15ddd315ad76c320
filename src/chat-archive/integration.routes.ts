import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../core/auth/actor.js';
import { actorOf, requirePermission } from '../core/auth/guard.js';
import type { App, AppContext } from '../core/context.js';
import { dateTimeString, iso, noContent, uuidString } from '../core/http/common.js';
import { requestLocale } from '../core/http/error-handler.js';
import { AppError, type Locale } from '../core/http/errors.js';
import { text } from '../core/i18n/catalogue.js';
import { detectMime } from '../files/index.js';
import { listIdentities, removeIdentity, upsertIdentities } from './identities.service.js';
import { ingestArchive, MAX_RECORDS, type IngestMessages } from './ingest.service.js';
import { attachMedia, MAX_MEDIA_BYTES } from './media.js';

const wecomId = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[\w@.:+=/-]+$/, 'letters, digits and _ @ . : + = / -');

const identitiesBody = z
  .object({
    staff: z
      .array(z.object({ wecomUserId: wecomId.meta({ description: 'WeCom member userid' }), userId: z.uuid() }).strict())
      .max(5000)
      .default([]),
    externalContacts: z
      .array(
        z
          .object({
            externalUserId: wecomId.meta({ description: 'WeCom external_userid (wm… / wo…)' }),
            customerId: z.uuid(),
            name: z.string().trim().max(100).nullable().optional().meta({ description: 'How the rep knows the contact, e.g. 王总' }),
          })
          .strict(),
      )
      .max(5000)
      .default([]),
  })
  .strict()
  .meta({
    id: 'WecomIdentitiesRequest',
    example: {
      staff: [{ wecomUserId: 'zhangsan', userId: '7b0c1c8e-2f43-4b8a-9d0e-6d1c2b3a4f5e' }],
      externalContacts: [{ externalUserId: 'wmXXXX', customerId: '0f6c1a2b-3d4e-4f5a-8b9c-0d1e2f3a4b5c', name: '王总' }],
    },
  });

const unmatchedSchema = z.object({
  id: z.string(),
  messages: z.number().int().meta({ description: 'Archived messages naming the id' }),
  lastSeenAt: dateTimeString.nullable(),
});

const identitiesSchema = z
  .object({
    staff: z.array(z.object({ wecomUserId: z.string(), userId: uuidString, userName: z.string(), updatedAt: dateTimeString.nullable() })),
    externalContacts: z.array(
      z.object({
        externalUserId: z.string(),
        customerId: uuidString,
        customerName: z.string(),
        name: z.string().nullable(),
        consent: z
          .enum(['agreed', 'disagreed'])
          .nullable()
          .meta({ description: 'The contact’s archiving consent (null: no agree/disagree record yet)' }) as unknown as z.ZodType<
          'agreed' | 'disagreed' | null,
          string | null
        >,
        updatedAt: dateTimeString.nullable(),
      }),
    ),
    unmatched: z
      .object({ staff: z.array(unmatchedSchema), externalContacts: z.array(unmatchedSchema) })
      .meta({ description: 'Ids seen in the archive that no mapping names yet, most messages first (at most 500 each)' }),
  })
  .meta({ id: 'WecomIdentities' });

const recordSchema = z.record(z.string(), z.unknown()).meta({
  id: 'WecomArchiveRecord',
  description:
    'One decrypted record of the WeCom 会话存档 SDK, in its own shape: `msgid`, `action` (send / recall / switch), `from`, `tolist`, `roomid` ("" for one-to-one), `msgtime` (UTC epoch ms), `msgtype` and the sub-object named after it (`text{content}`, `image`, `file{filename,…}`, `link`, `location`, `chatrecord{item[]}`, `mixed`, `markdown`/`news` under `info`…), `revoke{pre_msgid}` for recalls, `agree`/`disagree` for consent.',
  example: {
    msgid: 'CAQQluDa4QUY0On2rYSAgAMgzPrShAE=',
    action: 'send',
    from: 'wmErxtDgAA9AW32YyyuYRimKr7D1KWlw',
    tolist: ['zhangsan'],
    roomid: '',
    msgtime: 1763604000000,
    msgtype: 'text',
    text: { content: '价格能再优惠一点吗？' },
  },
});

const ingestStatus = z.enum(['stored', 'duplicate', 'recalled', 'skipped', 'rejected']).meta({
  id: 'WecomIngestStatus',
  description: 'stored, duplicate (msgid seen before), recalled (a recall applied), skipped (switch, no consent, past the retention), rejected (unreadable)',
});

const ingestResponse = z
  .object({
    results: z.array(
      z.object({
        msgid: z.string(),
        status: ingestStatus,
        error: z.string().optional().meta({ description: 'Why the record was rejected or skipped (localised; never its content)' }),
      }),
    ),
    counts: z
      .object({ stored: z.number().int(), duplicate: z.number().int(), recalled: z.number().int(), skipped: z.number().int(), rejected: z.number().int() })
      .meta({ description: 'How many results have each status' }),
  })
  .meta({ id: 'WecomIngestResult' });

const mediaSchema = z
  .object({ sdkfileid: z.string(), msgid: z.string(), mime: z.string(), size: z.number().int(), createdAt: dateTimeString.nullable() })
  .meta({ id: 'WecomMedia', description: 'Media bytes attached to the archived message that names their sdkfileid' });

const mediaBody = z.object({
  sdkfileid: z.string().meta({ description: 'The sdkfileid the message names' }),
  file: z.file().meta({ description: 'The bytes the SDK fetched (at most 100 MB)' }),
});

/** An admin's session, or an API token with the `integrations` scope (checked by the guard). */
export function integrationCaller(request: FastifyRequest): Actor {
  const actor = actorOf(request);
  return actor.via === 'token' ? actor : requirePermission(request, 'integrations:manage');
}

export const ingestMessages = (locale: Locale): IngestMessages => ({
  rejected: (r) => text(locale, 'chat.rejected', { reason: r.reason, field: r.field }),
  skipped: (reason, days) => text(locale, 'chat.skipped', { reason, days }),
});

export function integrationRoutes(app: App, ctx: AppContext): void {
  const errors = { 403: ['FORBIDDEN', 'TOKEN_SCOPE'] } as const;
  const config = { tokenScope: 'integrations' as const };

  app.get(
    '/integrations/wecom/identities',
    {
      config,
      schema: {
        operationId: 'listWecomIdentities',
        tags: ['integrations'],
        summary: 'WeCom identities: members ↔ users, external contacts ↔ customers, and unmatched ids',
        description: 'An admin session, or an API token with the `integrations` scope.',
        response: { 200: identitiesSchema },
        errors,
      },
    },
    async (request) => {
      integrationCaller(request);
      const { staff, contacts, unmatchedStaff, unmatchedContacts } = await listIdentities(ctx);
      const unmatched = (r: { id: string; messages: number; last_seen: Date }) => ({ id: r.id, messages: Number(r.messages), lastSeenAt: iso(r.last_seen) });
      return {
        staff: staff.map((s) => ({ wecomUserId: s.wecom_user_id, userId: s.user_id, userName: s.display_name, updatedAt: iso(s.updated_at) })),
        externalContacts: contacts.map((c) => ({
          externalUserId: c.external_user_id,
          customerId: c.customer_id,
          customerName: c.customer_name,
          name: c.name,
          consent: c.consent as 'agreed' | 'disagreed' | null,
          updatedAt: iso(c.updated_at),
        })),
        unmatched: { staff: unmatchedStaff.map(unmatched), externalContacts: unmatchedContacts.map(unmatched) },
      };
    },
  );

  app.post(
    '/integrations/wecom/identities',
    {
      config,
      schema: {
        operationId: 'upsertWecomIdentities',
        tags: ['integrations'],
        summary: 'Map WeCom members to users and external contacts to customers (upsert)',
        description:
          'An admin session, or an API token with the `integrations` scope. Messages already archived for these ids are linked to the rep and the customer.',
        body: identitiesBody,
        response: { 200: z.object({ staff: z.number().int(), externalContacts: z.number().int() }).meta({ id: 'WecomIdentitiesResult' }) },
        errors: { ...errors, 422: ['INVALID_REFERENCE'] },
      },
    },
    async (request) => {
      const actor = integrationCaller(request);
      return upsertIdentities(ctx, actor.id, request.body);
    },
  );

  for (const [kind, segment, operationId, summary] of [
    ['staff', 'staff', 'removeWecomStaffIdentity', 'Remove a member ↔ user mapping; its messages stay archived without the rep'],
    [
      'externalContact',
      'external-contacts',
      'removeWecomExternalContact',
      'Remove an external contact ↔ customer mapping; its messages stay archived without the customer',
    ],
  ] as const)
    app.delete(
      `/integrations/wecom/identities/${segment}/:id`,
      {
        config,
        schema: {
          operationId,
          tags: ['integrations'],
          summary,
          description: 'An admin session, or an API token with the `integrations` scope.',
          params: z.object({ id: wecomId }),
          response: { 204: noContent },
          errors: { ...errors, 404: ['NOT_FOUND'] },
        },
      },
      async (request, reply) => {
        const actor = integrationCaller(request);
        await removeIdentity(ctx, actor.id, kind, request.params.id);
        return reply.status(204).send();
      },
    );

  app.post(
    '/integrations/wecom/archive',
    {
      config,
      bodyLimit: 64 * 1024 * 1024,
      schema: {
        operationId: 'ingestWecomArchive',
        tags: ['integrations'],
        summary: 'Archive WeCom chat records (masked before storing; idempotent by msgid)',
        description: `An admin session, or an API token with the \`integrations\` scope. At most ${MAX_RECORDS} records per call; one result per record, in order. Phone, ID-card and bank-card numbers and e-mail addresses are masked and locations coarsened to the city before anything is stored. A recall hides its message’s content; \`switch\` is skipped; \`disagree\` purges the contact’s stored messages and nothing more is kept of them until an \`agree\`.`,
        body: z
          .object({ records: z.array(recordSchema).min(1).max(MAX_RECORDS) })
          .strict()
          .meta({ id: 'WecomArchiveRequest' }),
        response: { 200: ingestResponse },
        errors,
      },
    },
    async (request) => {
      const actor = integrationCaller(request);
      return ingestArchive(ctx, request.body.records, { actorId: actor.id, messages: ingestMessages(requestLocale(request)) });
    },
  );

  app.post(
    '/integrations/wecom/media',
    {
      config,
      bodyLimit: MAX_MEDIA_BYTES + 1024 * 1024,
      schema: {
        operationId: 'uploadWecomMedia',
        tags: ['integrations'],
        summary: 'Attach media bytes (image, voice, video, file) to the archived message naming the sdkfileid',
        description: 'Multipart: `sdkfileid` first, then `file`. 201 when attached, 200 when that sdkfileid already has its bytes (nothing changes).',
        consumes: ['multipart/form-data'],
        documentedBody: { mediaType: 'multipart/form-data', schema: mediaBody },
        response: { 200: mediaSchema, 201: mediaSchema },
        errors: { ...errors, 400: ['FILE_REQUIRED'], 404: ['NOT_FOUND'], 413: ['FILE_TOO_LARGE'] },
      },
    },
    async (request, reply) => {
      const actor = integrationCaller(request);
      let sdkfileid: string | undefined;
      let attached: Awaited<ReturnType<typeof attachMedia>> | undefined;
      for await (const part of request.parts({ limits: { fileSize: MAX_MEDIA_BYTES, files: 1 } })) {
        if (part.type === 'field') {
          if (part.fieldname === 'sdkfileid') sdkfileid = String(part.value).trim();
          continue;
        }
        if (part.fieldname !== 'file' || attached) {
          part.file.resume();
          continue;
        }
        if (!sdkfileid) {
          part.file.resume();
          throw new AppError(400, 'VALIDATION', { summary: 'sdkfileid' });
        }
        attached = await attachMedia(ctx, actor.id, { sdkfileid, stream: part.file, truncated: () => part.file.truncated, mime: detectMime });
      }
      if (!attached) throw new AppError(400, 'FILE_REQUIRED');
      return reply.status(attached.created ? 201 : 200).send({
        sdkfileid: attached.sdkfileid,
        msgid: attached.msgid,
        mime: attached.mime,
        size: attached.size,
        createdAt: iso(attached.createdAt),
      });
    },
  );
}
