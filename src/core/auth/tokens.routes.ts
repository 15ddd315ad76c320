import { z } from 'zod';
import { recordAudit } from '../audit/audit.js';
import type { App, AppContext } from '../context.js';
import { dateTimeString, idParams, iso, itemsOf, noContent, storedEnum, uuidString } from '../http/common.js';
import { invalidReference, notFound } from '../http/errors.js';
import { requirePermission } from './guard.js';
import { createApiToken } from './sessions.js';

export const TOKEN_SCOPES = ['read', 'write', 'integrations'] as const;
const tokenScopeSchema = z
  .enum(TOKEN_SCOPES)
  .meta({ id: 'ApiTokenScope', description: 'read: GET routes; write: every route; integrations: the WeCom archive routes (/integrations/wecom/…) only' });

const tokenSchema = z
  .object({
    id: uuidString,
    name: z.string(),
    scopes: z.array(storedEnum(tokenScopeSchema)),
    userId: uuidString.meta({ description: 'The user the token acts as' }),
    username: z.string(),
    createdAt: dateTimeString.nullable(),
    expiresAt: dateTimeString.nullable(),
    revokedAt: dateTimeString.nullable(),
    lastUsedAt: dateTimeString.nullable(),
  })
  .meta({ id: 'ApiToken', description: 'An API token, never its secret' });

const createTokenBody = z
  .object({
    name: z.string().trim().min(1).max(100),
    scopes: z.array(tokenScopeSchema).min(1),
    userId: z.uuid().optional().meta({ description: 'The user the token acts as; default: the caller' }),
    expiresAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict()
  .meta({ id: 'CreateApiTokenRequest' });

const createdTokenSchema = z
  .object({
    id: uuidString,
    token: z.string().meta({ description: 'The secret (`spm_…`), shown only in this answer' }),
    name: z.string(),
    scopes: z.array(tokenScopeSchema),
    userId: uuidString,
  })
  .meta({ id: 'CreatedApiToken' });

export function tokenRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/tokens',
    {
      schema: {
        operationId: 'listTokens',
        tags: ['auth'],
        summary: 'API tokens (never their secrets)',
        response: { 200: itemsOf(tokenSchema, 'ApiTokenList') },
        errors: { 403: ['FORBIDDEN'] },
      },
    },
    async (request) => {
      requirePermission(request, 'tokens:manage');
      const rows = await ctx.db
        .selectFrom('api_tokens')
        .innerJoin('users', 'users.id', 'api_tokens.user_id')
        .select([
          'api_tokens.id',
          'api_tokens.name',
          'api_tokens.scopes',
          'api_tokens.created_at',
          'api_tokens.expires_at',
          'api_tokens.revoked_at',
          'api_tokens.last_used_at',
          'api_tokens.user_id',
          'users.username',
        ])
        .orderBy('api_tokens.created_at', 'desc')
        .execute();
      return {
        items: rows.map((t) => ({
          id: t.id,
          name: t.name,
          scopes: t.scopes,
          userId: t.user_id,
          username: t.username,
          createdAt: iso(t.created_at),
          expiresAt: iso(t.expires_at),
          revokedAt: iso(t.revoked_at),
          lastUsedAt: iso(t.last_used_at),
        })),
      };
    },
  );

  app.post(
    '/tokens',
    {
      schema: {
        operationId: 'createToken',
        tags: ['auth'],
        summary: 'Create an API token acting as a user (default: the caller); the secret is shown once',
        body: createTokenBody,
        response: { 201: createdTokenSchema },
        errors: { 422: ['INVALID_REFERENCE'] },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'tokens:manage');
      const body = request.body;
      const userId = body.userId ?? actor.id;
      if (!(await ctx.db.selectFrom('users').select('id').where('id', '=', userId).where('active', '=', true).executeTakeFirst()))
        throw invalidReference('userId');
      const { id, token } = await createApiToken(ctx.db, userId, body.name, body.scopes, body.expiresAt ? new Date(body.expiresAt) : null);
      await ctx.db.transaction().execute((trx) =>
        recordAudit(trx, ctx.clock, {
          actorId: actor.id,
          action: 'token.create',
          entityType: 'token',
          entityId: id,
          data: { name: body.name, scopes: body.scopes, userId },
        }),
      );
      return reply.status(201).send({ id, token, name: body.name, scopes: body.scopes, userId });
    },
  );

  app.delete(
    '/tokens/:id',
    {
      schema: {
        operationId: 'revokeToken',
        tags: ['auth'],
        summary: 'Revoke an API token',
        params: idParams,
        response: { 204: noContent },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'tokens:manage');
      const result = await ctx.db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('api_tokens')
          .set({ revoked_at: new Date() })
          .where('id', '=', request.params.id)
          .where('revoked_at', 'is', null)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) > 0)
          await recordAudit(trx, ctx.clock, { actorId: actor.id, action: 'token.revoke', entityType: 'token', entityId: request.params.id });
        return Number(updated.numUpdatedRows);
      });
      if (result === 0) throw notFound('token');
      return reply.status(204).send();
    },
  );
}
