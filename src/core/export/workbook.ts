import Excel from 'exceljs';
import type ExcelJS from 'exceljs';
import { localParts } from '../calendar/working-time.js';
import type { Locale } from '../i18n/locale.js';

/**
 * Spreadsheets the product writes. User text that a spreadsheet program would read as a formula
 * when the cell is edited or the sheet is saved as CSV (OWASP CSV injection: a leading `=`, `+`,
 * `-`, `@`, tab or carriage return) is written with a leading apostrophe, so it stays text.
 * Every export goes through `workbookBuffer`, so no sheet can skip it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The text as it is safe to put in a spreadsheet cell or CSV field. */
export function neutraliseCellText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Neutralises every text cell of every sheet in place (headers are ours and pass unchanged). */
export function neutraliseWorkbook(workbook: ExcelJS.Workbook): void {
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (typeof cell.value === 'string') cell.value = neutraliseCellText(cell.value);
      });
    });
  });
}

/** The .xlsx bytes of a workbook, with user text neutralised. */
export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  neutraliseWorkbook(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Date-and-time cell formats: a Chinese date for Chinese readers, ISO-like otherwise. */
export const DATE_TIME_FORMAT: Record<Locale, string> = {
  'zh-CN': 'yyyy"年"m"月"d"日" hh:mm',
  en: 'yyyy-mm-dd hh:mm',
};

/**
 * A real date cell value showing the instant's wall-clock time in `timeZone`. Spreadsheet dates
 * have no time zone: the serial number is the local date and time, so the value carries the
 * local wall clock in its UTC fields (ExcelJS writes dates from their UTC fields).
 */
export function localDateCell(instant: Date, timeZone: string): Date {
  const { date, msOfDay } = localParts(instant, timeZone);
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + msOfDay);
}

export interface SheetSpec {
  name: string;
  columns: { header: string; key: string; width?: number; numFmt?: string }[];
  rows: readonly object[];
}

/** A workbook of plain tables: bold, frozen header row, one row per record. */
export function tableWorkbook(sheets: SheetSpec[], created?: Date): ExcelJS.Workbook {
  const workbook = new Excel.Workbook();
  if (created) workbook.created = created;
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    sheet.columns = spec.columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 14, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of spec.rows) sheet.addRow(row);
  }
  return workbook;
}

/** The headers of an .xlsx download: an ASCII file name and the localised one (RFC 5987). */
export function workbookHeaders(asciiName: string, localisedName: string): Record<string, string> {
  return {
    'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-disposition': `attachment; filename="${asciiName.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(localisedName)}`,
  };
}
