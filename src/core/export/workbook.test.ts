import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { localDateCell, neutraliseCellText, workbookBuffer } from './workbook.js';

describe('spreadsheet output', () => {
  it('prefixes every text a spreadsheet would read as a formula with an apostrophe', () => {
    for (const text of ['=1+1', '+1', '-1+2', '@SUM(A1)', '\t=1', '\r=1']) expect(neutraliseCellText(text)).toBe(`'${text}`);
    for (const text of ['张三', '1-2', 'a=b', '', "'quoted"]) expect(neutraliseCellText(text)).toBe(text);
  });

  it('neutralises every sheet of a workbook and leaves numbers and dates alone', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('a').addRow(['=cmd|x', -5, new Date(0)]);
    workbook.addWorksheet('b').addRow(['ok', '@x']);
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load((await workbookBuffer(workbook)) as unknown as ArrayBuffer);
    expect(loaded.getWorksheet('a')!.getRow(1).values).toEqual([undefined, "'=cmd|x", -5, new Date(0)]);
    expect(loaded.getWorksheet('b')!.getRow(1).values).toEqual([undefined, 'ok', "'@x"]);
  });

  it('carries the local wall clock of an instant in a date cell', () => {
    expect(localDateCell(new Date('2026-11-23T02:00:00Z'), 'Asia/Shanghai').toISOString()).toBe('2026-11-23T10:00:00.000Z');
    expect(localDateCell(new Date('2026-11-23T20:30:00Z'), 'Asia/Shanghai').toISOString()).toBe('2026-11-24T04:30:00.000Z');
  });
});
