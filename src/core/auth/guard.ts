import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../http/errors.js';
import type { Database } from '../db/connect.js';
import type { Actor } from './actor.js';
import { can, type Permission } from './roles.js';
import type { ClusterSignals } from '../cluster.js';
import { actorFromApiToken, actorFromSession, clearAuthCache } from './sessions.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** The CSRF token of the signed-in browser session (null for API tokens). */
    csrfToken: string | null;
  }
  interface FastifyContextConfig {
    /** Routes reachable without signing in (login, health, API docs). */
    public?: boolean;
    /**
     * The few writes the read-only delivery role may make: its own cards, bookings and delivery
     * steps, and its own inbox, tasks and session. Every other write is refused before validation.
     */
    deliveryWrite?: boolean;
    /**
     * Machine-to-machine routes (the WeCom archive): an API token must carry this scope, and
     * `read` / `write` do not stand in for it; a token with only this scope reaches nothing else.
     */
    tokenScope?: 'integrations';
  }
}

export const SESSION_COOKIE = 'sid';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Authenticates every /api request; authorisation is checked per route with the helpers below. */
export function installAuthentication(app: FastifyInstance, db: Database, signals: ClusterSignals): void {
  signals.on('auth', () => clearAuthCache(db));
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/v1/') || request.routeOptions.config?.public) return;
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ')) {
      const actor = await actorFromApiToken(db, authorization.slice(7).trim());
      if (!actor) throw new AppError(401, 'UNAUTHENTICATED');
      const required = request.routeOptions.config?.tokenScope;
      if (required) {
        if (!actor.tokenScopes?.includes(required)) throw new AppError(403, 'TOKEN_SCOPE', { scope: required });
        request.actor = actor;
        return;
      }
      if (UNSAFE.has(request.method) && !actor.tokenScopes?.includes('write')) throw new AppError(403, 'TOKEN_SCOPE', { scope: 'write' });
      if (!UNSAFE.has(request.method) && !actor.tokenScopes?.some((s) => s === 'read' || s === 'write'))
        throw new AppError(403, 'TOKEN_SCOPE', { scope: 'read' });
      request.actor = actor;
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await actorFromSession(db, token) : null;
    if (!session) throw new AppError(401, 'UNAUTHENTICATED');
    if (UNSAFE.has(request.method) && request.headers['x-csrf-token'] !== session.csrfToken) throw new AppError(403, 'CSRF');
    request.actor = session.actor;
    request.csrfToken = session.csrfToken;
  });
  // Who someone is and what they reach changes only through these routes: every node forgets its
  // cached callers (this one at once, the others when they hear the signal, within milliseconds).
  app.addHook('onResponse', async (request, reply) => {
    if (UNSAFE.has(request.method) && reply.statusCode < 400 && /^\/api\/v1\/(users|teams|tokens|auth|me)\b/.test(request.url))
      await signals.publish('auth').catch((error: unknown) => {
        clearAuthCache(db);
        request.log.warn({ err: error }, 'could not signal the other nodes to forget cached callers');
      });
  });
  app.addHook('onRequest', async (request) => {
    const actor = request.actor;
    if (actor?.role === 'delivery' && UNSAFE.has(request.method) && !request.routeOptions.config?.deliveryWrite) throw new AppError(403, 'FORBIDDEN');
  });
}

export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError(401, 'UNAUTHENTICATED');
  return request.actor;
}

export function requirePermission(request: FastifyRequest, permission: Permission): Actor {
  const actor = actorOf(request);
  if (!can(actor.role, permission)) throw new AppError(403, 'FORBIDDEN');
  return actor;
}
