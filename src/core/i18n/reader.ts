import type { FastifyRequest } from 'fastify';
import { actorOf } from '../auth/guard.js';
import { pickLocale, toLocale, type Locale } from './locale.js';

/**
 * The language of what the caller takes away (exported sheets): a signed-in user's own setting,
 * an API token's Accept-Language header.
 */
export function readerLocale(request: FastifyRequest): Locale {
  const actor = actorOf(request);
  return actor.via === 'session' ? toLocale(actor.locale) : pickLocale(request.headers['accept-language']);
}
