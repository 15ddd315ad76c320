import { randomBytes, randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { recordAudit } from '../core/audit/audit.js';
import type { Actor } from '../core/auth/actor.js';
import { inScope } from '../core/auth/scope.js';
import { localParts } from '../core/calendar/working-time.js';
import type { AppContext } from '../core/context.js';
import type { DB } from '../core/db/schema.js';
import { maskMobile } from '../core/duplicates/keys.js';
import { AppError, notFound } from '../core/http/errors.js';
import { insertOpportunity } from '../opportunities/index.js';
import { insertQuote, priceQuoteItems } from '../quotes/index.js';
import type { Device, DeviceInput, DeviceQuoteInput, DeviceRow, DeviceUpdate, MaintenanceInput } from './device.model.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** Roles that may replace a device's label token (revoke a lost label): managers and the administrator. */
export const TOKEN_ROLES = ['supervisor', 'regional_manager', 'director', 'admin'] as const;

/** Sales (reps up to directors) read contacts' mobile numbers in full; other roles read them masked. */
const SEES_FULL_MOBILE = ['sales', 'supervisor', 'regional_manager', 'director', 'admin'];

/** 128 random bits, base64url (22 characters): what a QR label's URL carries. */
export const newLabelToken = (): string => randomBytes(16).toString('base64url');

/** The label URL of a token. */
export const labelUrl = (ctx: AppContext, token: string): string => `${ctx.config.publicUrl}/d/${token}`;

/**
 * Devices whose customer is in the caller's scope: the customer's owner, their supervisors and
 * regional manager, directors and the administrator, and the delivery (service) role of the
 * customer's region (its region scope), like every other customer record.
 */
export function visibleDevices(db: Executor, actor: Actor) {
  return db
    .selectFrom('devices')
    .innerJoin('customers', 'customers.id', 'devices.customer_id')
    .leftJoin('users as owner', 'owner.id', 'customers.owner_id')
    .where(inScope(actor.scope, 'customers'));
}

export function selectDevices(db: Executor, actor: Actor) {
  return visibleDevices(db, actor).select((eb) => [
    'devices.id',
    'devices.customer_id',
    'customers.name as customer_name',
    'customers.owner_id',
    'owner.display_name as owner_name',
    'devices.model',
    'devices.serial_no',
    'devices.site_address',
    'devices.install_date',
    'devices.warranty_end',
    'devices.status',
    'devices.notes',
    'devices.label_token',
    'devices.created_at',
    'devices.updated_at',
    eb
      .selectFrom('device_maintenance')
      .select((m) => m.fn.max('device_maintenance.performed_at').as('at'))
      .whereRef('device_maintenance.device_id', '=', 'devices.id')
      .as('last_service_at'),
  ]);
}

export async function findVisibleDevice(db: Executor, actor: Actor, id: string): Promise<DeviceRow> {
  const row = await selectDevices(db, actor).where('devices.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('device');
  return row;
}

async function visibleCustomer(db: Executor, actor: Actor, id: string) {
  const customer = await db.selectFrom('customers').selectAll().where('id', '=', id).where(inScope(actor.scope, 'customers')).executeTakeFirst();
  if (!customer) throw notFound('customer');
  return customer;
}

async function assertSerialFree(db: Executor, model: string, serialNo: string, exceptId: string | null) {
  let query = db.selectFrom('devices').select('id').where('model', '=', model).where('serial_no', '=', serialNo);
  if (exceptId) query = query.where('id', '<>', exceptId);
  if (await query.executeTakeFirst()) throw new AppError(409, 'CONFLICT', { what: `${model} ${serialNo}` });
}

function assertDates(installDate: string | null | undefined, warrantyEnd: string | null | undefined) {
  if (installDate && warrantyEnd && warrantyEnd < installDate)
    throw new AppError(400, 'VALIDATION', { summary: 'warrantyEnd: 不能早于安装日期 / must not be before the install date' });
}

export interface PreparedDevice {
  id: string;
  customer_id: string;
  model: string;
  serial_no: string;
  site_address: string | null;
  install_date: string | null;
  warranty_end: string | null;
  status: string;
  label_token: string;
  notes: string | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

/** Checks a new device (customer in the caller's scope, serial free for the model) and builds its row. */
export async function prepareDevice(ctx: AppContext, actor: Actor, input: DeviceInput): Promise<PreparedDevice> {
  await visibleCustomer(ctx.db, actor, input.customerId);
  assertDates(input.installDate, input.warrantyEnd);
  await assertSerialFree(ctx.db, input.model, input.serialNo, null);
  const now = ctx.clock.now();
  return {
    id: randomUUID(),
    customer_id: input.customerId,
    model: input.model,
    serial_no: input.serialNo,
    site_address: input.siteAddress || null,
    install_date: input.installDate ?? null,
    warranty_end: input.warrantyEnd ?? null,
    status: input.status,
    label_token: newLabelToken(),
    notes: input.notes || null,
    created_by: actor.id,
    created_at: now,
    updated_at: now,
  };
}

/** Stores prepared devices inside the caller's transaction, with one audit entry. */
export async function writeDevices(trx: Transaction<DB>, ctx: AppContext, actor: Actor, rows: PreparedDevice[], via: 'api' | 'import'): Promise<void> {
  if (rows.length === 0) return;
  await trx.insertInto('devices').values(rows).execute();
  const summary = (r: PreparedDevice) => ({ customerId: r.customer_id, model: r.model, serialNo: r.serial_no, status: r.status });
  await recordAudit(trx, ctx.clock, {
    actorId: actor.id,
    action: via === 'import' ? 'device.import' : 'device.create',
    entityType: 'device',
    entityId: rows.length === 1 ? rows[0].id : null,
    data: rows.length === 1 ? { ...summary(rows[0]), via } : { via, count: rows.length, devices: rows.map((r) => ({ id: r.id, ...summary(r) })) },
  });
}

export async function createDevice(ctx: AppContext, actor: Actor, input: DeviceInput): Promise<string> {
  const row = await prepareDevice(ctx, actor, input);
  await ctx.db.transaction().execute((trx) => writeDevices(trx, ctx, actor, [row], 'api'));
  return row.id;
}

export async function updateDevice(ctx: AppContext, actor: Actor, id: string, body: DeviceUpdate): Promise<void> {
  const before = await findVisibleDevice(ctx.db, actor, id);
  if (body.customerId && body.customerId !== before.customer_id) await visibleCustomer(ctx.db, actor, body.customerId);
  const model = body.model ?? before.model;
  const serialNo = body.serialNo ?? before.serial_no;
  if (model !== before.model || serialNo !== before.serial_no) await assertSerialFree(ctx.db, model, serialNo, id);
  const installDate = body.installDate === undefined ? before.install_date : body.installDate;
  const warrantyEnd = body.warrantyEnd === undefined ? before.warranty_end : body.warrantyEnd;
  assertDates(installDate, warrantyEnd);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('devices')
      .set({
        customer_id: body.customerId ?? before.customer_id,
        model,
        serial_no: serialNo,
        site_address: body.siteAddress === undefined ? before.site_address : body.siteAddress || null,
        install_date: installDate,
        warranty_end: warrantyEnd,
        status: body.status ?? before.status,
        notes: body.notes === undefined ? before.notes : body.notes || null,
        updated_at: ctx.clock.now(),
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, ctx.clock, { actorId: actor.id, action: 'device.update', entityType: 'device', entityId: id, data: { changes: body } });
  });
}

/** A new label token: the old label's URL stops working at once. */
export async function regenerateLabelToken(ctx: AppContext, actor: Actor, id: string): Promise<string> {
  await findVisibleDevice(ctx.db, actor, id);
  const token = newLabelToken();
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('devices').set({ label_token: token, updated_at: ctx.clock.now() }).where('id', '=', id).execute();
    await recordAudit(trx, ctx.clock, { actorId: actor.id, action: 'device.label_token_replaced', entityType: 'device', entityId: id, data: {} });
  });
  return token;
}

