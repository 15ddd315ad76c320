import i18next, { type i18n } from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import { FALLBACK_NAMESPACES, resources } from './index';

/**
 * An i18next instance speaking ICU messages (plurals, numbers, selects) from the bundled JSON
 * locales: `t('key')` looks in common, then in the fallback namespaces.
 */
export function createI18n(language: 'zh-CN' | 'en'): i18n {
  const instance = i18next.createInstance();
  void instance
    .use(ICU)
    .use(initReactI18next)
    .init({
      resources,
      lng: language,
      fallbackLng: 'zh-CN',
      supportedLngs: ['zh-CN', 'en'],
      load: 'currentOnly',
      ns: Object.keys(resources['zh-CN']),
      defaultNS: 'common',
      fallbackNS: [...FALLBACK_NAMESPACES],
      // Keys are flat ("leads.claim"), not paths into nested objects.
      keySeparator: false,
      nsSeparator: ':',
      interpolation: { escapeValue: false },
      initAsync: false,
      react: { useSuspense: false },
    });
  return instance;
}
