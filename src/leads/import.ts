import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import type { Actor } from '../core/auth/actor.js';
import type { AppContext } from '../core/context.js';
import { AppError, localise, type Locale } from '../core/http/errors.js';
import { summariseIssues } from '../core/http/validation.js';
import { leadInput, type LeadRow } from './lead.model.js';
import { insertLeads, prepareLead } from './lead.service.js';

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

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result);
    if ('error' in value) return value.error;
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if (value instanceof Date) return value.toISOString();
    // Another object shape is not guessed at: '[object Object]' is no one's data.
    return '';
  }
  return String(value);
}

async function readRows(filename: string, buffer: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    if (filename.toLowerCase().endsWith('.csv')) await workbook.csv.read(Readable.from(buffer.toString('utf8').replace(/^\uFEFF/, '')));
    else await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw new AppError(422, 'IMPORT_INVALID', { reason: (error as Error).message });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError(422, 'IMPORT_INVALID', { reason: 'no worksheet' });
  const rows: string[][] = [];
  // columnCount walks every row: read it once, not once per cell (that made imports quadratic).
  const columns = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values: string[] = [];
    for (let c = 1; c <= columns; c++) values.push(cellText(row.getCell(c).value).trim());
    rows.push(values);
  });
  return rows;
}

/**
 * Every row goes through the same validation as POST /leads; valid rows are saved in batches,
 * invalid rows are reported with their line number and nothing of them is stored.
 */
export async function importLeads(ctx: AppContext, actor: Actor, filename: string, buffer: Buffer, locale: Locale) {
  const rows = await readRows(filename, buffer);
  if (rows.length < 2) throw new AppError(422, 'IMPORT_INVALID', { reason: 'the file has no data rows' });
  const columns = rows[0].map((h) => HEADERS[h.replace(/\s/g, '')] ?? HEADERS[h.toLowerCase().replace(/\s/g, '')]);
  if (!columns.includes('name')) throw new AppError(422, 'IMPORT_INVALID', { reason: 'missing column 名称/name' });
  const errors: { row: number; message: string }[] = [];
  let batch: LeadRow[] = [];
  let created = 0;
  for (let i = 1; i < rows.length; i++) {
    const record: Record<string, string> = {};
    columns.forEach((key, c) => {
      if (key && rows[i][c]) record[key] = rows[i][c];
    });
    if (record.type) record.type = TYPE_ALIASES[record.type] ?? TYPE_ALIASES[record.type.toLowerCase()] ?? record.type;
    const parsed = leadInput.safeParse(record);
    if (!parsed.success) {
      errors.push({ row: i + 1, message: summariseIssues(parsed.error.issues).summary });
      continue;
    }
    try {
      batch.push(await prepareLead(ctx, actor, parsed.data));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      errors.push({ row: i + 1, message: localise(error.code, error.params, locale) });
    }
    if (batch.length >= BATCH) {
      await insertLeads(ctx, actor, batch, 'import');
      created += batch.length;
      batch = [];
    }
  }
  await insertLeads(ctx, actor, batch, 'import');
  created += batch.length;
  return { created, failed: errors.length, errors: errors.slice(0, 1000) };
}
