import type { TypeOptions } from 'i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { storedLocale } from './api/client';
import type { LabeledItem, Locale } from './api/types';
import type { FALLBACK_NAMESPACES, Namespace } from './locales';
import { createI18n } from './locales/config';

/** A playbook list entry: a labelled item (channels, stages, file kinds) or a plain string (regions, product lines). */
export type Choice = string | LabeledItem;

/** Namespaces whose keys `useI18n()` finds without naming them. */
export type FlatNamespace = 'common' | (typeof FALLBACK_NAMESPACES)[number];
/**
 * A message key of the given namespaces (by default those `useI18n()` looks in), from the resources
 * typing declared for i18next (`i18next.d.ts`).
 */
export type MessageKey<N extends Namespace = FlatNamespace> = { [K in N]: Extract<keyof TypeOptions['resources'][K], string> }[N];
/** Values of a message's ICU arguments. */
export type Vars = Record<string, string | number | Date>;

export function normalizeLocale(value: string | null | undefined): Locale {
  return value && value.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

/** Playbook items carry `label` (Chinese) and `labelEn`; plain strings are shown as they are. */
export function pickLabel(locale: Locale, item: Choice | undefined | null): string {
  if (item === undefined || item === null) return '';
  if (typeof item === 'string') return item;
  return locale === 'en' && item.labelEn ? item.labelEn : item.label;
}

export function choiceKey(item: Choice): string {
  return typeof item === 'string' ? item : item.key;
}

/** Dates shown by dayjs and the page's `lang` follow the language of the texts. */
function applyLocale(locale: Locale): void {
  dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
  document.documentElement.lang = locale;
}

/** The app's i18next, starting in the language chosen on this device. */
export const i18n = createI18n(normalizeLocale(storedLocale()));
applyLocale(normalizeLocale(i18n.language));
i18n.on('languageChanged', (language) => applyLocale(normalizeLocale(language)));
