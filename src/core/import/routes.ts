import { z } from 'zod';
import { actorOf, requirePermission } from '../auth/guard.js';
import type { Permission } from '../auth/roles.js';
import type { App, AppContext } from '../context.js';
import { dateTimeString, idParams, iso, uuidString } from '../http/common.js';
import { requestLocale } from '../http/error-handler.js';
import { AppError } from '../http/errors.js';
import { xlsxDownload } from '../http/list.js';
import { workbookHeaders } from '../export/workbook.js';
import type { SweepRule } from '../scheduler/time-rule.js';
import { importEngineOf, type ImportJobSummary } from './engine.js';
import { IMPORT_KINDS, IMPORT_MODES, type ImportKind, type Importer } from './importer.js';

/**
 * `POST /<things>/import`: a sheet imported in one request (multipart `file`), through the import
 * engine's kind — the older synchronous route each importable list keeps beside the import jobs.
 */
export function syncImportRoute(
  app: App,
  ctx: AppContext,
  route: {
    url: string;
    kind: ImportKind;
    permission: Permission;
    operationId: string;
    tag: string;
    summary: string;
    /** The multipart body as documented (its `file` part describes the columns). */
    body: z.ZodType;
    /** The answer, with this kind's error details. */
    result: z.ZodType;
    maxMegabytes?: number;
  },
): void {
  app.post(
    route.url,
    {
      schema: {
        operationId: route.operationId,
        tags: [route.tag],
        summary: route.summary,
        consumes: ['multipart/form-data'],
        documentedBody: { mediaType: 'multipart/form-data', schema: route.body },
        response: { 200: route.result },
        errors: { 400: ['FILE_REQUIRED'], 422: ['IMPORT_INVALID'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, route.permission);
      const file = await request.file({ limits: { fileSize: (route.maxMegabytes ?? 20) * 1024 * 1024 } });
      if (!file) throw new AppError(400, 'FILE_REQUIRED');
      return importEngineOf(ctx).importNow(actor, route.kind, file.filename, await file.toBuffer(), requestLocale(request));
    },
  );
}

const kindSchema = z
  .enum(IMPORT_KINDS)
  .meta({ id: 'ImportKind', description: 'What a sheet imports: leads, customers, contacts, products, devices, fault codes or competitor stores' });
const modeSchema = z
  .enum(IMPORT_MODES)
  .meta({ id: 'ImportMode', description: 'all_or_nothing: any bad row and nothing is written; skip_bad_rows: good rows are written, bad ones reported' });
const stateSchema = z
  .enum(['uploaded', 'queued', 'running', 'done', 'rejected', 'failed'])
  .meta({ id: 'ImportJobState', description: 'uploaded → queued → running → done, rejected (all or nothing with bad rows) or failed' });
const mappingSchema = z
  .record(z.string(), z.string().nullable())
  .meta({ id: 'ImportMapping', description: 'Target field → the sheet’s column header it is read from (null: not imported)' });

const fieldSchema = z
  .object({
    key: z.string(),
    label: z.string(),
    required: z.boolean(),
    options: z.array(z.object({ value: z.string(), label: z.string() })).nullable(),
  })
  .meta({ id: 'ImportField', description: 'A field a sheet column can be mapped to, in the reader’s language' });

const jobSchema = z
  .object({
    id: uuidString,
    kind: kindSchema,
    filename: z.string(),
    state: stateSchema,
    mode: modeSchema.nullable(),
    headers: z.array(z.string()).meta({ description: 'The sheet’s column headers, as written' }),
    mapping: mappingSchema,
    fields: z.array(fieldSchema),
    total: z.number().int().meta({ description: 'Data rows in the sheet' }),
    validated: z.number().int().meta({ description: 'Rows checked so far by the worker' }),
    processed: z.number().int().meta({ description: 'Rows whose outcome is final (created, skipped or failed), committed' }),
    created: z.number().int(),
    skipped: z.number().int().meta({ description: 'Duplicates of an earlier row or a stored record' }),
    failed: z.number().int().meta({ description: 'Rows with problems' }),
    error: z.string().nullable(),
    createdAt: dateTimeString,
    finishedAt: dateTimeString.nullable(),
  })
  .meta({ id: 'ImportJob', description: 'A spreadsheet import run in the background, with its server-side progress' });

const previewSchema = z
  .object({
    total: z.number().int(),
    rows: z.array(
      z.object({
        line: z.number().int().meta({ description: 'Line number in the sheet (the header is line 1)' }),
        cells: z.array(z.string()).meta({ description: 'The cells in the order of `headers`' }),
        problems: z.array(z.string()).meta({ description: 'Every problem of the row, naming the sheet’s columns' }),
        duplicate: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'ImportPreview' });

const kindParams = z.object({ kind: kindSchema });
const uploadBody = z.object({ file: z.file().meta({ description: '.xlsx or .csv; the first row holds the column headers' }) });

function toJob(job: ImportJobSummary, importer: Importer, locale: 'zh-CN' | 'en'): z.infer<typeof jobSchema> {
  return {
    id: job.id,
    kind: job.kind as z.infer<typeof kindSchema>,
    filename: job.filename,
    state: job.state as z.infer<typeof stateSchema>,
    mode: job.mode as z.infer<typeof modeSchema> | null,
    headers: job.headers,
    mapping: job.mapping ?? {},
    fields: importer.columns.map((c) => ({
      key: c.key,
      label: c.header[locale],
      required: Boolean(c.required),
      options: c.options ? c.options.map((o) => ({ value: o.value, label: o.label[locale] })) : null,
    })),
    total: job.total,
    validated: job.validated,
    processed: job.processed,
    created: job.created,
    skipped: job.skipped,
    failed: job.failed,
    error: job.error,
    createdAt: job.created_at.toISOString(),
    finishedAt: iso(job.finished_at),
  };
}

/** The import wizard's routes: template, upload, mapping, preview, start, progress, error report. */
export function importRoutes(app: App, ctx: AppContext): void {
  const engine = importEngineOf(ctx);

  app.get(
    '/imports/:kind/template.xlsx',
    {
      schema: {
        operationId: 'importTemplate',
        tags: ['imports'],
        summary: 'The template of a kind: headers, an example row, and a sheet explaining each column',
        params: kindParams,
        download: xlsxDownload('The import template (.xlsx)'),
        errors: { 403: ['FORBIDDEN'] },
      },
    },
    async (request, reply) => {
      const locale = requestLocale(request);
      const importer = engine.importer(request.params.kind, actorOf(request));
      const name = `${importer.title[locale]}${locale === 'en' ? ' import template' : '导入模板'}.xlsx`;
      return reply.headers(workbookHeaders(`${importer.kind}-template.xlsx`, name)).send(await engine.template(importer, locale));
    },
  );

  app.post(
    '/imports/:kind/upload',
    {
      schema: {
        operationId: 'uploadImport',
        tags: ['imports'],
        summary: 'Uploads a sheet (multipart: file): a job in state uploaded with the headers and a suggested mapping',
        description: 'The mapping is the one the caller used last time for this kind where those columns exist, else matched by header name.',
        params: kindParams,
        consumes: ['multipart/form-data'],
        documentedBody: { mediaType: 'multipart/form-data', schema: uploadBody },
        response: { 201: jobSchema },
        errors: { 400: ['FILE_REQUIRED'], 403: ['FORBIDDEN'], 422: ['IMPORT_INVALID'] },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const locale = requestLocale(request);
      // Refused before the file is read: who may not import never uploads.
      const importer = engine.importer(request.params.kind, actor);
      const file = await request.file({ limits: { fileSize: 50 * 1024 * 1024 } });
      if (!file) throw new AppError(400, 'FILE_REQUIRED');
      const job = await engine.upload(actor, importer, file.filename, await file.toBuffer(), locale);
      return reply.status(201).send(toJob(job, importer, locale));
    },
  );

  app.get(
    '/imports',
    {
      schema: {
        operationId: 'listImports',
        tags: ['imports'],
        summary: 'The caller’s import jobs, newest first (at most 50)',
        response: { 200: z.object({ items: z.array(jobSchema) }).meta({ id: 'ImportJobList' }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const locale = requestLocale(request);
      const jobs = await engine.list(actor);
      return {
        items: jobs.flatMap((j) => {
          const importer = engine.registered(j.kind);
          return importer ? [toJob(j, importer, locale)] : [];
        }),
      };
    },
  );

  app.get(
    '/imports/:id',
    {
      schema: {
        operationId: 'getImport',
        tags: ['imports'],
        summary: 'One of the caller’s import jobs: state and progress (poll it while it runs)',
        params: idParams,
        response: { 200: jobSchema },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const job = await engine.summary(actor, request.params.id);
      return toJob(job, engine.importer(job.kind, actor), requestLocale(request));
    },
  );

  app.put(
    '/imports/:id/mapping',
    {
      schema: {
        operationId: 'setImportMapping',
        tags: ['imports'],
        summary: 'Sets the column mapping and the mode of an uploaded job (remembered for the caller’s next import of the kind)',
        params: idParams,
        body: z.object({ mapping: mappingSchema, mode: modeSchema.default('skip_bad_rows') }).meta({ id: 'SetImportMappingRequest' }),
        response: { 200: jobSchema },
        errors: { 404: ['NOT_FOUND'], 409: ['IMPORT_JOB_STATE'], 422: ['IMPORT_MAPPING_REQUIRED', 'IMPORT_MAPPING_UNKNOWN'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const locale = requestLocale(request);
      const job = await engine.setMapping(actor, request.params.id, request.body.mapping, request.body.mode, locale);
      return toJob(job, engine.importer(job.kind, actor), locale);
    },
  );

  app.get(
    '/imports/:id/preview',
    {
      schema: {
        operationId: 'previewImport',
        tags: ['imports'],
        summary: 'The first rows as they would be imported, each with all its problems (duplicates inside the file and of stored records included)',
        params: idParams,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(20) }),
        response: { 200: previewSchema },
        errors: { 404: ['NOT_FOUND'], 422: ['IMPORT_MAPPING_REQUIRED', 'IMPORT_MAPPING_UNKNOWN'] },
      },
    },
    async (request) => engine.preview(actorOf(request), request.params.id, request.query.limit, requestLocale(request)),
  );

  app.post(
    '/imports/:id/start',
    {
      schema: {
        operationId: 'startImport',
        tags: ['imports'],
        summary: 'Queues the job; a worker on any node runs it and records its progress',
        params: idParams,
        response: { 202: jobSchema },
        errors: { 404: ['NOT_FOUND'], 409: ['IMPORT_JOB_STATE'], 422: ['IMPORT_MAPPING_REQUIRED', 'IMPORT_MAPPING_UNKNOWN'] },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const locale = requestLocale(request);
      const job = await engine.start(actor, request.params.id, locale);
      return reply.status(202).send(toJob(job, engine.importer(job.kind, actor), locale));
    },
  );

  app.get(
    '/imports/:id/errors.xlsx',
    {
      schema: {
        operationId: 'importErrors',
        tags: ['imports'],
        summary: 'The rows not imported, as they were in the sheet, with the reasons',
        params: idParams,
        download: xlsxDownload('The error report (.xlsx)'),
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request, reply) => {
      const locale = requestLocale(request);
      const buffer = await engine.errorsWorkbook(actorOf(request), request.params.id, locale);
      return reply.headers(workbookHeaders('import-errors.xlsx', locale === 'en' ? 'import errors.xlsx' : '导入错误报告.xlsx')).send(buffer);
    },
  );
}

/** Any node's scheduler picks up queued jobs (and jobs whose node stopped) on its tick. */
export const importWorkerRule = (ctx: AppContext): SweepRule => ({
  kind: 'sweep',
  id: 'import-jobs',
  name: '后台导入任务',
  // In the background: a long import must not hold up the other time rules of the tick.
  run: async () => {
    importEngineOf(ctx).drain();
    return 0;
  },
});
