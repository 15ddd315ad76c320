import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import type { Locale } from './locale.js';

export type MessageArgs = Record<string, PrimitiveType>;

// Messages come from the catalogues, so the cache is bounded by their size.
const compiled = new Map<string, IntlMessageFormat>();

function compile(locale: Locale, message: string): IntlMessageFormat {
  const key = `${locale}\u0000${message}`;
  let format = compiled.get(key);
  if (!format) {
    // Messages are plain text: `<` is a character, not the start of a rich-text tag.
    format = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });
    compiled.set(key, format);
  }
  return format;
}

/** Formats an ICU message; throws when the message needs an argument that is missing. */
export function formatMessage(locale: Locale, message: string, args: MessageArgs = {}): string {
  const result = compile(locale, message).format<string>(args);
  return Array.isArray(result) ? result.join('') : String(result);
}
