import { syncImportRoute } from '../core/import/routes.js';
import { z } from 'zod';
import type { Actor } from '../core/auth/actor.js';
import { actorOf, requirePermission } from '../core/auth/guard.js';
import { can } from '../core/auth/roles.js';
import type { App, AppContext } from '../core/context.js';
import { idParams, itemsOf, listOf, noContent, pageQuery } from '../core/http/common.js';
import { AppError, notFound } from '../core/http/errors.js';
import { assertExportable, auditExport, orderOf, sendSheet, sortQuery, xlsxDownload } from '../core/http/list.js';
import { readerLocale } from '../core/i18n/reader.js';
import {
  deviceInput,
  deviceQuoteInput,
  deviceQuoteResultSchema,
  deviceScanSchema,
  deviceSchema,
  deviceStatusSchema,
  deviceUpdate,
  faultCodeInput,
  faultCodeSchema,
  faultCodeUpdate,
  maintenanceInput,
  maintenanceSchema,
  publicDeviceSchema,
  toDevice,
  toFaultCode,
  type DeviceRow,
} from './device.model.js';
import {
  addMaintenance,
  createDevice,
  createDeviceQuote,
  findVisibleDevice,
  labelUrl,
  maintenanceOf,
  publicDevice,
  regenerateLabelToken,
  scanDevice,
  selectDevices,
  TOKEN_ROLES,
  updateDevice,
} from './device.service.js';
import { createFaultCode, deleteFaultCode, findFaultCode, updateFaultCode } from './fault-code.service.js';
import { STATUS_LABELS } from './import.js';
import { LABELS_PER_PAGE, renderLabelsPdf } from './labels-pdf.js';

/** Most labels one request prints: ten A4 sheets. */
export const MAX_LABELS = LABELS_PER_PAGE * 10;

const filters = {
  customerId: z.uuid().optional(),
  model: z.string().trim().max(100).optional(),
  status: deviceStatusSchema.optional(),
  q: z.string().trim().max(100).optional().meta({ description: 'Part of the model, serial number, site address or customer name' }),
  sort: sortQuery(['updatedAt', 'model', 'serialNo', 'installDate', 'warrantyEnd', 'customerName'], '-updatedAt'),
};
const SORT_COLUMNS = {
  updatedAt: 'devices.updated_at',
  model: 'devices.model',
  serialNo: 'devices.serial_no',
  installDate: 'devices.install_date',
  warrantyEnd: 'devices.warranty_end',
  customerName: 'customers.name',
} as const;

type Filters = { customerId?: string; model?: string; status?: string; q?: string };

function listQuery(ctx: AppContext, actor: Actor, q: Filters) {
  let query = selectDevices(ctx.db, actor);
  if (q.customerId) query = query.where('devices.customer_id', '=', q.customerId);
  if (q.model) query = query.where('devices.model', '=', q.model);
  if (q.status) query = query.where('devices.status', '=', q.status);
  if (q.q) {
    const like = `%${q.q.replace(/[%_\\]/g, '\\$&')}%`;
    query = query.where((eb) =>
      eb.or([
        eb('devices.model', 'ilike', like),
        eb('devices.serial_no', 'ilike', like),
        eb('devices.site_address', 'ilike', like),
        eb('customers.name', 'ilike', like),
      ]),
    );
  }
  return query;
}

const importResultSchema = z
  .object({
    created: z.number().int(),
    failed: z.number().int(),
    errors: z.array(z.object({ row: z.number().int(), message: z.string() }).loose()).meta({ description: 'Refused rows with their line number' }),
  })
  .meta({ id: 'DeviceImportResult' });

const importBody = z.object({ file: z.file().meta({ description: '.xlsx or .csv with the template’s headers (GET /imports/{kind}/template)' }) });

const tokenParams = z.object({ token: z.string().min(1).max(200) });

const labelsQuery = z.object({
  ids: z
    .string()
    .min(36)
    .max(40_000)
    .meta({ description: `Comma-separated device ids (at most ${MAX_LABELS}); every one must be a device the caller sees` }),
});

/** Maintenance is written by whoever may write records, and by the service engineers (delivery role). */
function maintenanceWriter(request: Parameters<typeof actorOf>[0]): Actor {
  const actor = actorOf(request);
  if (!can(actor.role, 'records:write') && actor.role !== 'delivery') throw new AppError(403, 'FORBIDDEN');
  return actor;
}

