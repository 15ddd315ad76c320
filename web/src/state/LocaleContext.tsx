import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { storeLocale, storedLocale } from '../api';
import { normalizeLocale, pickLabel, translate, type MessageKey, type Vars } from '../i18n';
import type { Choice, Locale } from '../types';

interface LocaleValue {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, vars?: Vars): string;
  label(item: Choice | undefined | null): string;
}

const LocaleContext = createContext<LocaleValue | null>(null);

function applyDayjsLocale(locale: Locale): void {
  dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
  document.documentElement.lang = locale;
}

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const initial = normalizeLocale(storedLocale());
    applyDayjsLocale(initial);
    return initial;
  });

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    applyDayjsLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo<LocaleValue>(
    () => ({
      locale,
      setLocale,
      t: (key, vars) => translate(locale, key, vars),
      label: (item) => pickLabel(locale, item),
    }),
    [locale, setLocale],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useI18n(): LocaleValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useI18n outside LocaleProvider');
  return value;
}

export function hasStoredLocale(): boolean {
  return localStorage.getItem('spm.locale') !== null;
}
