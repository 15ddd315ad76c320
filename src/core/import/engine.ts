import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { sql, type Selectable } from 'kysely';
import type { Actor } from '../auth/actor.js';
import { can } from '../auth/roles.js';
import { internalActor } from '../auth/sessions.js';
import type { AppContext } from '../context.js';
import type { ImportJobsTable } from '../db/schema.js';
import type { DuplicateMatch } from '../duplicates/duplicates.js';
import { workbookBuffer } from '../export/workbook.js';
import { AppError, localise, notFound, type Locale } from '../http/errors.js';
import { IMPORT_KINDS, type ImportKind, type ImportMode, type Importer } from './importer.js';
import { checkMapping, evaluateRows, suggestMapping, type ImportMapping, type RowOutcome } from './rows.js';
import { readRows, textOf, type CellRead } from './sheet.js';

export type ImportJobRow = Selectable<ImportJobsTable>;
export type ImportJobSummary = Omit<ImportJobRow, 'cells' | 'problems'>;

/** Everything of a job but its rows and problems (which can be megabytes). */
const SUMMARY_COLUMNS = [
  'id',
  'kind',
  'user_id',
  'filename',
  'state',
  'mode',
  'locale',
  'headers',
  'mapping',
  'total',
  'validated',
  'processed',
  'created',
  'skipped',
  'failed',
  'error',
  'claimed_by',
  'heartbeat_at',
  'created_at',
  'updated_at',
  'finished_at',
] as const;

export type ImportJobState = 'uploaded' | 'queued' | 'running' | 'done' | 'rejected' | 'failed';

/** A job whose node stopped recording progress for this long is claimed again by another node. */
const STALE_MS = 10 * 60_000;
const DEFAULT_BATCH = 500;
const MAX_ROWS = 200_000;

export interface WorkOptions {
  /** Rows per committed batch (default 500). */
  batchSize?: number;
  /** Called after each committed batch (tests read the progress between batches). */
  onBatch?: (job: { id: string; processed: number; total: number }) => Promise<void> | void;
}

/** The sync import routes' answer: counts and the refused rows (at most 1000). */
export interface SyncImportResult {
  created: number;
  failed: number;
  errors: { row: number; message: string; code?: 'DUPLICATE'; duplicateOfRow?: number; matches?: DuplicateMatch[] }[];
}

/**
 * Imports as background jobs, for every kind a capability registers: upload → mapping →
 * preview → start; any node's worker claims a queued job (FOR UPDATE SKIP LOCKED), checks every
 * row, then writes in batches, each batch committed together with the job's progress.
 */
const engines = new WeakMap<AppContext, ImportEngine>();

/** The app's import engine (one per app context, created on first use). */
export function importEngineOf(ctx: AppContext): ImportEngine {
  let engine = engines.get(ctx);
  if (!engine) {
    engine = new ImportEngine();
    engine.bind(ctx);
    engines.set(ctx, engine);
  }
  return engine;
}

export class ImportEngine {
  private readonly importers = new Map<ImportKind, Importer>();
  private ctx: AppContext | null = null;
  private draining: Promise<void> | null = null;

  bind(ctx: AppContext): void {
    this.ctx = ctx;
  }

  private get c(): AppContext {
    if (!this.ctx) throw new Error('ImportEngine is not bound to the app context');
    return this.ctx;
  }

  register(importer: Importer): void {
    if (this.importers.has(importer.kind)) throw new Error(`Importer ${importer.kind} is registered twice`);
    this.importers.set(importer.kind, importer);
  }

  kinds(): ImportKind[] {
    return IMPORT_KINDS.filter((k) => this.importers.has(k));
  }

  registered(kind: string): Importer | undefined {
    return this.importers.get(kind as ImportKind);
  }

  /** The importer of `kind` when the actor may import it (403 otherwise, 404 for an unknown kind). */
  importer(kind: string, actor: Actor): Importer {
    const importer = this.importers.get(kind as ImportKind);
    if (!importer) throw notFound('import_job');
    if (!can(actor.role, importer.permission)) throw new AppError(403, 'FORBIDDEN');
    return importer;
  }