export function deviceRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/devices',
    {
      schema: {
        operationId: 'listDevices',
        tags: ['devices'],
        summary: 'Devices of the customers in the caller’s scope (设备台账)',
        querystring: z.object({ ...pageQuery, ...filters }),
        response: { 200: listOf(deviceSchema, 'DeviceList') },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const q = request.query;
      const { key, direction } = orderOf(q.sort);
      const base = listQuery(ctx, actor, q);
      const [rows, count] = await Promise.all([
        base
          .orderBy(SORT_COLUMNS[key], direction)
          .orderBy('devices.id')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        visibleCount(ctx, actor, q),
      ]);
      return { items: (rows as DeviceRow[]).map((r) => toDevice(r, ctx.config.publicUrl)), total: count, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/devices.xlsx',
    {
      schema: {
        operationId: 'exportDevices',
        tags: ['devices'],
        summary: 'The devices as an Excel workbook (same filters; the file imports back)',
        querystring: z.object(filters),
        download: xlsxDownload('The devices (.xlsx), with the headers the import reads'),
        errors: { 413: ['EXPORT_TOO_LARGE'] },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const q = request.query;
      const count = await visibleCount(ctx, actor, q);
      assertExportable(count);
      const { key, direction } = orderOf(q.sort);
      const rows = (await listQuery(ctx, actor, q).orderBy(SORT_COLUMNS[key], direction).orderBy('devices.id').execute()) as DeviceRow[];
      await auditExport(ctx, actor, 'device', { filters: q, count: rows.length });
      const locale = readerLocale(request);
      return sendSheet<DeviceRow>(reply, {
        sheet: { 'zh-CN': '设备台账', en: 'Devices' },
        columns: [
          { header: { 'zh-CN': '客户', en: 'customer' }, width: 28, value: (r) => r.customer_name },
          { header: { 'zh-CN': '型号', en: 'model' }, width: 16, value: (r) => r.model },
          { header: { 'zh-CN': '序列号', en: 'serialNo' }, width: 18, value: (r) => r.serial_no },
          { header: { 'zh-CN': '安装地址', en: 'siteAddress' }, width: 30, value: (r) => r.site_address },
          { header: { 'zh-CN': '安装日期', en: 'installDate' }, width: 12, value: (r) => r.install_date },
          { header: { 'zh-CN': '保修截止', en: 'warrantyEnd' }, width: 12, value: (r) => r.warranty_end },
          {
            header: { 'zh-CN': '状态', en: 'status' },
            width: 10,
            value: (r) => (locale === 'en' ? r.status : (STATUS_LABELS[r.status]?.['zh-CN'] ?? r.status)),
          },
          { header: { 'zh-CN': '备注', en: 'notes' }, width: 30, value: (r) => r.notes },
        ],
        rows,
        locale,
        asciiName: 'devices.xlsx',
        localName: locale === 'en' ? 'devices.xlsx' : '设备台账.xlsx',
        now: ctx.clock.now(),
      });
    },
  );

  app.get(
    '/devices/labels.pdf',
    {
      schema: {
        operationId: 'getDeviceLabelsPdf',
        tags: ['devices'],
        summary: 'A4 sheets of QR labels (3 × 8 labels of 70 × 36 mm) for the devices; each QR holds PUBLIC_URL/d/<token>',
        querystring: labelsQuery,
        download: { mediaType: 'application/pdf', description: 'The label sheets, as an attachment' },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const ids = [...new Set(request.query.ids.split(',').map((id) => id.trim()))];
      if (ids.length > MAX_LABELS) throw new AppError(400, 'VALIDATION', { summary: `ids: 最多 ${MAX_LABELS} 个 / at most ${MAX_LABELS}` });
      if (ids.some((id) => !z.uuid().safeParse(id).success)) throw new AppError(400, 'VALIDATION', { summary: 'ids: 须为设备 ID / must be device ids' });
      const rows = (await selectDevices(ctx.db, actor).where('devices.id', 'in', ids).execute()) as DeviceRow[];
      if (rows.length !== ids.length) throw notFound('device');
      const ordered = ids.map((id) => rows.find((r) => r.id === id)!);
      const pdf = await renderLabelsPdf(
        ordered.map((r) => ({ url: labelUrl(ctx, r.label_token), model: r.model, serialNo: r.serial_no, customerName: r.customer_name })),
        ctx.clock.now(),
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="device-labels.pdf"; filename*=UTF-8''${encodeURIComponent('设备标签.pdf')}`)
        .header('x-content-type-options', 'nosniff')
        .send(pdf);
    },
  );

  app.get(
    '/devices/by-token/:token',
    {
      schema: {
        operationId: 'scanDevice',
        tags: ['devices'],
        summary:
          'What a scanned QR label opens: the device, customer, contacts, maintenance, last faults explained, compatible consumables with price and stock (audited as device.scanned)',
        params: tokenParams,
        response: { 200: deviceScanSchema },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      const scan = await scanDevice(ctx, actorOf(request), request.params.token);
      return { ...scan, device: toDevice(scan.device, ctx.config.publicUrl) };
    },
  );

  app.get(
    '/public/devices/:token',
    {
      config: { public: true, rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        operationId: 'getPublicDevice',
        tags: ['devices'],
        summary: 'The public card of a scanned device, when the org enabled it (playbook devices.publicView); otherwise 404',
        params: tokenParams,
        response: { 200: publicDeviceSchema },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => publicDevice(ctx, request.params.token),
  );

  app.post(
    '/devices',
    {
      schema: {
        operationId: 'createDevice',
        tags: ['devices'],
        summary: 'Add a device at a customer in the caller’s scope (records:write; API tokens with write scope too)',
        body: deviceInput,
        response: { 201: deviceSchema },
        errors: { 404: ['NOT_FOUND'], 409: ['CONFLICT'] },
        examples: {
          packer: {
            summary: 'A packing machine installed last spring',
            value: {
              customerId: '3f1c9a52-8d7e-4b6a-9c21-5e0f7a8b9c10',
              model: 'PK-2000',
              serialNo: 'PK2000-24-0153',
              siteAddress: '苏州工业园区星湖街 88 号 3 号车间',
              installDate: '2024-04-18',
              warrantyEnd: '2026-04-17',
            },
          },
        },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'records:write');
      const id = await createDevice(ctx, actor, request.body);
      return reply.status(201).send(toDevice(await findVisibleDevice(ctx.db, actor, id), ctx.config.publicUrl));
    },
  );

  app.get(
    '/devices/:id',
    {
      schema: {
        operationId: 'getDevice',
        tags: ['devices'],
        summary: 'One device',
        params: idParams,
        response: { 200: deviceSchema },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => toDevice(await findVisibleDevice(ctx.db, actorOf(request), request.params.id), ctx.config.publicUrl),
  );

  app.patch(
    '/devices/:id',
    {
      schema: {
        operationId: 'updateDevice',
        tags: ['devices'],
        summary: 'Change a device (records:write, within the caller’s scope)',
        params: idParams,
        body: deviceUpdate,
        response: { 200: deviceSchema },
        errors: { 404: ['NOT_FOUND'], 409: ['CONFLICT'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'records:write');
      await updateDevice(ctx, actor, request.params.id, request.body);
      return toDevice(await findVisibleDevice(ctx.db, actor, request.params.id), ctx.config.publicUrl);
    },
  );

  app.post(
    '/devices/:id/label-token',
    {
      schema: {
        operationId: 'replaceDeviceLabelToken',
        tags: ['devices'],
        summary: 'Revoke the device’s label: a new token; the old label’s URL answers 404 from now on (managers and the administrator)',
        params: idParams,
        response: { 200: z.object({ labelUrl: z.string() }).meta({ id: 'DeviceLabelToken' }) },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      if (!(TOKEN_ROLES as readonly string[]).includes(actor.role)) throw new AppError(403, 'FORBIDDEN');
      const token = await regenerateLabelToken(ctx, actor, request.params.id);
      return { labelUrl: labelUrl(ctx, token) };
    },
  );

  app.get(
    '/devices/:id/maintenance',
    {
      schema: {
        operationId: 'listDeviceMaintenance',
        tags: ['devices'],
        summary: 'The device’s maintenance records, newest first',
        params: idParams,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: { 200: itemsOf(maintenanceSchema, 'DeviceMaintenanceList') },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      const device = await findVisibleDevice(ctx.db, actorOf(request), request.params.id);
      return { items: await maintenanceOf(ctx.db, [device.id], request.query.limit) };
    },
  );

  app.post(
    '/devices/:id/maintenance',
    {
      config: { deliveryWrite: true },
      schema: {
        operationId: 'createDeviceMaintenance',
        tags: ['devices'],
        summary: 'Record a maintenance (time: the server’s; parts from the price list; photos uploaded by the caller); audited',
        params: idParams,
        body: maintenanceInput,
        response: { 201: maintenanceSchema },
        errors: { 403: ['FORBIDDEN'], 404: ['NOT_FOUND'], 422: ['INVALID_REFERENCE', 'ATTACHMENT_INVALID'] },
        examples: {
          nozzle: {
            summary: 'A blocked nozzle cleaned, one part replaced',
            value: {
              faultCodes: ['E07'],
              workDone: '清洗喷嘴，更换密封圈，试机正常',
              partsUsed: [{ productId: '0b6f2d4e-1a3c-4e5f-8a7b-9c0d1e2f3a4b', quantity: 1 }],
            },
          },
        },
      },
    },
    async (request, reply) => {
      const actor = maintenanceWriter(request);
      const id = await addMaintenance(ctx, actor, request.params.id, request.body);
      const [record] = (await maintenanceOf(ctx.db, [request.params.id], 500)).filter((m) => m.id === id);
      return reply.status(201).send(record);
    },
  );

  app.post(
    '/devices/:id/quotes',
    {
      schema: {
        operationId: 'createDeviceQuote',
        tags: ['devices'],
        summary:
          'A service quote for the device (parts, consumables, labour); joins the customer owner’s newest open opportunity of the customer or opens one, in one transaction',
        params: idParams,
        body: deviceQuoteInput,
        response: { 201: deviceQuoteResultSchema },
        errors: { 404: ['NOT_FOUND'], 422: ['INVALID_REFERENCE'] },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'records:write');
      const result = await createDeviceQuote(ctx, actor, request.params.id, request.body);
      return reply.status(201).send({ ...result, pdfUrl: `/api/v1/quotes/${result.quoteId}/pdf` });
    },
  );

  syncImportRoute(app, ctx, {
    url: '/devices/import',
    kind: 'devices',
    permission: 'records:write',
    operationId: 'importDevices',
    tag: 'devices',
    summary: 'Import devices from .xlsx or .csv (multipart: file); each row is checked like a new device',
    body: importBody,
    result: importResultSchema,
  });

  // ---- the fault-code dictionary ----

  app.get(
    '/fault-codes',
    {
      schema: {
        operationId: 'listFaultCodes',
        tags: ['devices'],
        summary: 'The fault-code dictionary (everyone signed in reads it)',
        querystring: z.object({
          ...pageQuery,
          model: z.string().trim().max(100).optional(),
          q: z.string().trim().max(100).optional().meta({ description: 'Part of the code or its meaning' }),
        }),
        response: { 200: listOf(faultCodeSchema, 'FaultCodeList') },
      },
    },
    async (request) => {
      actorOf(request);
      const q = request.query;
      let query = ctx.db.selectFrom('fault_codes');
      if (q.model) query = query.where('model', '=', q.model);
      if (q.q) {
        const like = `%${q.q.replace(/[%_\\]/g, '\\$&')}%`;
        query = query.where((eb) => eb.or([eb('code', 'ilike', like), eb('meaning', 'ilike', like)]));
      }
      const [rows, count] = await Promise.all([
        query
          .selectAll()
          .orderBy('model')
          .orderBy('code')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toFaultCode), total: Number(count.n), page: q.page, pageSize: q.pageSize };
    },
  );

  app.post(
    '/fault-codes',
    {
      schema: {
        operationId: 'createFaultCode',
        tags: ['devices'],
        summary: 'Add a fault code of a model (product and admin roles; API tokens of such users)',
        body: faultCodeInput,
        response: { 201: faultCodeSchema },
        errors: { 409: ['CONFLICT'], 422: ['INVALID_REFERENCE'] },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'products:write');
      const id = await createFaultCode(ctx, actor, request.body);
      return reply.status(201).send(toFaultCode(await findFaultCode(ctx.db, id)));
    },
  );

  app.patch(
    '/fault-codes/:id',
    {
      schema: {
        operationId: 'updateFaultCode',
        tags: ['devices'],
        summary: 'Change a fault code (product and admin roles)',
        params: idParams,
        body: faultCodeUpdate,
        response: { 200: faultCodeSchema },
        errors: { 404: ['NOT_FOUND'], 409: ['CONFLICT'], 422: ['INVALID_REFERENCE'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'products:write');
      await updateFaultCode(ctx, actor, request.params.id, request.body);
      return toFaultCode(await findFaultCode(ctx.db, request.params.id));
    },
  );

  app.delete(
    '/fault-codes/:id',
    {
      schema: {
        operationId: 'deleteFaultCode',
        tags: ['devices'],
        summary: 'Remove a fault code (product and admin roles)',
        params: idParams,
        response: { 204: noContent },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'products:write');
      await deleteFaultCode(ctx, actor, request.params.id);
      return reply.status(204).send();
    },
  );

  syncImportRoute(app, ctx, {
    url: '/fault-codes/import',
    kind: 'fault_codes',
    permission: 'products:write',
    operationId: 'importFaultCodes',
    tag: 'devices',
    summary: 'Import fault codes from .xlsx or .csv (multipart: file)',
    body: importBody,
    result: importResultSchema,
  });
}

async function visibleCount(ctx: AppContext, actor: Actor, q: Filters): Promise<number> {
  const row = await listQuery(ctx, actor, q)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
