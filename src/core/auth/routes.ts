import { z } from 'zod';
import type { App, AppContext } from '../context.js';
import { noContent, storedEnum, uuidString } from '../http/common.js';
import { permissionSchema, roleSchema, scopeKindSchema } from './roles.js';
import { AppError, rateLimited } from '../http/errors.js';
import { SESSION_COOKIE, actorOf } from './guard.js';
import { dummyVerify, hashPassword, verifyPassword } from './password.js';
import { assertStrongPassword } from './password-policy.js';
import { createSession, deleteSession, endOtherSessions } from './sessions.js';
import { LoginThrottle, usernameKey } from './throttle.js';
import { recordAudit } from '../audit/audit.js';

const loginBody = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }).meta({ id: 'LoginRequest' });

const sessionUserSchema = z
  .object({ id: uuidString, username: z.string(), displayName: z.string(), role: storedEnum(roleSchema), teamId: uuidString.nullable(), locale: z.string() })
  .meta({ id: 'SessionUser', description: 'The signed-in user' });

const loginResultSchema = z
  .object({
    csrfToken: z.string().meta({ description: 'Send it as `x-csrf-token` on every POST, PUT, PATCH and DELETE of this session' }),
    user: sessionUserSchema,
  })
  .meta({ id: 'LoginResult', description: 'The session cookie `sid` is set (http-only)' });

const meSchema = z
  .object({
    id: uuidString,
    username: z.string(),
    displayName: z.string(),
    role: roleSchema,
    teamId: uuidString.nullable(),
    locale: z.string().meta({ description: '`zh-CN` or `en`' }),
    via: z
      .enum(['session', 'token', 'internal'])
      .meta({ description: 'Signed in with a session cookie or an API token (internal: the product itself, e.g. the demo loader)' }),
    scope: z
      .object({ kind: scopeKindSchema, region: z.string().nullable(), teamIds: z.array(uuidString), readOnly: z.boolean() })
      .meta({ description: 'The caller’s data scope: which records their reads and writes reach' }),
    team: z.object({ id: uuidString, name: z.string(), region: z.string() }).nullable(),
    permissions: z
      .array(permissionSchema)
      .meta({ description: 'What the role may do beyond reading its scope (less what switched-off modules use); the server checks every call' }),
    modules: z
      .object({ collaboration: z.boolean(), authenticity: z.boolean(), analytics: z.boolean(), chatArchive: z.boolean(), field: z.boolean() })
      .meta({ description: 'The playbook’s module switches: a switched-off module’s menus are hidden and its routes answer 403 MODULE_DISABLED' }),
    csrfToken: z
      .string()
      .optional()
      .meta({ description: 'The session’s CSRF token (browser sessions only): send it as `x-csrf-token` on every unsafe request' }),
  })
  .meta({ id: 'Me', description: 'The signed-in user, their team and data scope' });

const updateMeBody = z
  .object({
    locale: z.enum(['zh-CN', 'en']).optional(),
    displayName: z.string().min(1).max(100).optional(),
    password: z
      .object({
        current: z.string().min(1),
        next: z.string().min(1).max(200).meta({ description: 'At least 10 characters, not guessable (422 WEAK_PASSWORD)' }),
      })
      .optional(),
  })
  .strict()
  .meta({ id: 'UpdateMeRequest', description: 'Own language, display name or password (with the current one)' });

const okSchema = z.object({ ok: z.boolean() }).meta({ id: 'Ok', description: '`{ok: true}`' });

