import type { FastifyReply } from 'fastify';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { workbookBuffer } from '../export/workbook.js';
import type { Locale } from '../i18n/locale.js';

/**
 * `sort`: one of the list's sort keys, `-key` for descending (e.g. `-createdAt`). The schema
 * documents the keys; `orderOf` splits the value.
 */
export function sortQuery<const K extends string>(keys: readonly [K, ...K[]], fallback: K | `-${K}`) {
  const values = keys.flatMap((k) => [k, `-${k}`] as const) as unknown as [K | `-${K}`, ...(K | `-${K}`)[]];
  return z
    .enum(values)
    .default(fallback as never)
    .meta({ description: `Sort key, \`-\` first for descending: ${keys.join(', ')}` });
}

export function orderOf<K extends string>(sort: K | `-${K}`): { key: K; direction: 'asc' | 'desc' } {
  return sort.startsWith('-') ? { key: sort.slice(1) as K, direction: 'desc' } : { key: sort as K, direction: 'asc' };
}

/** A column of a one-sheet export: its header in both languages, and how wide it is. */
export interface SheetColumn<T> {
  header: Record<Locale, string>;
  width?: number;
  value: (row: T) => string | number | boolean | Date | null;
  numFmt?: string;
}

/** The media type and OpenAPI description of a one-sheet .xlsx export. */
export const xlsxDownload = (description: string) => ({ mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', description });

/**
 * Sends one sheet of rows as an .xlsx attachment (user text neutralised by `workbookBuffer`).
 * `asciiName` is the fallback file name, `localName` the one browsers show.
 */
export async function sendSheet<T>(
  reply: FastifyReply,
  input: { sheet: Record<Locale, string>; columns: SheetColumn<T>[]; rows: T[]; locale: Locale; asciiName: string; localName: string; now: Date },
): Promise<FastifyReply> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = input.now;
  const sheet = workbook.addWorksheet(input.sheet[input.locale]);
  sheet.columns = input.columns.map((c, i) => ({ header: c.header[input.locale], key: String(i), width: c.width ?? 16 }));
  for (const row of input.rows) sheet.addRow(input.columns.map((c) => c.value(row)));
  input.columns.forEach((c, i) => {
    if (c.numFmt) sheet.getColumn(i + 1).numFmt = c.numFmt;
  });
  sheet.getRow(1).font = { bold: true };
  const buffer = await workbookBuffer(workbook);
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="${input.asciiName}"; filename*=UTF-8''${encodeURIComponent(input.localName)}`)
    .send(buffer);
}
