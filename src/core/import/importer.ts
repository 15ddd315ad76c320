import type { Transaction } from 'kysely';
import { z, type ZodType } from 'zod';
import type { Actor } from '../auth/actor.js';
import type { Permission } from '../auth/roles.js';
import type { AppContext } from '../context.js';
import type { DB } from '../db/schema.js';
import type { DuplicateMatch } from '../duplicates/duplicates.js';
import type { Locale } from '../i18n/locale.js';
import { localise } from '../http/errors.js';
import type { PlaybookDocument } from '../playbook/schema.js';

/**
 * What a capability tells the import engine about one kind of record: its columns, how a row is
 * checked, what makes two rows the same record, and how valid rows are stored. The engine does
 * the rest (template, upload, mapping, preview, background job, error report) for every kind.
 */

export const IMPORT_KINDS = ['leads', 'customers', 'contacts', 'products', 'devices', 'fault_codes', 'competitor_stores'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_MODES = ['all_or_nothing', 'skip_bad_rows'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export interface ImportOption {
  value: string;
  label: Record<Locale, string>;
  /** Further spellings accepted in a sheet (compared case-insensitively). */
  aliases?: readonly string[];
}

export interface ImportColumn {
  /** The field of the capability's input (`name`, `productLine`…). */
  key: string;
  header: Record<Locale, string>;
  /** Further header texts recognised when suggesting a mapping (API keys are recognised anyway). */
  aliases?: readonly string[];
  required?: boolean;
  /** How the cell's text is read before the row is checked (default text). */
  type?: 'text' | 'number' | 'boolean' | 'list';
  /** The values a cell may hold (stored value, or its label in either language, or an alias). */
  options?: readonly ImportOption[];
  /** The example row's cell in the template. */
  example: string;
  /** A hint in the template's instructions. */
  note?: Record<Locale, string>;
}

/** A problem of a row, about one field (`key`) or the row as a whole. */
export interface RowProblem {
  key?: string;
  message: string;
}

export type RowCheck<T> = { ok: true; value: T } | { ok: false; problems: RowProblem[] };

/** Why a row repeats a stored record. */
export interface StoredDuplicate {
  message: string;
  matches?: DuplicateMatch[];
}

export interface Importer<T = unknown, P = T> {
  kind: ImportKind;
  /** Who may import this kind (the same permission as creating them one by one in bulk). */
  permission: Permission;
  title: Record<Locale, string>;
  columns: readonly ImportColumn[];
  /** Names what `duplicateKeys` compares, for the message of a row repeating an earlier one. */
  duplicateLabel: Record<Locale, string>;
  /**
   * Every problem of the row (not only the first); `record` holds the mapped fields already read
   * by their column type. Looks up what it needs (playbook, owners, customers) but stores nothing.
   */
  validate(ctx: AppContext, actor: Actor, record: Record<string, unknown>, locale: Locale): Promise<RowCheck<T>>;
  /** The keys that make two rows of one file the same record (empty: never a duplicate). */
  duplicateKeys(value: T): string[];
  /** For each value, the stored record it repeats, or null. */
  storedDuplicates(ctx: AppContext, actor: Actor, values: T[], locale: Locale): Promise<(StoredDuplicate | null)[]>;
  /**
   * Turns a batch of valid values into what `write` stores (owners, deadlines…), before the batch's
   * transaction opens (its look-ups go through `ctx.db`); nothing is stored yet.
   */
  prepare(ctx: AppContext, actor: Actor, values: T[]): Promise<P[]>;
  /** Stores a prepared batch inside the engine's transaction (which also records the progress). */
  write(trx: Transaction<DB>, ctx: AppContext, actor: Actor, rows: P[]): Promise<void>;
}

/** Declares an importer (keeps its value types inside, the engine sees `Importer<unknown>`). */
export const defineImporter = <T, P>(importer: Importer<T, P>): Importer => importer;

/** 客户类型 as a column's options: B端 / C端 or the stored value. */
export const CUSTOMER_TYPE_OPTIONS: readonly ImportOption[] = [
  { value: 'B2B', label: { 'zh-CN': 'B端', en: 'B2B' }, aliases: ['企业', 'business'] },
  { value: 'B2C', label: { 'zh-CN': 'C端', en: 'B2C' }, aliases: ['个人', 'consumer'] },
];

/** Values that must be in the playbook's lists, each as a problem of its own field. */
export function playbookProblems(document: PlaybookDocument, values: { region?: unknown; productLine?: unknown }, locale: Locale): RowProblem[] {
  const problems: RowProblem[] = [];
  if (typeof values.region === 'string' && !document.regions.includes(values.region))
    problems.push({ key: 'region', message: localise('UNKNOWN_REGION', { value: values.region }, locale) });
  if (typeof values.productLine === 'string' && !document.productLines.includes(values.productLine))
    problems.push({ key: 'productLine', message: localise('UNKNOWN_PRODUCT_LINE', { value: values.productLine }, locale) });
  return problems;
}

const localeMaps = { 'zh-CN': z.locales.zhCN(), en: z.locales.en() };

/** Parses a record with the capability's input schema; every issue as a problem of its field. */
export function parseRecord<S extends ZodType>(schema: S, record: Record<string, unknown>, locale: Locale): RowCheck<z.output<S>> {
  const parsed = schema.safeParse(record, { error: localeMaps[locale].localeError });
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({ key: issue.path.length ? String(issue.path[0]) : undefined, message: issue.message })),
  };
}

/** Problems of both checks, or the value when there are none. */
export function combineChecks<T>(first: RowProblem[], check: RowCheck<T>): RowCheck<T> {
  if (check.ok && first.length === 0) return check;
  return { ok: false, problems: [...first, ...(check.ok ? [] : check.problems)] };
}