// ---- maintenance ----

export async function addMaintenance(ctx: AppContext, actor: Actor, deviceId: string, input: MaintenanceInput): Promise<string> {
  const device = await findVisibleDevice(ctx.db, actor, deviceId);
  let engineerId: string | null = actor.id;
  let engineerName = input.engineerName ?? actor.displayName;
  if (input.engineerId) {
    const engineer = await ctx.db.selectFrom('users').select(['id', 'display_name', 'active']).where('id', '=', input.engineerId).executeTakeFirst();
    if (!engineer || !engineer.active) throw new AppError(422, 'INVALID_REFERENCE', { reason: 'engineerId' });
    engineerId = engineer.id;
    engineerName = input.engineerName ?? engineer.display_name;
  } else if (input.engineerName && actor.via === 'token') {
    // An ERP/MES names the engineer; the token's user is who wrote it (the audit entry says so).
    engineerId = null;
  }
  const productIds = [...new Set(input.partsUsed.map((p) => p.productId))];
  if (productIds.length) {
    const known = await ctx.db.selectFrom('products').select('id').where('id', 'in', productIds).execute();
    const missing = productIds.find((pid) => !known.some((k) => k.id === pid));
    if (missing) throw new AppError(422, 'INVALID_REFERENCE', { reason: `partsUsed.productId ${missing}` });
  }
  const photoIds = [...new Set(input.photoFileIds)];
  if (photoIds.length) {
    const files = await ctx.db
      .selectFrom('files')
      .select(['files.id', 'files.uploaded_by'])
      .select((eb) => [
        eb.exists(eb.selectFrom('followup_attachments').select('file_id').whereRef('followup_attachments.file_id', '=', 'files.id')).as('in_followup'),
        eb
          .exists(eb.selectFrom('device_maintenance_photos').select('file_id').whereRef('device_maintenance_photos.file_id', '=', 'files.id'))
          .as('in_maintenance'),
      ])
      .where('files.id', 'in', photoIds)
      .execute();
    for (const fileId of photoIds) {
      const file = files.find((f) => f.id === fileId);
      if (!file || file.uploaded_by !== actor.id) throw new AppError(422, 'ATTACHMENT_INVALID', { reason: fileId });
      // A photo proves one service visit: re-using it for another record proves nothing.
      if (file.in_followup || file.in_maintenance) throw new AppError(422, 'ATTACHMENT_INVALID', { reason: `${fileId} (已被其他记录使用)` });
    }
  }
  const id = randomUUID();
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('device_maintenance')
      .values({
        id,
        device_id: device.id,
        performed_at: now,
        engineer_id: engineerId,
        engineer_name: engineerName,
        fault_codes: JSON.stringify(input.faultCodes),
        work_done: input.workDone,
        parts_used: JSON.stringify(input.partsUsed),
        created_at: now,
      })
      .execute();
    if (photoIds.length) {
      await trx
        .insertInto('device_maintenance_photos')
        .values(photoIds.map((fileId) => ({ maintenance_id: id, file_id: fileId })))
        .execute();
      await trx.updateTable('files').set({ attached_at: now }).where('id', 'in', photoIds).execute();
    }
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: 'device.maintenance',
      entityType: 'device',
      entityId: device.id,
      data: { maintenanceId: id, engineerId, engineerName, faultCodes: input.faultCodes, partsUsed: input.partsUsed, photoFileIds: photoIds, via: actor.via },
    });
  });
  return id;
}

