import 'i18next';
import type { FALLBACK_NAMESPACES, Namespaces } from './locales';

// Typed keys: a missing or misspelt key fails the typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    fallbackNS: [...typeof FALLBACK_NAMESPACES];
    keySeparator: false;
    nsSeparator: ':';
    resources: Namespaces;
    // Messages are ICU; their argument names are not typed from JSON strings.
    parseInterpolation: false;
  }
}
