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
