import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { recordAudit } from '../core/audit/audit.js';
import { actorOf, requirePermission } from '../core/auth/guard.js';
import { hashPassword } from '../core/auth/password.js';
import { assertStrongPassword } from '../core/auth/password-policy.js';
import { endOtherSessions } from '../core/auth/sessions.js';
import { LoginThrottle } from '../core/auth/throttle.js';
import { SESSION_COOKIE } from '../core/auth/guard.js';
import { sql } from 'kysely';
import { roleSchema } from '../core/auth/roles.js';
import type { App, AppContext } from '../core/context.js';
import { dateTimeString, idParams, iso, itemsOf, queryBoolean, storedEnum, uuidString } from '../core/http/common.js';
import { AppError, invalidReference, notFound } from '../core/http/errors.js';
import { assertInPlaybook } from '../core/playbook/checks.js';

export const usernameSchema = z
  .string()
  .trim()
  .min(2)
  .max(50)
  .regex(/^[A-Za-z0-9_.@-]+$/, '用户名只能包含字母、数字和 _ . @ -');

const userBody = z
  .object({
    username: usernameSchema,
    password: z
      .string()
      .min(1)
      .max(200)
      .meta({ description: 'At least 10 characters, not guessable and without the username or display name (422 WEAK_PASSWORD)' }),
    displayName: z.string().trim().min(1).max(100),
    role: roleSchema,
    teamId: z.uuid().nullable().optional(),
    region: z
      .string()
      .trim()
      .min(1)
      .max(50)
      .nullable()
      .optional()
      .meta({ description: 'A playbook region for a user without a team (delivery, product, finance): their regional reads follow it; a team’s region wins' }),
    active: z.boolean().optional(),
    locale: z.enum(['zh-CN', 'en']).optional(),
  })
  .strict()
  .meta({ id: 'CreateUserRequest' });

const userSchema = z
  .object({
    id: uuidString,
    username: z.string(),
    displayName: z.string(),
    role: storedEnum(roleSchema),
    teamId: uuidString.nullable(),
    region: z.string().nullable().meta({ description: 'The region set on the user (the team’s region applies when the user has a team)' }),
    active: z.boolean(),
    locale: z.string().meta({ description: '`zh-CN` or `en`' }),
    createdAt: dateTimeString.nullable(),
  })
  .meta({ id: 'User', description: 'A user (never the password hash)' });

type UserRow = {
  id: string;
  username: string;
  display_name: string;
  role: string;
  team_id: string | null;
  region: string | null;
  active: boolean;
  locale: string;
  created_at: Date;
};
export const toUser = (u: UserRow) => ({
  id: u.id,
  username: u.username,
  displayName: u.display_name,
  role: u.role,
  teamId: u.team_id,
  region: u.region,
  active: u.active,
  locale: u.locale,
  createdAt: iso(u.created_at),
});
const userColumns = ['id', 'username', 'display_name', 'role', 'team_id', 'region', 'active', 'locale', 'created_at'] as const;

