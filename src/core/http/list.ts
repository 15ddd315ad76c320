import type { FastifyReply } from 'fastify';
import ExcelJS from 'exceljs';
import { sql, type RawBuilder, type Transaction } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../audit/audit.js';
import type { Actor } from '../auth/actor.js';
import type { AppContext } from '../context.js';
import type { DB } from '../db/schema.js';
import { AppError, localise } from './errors.js';
import { localDateCell, workbookBuffer } from '../export/workbook.js';
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

/**
 * The ORDER BY of a list: the chosen column (nulls last either way) and the id as tie-breaker, so
 * pages never repeat or skip a row. `columns` maps each sort key to its SQL column.
 */
export function orderExpressions<K extends string>(columns: Record<K, string>, sort: K | `-${K}`, idColumn: string): RawBuilder<unknown>[] {
  const { key, direction } = orderOf(sort);
  const column = sql.ref(columns[key]);
  return [sql`${column} ${sql.raw(direction)} nulls last`, sql`${sql.ref(idColumn)} asc`];
}

/** Most rows one export may hold; a larger one is refused with EXPORT_TOO_LARGE (narrow the filters). */
export const EXPORT_LIMIT = 50_000;

/** `ids`: comma-separated record ids, for exporting the selected rows of a list. */
export const idsQuery = z
  .string()
  .regex(/^[0-9a-fA-F-]{36}(,[0-9a-fA-F-]{36}){0,999}$/)
  .optional()
  .meta({ description: 'Comma-separated ids (at most 1000): export these rows only (still within the filters and the caller’s scope)' });
export const splitIds = (ids: string | undefined): string[] | undefined => (ids ? ids.split(',') : undefined);

/** Refuses an export over `EXPORT_LIMIT` rows before reading them (pg counts as strings, PGlite as numbers). */
export function assertExportable(count: number | string | bigint): void {
  const n = Number(count);
  if (n > EXPORT_LIMIT) throw new AppError(413, 'EXPORT_TOO_LARGE', { count: n, limit: EXPORT_LIMIT });
}

/** Records who exported which list, with which filters and how many rows. */
export async function auditExport(ctx: AppContext, actor: Actor, entityType: string, data: { filters: unknown; count: number }): Promise<void> {
  await ctx.db
    .transaction()
    .execute((trx) => recordAudit(trx, ctx.clock, { actorId: actor.id, action: `${entityType}.export`, entityType, entityId: null, data }));
}

/** The ids of a bulk action: at least one, at most 500, no repeats. */
export const bulkIds = z
  .array(z.uuid())
  .min(1)
  .max(500)
  .refine((ids) => new Set(ids).size === ids.length, 'ids must not repeat')
  .meta({ description: 'The records to act on (1–500, each once)' });

export const bulkResultSchema = z
  .object({
    done: z.number().int(),
    refused: z.number().int(),
    results: z.array(
      z.object({
        id: z.string(),
        status: z.enum(['done', 'refused']),
        code: z.string().optional().meta({ description: 'Why it was refused (an error code, e.g. NOT_FOUND, LEAD_ALREADY_ASSIGNED)' }),
        message: z.string().optional().meta({ description: 'The reason in the reader’s language' }),
      }),
    ),
  })
  .meta({ id: 'BulkResult', description: 'Per record: done, or refused with the reason; refused records change nothing' });
export type BulkResult = z.infer<typeof bulkResultSchema>;

/**
 * Runs one action per id inside ONE transaction: an `AppError` refuses that record (its checks run
 * before it writes, so nothing of it is stored) while the others go on; any other error rolls back all.
 */
export async function runBulk(
  ctx: AppContext,
  ids: string[],
  locale: Locale,
  action: (trx: Transaction<DB>, id: string) => Promise<void>,
): Promise<BulkResult> {
  const results = await ctx.db.transaction().execute(async (trx) => {
    const out: BulkResult['results'] = [];
    for (const id of ids) {
      try {
        await action(trx, id);
        out.push({ id, status: 'done' });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        out.push({ id, status: 'refused', code: error.code, message: localise(error.code, error.params, locale) });
      }
    }
    return out;
  });
  const done = results.filter((r) => r.status === 'done').length;
  return { done, refused: results.length - done, results };
}

/** `query` ordered by `orderExpressions`. */
export function sortedBy<Q extends { orderBy: (expression: RawBuilder<unknown>) => Q }, K extends string>(
  query: Q,
  columns: Record<K, string>,
  sort: K | `-${K}`,
  idColumn: string,
): Q {
  return orderExpressions(columns, sort, idColumn).reduce((ordered, expression) => ordered.orderBy(expression), query);
}

/** Date cells of an export: each instant as the playbook's wall-clock time (spreadsheets have no time zone). */
export async function exportTimes(ctx: AppContext): Promise<(instant: Date | null) => Date | null> {
  const timeZone = (await ctx.playbook.active()).document.sla.businessHours.timeZone;
  return (instant) => (instant ? localDateCell(instant, timeZone) : null);
}
