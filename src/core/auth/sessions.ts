import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Database } from '../db/connect.js';
import type { Role } from './roles.js';
import { resolveScope } from './scope.js';
import type { Actor } from './actor.js';

const SESSION_TTL_MS = 7 * 24 * 3600 * 1000;
export const TOKEN_PREFIX = 'spm_';

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const secret = () => randomBytes(32).toString('base64url');

// Sessions and tokens expire on wall-clock time, not on the business clock: moving the time
// machine forward for a demo must not sign everyone out.
export async function createSession(db: Database, userId: string) {
  const token = secret();
  const csrfToken = secret();
  const now = new Date();
  await db
    .insertInto('sessions')
    .values({ id: sha256(token), user_id: userId, csrf_token: csrfToken, created_at: now, expires_at: new Date(now.getTime() + SESSION_TTL_MS) })
    .execute();
  return { token, csrfToken, maxAgeSeconds: SESSION_TTL_MS / 1000 };
}

export async function deleteSession(db: Database, token: string) {
  await db.deleteFrom('sessions').where('id', '=', sha256(token)).execute();
}

/** Ends every session of a user except the one with `keepToken` (the caller's own). */
export async function endOtherSessions(db: Database, userId: string, keepToken: string | undefined): Promise<number> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepToken) query = query.where('id', '!=', sha256(keepToken));
  const result = await query.executeTakeFirst();
  clearAuthCache(db);
  return Number(result.numDeletedRows);
}

type UserRow = {
  id: string;
  username: string;
  display_name: string;
  role: string;
  team_id: string | null;
  region: string | null;
  locale: string;
  active: boolean;
};

async function toActor(db: Database, user: UserRow, via: Actor['via'], tokenScopes: string[] | null): Promise<Actor> {
  const role = user.role as Role;
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    role,
    teamId: user.team_id,
    locale: user.locale,
    via,
    tokenScopes,
    scope: await resolveScope(db, { id: user.id, role, team_id: user.team_id, region: user.region }),
  };
}

const userColumns = [
  'users.id',
  'users.username',
  'users.display_name',
  'users.role',
  'users.team_id',
  'users.region',
  'users.locale',
  'users.active',
] as const;

/**
 * Signed-in callers are looked up once per few seconds, not on every request: a read then costs
 * one query instead of two. Changes to users, teams, tokens and sessions clear the cache of every
 * node at once (guard.ts signals `auth` to all nodes, see core/cluster.ts); the TTL only bounds
 * what a node could miss while its signal connection is down. One cache per database handle (an
 * app node).
 */
const AUTH_CACHE_TTL_MS = 5_000;
const AUTH_CACHE_MAX = 10_000;
const authCaches = new WeakMap<Database, Map<string, { value: unknown; until: number }>>();

export function clearAuthCache(db: Database): void {
  authCaches.get(db)?.clear();
}

async function cached<T>(db: Database, key: string, load: () => Promise<T | null>): Promise<T | null> {
  const now = Date.now();
  let authCache = authCaches.get(db);
  if (!authCache) authCaches.set(db, (authCache = new Map<string, { value: unknown; until: number }>()));
  const hit = authCache.get(key);
  if (hit && hit.until > now) return hit.value as T;
  const value = await load();
  if (value) {
    if (authCache.size >= AUTH_CACHE_MAX) authCache.clear();
    authCache.set(key, { value, until: now + AUTH_CACHE_TTL_MS });
  } else authCache.delete(key);
  return value;
}

export function actorFromSession(db: Database, token: string): Promise<{ actor: Actor; csrfToken: string } | null> {
  return cached(db, `s:${sha256(token)}`, () => loadSessionActor(db, token));
}

export function actorFromApiToken(db: Database, token: string): Promise<Actor | null> {
  return cached(db, `t:${sha256(token)}`, () => loadTokenActor(db, token));
}

async function loadSessionActor(db: Database, token: string): Promise<{ actor: Actor; csrfToken: string } | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([...userColumns, 'sessions.csrf_token', 'sessions.expires_at'])
    .where('sessions.id', '=', sha256(token))
    .executeTakeFirst();
  if (!row || !row.active || row.expires_at.getTime() < Date.now()) return null;
  return { actor: await toActor(db, row, 'session', null), csrfToken: row.csrf_token };
}

export async function createApiToken(db: Database, userId: string, name: string, scopes: string[], expiresAt: Date | null) {
  const token = TOKEN_PREFIX + secret();
  const id = randomUUID();
  await db
    .insertInto('api_tokens')
    .values({ id, user_id: userId, name, token_hash: sha256(token), scopes, created_at: new Date(), expires_at: expiresAt })
    .execute();
  return { id, token };
}

async function loadTokenActor(db: Database, token: string): Promise<Actor | null> {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([...userColumns, 'api_tokens.id as token_id', 'api_tokens.scopes', 'api_tokens.expires_at', 'api_tokens.revoked_at', 'api_tokens.last_used_at'])
    .where('api_tokens.token_hash', '=', sha256(token))
    .executeTakeFirst();
  const now = Date.now();
  if (!row || !row.active || row.revoked_at || (row.expires_at && row.expires_at.getTime() < now)) return null;
  // Recording every use would turn reads into writes; once a minute is enough to spot dead tokens.
  if (!row.last_used_at || now - row.last_used_at.getTime() > 60_000) {
    // Concurrent requests of one token must not queue on its row: whoever holds it records the use.
    await sql`update api_tokens set last_used_at = ${new Date(now)} where id in (select id from api_tokens where id = ${row.token_id} for update skip locked)`.execute(
      db,
    );
  }
  return toActor(db, row, 'token', row.scopes);
}

/** The user as a trusted in-process caller (a background job acting for them); null when inactive or gone. */
export async function internalActor(db: Database, userId: string): Promise<Actor | null> {
  const user = await db.selectFrom('users').select(userColumns).where('users.id', '=', userId).executeTakeFirst();
  if (!user || !user.active) return null;
  return toActor(db, user, 'internal', null);
}
