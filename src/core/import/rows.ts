import type { Actor } from '../auth/actor.js';
import type { AppContext } from '../context.js';
import type { DuplicateMatch } from '../duplicates/duplicates.js';
import { AppError, localise, type Locale } from '../http/errors.js';
import type { ImportColumn, Importer } from './importer.js';
import type { CellRead } from './sheet.js';

/** Field key → the sheet's column header it is read from (null or absent: not imported). */
export type ImportMapping = Record<string, string | null>;

/** The outcome of one data row: its value when it can be stored, else every reason it cannot. */
export interface RowOutcome {
  line: number;
  value?: unknown;
  reasons: string[];
  duplicate?: { ofRow?: number; matches?: DuplicateMatch[] };
}

const normalHeader = (text: string) => text.replace(/\s/g, '').toLowerCase();

/** The suggested mapping: the remembered one where its columns are in this sheet, else by header name. */
export function suggestMapping(columns: readonly ImportColumn[], headers: string[], remembered: ImportMapping | null): ImportMapping {
  const present = new Set(headers);
  const mapping: ImportMapping = {};
  for (const column of columns) {
    const previous = remembered?.[column.key];
    if (previous && present.has(previous)) {
      mapping[column.key] = previous;
      continue;
    }
    const names = new Set([column.key, column.header['zh-CN'], column.header.en, ...(column.aliases ?? [])].map(normalHeader));
    mapping[column.key] = headers.find((h) => h && names.has(normalHeader(h))) ?? null;
  }
  return mapping;
}

/** Refuses a mapping naming a column the sheet lacks, or leaving a required field unmapped. */
export function checkMapping(importer: Importer, headers: string[], mapping: ImportMapping, locale: Locale): ImportMapping {
  const clean: ImportMapping = {};
  for (const column of importer.columns) {
    const header = mapping[column.key] ?? null;
    if (header !== null && !headers.includes(header)) throw new AppError(422, 'IMPORT_MAPPING_UNKNOWN', { column: header });
    if (header === null && column.required) throw new AppError(422, 'IMPORT_MAPPING_REQUIRED', { field: column.header[locale] });
    clean[column.key] = header;
  }
  return clean;
}

const YES = ['是', 'y', 'yes', 'true', '1', '启用', 'active'];
const NO = ['否', 'n', 'no', 'false', '0', '停用', 'inactive'];

/** A cell's text read by its column's type: the value, or the localised problem. */
function readCell(column: ImportColumn, header: string, text: string, locale: Locale): { value?: unknown; problem?: string } {
  if (!text) return column.required ? { problem: localise('IMPORT_REQUIRED', { column: header }, locale) } : {};
  if (column.options) {
    const lower = text.toLowerCase();
    const option = column.options.find((o) => [o.value, o.label['zh-CN'], o.label.en, ...(o.aliases ?? [])].some((name) => name.toLowerCase() === lower));
    if (option) return { value: option.value };
    const options = column.options.map((o) => o.label[locale]).join(locale === 'en' ? ', ' : '、');
    return { problem: localise('IMPORT_NOT_OPTION', { column: header, value: text, options }, locale) };
  }
  switch (column.type) {
    case 'number': {
      const value = Number(text.replace(/[,，¥￥\s]/g, ''));
      return Number.isFinite(value) ? { value } : { problem: localise('IMPORT_NOT_NUMBER', { column: header, value: text }, locale) };
    }
    case 'boolean': {
      const lower = text.trim().toLowerCase();
      if (YES.includes(lower)) return { value: true };
      if (NO.includes(lower)) return { value: false };
      return { problem: localise('IMPORT_NOT_YES_NO', { column: header, value: text }, locale) };
    }
    case 'list':
      return {
        value: text
          .split(/[,，;；、\n]/)
          .map((m) => m.trim())
          .filter(Boolean),
      };
    default:
      return { value: text };
  }
}

/**
 * Checks rows of a sheet as `importer` would store them: every problem of a row (unreadable cells,
 * column types, the capability's own rules) named by the sheet's column headers, then duplicates
 * of earlier rows (`seen`: key → first line, carried over between batches) and of stored records.
 */
export async function evaluateRows(
  ctx: AppContext,
  actor: Actor,
  importer: Importer,
  input: { headers: string[]; mapping: ImportMapping; rows: { line: number; cells: CellRead[] }[]; seen: Map<string, number>; locale: Locale },
): Promise<RowOutcome[]> {
  const { headers, mapping, locale } = input;
  const mapped = importer.columns
    .map((column) => ({ column, header: mapping[column.key] ?? null }))
    .filter((m): m is { column: ImportColumn; header: string } => m.header !== null)
    .map((m) => ({ ...m, index: headers.indexOf(m.header) }));
  const headerOf = (key: string | undefined) => {
    const found = key === undefined ? undefined : mapped.find((m) => m.column.key === key);
    if (found) return found.header;
    const column = importer.columns.find((c) => c.key === key);
    return column ? column.header[locale] : undefined;
  };
  const outcomes: RowOutcome[] = [];
  for (const { line, cells } of input.rows) {
    const reasons: string[] = [];
    const flagged = new Set<string>();
    const record: Record<string, unknown> = {};
    for (const { column, header, index } of mapped) {
      const cell = cells[index];
      if (cell && 'problem' in cell) {
        reasons.push(localise(cell.problem, { column: header, value: cell.shown }, locale));
        flagged.add(column.key);
        continue;
      }
      const read = readCell(column, header, cell?.text ?? '', locale);
      if (read.problem) {
        reasons.push(read.problem);
        flagged.add(column.key);
      } else if (read.value !== undefined) record[column.key] = read.value;
    }
    const check = await importer.validate(ctx, actor, record, locale);
    if (!check.ok)
      for (const problem of check.problems) {
        if (problem.key && flagged.has(problem.key)) continue;
        const header = headerOf(problem.key);
        reasons.push(header ? localise('IMPORT_COLUMN_PROBLEM', { column: header, message: problem.message }, locale) : problem.message);
      }
    if (reasons.length > 0 || !check.ok) {
      outcomes.push({ line, reasons });
      continue;
    }
    const keys = importer.duplicateKeys(check.value);
    const earlier = keys.map((k) => input.seen.get(k)).find((l) => l !== undefined);
    for (const k of keys) if (!input.seen.has(k)) input.seen.set(k, line);
    if (earlier !== undefined) {
      const what = importer.duplicateLabel[locale];
      outcomes.push({ line, reasons: [localise('IMPORT_DUPLICATE_ROW', { row: earlier, what }, locale)], duplicate: { ofRow: earlier } });
      continue;
    }
    outcomes.push({ line, value: check.value, reasons: [] });
  }
  const fresh = outcomes.filter((o) => o.value !== undefined);
  const stored = fresh.length
    ? await importer.storedDuplicates(
        ctx,
        actor,
        fresh.map((o) => o.value),
        locale,
      )
    : [];
  fresh.forEach((outcome, i) => {
    const found = stored[i];
    if (!found) return;
    outcome.value = undefined;
    outcome.reasons.push(found.message);
    outcome.duplicate = { matches: found.matches };
  });
  return outcomes;
}
