import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { AppError, localise, type Locale } from '../http/errors.js';

/** Reading an uploaded .xlsx or .csv sheet for an import: the first worksheet, row by row, cells as text. */

/** A cell as import text, or why it cannot be imported (reported against its row, never stored). */
export type CellRead = { text: string } | { problem: 'IMPORT_CELL_FORMULA' | 'IMPORT_CELL_ERROR' | 'IMPORT_CELL_UNSUPPORTED'; shown: string };

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

export async function readRows(filename: string, buffer: Buffer): Promise<CellRead[][]> {
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

export const textOf = (cell: CellRead | undefined) => (cell && 'text' in cell ? cell.text : '');

/**
 * The data rows of an uploaded sheet as records keyed by the recognised column headers (`headerMap`:
 * header text, spaces removed, as written or lower-cased → key); a row with an unreadable cell
 * carries the localised problems instead, reported against its line number.
 */
export async function readSheet<K extends string>(filename: string, buffer: Buffer, headerMap: Record<string, K>, locale: Locale) {
  const rows = await readRows(filename, buffer);
  if (rows.length < 2) throw new AppError(422, 'IMPORT_INVALID', { reason: 'the file has no data rows' });
  const headers = rows[0].map(textOf);
  const columns = headers.map((h) => headerMap[h.replace(/\s/g, '')] ?? headerMap[h.toLowerCase().replace(/\s/g, '')]);
  const records = rows.slice(1).map((cells, i) => {
    const record: Partial<Record<K, string>> = {};
    const problems: string[] = [];
    columns.forEach((key, c) => {
      const cell = cells[c];
      if (!key || !cell) return;
      if ('problem' in cell) problems.push(localise(cell.problem, { column: headers[c], value: cell.shown }, locale));
      else if (cell.text) record[key] = cell.text;
    });
    return { row: i + 2, record, problems };
  });
  return { columns, records };
}

/** A refused row of an import: its line number in the file and why. */
export interface ImportError {
  row: number;
  message: string;
}

/**
 * The data rows of an import whose `required` column must be present: readable rows as records
 * (with their line number), rows with unreadable cells as errors.
 */
export async function readRecords<K extends string>(
  filename: string,
  buffer: Buffer,
  headerMap: Record<string, K>,
  required: { key: K; label: string },
  locale: Locale,
): Promise<{ records: { line: number; record: Partial<Record<K, string>> }[]; errors: ImportError[] }> {
  const sheet = await readSheet(filename, buffer, headerMap, locale);
  if (!sheet.columns.includes(required.key)) throw new AppError(422, 'IMPORT_INVALID', { reason: `missing column ${required.label}` });
  const errors: ImportError[] = [];
  const records: { line: number; record: Partial<Record<K, string>> }[] = [];
  for (const { row, record, problems } of sheet.records) {
    if (problems.length) errors.push({ row, message: problems.join('; ') });
    else records.push({ line: row, record });
  }
  return { records, errors };
}