export function userRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/users',
    {
      schema: {
        operationId: 'listUsers',
        tags: ['org'],
        summary: 'Users (for owner pickers and administration)',
        querystring: z.object({ role: roleSchema.optional(), teamId: z.uuid().optional(), active: queryBoolean.optional() }),
        response: { 200: itemsOf(userSchema, 'UserList') },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { role, teamId, active } = request.query;
      let query = ctx.db.selectFrom('users').select(userColumns).orderBy('display_name');
      // A rep sees the people of their own team and the managers above it, not the whole directory.
      if (actor.role === 'sales') query = query.where('id', 'in', visibleToRep(actor.id, actor.teamId));
      if (role) query = query.where('role', '=', role);
      if (teamId) query = query.where('team_id', '=', teamId);
      if (active !== undefined) query = query.where('active', '=', active);
      return { items: (await query.execute()).map(toUser) };
    },
  );

  app.post(
    '/users',
    {
      schema: {
        operationId: 'createUser',
        tags: ['org'],
        summary: 'Create a user',
        body: userBody,
        response: { 201: userSchema },
        errors: { 409: ['CONFLICT'], 422: ['INVALID_REFERENCE', 'WEAK_PASSWORD', 'UNKNOWN_REGION'] },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'org:manage');
      const body = request.body;
      if (body.teamId && !(await ctx.db.selectFrom('teams').select('id').where('id', '=', body.teamId).executeTakeFirst())) throw invalidReference('teamId');
      const taken = await ctx.db.selectFrom('users').select('id').where('username', '=', body.username).executeTakeFirst();
      if (taken) throw new AppError(409, 'CONFLICT', { what: '@username' });
      assertStrongPassword(body.password, [body.username, body.displayName]);
      if (body.region) assertInPlaybook((await ctx.playbook.active()).document, { region: body.region });
      const now = ctx.clock.now();
      const row = {
        id: randomUUID(),
        username: body.username,
        password_hash: await hashPassword(body.password),
        display_name: body.displayName,
        role: body.role,
        team_id: body.teamId ?? null,
        region: body.region ?? null,
        active: body.active ?? true,
        locale: body.locale ?? 'zh-CN',
        created_at: now,
        updated_at: now,
      };
      await ctx.db.transaction().execute(async (trx) => {
        await trx.insertInto('users').values(row).execute();
        await recordAudit(trx, ctx.clock, { actorId: actor.id, action: 'user.create', entityType: 'user', entityId: row.id, data: toUser(row) });
      });
      return reply.status(201).send(toUser(row));
    },
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        operationId: 'updateUser',
        tags: ['org'],
        summary: 'Change a user (deactivating or a new password ends their sessions)',
        params: idParams,
        body: userBody.partial().meta({ id: 'UpdateUserRequest' }),
        response: { 200: userSchema },
        errors: { 404: ['NOT_FOUND'], 409: ['CONFLICT'], 422: ['INVALID_REFERENCE', 'WEAK_PASSWORD', 'UNKNOWN_REGION'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'org:manage');
      const { id } = request.params;
      const body = request.body;
      const existing = await ctx.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      if (!existing) throw notFound('user');
      if (body.teamId && !(await ctx.db.selectFrom('teams').select('id').where('id', '=', body.teamId).executeTakeFirst())) throw invalidReference('teamId');
      if (body.username && body.username !== existing.username) {
        const taken = await ctx.db.selectFrom('users').select('id').where('username', '=', body.username).executeTakeFirst();
        if (taken) throw new AppError(409, 'CONFLICT', { what: '@username' });
      }
      if (body.password) assertStrongPassword(body.password, [body.username ?? existing.username, body.displayName ?? existing.display_name]);
      if (body.region) assertInPlaybook((await ctx.playbook.active()).document, { region: body.region });
      const changes = {
        username: body.username ?? existing.username,
        display_name: body.displayName ?? existing.display_name,
        role: body.role ?? existing.role,
        team_id: body.teamId === undefined ? existing.team_id : body.teamId,
        region: body.region === undefined ? existing.region : body.region,
        active: body.active ?? existing.active,
        locale: body.locale ?? existing.locale,
        password_hash: body.password ? await hashPassword(body.password) : existing.password_hash,
        updated_at: ctx.clock.now(),
      };
      await ctx.db.transaction().execute(async (trx) => {
        await trx.updateTable('users').set(changes).where('id', '=', id).execute();
        // A deactivated user or a changed password ends every open session (an admin changing their
        // own password keeps the session they are using).
        if (changes.active === false || body.password) await endOtherSessions(trx, id, id === actor.id ? request.cookies[SESSION_COOKIE] : undefined);
        await recordAudit(trx, ctx.clock, {
          actorId: actor.id,
          action: 'user.update',
          entityType: 'user',
          entityId: id,
          data: { before: toUser(existing), after: toUser({ ...existing, ...changes }), passwordChanged: Boolean(body.password) },
        });
      });
      return toUser({ ...existing, ...changes });
    },
  );

  app.post(
    '/users/:id/unlock',
    {
      schema: {
        operationId: 'unlockUser',
        tags: ['org'],
        summary: 'Lift a sign-in lock-out after too many failed attempts',
        params: idParams,
        response: {
          200: z
            .object({ id: uuidString, username: z.string(), wasLocked: z.boolean() })
            .meta({ id: 'UnlockResult', description: 'Whether the account was locked when it was unlocked' }),
        },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'org:manage');
      const user = await ctx.db.selectFrom('users').select(['id', 'username']).where('id', '=', request.params.id).executeTakeFirst();
      if (!user) throw notFound('user');
      const wasLocked = await new LoginThrottle(ctx.db, ctx.clock).unlock(user.username);
      await ctx.db.transaction().execute((trx) =>
        recordAudit(trx, ctx.clock, {
          actorId: actor.id,
          action: 'user.unlock',
          entityType: 'user',
          entityId: user.id,
          data: { username: user.username, wasLocked },
        }),
      );
      return { id: user.id, username: user.username, wasLocked };
    },
  );
}

/** Ids a sales rep may see: their team, and the supervisors, regional managers and directors above it. */
function visibleToRep(userId: string, teamId: string | null) {
  return sql<string>`(
    with recursive chain as (
      select id, parent_team_id, supervisor_id, region from teams where id = ${teamId}
      union
      select t.id, t.parent_team_id, t.supervisor_id, t.region from teams t join chain on t.id = chain.parent_team_id
    )
    select ${userId}::uuid
    union select u.id from users u where u.team_id = ${teamId}
    union select supervisor_id from chain where supervisor_id is not null
    union select u.id from users u join teams ut on ut.id = u.team_id where u.role = 'regional_manager' and ut.region in (select region from chain)
    union select u.id from users u where u.role = 'director'
  )`;
}
