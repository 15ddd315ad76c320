import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import type { Actor } from '../core/auth/actor.js';
import type { AppContext } from '../core/context.js';
import { AppError, localise, type Locale } from '../core/http/errors.js';
import { summariseIssues } from '../core/http/validation.js';
import { leadInput, type LeadRow } from './lead.model.js';
import { insertLeads, prepareLead } from './lead.service.js';
import { findDuplicates, probeKeys, type DuplicateMatch } from '../core/duplicates/duplicates.js';

/** Column headers accepted in import files: Chinese as exported by the UI, or the API's keys. */
const HEADERS: Record<string, keyof typeof leadInput.shape> = {
  名称: 'name',
  姓名: 'name',
  线索名称: 'name',
  name: 'name',
  类型: 'type',
  type: 'type',
  区域: 'region',
  region: 'region',
  产品线: 'productLine',
  productline: 'productLine',
  电话: 'phone',
  phone: 'phone',
  公司: 'company',
  company: 'company',
  来源: 'source',
  source: 'source',
};
const TYPE_ALIASES: Record<string, string> = { B端: 'B2B', C端: 'B2C', b2b: 'B2B', b2c: 'B2C' };
const BATCH = 500;

/** A cell as import text, or why it cannot be imported (reported against its row, never stored). */
type CellRead = { text: string } | { problem: 'IMPORT_CELL_FORMULA' | 'IMPORT_CELL_ERROR' | 'IMPORT_CELL_UNSUPPORTED'; shown: string };

function cellRead(value: ExcelJS.CellValue): CellRead {
  if (value === null || value === undefined) return { text: '' };
  if (value instanceof Date) return { text: value.toISOString() };
  if (typeof value !== 'object') return { text: String(value) };
  if ('formula' in value || 'sharedFormula' in value) {
    // A formula cell imports as the value the spreadsheet last computed; without one, the row is reported.
    const result = value.result;
    const shown = 'formula' in value ? `=${value.formula}` : `=${value.sharedFormula}`;
    if (result === undefined || result === null) return { problem: 'IMPORT_CELL_FORMULA', shown };
    if (typeof result === 'object' && !(result instanceof Date)) return { problem: 'IMPORT_CELL_ERROR', shown: result.error };
    return cellRead(result);
  }
  if ('error' in value) return { problem: 'IMPORT_CELL_ERROR', shown: value.error };
  if ('richText' in value) return { text: value.richText.map((r) => r.text).join('') };
  if ('text' in value && typeof value.text === 'string') return { text: value.text };
  return { problem: 'IMPORT_CELL_UNSUPPORTED', shown: '' };
}

async function readRows(filename: string, buffer: Buffer): Promise<CellRead[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    if (filename.toLowerCase().endsWith('.csv')) await workbook.csv.read(Readable.from(buffer.toString('utf8').replace(/^\uFEFF/, '')));
    else await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw new AppError(422, 'IMPORT_INVALID', { reason: (error as Error).message });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError(422, 'IMPORT_INVALID', { reason: 'no worksheet' });
  const rows: CellRead[][] = [];
  // columnCount walks every row: read it once, not once per cell (that made imports quadratic).
  const columns = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values: CellRead[] = [];
    for (let c = 1; c <= columns; c++) {
      const read = cellRead(row.getCell(c).value);
      values.push('text' in read ? { text: read.text.trim() } : read);
    }
    rows.push(values);
  });
  return rows;
}

const textOf = (cell: CellRead | undefined) => (cell && 'text' in cell ? cell.text : '');

/**
 * Every row goes through the same validation as POST /leads; valid rows are saved in batches,
 * invalid rows are reported with their line number and nothing of them is stored.
 */
