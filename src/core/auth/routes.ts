import { z } from 'zod';
import type { App, AppContext } from '../context.js';
import { AppError } from '../http/errors.js';
import { SESSION_COOKIE, actorOf } from './guard.js';
import { dummyVerify, hashPassword, verifyPassword } from './password.js';
import { createSession, deleteSession } from './sessions.js';
import { recordAudit } from '../audit/audit.js';

export function authRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/auth/login',
    {
      config: {
        public: true,
        rateLimit: {
          max: 10,
          timeWindow: '1 minute',
          keyGenerator: (req) => `${req.ip}|${String((req.body as { username?: unknown } | undefined)?.username ?? '')}`,
        },
      },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with username and password',
        body: z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }),
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const user = await ctx.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
      const ok = user ? user.active && (await verifyPassword(user.password_hash, password)) : await dummyVerify(password).then(() => false);
      if (!user || !ok) throw new AppError(401, 'INVALID_CREDENTIALS');
      const session = await createSession(ctx.db, user.id);
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: ctx.config.secureCookies,
        maxAge: session.maxAgeSeconds,
      });
      return {
        csrfToken: session.csrfToken,
        user: { id: user.id, username: user.username, displayName: user.display_name, role: user.role, teamId: user.team_id, locale: user.locale },
      };
    },
  );

  app.post('/auth/logout', { config: { deliveryWrite: true }, schema: { tags: ['auth'], summary: 'Sign out' } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await deleteSession(ctx.db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  app.get('/me', { schema: { tags: ['auth'], summary: 'The signed-in user, their team and data scope' } }, async (request) => {
    const actor = actorOf(request);
    const team = actor.teamId ? await ctx.db.selectFrom('teams').selectAll().where('id', '=', actor.teamId).executeTakeFirst() : undefined;
    return {
      id: actor.id,
      username: actor.username,
      displayName: actor.displayName,
      role: actor.role,
      teamId: actor.teamId,
      locale: actor.locale,
      via: actor.via,
      scope: { kind: actor.scope.kind, region: actor.scope.region, teamIds: actor.scope.teamIds, readOnly: actor.scope.readOnly },
      team: team ? { id: team.id, name: team.name, region: team.region } : null,
    };
  });

  app.patch(
    '/me',
    {
      config: { deliveryWrite: true },
      schema: {
        tags: ['auth'],
        summary: 'Change own language, display name or password',
        body: z
          .object({
            locale: z.enum(['zh-CN', 'en']).optional(),
            displayName: z.string().min(1).max(100).optional(),
            password: z.object({ current: z.string().min(1), next: z.string().min(8).max(200) }).optional(),
          })
          .strict(),
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { locale, displayName, password } = request.body;
      const changes: { locale?: string; display_name?: string; password_hash?: string; updated_at: Date } = { updated_at: ctx.clock.now() };
      if (locale) changes.locale = locale;
      if (displayName) changes.display_name = displayName;
      if (password) {
        const user = await ctx.db.selectFrom('users').select('password_hash').where('id', '=', actor.id).executeTakeFirstOrThrow();
        if (!(await verifyPassword(user.password_hash, password.current))) throw new AppError(422, 'WRONG_PASSWORD');
        changes.password_hash = await hashPassword(password.next);
      }
      await ctx.db.transaction().execute(async (trx) => {
        await trx.updateTable('users').set(changes).where('id', '=', actor.id).execute();
        await recordAudit(trx, ctx.clock, {
          actorId: actor.id,
          action: 'user.update_self',
          entityType: 'user',
          entityId: actor.id,
          data: { locale, displayName, passwordChanged: Boolean(password) },
        });
      });
      return { ok: true };
    },
  );
}
