import { entityNames, messages } from './messages.js';

export type Locale = 'zh-CN' | 'en';

/** An expected failure with a stable machine code; the message is localised when it is sent. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    readonly details?: unknown,
  ) {
    super(code);
  }
}

export const notFound = (entity: string) => new AppError(404, 'NOT_FOUND', { entity: `@${entity}` });
export const forbidden = () => new AppError(403, 'FORBIDDEN');
export const invalidReference = (reason: string) => new AppError(422, 'INVALID_REFERENCE', { reason });

export function pickLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'zh-CN';
  for (const part of acceptLanguage.split(',')) {
    const tag = part.split(';')[0].trim().toLowerCase();
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}

/** Params starting with "@" name an entity and are translated too. */
export function localise(code: string, params: Record<string, string | number>, locale: Locale): string {
  const template = (messages as Record<string, { 'zh-CN': string; en: string } | undefined>)[code]?.[locale] ?? code;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (typeof value === 'string' && value.startsWith('@')) return entityNames[value.slice(1)]?.[locale] ?? value.slice(1);
    return value === undefined ? '' : String(value);
  });
}