export async function importLeads(ctx: AppContext, actor: Actor, filename: string, buffer: Buffer, locale: Locale) {
  const rows = await readRows(filename, buffer);
  if (rows.length < 2) throw new AppError(422, 'IMPORT_INVALID', { reason: 'the file has no data rows' });
  const headers = rows[0].map(textOf);
  const columns = headers.map((h) => HEADERS[h.replace(/\s/g, '')] ?? HEADERS[h.toLowerCase().replace(/\s/g, '')]);
  if (!columns.includes('name')) throw new AppError(422, 'IMPORT_INVALID', { reason: 'missing column 名称/name' });
  const errors: ImportError[] = [];
  const prepared: { line: number; row: LeadRow }[] = [];
  for (let i = 1; i < rows.length; i++) {
    const record: Record<string, string> = {};
    const problems: string[] = [];
    columns.forEach((key, c) => {
      const cell = rows[i][c];
      if (!key || !cell) return;
      if ('problem' in cell) problems.push(localise(cell.problem, { column: headers[c], value: cell.shown }, locale));
      else if (cell.text) record[key] = cell.text;
    });
    if (problems.length) {
      errors.push({ row: i + 1, message: problems.join('; ') });
      continue;
    }
    if (record.type) record.type = TYPE_ALIASES[record.type] ?? TYPE_ALIASES[record.type.toLowerCase()] ?? record.type;
    const parsed = leadInput.safeParse(record);
    if (!parsed.success) {
      errors.push({ row: i + 1, message: summariseIssues(parsed.error.issues).summary });
      continue;
    }
    try {
      prepared.push({ line: i + 1, row: await prepareLead(ctx, actor, parsed.data) });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      errors.push({ row: i + 1, message: localise(error.code, error.params, locale) });
    }
  }
  const accepted = await withoutDuplicates(ctx, actor, prepared, errors, locale);
  let created = 0;
  for (let i = 0; i < accepted.length; i += BATCH) {
    const batch = accepted.slice(i, i + BATCH);
    await insertLeads(ctx, actor, batch, 'import');
    created += batch.length;
  }
  errors.sort((a, b) => a.row - b.row);
  return { created, failed: errors.length, errors: errors.slice(0, 1000) };
}

type ImportError = { row: number; message: string; code?: 'DUPLICATE'; duplicateOfRow?: number; matches?: DuplicateMatch[] };

const duplicateText = {
  'zh-CN': {
    row: (line: number) => `与第 ${line} 行重复（电话或公司名称相同）`,
    record: (m: DuplicateMatch) =>
      'hidden' in m
        ? `与一条您无权查看的${m.type === 'lead' ? '线索' : '客户'}重复`
        : `与${m.type === 'lead' ? '线索' : '客户'}「${m.name}」重复（负责人：${m.ownerName ?? '无'}）`,
  },
  en: {
    row: (line: number) => `Duplicate of row ${line} (same phone or company name)`,
    record: (m: DuplicateMatch) =>
      'hidden' in m ? `Duplicate of a ${m.type} you cannot see` : `Duplicate of ${m.type} "${m.name}" (owner: ${m.ownerName ?? 'none'})`,
  },
};

/**
 * 查重 of an import: a row whose phone or company name matches an earlier row of the file, or a
 * lead or customer already stored, is reported and not imported.
 */
async function withoutDuplicates(ctx: AppContext, actor: Actor, prepared: { line: number; row: LeadRow }[], errors: ImportError[], locale: Locale) {
  const probes = prepared.map(({ row }) => ({ phone: row.phone, companyName: row.company }));
  const stored = await findDuplicates(ctx.db, actor.scope, probes);
  const firstLine = new Map<string, number>();
  const accepted: LeadRow[] = [];
  const text = duplicateText[locale];
  prepared.forEach(({ line, row }, i) => {
    const keys = probeKeys(probes[i]);
    const own = [keys.phone && `p:${keys.phone}`, keys.name && `n:${keys.name}`].filter((k): k is string => Boolean(k));
    const earlier = own.map((k) => firstLine.get(k)).find((l) => l !== undefined);
    for (const k of own) if (!firstLine.has(k)) firstLine.set(k, line);
    if (earlier !== undefined) {
      errors.push({ row: line, message: text.row(earlier), code: 'DUPLICATE', duplicateOfRow: earlier });
      return;
    }
    if (stored[i].length > 0) {
      errors.push({ row: line, message: stored[i].map(text.record).join('; '), code: 'DUPLICATE', matches: stored[i] });
      return;
    }
    accepted.push(row);
  });
  return accepted;
}