  /** The template: one sheet with the headers and an example row, one sheet explaining each column. */
  async template(importer: Importer, locale: Locale): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    workbook.created = this.c.clock.now();
    const data = workbook.addWorksheet(importer.title[locale]);
    data.addRow(importer.columns.map((c) => c.header[locale]));
    data.addRow(importer.columns.map((c) => c.example));
    data.getRow(1).font = { bold: true };
    data.columns.forEach((column) => (column.width = 18));
    data.views = [{ state: 'frozen', ySplit: 1 }];
    const en = locale === 'en';
    const help = workbook.addWorksheet(en ? 'Instructions' : '填写说明');
    help.addRow(en ? ['Column', 'Required', 'Allowed values', 'Notes'] : ['列名', '是否必填', '可选值', '说明']);
    help.getRow(1).font = { bold: true };
    for (const c of importer.columns)
      help.addRow([
        c.header[locale],
        c.required ? (en ? 'yes' : '是') : en ? 'no' : '否',
        c.options ? c.options.map((o) => o.label[locale]).join(en ? ', ' : '、') : c.type === 'boolean' ? (en ? 'yes / no' : '是 / 否') : '',
        c.note?.[locale] ?? '',
      ]);
    help.addRow([]);
    help.addRow([
      en
        ? 'Fill one record per row below the header row; delete the example row. Rows repeating an earlier row or a stored record are reported, not imported.'
        : '表头下每行填写一条记录，导入前请删除示例行。与前面行或系统中已有记录重复的行会被列出，不会导入。',
    ]);
    help.columns.forEach((column, i) => (column.width = i === 3 ? 60 : 20));
    return workbookBuffer(workbook);
  }

  /** Reads an uploaded sheet into a job in state `uploaded`, with the suggested mapping. */
  async upload(actor: Actor, importer: Importer, filename: string, buffer: Buffer, locale: Locale): Promise<ImportJobSummary> {
    const rows = await readRows(filename, buffer);
    if (rows.length < 2) throw new AppError(422, 'IMPORT_INVALID', { reason: locale === 'en' ? 'the file has no data rows' : '文件中没有数据行' });
    if (rows.length - 1 > MAX_ROWS) throw new AppError(422, 'IMPORT_INVALID', { reason: `> ${MAX_ROWS}` });
    const headers = uniqueHeaders(rows[0].map(textOf));
    const remembered = await this.c.db
      .selectFrom('import_mappings')
      .select('mapping')
      .where('user_id', '=', actor.id)
      .where('kind', '=', importer.kind)
      .executeTakeFirst();
    const mapping = suggestMapping(importer.columns, headers, remembered?.mapping ?? null);
    const now = this.c.clock.now();
    return this.c.db
      .insertInto('import_jobs')
      .values({
        id: randomUUID(),
        kind: importer.kind,
        user_id: actor.id,
        filename: filename.replace(/[\\/\0]/g, '_').slice(0, 200),
        state: 'uploaded',
        mode: null,
        locale,
        headers: JSON.stringify(headers),
        cells: JSON.stringify(rows.slice(1)),
        mapping: JSON.stringify(mapping),
        total: rows.length - 1,
        error: null,
        claimed_by: null,
        heartbeat_at: null,
        created_at: now,
        updated_at: now,
        finished_at: null,
      })
      .returning(SUMMARY_COLUMNS)
      .executeTakeFirstOrThrow();
  }

  /** One of the caller's jobs (404 for anybody else's), with its rows. */
  async job(actor: Actor, id: string): Promise<ImportJobRow> {
    const job = await this.c.db.selectFrom('import_jobs').selectAll().where('id', '=', id).where('user_id', '=', actor.id).executeTakeFirst();
    if (!job) throw notFound('import_job');
    this.importer(job.kind, actor);
    return job;
  }

  /** One of the caller's jobs without its rows: what polling the progress reads. */
  async summary(actor: Actor, id: string): Promise<ImportJobSummary> {
    const job = await this.c.db.selectFrom('import_jobs').select(SUMMARY_COLUMNS).where('id', '=', id).where('user_id', '=', actor.id).executeTakeFirst();
    if (!job) throw notFound('import_job');
    this.importer(job.kind, actor);
    return job;
  }

  async list(actor: Actor, limit = 50): Promise<ImportJobSummary[]> {
    return this.c.db.selectFrom('import_jobs').select(SUMMARY_COLUMNS).where('user_id', '=', actor.id).orderBy('created_at', 'desc').limit(limit).execute();
  }

  /** Sets the mapping and mode of an uploaded job, and remembers the mapping for the user's next import of the kind. */
  async setMapping(actor: Actor, id: string, mapping: ImportMapping, mode: ImportMode, locale: Locale): Promise<ImportJobSummary> {
    const job = await this.summary(actor, id);
    if (job.state !== 'uploaded') throw new AppError(409, 'IMPORT_JOB_STATE', { state: job.state });
    const importer = this.importer(job.kind, actor);
    const clean = checkMapping(importer, job.headers, mapping, locale);
    const now = this.c.clock.now();
    return this.c.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('import_mappings')
        .values({ user_id: actor.id, kind: job.kind, mapping: JSON.stringify(clean), updated_at: now })
        .onConflict((oc) => oc.columns(['user_id', 'kind']).doUpdateSet({ mapping: JSON.stringify(clean), updated_at: now }))
        .execute();
      return trx
        .updateTable('import_jobs')
        .set({ mapping: JSON.stringify(clean), mode, updated_at: now })
        .where('id', '=', id)
        .returning(SUMMARY_COLUMNS)
        .executeTakeFirstOrThrow();
    });
  }

  /** The first `limit` rows with every problem each has (in the reader's language). */
  async preview(actor: Actor, id: string, limit: number, locale: Locale) {
    const job = await this.job(actor, id);
    const importer = this.importer(job.kind, actor);
    const mapping = checkMapping(importer, job.headers, job.mapping ?? {}, locale);
    const rows = (job.cells as CellRead[][]).slice(0, limit).map((cells, i) => ({ line: i + 2, cells }));
    const outcomes = await evaluateRows(this.c, actor, importer, { headers: job.headers, mapping, rows, seen: new Map(), locale });
    return {
      total: job.total,
      rows: outcomes.map((o, i) => ({
        line: o.line,
        cells: rows[i].cells.map(cellText),
        problems: o.reasons,
        duplicate: o.duplicate !== undefined,
      })),
    };
  }

  /** Queues an uploaded job with its mapping; a worker on any node runs it. */
  async start(actor: Actor, id: string, locale: Locale): Promise<ImportJobSummary> {
    const job = await this.summary(actor, id);
    const importer = this.importer(job.kind, actor);
    checkMapping(importer, job.headers, job.mapping ?? {}, locale);
    const started = await this.c.db
      .updateTable('import_jobs')
      .set({ state: 'queued', mode: job.mode ?? 'skip_bad_rows', locale, updated_at: this.c.clock.now() })
      .where('id', '=', id)
      .where('state', '=', 'uploaded')
      .returning(SUMMARY_COLUMNS)
      .executeTakeFirst();
    if (!started) throw new AppError(409, 'IMPORT_JOB_STATE', { state: job.state });
    // A node running the scheduler starts at once; otherwise the next tick of any node does.
    if (this.c.scheduler.started) this.drain();
    return started;
  }

  /** Runs queued jobs in the background until none is left (one drain per node at a time). */
  drain(): void {
    if (this.draining) return;
    this.draining = (async () => {
      try {
        while (await this.work()) {
          /* next job */
        }
      } catch (error) {
        this.c.log.error({ err: error }, 'import worker failed');
      } finally {
        this.draining = null;
      }
    })();
  }

  /**
   * Claims the oldest queued job (or one whose node stopped) so that no other node runs it: the
   * row is locked with FOR UPDATE SKIP LOCKED, concurrent claimers take the next one or nothing.
   */
  async claim(node: string): Promise<ImportJobRow | null> {
    const now = this.c.clock.now();
    const stale = new Date(now.getTime() - STALE_MS);
    const claimed = await sql<{ id: string }>`
      update import_jobs set state = 'running', claimed_by = ${node}, heartbeat_at = ${now}, updated_at = ${now}
      where id = (
        select id from import_jobs
        where state = 'queued' or (state = 'running' and heartbeat_at < ${stale})
        order by created_at
        limit 1
        for update skip locked
      )
      returning id`.execute(this.c.db);
    const id = claimed.rows[0]?.id;
    if (!id) return null;
    return this.c.db.selectFrom('import_jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  }

  /** Claims and runs one job; false when there was none. */
  async work(options: WorkOptions = {}): Promise<boolean> {
    const job = await this.claim(this.c.scheduler.nodeId);
    if (!job) return false;
    try {
      await this.run(job, options);
    } catch (error) {
      this.c.log.error({ err: error, job: job.id }, 'import job failed');
      await this.c.db
        .updateTable('import_jobs')
        .set({ state: 'failed', error: String(error).slice(0, 500), finished_at: this.c.clock.now(), updated_at: this.c.clock.now() })
        .where('id', '=', job.id)
        .execute();
    }
    return true;
  }

  private async run(job: ImportJobRow, options: WorkOptions): Promise<void> {
    const batchSize = options.batchSize ?? DEFAULT_BATCH;
    const db = this.c.db;
    const actor = await internalActor(db, job.user_id);
    const locale = job.locale as Locale;
    const importer = actor ? this.importers.get(job.kind as ImportKind) : undefined;
    if (!actor || !importer || !can(actor.role, importer.permission)) throw new Error('the user may no longer import this kind');
    const mapping = checkMapping(importer, job.headers, job.mapping ?? {}, locale);
    const cells = job.cells as CellRead[][];
    // 1. Check every row, batch by batch (the duplicate keys of earlier rows carry over).
    const seen = new Map<string, number>();
    const outcomes: RowOutcome[] = [];
    for (let start = 0; start < cells.length; start += batchSize) {
      const rows = cells.slice(start, start + batchSize).map((row, i) => ({ line: start + i + 2, cells: row }));
      outcomes.push(...(await evaluateRows(this.c, actor, importer, { headers: job.headers, mapping, rows, seen, locale })));
      await db.updateTable('import_jobs').set({ validated: outcomes.length, heartbeat_at: this.c.clock.now() }).where('id', '=', job.id).execute();
    }
    const bad = outcomes.filter((o) => o.value === undefined && !o.duplicate);
    const problems = outcomes.filter((o) => o.value === undefined).map((o) => ({ line: o.line, reasons: o.reasons }));
    const finish = { problems: JSON.stringify(problems), finished_at: this.c.clock.now(), updated_at: this.c.clock.now() };
    if (job.mode === 'all_or_nothing' && bad.length > 0) {
      await db
        .updateTable('import_jobs')
        .set({
          ...finish,
          state: 'rejected',
          processed: job.total,
          created: 0,
          failed: bad.length,
          skipped: job.total - bad.length,
          error: localise('IMPORT_REJECTED', { count: bad.length }, locale),
        })
        .where('id', '=', job.id)
        .execute();
      return;
    }
    // 2. Write batch by batch; each batch commits with its progress, so a resumed job starts after it.
    for (let start = job.processed; start < outcomes.length; start += batchSize) {
      const batch = outcomes.slice(start, start + batchSize);
      const values = batch.filter((o) => o.value !== undefined).map((o) => o.value);
      const duplicates = batch.filter((o) => o.duplicate).length;
      const processed = Math.min(outcomes.length, start + batchSize);
      const prepared = values.length ? await importer.prepare(this.c, actor, values) : [];
      await db.transaction().execute(async (trx) => {
        if (prepared.length) await importer.write(trx, this.c, actor, prepared);
        await trx
          .updateTable('import_jobs')
          .set((eb) => ({
            processed,
            created: eb('created', '+', values.length),
            skipped: eb('skipped', '+', duplicates),
            failed: eb('failed', '+', batch.length - values.length - duplicates),
            heartbeat_at: this.c.clock.now(),
            updated_at: this.c.clock.now(),
          }))
          .where('id', '=', job.id)
          .execute();
      });
      await options.onBatch?.({ id: job.id, processed, total: job.total });
    }
    await db
      .updateTable('import_jobs')
      .set({ ...finish, state: 'done' })
      .where('id', '=', job.id)
      .execute();
  }

  /** The error report: each refused row as it was in the sheet, with its line and the reasons. */
  async errorsWorkbook(actor: Actor, id: string, locale: Locale): Promise<Buffer> {
    const job = await this.job(actor, id);
    const cells = job.cells as CellRead[][];
    const workbook = new ExcelJS.Workbook();
    workbook.created = this.c.clock.now();
    const sheet = workbook.addWorksheet(locale === 'en' ? 'Rows not imported' : '未导入的行');
    const en = locale === 'en';
    sheet.addRow([en ? 'Row' : '行号', ...job.headers, en ? 'Reasons' : '原因']);
    sheet.getRow(1).font = { bold: true };
    for (const problem of job.problems) sheet.addRow([problem.line, ...(cells[problem.line - 2] ?? []).map(cellText), problem.reasons.join('\n')]);
    sheet.getColumn(job.headers.length + 2).width = 60;
    return workbookBuffer(workbook);
  }

  /**
   * The synchronous import of the older routes (integrators rely on their answer): the sheet's
   * columns mapped by header name, bad rows skipped and reported, valid rows written in batches.
   */
  async importNow(actor: Actor, kind: ImportKind, filename: string, buffer: Buffer, locale: Locale): Promise<SyncImportResult> {
    const importer = this.importer(kind, actor);
    const rows = await readRows(filename, buffer);
    if (rows.length < 2) throw new AppError(422, 'IMPORT_INVALID', { reason: 'the file has no data rows' });
    const headers = uniqueHeaders(rows[0].map(textOf));
    const suggested = suggestMapping(importer.columns, headers, null);
    // As before the jobs: only the identifying (first) column must be in the file; other missing fields fail per row.
    const first = importer.columns[0];
    if (!suggested[first.key]) throw new AppError(422, 'IMPORT_INVALID', { reason: `missing column ${first.header['zh-CN']}/${first.key}` });
    const outcomes = await evaluateRows(this.c, actor, importer, {
      headers,
      mapping: suggested,
      rows: rows.slice(1).map((cells, i) => ({ line: i + 2, cells })),
      seen: new Map(),
      locale,
    });
    const values = outcomes.filter((o) => o.value !== undefined).map((o) => o.value);
    for (let i = 0; i < values.length; i += DEFAULT_BATCH) {
      const prepared = await importer.prepare(this.c, actor, values.slice(i, i + DEFAULT_BATCH));
      await this.c.db.transaction().execute((trx) => importer.write(trx, this.c, actor, prepared));
    }
    const errors = outcomes
      .filter((o) => o.value === undefined)
      .map((o) => ({
        row: o.line,
        message: o.reasons.join('; '),
        ...(o.duplicate ? { code: 'DUPLICATE' as const } : {}),
        ...(o.duplicate?.ofRow !== undefined ? { duplicateOfRow: o.duplicate.ofRow } : {}),
        ...(o.duplicate?.matches ? { matches: o.duplicate.matches } : {}),
      }));
    return { created: values.length, failed: errors.length, errors: errors.slice(0, 1000) };
  }
}

const cellText = (cell: CellRead | undefined) => (cell === undefined ? '' : 'text' in cell ? cell.text : cell.shown);

/** Header texts as column names: blank ones named by their position, repeated ones numbered. */
function uniqueHeaders(headers: string[]): string[] {
  const used = new Set<string>();
  return headers.map((header, i) => {
    let name = header || `#${i + 1}`;
    for (let n = 2; used.has(name); n++) name = `${header || `#${i + 1}`} (${n})`;
    used.add(name);
    return name;
  });
}