export async function maintenanceOf(db: Executor, deviceIds: string[], limit = 50) {
  if (deviceIds.length === 0) return [];
  const rows = await db
    .selectFrom('device_maintenance')
    .selectAll()
    .where('device_id', 'in', deviceIds)
    .orderBy('performed_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
  const ids = rows.map((r) => r.id);
  const photos = ids.length ? await db.selectFrom('device_maintenance_photos').selectAll().where('maintenance_id', 'in', ids).execute() : [];
  const productIds = [...new Set(rows.flatMap((r) => r.parts_used.map((p) => p.productId)))];
  const products = productIds.length ? await db.selectFrom('products').select(['id', 'sku', 'name']).where('id', 'in', productIds).execute() : [];
  return rows.map((r) => ({
    id: r.id,
    deviceId: r.device_id,
    performedAt: r.performed_at.toISOString(),
    engineerId: r.engineer_id,
    engineerName: r.engineer_name,
    faultCodes: r.fault_codes,
    workDone: r.work_done,
    partsUsed: r.parts_used.map((p) => {
      const product = products.find((x) => x.id === p.productId);
      return { productId: p.productId, quantity: Number(p.quantity), sku: product?.sku ?? null, name: product?.name ?? null };
    }),
    photoFileIds: photos.filter((p) => p.maintenance_id === r.id).map((p) => p.file_id),
  }));
}

// ---- compatible products ----

const toCompatible = (p: {
  id: string;
  sku: string;
  name: string;
  kind: string;
  unit: string;
  list_price: number | string;
  stock_quantity: number | string | null;
}) => ({
  id: p.id,
  sku: p.sku,
  name: p.name,
  kind: p.kind,
  unit: p.unit,
  listPrice: Number(p.list_price),
  stockQuantity: p.stock_quantity === null ? null : Number(p.stock_quantity),
});

const PRODUCT_COLUMNS = ['id', 'sku', 'name', 'kind', 'unit', 'list_price', 'stock_quantity'] as const;

/** Active consumables and spare parts whose compatible models contain the model. */
export async function compatibleProducts(db: Executor, model: string) {
  const rows = await db
    .selectFrom('products')
    .select(PRODUCT_COLUMNS)
    .where('active', '=', true)
    .where('kind', 'in', ['consumable', 'spare_part'])
    .where(sql<boolean>`compatible_models @> ${JSON.stringify([model])}::jsonb`)
    .orderBy('kind')
    .orderBy('sku')
    .limit(200)
    .execute();
  return rows.map(toCompatible);
}

async function serviceProducts(db: Executor) {
  const rows = await db
    .selectFrom('products')
    .select(PRODUCT_COLUMNS)
    .where('active', '=', true)
    .where('kind', '=', 'service')
    .orderBy('sku')
    .limit(50)
    .execute();
  return rows.map(toCompatible);
}

/** The dictionary entries of the codes for the model, with the usual parts found by id or SKU. */
async function faultDetails(db: Executor, model: string, codes: string[]) {
  if (codes.length === 0) return [];
  const entries = await db.selectFrom('fault_codes').selectAll().where('model', '=', model).where('code', 'in', codes).execute();
  const refs = [...new Set(entries.flatMap((e) => e.parts))];
  const uuids = refs.filter((r) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(r));
  const parts = refs.length
    ? await db
        .selectFrom('products')
        .select(PRODUCT_COLUMNS)
        .where((eb) => eb.or([eb('sku', 'in', refs), ...(uuids.length ? [eb('id', 'in', uuids)] : [])]))
        .execute()
    : [];
  return codes.map((code) => {
    const entry = entries.find((e) => e.code === code);
    return {
      code,
      known: Boolean(entry),
      meaning: entry?.meaning ?? null,
      likelyCause: entry?.likely_cause ?? null,
      recommendedAction: entry?.recommended_action ?? null,
      parts: (entry?.parts ?? []).flatMap((ref) => {
        const product = parts.find((p) => p.id === ref || p.sku === ref);
        return product ? [toCompatible(product)] : [];
      }),
    };
  });
}

// ---- the scan ----

async function deviceByToken(db: Executor, token: string) {
  // Tokens are base64url; anything else cannot be one (and is not looked up).
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return undefined;
  return db.selectFrom('devices').select(['id', 'customer_id']).where('label_token', '=', token).executeTakeFirst();
}

/** What the scan page shows; every scan is audited (device.scanned). Unknown, revoked or out of scope: 404. */
export async function scanDevice(ctx: AppContext, actor: Actor, token: string) {
  const found = await deviceByToken(ctx.db, token);
  if (!found) throw notFound('device');
  const device = await findVisibleDevice(ctx.db, actor, found.id);
  const customer = await ctx.db
    .selectFrom('customers')
    .select(['id', 'name', 'region', 'grade'])
    .where('id', '=', device.customer_id)
    .executeTakeFirstOrThrow();
  const contacts = await ctx.db
    .selectFrom('contacts')
    .select(['id', 'name', 'title', 'mobile', 'role', 'is_primary'])
    .where('customer_id', '=', device.customer_id)
    .orderBy('is_primary', 'desc')
    .orderBy('name')
    .limit(50)
    .execute();
  const maintenance = await maintenanceOf(ctx.db, [device.id]);
  const lastFaults = await faultDetails(ctx.db, device.model, maintenance[0]?.faultCodes ?? []);
  const fullMobile = SEES_FULL_MOBILE.includes(actor.role);
  await ctx.db.transaction().execute((trx) =>
    recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: 'device.scanned',
      entityType: 'device',
      entityId: device.id,
      data: { model: device.model, serialNo: device.serial_no, via: actor.via },
    }),
  );
  return {
    device,
    customer,
    contacts: contacts.map((c) => ({
      id: c.id,
      name: c.name,
      title: c.title,
      mobile: c.mobile === null ? null : fullMobile ? c.mobile : maskMobile(c.mobile),
      role: c.role,
      primary: c.is_primary,
    })),
    maintenance,
    lastFaults,
    compatibleProducts: await compatibleProducts(ctx.db, device.model),
    serviceProducts: await serviceProducts(ctx.db),
    labelUrl: labelUrl(ctx, device.label_token),
  };
}

