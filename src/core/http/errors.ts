import type { Locale } from '../i18n/locale.js';
import { entityNames, messages, type ErrorCode } from './messages.js';

export { pickLocale, type Locale } from '../i18n/locale.js';

/** An expected failure with a stable machine code; the message is localised when it is sent. */
export class AppError extends Error {
  /** Response headers that go with the error (e.g. Retry-After). */
  headers: Record<string, string> = {};

  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly details?: unknown,
  ) {
    super(code);
  }
}

/** 429 with Retry-After: the caller may try again after that many seconds. */
export function rateLimited(retryAfterSeconds: number, details: Record<string, unknown> = {}): AppError {
  const error = new AppError(429, 'RATE_LIMITED', {}, { retryAfterSeconds, ...details });
  error.headers['retry-after'] = String(retryAfterSeconds);
  return error;
}

export const notFound = (entity: string) => new AppError(404, 'NOT_FOUND', { entity: `@${entity}` });
export const forbidden = () => new AppError(403, 'FORBIDDEN');
export const invalidReference = (reason: string) => new AppError(422, 'INVALID_REFERENCE', { reason });

/** Params starting with "@" name an entity and are translated too. */
export function localise(code: ErrorCode, params: Record<string, string | number>, locale: Locale): string {
  const template = messages[code][locale];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (typeof value === 'string' && value.startsWith('@')) return entityNames[value.slice(1)]?.[locale] ?? value.slice(1);
    return value === undefined ? '' : String(value);
  });
}
