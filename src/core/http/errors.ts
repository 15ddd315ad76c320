import type { Locale } from '../i18n/locale.js';
import { entityNames, messages, type ErrorCode } from './messages.js';

export { pickLocale, type Locale } from '../i18n/locale.js';

/** An expected failure with a stable machine code; the message is localised when it is sent. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly details?: unknown,
  ) {
    super(code);
  }
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