/** The public card of a device, only when the playbook enables the public view; else 404. */
export async function publicDevice(ctx: AppContext, token: string) {
  const { document } = await ctx.playbook.active();
  if (!document.devices.publicView) throw notFound('device');
  const found = await deviceByToken(ctx.db, token);
  if (!found) throw notFound('device');
  const row = await ctx.db
    .selectFrom('devices')
    .innerJoin('customers', 'customers.id', 'devices.customer_id')
    .select((eb) => [
      'devices.model',
      'devices.serial_no',
      'customers.name as customer_name',
      'devices.install_date',
      'devices.warranty_end',
      'devices.status',
      eb
        .selectFrom('device_maintenance')
        .select((m) => m.fn.max('device_maintenance.performed_at').as('at'))
        .whereRef('device_maintenance.device_id', '=', 'devices.id')
        .as('last_service_at'),
    ])
    .where('devices.id', '=', found.id)
    .executeTakeFirstOrThrow();
  const last = row.last_service_at as Date | string | null;
  return {
    model: row.model,
    serialNo: row.serial_no,
    customerName: row.customer_name,
    installDate: row.install_date,
    warrantyEnd: row.warranty_end,
    status: row.status as Device['status'],
    lastServiceDate: last === null ? null : localParts(new Date(last), document.sla.businessHours.timeZone).date,
  };
}

