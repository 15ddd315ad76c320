import { useCallback, useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { storeLocale } from '../api/client';
import type { Locale } from '../api/types';
import { i18n, normalizeLocale, pickLabel, type Choice, type FlatNamespace, type MessageKey, type Vars } from '../i18n';
import type { Namespace } from '../locales';

// Function-valued properties, not methods: callers destructure them (`const { t } = useI18n()`),
// and none of them reads `this`.
export interface LocaleValue<N extends Namespace = FlatNamespace> {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey<N>, vars?: Vars) => string;
  label: (item: Choice | undefined | null) => string;
}

export function LocaleProvider({ children }: { children: ReactNode }) {
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

/**
 * The app's texts in the chosen language: a thin layer over react-i18next. `useI18n()` finds the
 * common, leads, opportunities, reports, collaboration, admin and settings keys;
 * `useI18n('analytics')` and `useI18n('authenticity')` those namespaces.
 */
export function useI18n(): LocaleValue;
export function useI18n<N extends Namespace>(namespace: N): LocaleValue<N>;
export function useI18n(namespace: Namespace = 'common'): LocaleValue<Namespace> {
  const { t, i18n: instance } = useTranslation(namespace);
  const locale = normalizeLocale(instance.language);
  const setLocale = useCallback(
    (next: Locale) => {
      storeLocale(next);
      void instance.changeLanguage(next);
    },
    [instance],
  );
  return useMemo(
    () => ({
      locale,
      setLocale,
      // The key is checked by the hook's signature; i18next's own overloads need not see it again.
      t: (key: string, vars?: Vars) => (t as (key: string, options?: Vars) => string)(key, vars),
      label: (item: Choice | undefined | null) => pickLabel(locale, item),
    }),
    [locale, setLocale, t],
  );
}

export function hasStoredLocale(): boolean {
  return localStorage.getItem('spm.locale') !== null;
}
