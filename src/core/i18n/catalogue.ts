import { en } from './catalogue.en.js';
import { zhCN } from './catalogue.zh-CN.js';
import { formatMessage, type MessageArgs } from './format.js';
import type { Locale } from './locale.js';
import type { Catalogue, TextKey } from './catalogue-shape.js';

export type { Catalogue, NoticeMessageKey, TextKey } from './catalogue-shape.js';

export const catalogues: Record<Locale, Catalogue> = { 'zh-CN': zhCN, en };

/** One server text in the given language. */
export function text(locale: Locale, key: TextKey, args?: MessageArgs): string {
  return formatMessage(locale, catalogues[locale].text[key], args);
}

/** A bound `text` for code that writes many texts in one language (a sheet, a bot message). */
export function textsIn(locale: Locale): (key: TextKey, args?: MessageArgs) => string {
  return (key, args) => text(locale, key, args);
}

/** Names quoted and joined the way each language lists them: 「甲」、「乙」 / “A”, “B”. */
export function quotedList(locale: Locale, items: readonly string[]): string {
  return locale === 'en' ? items.map((s) => `\u201c${s}\u201d`).join(', ') : items.map((s) => `「${s}」`).join('、');
}
