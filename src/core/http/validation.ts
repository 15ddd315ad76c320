import type { FastifySchemaCompiler } from 'fastify';
import { z, type ZodType } from 'zod';
import type { Locale } from './errors.js';

z.config(z.locales.zhCN());

const localeMaps = { 'zh-CN': z.locales.zhCN(), en: z.locales.en() };

export interface RequestValidationError extends Error {
  validationIssues: z.core.$ZodIssue[];
  /** Parses the same input again with messages in another language. */
  relocalise(locale: Locale): z.core.$ZodIssue[];
}

export function isRequestValidationError(error: unknown): error is RequestValidationError {
  return error instanceof Error && Array.isArray((error as Partial<RequestValidationError>).validationIssues);
}

/** Like the type provider's compiler, but keeps zod's issues so the error can be localised per request. */
export const zodValidatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data };
    const error = new Error('validation') as RequestValidationError;
    error.validationIssues = result.error.issues;
    error.relocalise = (locale) => {
      const again = schema.safeParse(data, { error: localeMaps[locale].localeError });
      return again.success ? [] : again.error.issues;
    };
    return { error };
  };

export function summariseIssues(issues: z.core.$ZodIssue[]): { summary: string; issues: { path: string; code: string; message: string }[] } {
  const list = issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code, message: issue.message }));
  const summary = list
    .slice(0, 3)
    .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
    .join('; ');
  return { summary, issues: list };
}

/**
 * Why a string cannot be stored: PostgreSQL refuses NUL bytes in text, and an unpaired UTF-16
 * surrogate is not a character at all. Null when the text is fine.
 */
export function unstorableText(text: string): 'nul' | 'surrogate' | null {
  if (text.includes('\u0000')) return 'nul';
  if (/\p{Cs}/u.test(text)) return 'surrogate';
  return null;
}

/** The first string (value or key) in a parsed body, query or params that cannot be stored. */
export function findUnstorable(value: unknown, path: string, depth = 0): { path: string; problem: 'nul' | 'surrogate' } | null {
  if (typeof value === 'string') {
    const problem = unstorableText(value);
    return problem ? { path, problem } : null;
  }
  if (depth > 32 || value === null || typeof value !== 'object') return null;
  if (Buffer.isBuffer(value)) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorable(value[i], `${path}.${i}`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const keyProblem = unstorableText(key);
    if (keyProblem) return { path: `${path}.${JSON.stringify(key).slice(1, -1)}`, problem: keyProblem };
    const found = findUnstorable(item, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

const unstorableMessages = {
  nul: { 'zh-CN': '不能包含空字符（\\u0000）', en: 'must not contain NUL characters (\\u0000)' },
  surrogate: { 'zh-CN': '包含无效的 Unicode 字符（不成对的代理项）', en: 'contains invalid Unicode (an unpaired surrogate)' },
} as const;

/**
 * One localised validation issue for an unstorable string, shaped like a schema issue: `path` is
 * the field inside the body, query or parameters (as zod names it), `in` says which.
 */
export function unstorableIssue(found: { path: string; problem: 'nul' | 'surrogate' }, locale: Locale) {
  const [where, ...rest] = found.path.split('.');
  return { path: rest.join('.'), in: where, code: `invalid_text_${found.problem}`, message: unstorableMessages[found.problem][locale] };
}