export function authRoutes(app: App, ctx: AppContext): void {
  const throttle = new LoginThrottle(ctx.db, ctx.clock);
  /** Failed and throttled sign-ins are audited with the address they came from. */
  const auditAuth = (action: string, userId: string | null, data: Record<string, unknown>) =>
    ctx.db.transaction().execute((trx) => recordAudit(trx, ctx.clock, { actorId: userId, action, entityType: 'user', entityId: userId, data }));

  /** Refuses an attempt for a locked account or a spraying address (429 + Retry-After), audited. */
  const guardAttempt = async (username: string, address: string, userId: string | null, action: string) => {
    const decision = await throttle.check(username, address);
    if (decision.allowed) return;
    await auditAuth('auth.throttled', userId, {
      username: usernameKey(username),
      address,
      attempt: action,
      scope: decision.scope,
      retryAfterSeconds: decision.retryAfterSeconds,
    });
    throw rateLimited(decision.retryAfterSeconds, { scope: decision.scope });
  };

  app.post(
    '/auth/login',
    {
      config: { public: true },
      schema: {
        operationId: 'login',
        tags: ['auth'],
        summary: 'Sign in with username and password',
        body: loginBody,
        response: { 200: loginResultSchema },
        errors: { 401: ['INVALID_CREDENTIALS'], 429: ['RATE_LIMITED'] },
        examples: { admin: { summary: 'Sign in as the administrator', value: { username: 'admin', password: 'your-admin-password' } } },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const user = await ctx.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
      await guardAttempt(username, request.ip, user?.id ?? null, 'login');
      const ok = user ? user.active && (await verifyPassword(user.password_hash, password)) : await dummyVerify(password).then(() => false);
      if (!user || !ok) {
        const locked = await throttle.recordFailure(username, request.ip, 'password');
        await auditAuth('auth.login_failed', user?.id ?? null, {
          username: usernameKey(username),
          address: request.ip,
          ...(locked ? { lockedUntil: locked.lockedUntil.toISOString() } : {}),
        });
        throw new AppError(401, 'INVALID_CREDENTIALS');
      }
      await throttle.recordSuccess(username);
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

  app.post(
    '/auth/logout',
    { config: { deliveryWrite: true }, schema: { operationId: 'logout', tags: ['auth'], summary: 'Sign out', response: { 204: noContent } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await deleteSession(ctx.db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  app.get(
    '/me',
    { schema: { operationId: 'getMe', tags: ['auth'], summary: 'The signed-in user, their team and data scope', response: { 200: meSchema } } },
    async (request) => {
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
        permissions: await ctx.playbook.permissionsFor(actor.role),
        modules: (await ctx.playbook.active()).document.modules,
        // The session's CSRF token: a page opened in a new tab fetches it here before writing.
        ...(request.csrfToken ? { csrfToken: request.csrfToken } : {}),
      };
    },
  );

  app.patch(
    '/me',
    {
      config: { deliveryWrite: true },
      schema: {
        operationId: 'updateMe',
        tags: ['auth'],
        summary: 'Change own language, display name or password',
        body: updateMeBody,
        response: { 200: okSchema },
        errors: { 422: ['WRONG_PASSWORD', 'WEAK_PASSWORD'], 429: ['RATE_LIMITED'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { locale, displayName, password } = request.body;
      const changes: { locale?: string; display_name?: string; password_hash?: string; updated_at: Date } = { updated_at: ctx.clock.now() };
      if (locale) changes.locale = locale;
      if (displayName) changes.display_name = displayName;
      if (password) {
        // The current-password check is a sign-in in disguise: the same per-account throttle guards it.
        await guardAttempt(actor.username, request.ip, actor.id, 'password_change');
        const user = await ctx.db.selectFrom('users').select('password_hash').where('id', '=', actor.id).executeTakeFirstOrThrow();
        if (!(await verifyPassword(user.password_hash, password.current))) {
          const locked = await throttle.recordFailure(actor.username, request.ip, 'current_password');
          await auditAuth('auth.password_check_failed', actor.id, {
            username: usernameKey(actor.username),
            address: request.ip,
            ...(locked ? { lockedUntil: locked.lockedUntil.toISOString() } : {}),
          });
          throw new AppError(422, 'WRONG_PASSWORD');
        }
        assertStrongPassword(password.next, [actor.username, displayName ?? actor.displayName]);
        changes.password_hash = await hashPassword(password.next);
      }
      await ctx.db.transaction().execute(async (trx) => {
        await trx.updateTable('users').set(changes).where('id', '=', actor.id).execute();
        // A new password ends every other session of the user at once; this one stays.
        if (password) await endOtherSessions(trx, actor.id, request.cookies[SESSION_COOKIE]);
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