// ---- the quote ----

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A service quote for the device: parts, consumables and labour priced from the price list. It
 * joins the customer's newest open opportunity owned by the customer's owner, or opens one
 * (owner: the customer's owner, else the caller), all in one transaction with the quote.
 */
export async function createDeviceQuote(ctx: AppContext, actor: Actor, deviceId: string, input: DeviceQuoteInput) {
  const device = await findVisibleDevice(ctx.db, actor, deviceId);
  const items = [...input.items];
  if (input.labour) {
    const labour = await ctx.db.selectFrom('products').select(['id', 'kind']).where('id', '=', input.labour.productId).executeTakeFirst();
    if (!labour || labour.kind !== 'service')
      throw new AppError(422, 'INVALID_REFERENCE', { reason: 'labour.productId (须为服务类产品 / must be a service product)' });
    items.push({ productId: input.labour.productId, quantity: input.labour.quantity, unitPrice: input.labour.unitPrice });
  }
  if (items.length === 0) throw new AppError(400, 'VALIDATION', { summary: 'items: 请至少选择一项 / pick at least one item' });
  const playbook = await ctx.playbook.active();
  const { document } = playbook;
  const now = ctx.clock.now();
  const validUntil = input.validUntil ?? addDays(localParts(now, document.sla.businessHours.timeZone).date, document.quotes.validityDays);
  const lines = await priceQuoteItems(ctx, items);
  const amount = Math.round(lines.reduce((sum, l) => sum + l.amount, 0) * 100) / 100;
  const productLines = await ctx.db
    .selectFrom('products')
    .select(['id', 'product_line'])
    .where('id', 'in', [...new Set(items.map((i) => i.productId))])
    .execute();
  const productLine =
    items.map((i) => productLines.find((p) => p.id === i.productId)?.product_line).find((l) => l && document.productLines.includes(l)) ??
    document.productLines[0];
  const customer = await ctx.db.selectFrom('customers').selectAll().where('id', '=', device.customer_id).executeTakeFirstOrThrow();
  const ownerId = customer.owner_id ?? actor.id;
  const owner = await ctx.db.selectFrom('users').select(['id', 'team_id']).where('id', '=', ownerId).executeTakeFirstOrThrow();

  return ctx.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('opportunities')
      .selectAll()
      .where('customer_id', '=', customer.id)
      .where('status', '=', 'open')
      .where('owner_id', '=', ownerId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .forUpdate()
      .executeTakeFirst();
    let opportunity = existing;
    if (!opportunity) {
      const opportunityId = await insertOpportunity(
        trx,
        ctx,
        actor,
        {
          customer: { id: customer.id, region: customer.region },
          name: `${device.model} ${device.serial_no} 维保服务`,
          amount,
          productLine,
          owner: { ownerId, teamId: owner.team_id },
        },
        playbook,
      );
      opportunity = await trx.selectFrom('opportunities').selectAll().where('id', '=', opportunityId).executeTakeFirstOrThrow();
    }
    const quote = await insertQuote(trx, ctx, actor, {
      opportunity,
      lines,
      validUntil,
      notes: input.notes || `设备 ${device.model} / ${device.serial_no}`,
      items,
      deviceId: device.id,
    });
    await trx.updateTable('opportunities').set({ last_activity_at: now, updated_at: now }).where('id', '=', opportunity.id).execute();
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: 'device.quote',
      entityType: 'device',
      entityId: device.id,
      data: { quoteId: quote.id, number: quote.number, opportunityId: opportunity.id, opportunityCreated: !existing, amount },
    });
    return { quoteId: quote.id, number: quote.number, opportunityId: opportunity.id, opportunityCreated: !existing, total: quote.total };
  });
}
