import { z } from 'zod';
import { recordAudit } from '../audit/audit.js';
import type { App, AppContext } from '../context.js';
import { idParams, iso } from '../http/common.js';
import { invalidReference, notFound } from '../http/errors.js';
import { requirePermission } from './guard.js';
import { createApiToken } from './sessions.js';

export const TOKEN_SCOPES = ['read', 'write'] as const;

export function tokenRoutes(app: App, ctx: AppContext): void {
  app.get('/tokens', { schema: { tags: ['auth'], summary: 'API tokens (never their secrets)' } }, async (request) => {
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
  });

  app.post(
    '/tokens',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create an API token acting as a user (default: the caller); the secret is shown once',
        body: z
          .object({
            name: z.string().trim().min(1).max(100),
            scopes: z.array(z.enum(TOKEN_SCOPES)).min(1),
            userId: z.uuid().optional(),
            expiresAt: z.iso.datetime({ offset: true }).optional(),
          })
          .strict(),
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

  app.delete('/tokens/:id', { schema: { tags: ['auth'], summary: 'Revoke an API token', params: idParams } }, async (request, reply) => {
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
  });
}
