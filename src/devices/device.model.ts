import { z } from 'zod';
import { dateString, dateTimeString, iso, storedEnum, uuidString } from '../core/http/common.js';

export const DEVICE_STATUSES = ['in_service', 'under_repair', 'idle', 'retired'] as const;
export const deviceStatusSchema = z
  .enum(DEVICE_STATUSES)
  .meta({ id: 'DeviceStatus', description: '在用 in_service, 维修中 under_repair, 停用 idle, 已报废 retired' });

const model = z.string().trim().min(1).max(100);
const serialNo = z.string().trim().min(1).max(100);
const shortText = z.string().trim().max(500);

export const deviceInput = z
  .object({
    customerId: z.uuid(),
    model: model.meta({ description: 'Device model, as the products’ compatible models name it' }),
    serialNo: serialNo.meta({ description: 'Serial number, unique per model' }),
    siteAddress: shortText.nullable().optional(),
    installDate: z.iso.date().nullable().optional(),
    warrantyEnd: z.iso.date().nullable().optional(),
    status: deviceStatusSchema.default('in_service'),
    notes: z.string().trim().max(2000).nullable().optional(),
  })
  .strict()
  .meta({ id: 'CreateDeviceRequest', description: 'A device installed at a customer' });
export type DeviceInput = z.infer<typeof deviceInput>;

export const deviceUpdate = deviceInput
  .omit({ status: true })
  .extend({ status: deviceStatusSchema.optional() })
  .partial()
  .strict()
  .meta({ id: 'UpdateDeviceRequest', description: 'The fields to change' });
export type DeviceUpdate = z.infer<typeof deviceUpdate>;

export const deviceSchema = z
  .object({
    id: uuidString,
    customerId: uuidString,
    customerName: z.string(),
    ownerId: uuidString.nullable(),
    ownerName: z.string().nullable(),
    model: z.string(),
    serialNo: z.string(),
    siteAddress: z.string().nullable(),
    installDate: dateString.nullable(),
    warrantyEnd: dateString.nullable(),
    status: storedEnum(deviceStatusSchema),
    notes: z.string().nullable(),
    lastServiceAt: dateTimeString.nullable().meta({ description: 'When the last maintenance was recorded' }),
    labelUrl: z.string().meta({ description: 'What the device’s QR label holds: PUBLIC_URL/d/<token> (changes when the label is revoked)' }),
    createdAt: dateTimeString,
    updatedAt: dateTimeString,
  })
  .meta({ id: 'Device', description: '设备（已安装设备台账）' });
export type Device = z.infer<typeof deviceSchema>;

export interface DeviceRow {
  id: string;
  customer_id: string;
  customer_name: string;
  owner_id: string | null;
  owner_name: string | null;
  model: string;
  serial_no: string;
  site_address: string | null;
  install_date: string | null;
  warranty_end: string | null;
  status: string;
  notes: string | null;
  label_token: string;
  last_service_at: Date | string | null;
  created_at: Date;
  updated_at: Date;
}

const isoOf = (value: Date | string | null) => (value === null ? null : iso(value instanceof Date ? value : new Date(value)));

/** `publicUrl`: the app's PUBLIC_URL, which label URLs start with. */
export const toDevice = (d: DeviceRow, publicUrl: string): Device => ({
  id: d.id,
  customerId: d.customer_id,
  customerName: d.customer_name,
  ownerId: d.owner_id,
  ownerName: d.owner_name,
  model: d.model,
  serialNo: d.serial_no,
  siteAddress: d.site_address,
  installDate: d.install_date,
  warrantyEnd: d.warranty_end,
  status: d.status as Device['status'],
  notes: d.notes,
  lastServiceAt: isoOf(d.last_service_at),
  labelUrl: `${publicUrl}/d/${d.label_token}`,
  createdAt: iso(d.created_at)!,
  updatedAt: iso(d.updated_at)!,
});

// ---- maintenance ----

export const partUsedSchema = z
  .object({ productId: z.uuid(), quantity: z.number().positive().max(1e6) })
  .strict()
  .meta({ id: 'DevicePartUsed', description: 'A product of the price list and how many were used' });

export const maintenanceInput = z
  .object({
    engineerId: z.uuid().optional().meta({ description: 'The engineer (a user); default the caller' }),
    engineerName: z.string().trim().min(1).max(100).optional().meta({ description: 'The engineer’s name when they have no account (an ERP/MES writing)' }),
    faultCodes: z.array(z.string().trim().min(1).max(50)).max(50).default([]),
    workDone: z.string().trim().min(1).max(5000),
    partsUsed: z.array(partUsedSchema).max(100).default([]),
    photoFileIds: z.array(z.uuid()).max(20).default([]).meta({ description: 'Files the caller uploaded (POST /files), not yet used elsewhere' }),
  })
  .strict()
  .meta({ id: 'CreateDeviceMaintenanceRequest', description: 'A maintenance record; its time is the server’s' });
export type MaintenanceInput = z.infer<typeof maintenanceInput>;

export const maintenanceSchema = z
  .object({
    id: uuidString,
    deviceId: uuidString,
    performedAt: dateTimeString,
    engineerId: uuidString.nullable(),
    engineerName: z.string(),
    faultCodes: z.array(z.string()),
    workDone: z.string(),
    partsUsed: z.array(
      z.object({ productId: uuidString, quantity: z.number(), sku: z.string().nullable(), name: z.string().nullable() }).meta({ id: 'DevicePartUsedDetail' }),
    ),
    photoFileIds: z.array(uuidString),
  })
  .meta({ id: 'DeviceMaintenance', description: '维保记录' });
export type Maintenance = z.infer<typeof maintenanceSchema>;

// ---- fault codes ----

export const faultCodeInput = z
  .object({
    model: model,
    code: z.string().trim().min(1).max(50),
    meaning: z.string().trim().min(1).max(500),
    likelyCause: z.string().trim().max(1000).nullable().optional(),
    recommendedAction: z.string().trim().max(1000).nullable().optional(),
    parts: z.array(z.string().trim().min(1).max(100)).max(50).default([]).meta({ description: 'Product ids or SKUs of the parts usually needed' }),
  })
  .strict()
  .meta({ id: 'CreateFaultCodeRequest', description: 'A fault code of a model: meaning, likely cause, recommended action, usual parts' });
export type FaultCodeInput = z.infer<typeof faultCodeInput>;

// Without the create default: parts left out keep their value.
export const faultCodeUpdate = faultCodeInput
  .extend({ parts: faultCodeInput.shape.parts.unwrap().optional() })
  .partial()
  .strict()
  .meta({ id: 'UpdateFaultCodeRequest', description: 'The fields to change' });

export const faultCodeSchema = z
  .object({
    id: uuidString,
    model: z.string(),
    code: z.string(),
    meaning: z.string(),
    likelyCause: z.string().nullable(),
    recommendedAction: z.string().nullable(),
    parts: z.array(z.string()),
    createdAt: dateTimeString,
    updatedAt: dateTimeString,
  })
  .meta({ id: 'FaultCode', description: '故障代码' });

export interface FaultCodeRow {
  id: string;
  model: string;
  code: string;
  meaning: string;
  likely_cause: string | null;
  recommended_action: string | null;
  parts: string[];
  created_at: Date;
  updated_at: Date;
}

export const toFaultCode = (f: FaultCodeRow): z.infer<typeof faultCodeSchema> => ({
  id: f.id,
  model: f.model,
  code: f.code,
  meaning: f.meaning,
  likelyCause: f.likely_cause,
  recommendedAction: f.recommended_action,
  parts: f.parts,
  createdAt: iso(f.created_at)!,
  updatedAt: iso(f.updated_at)!,
});

// ---- the scan ----

export const compatibleProductSchema = z
  .object({
    id: uuidString,
    sku: z.string(),
    name: z.string(),
    kind: z.string(),
    unit: z.string(),
    listPrice: z.number(),
    stockQuantity: z.number().nullable().meta({ description: '库存; null: not kept here' }),
  })
  .meta({ id: 'DeviceCompatibleProduct', description: 'A consumable, spare part or service that fits the device' });

export const deviceScanSchema = z
  .object({
    device: deviceSchema,
    customer: z.object({ id: uuidString, name: z.string(), region: z.string(), grade: z.string() }).meta({ id: 'DeviceScanCustomer' }),
    contacts: z.array(
      z
        .object({ id: uuidString, name: z.string(), title: z.string().nullable(), mobile: z.string().nullable(), role: z.string(), primary: z.boolean() })
        .meta({ id: 'DeviceScanContact' }),
    ),
    maintenance: z.array(maintenanceSchema).meta({ description: 'Newest first (at most 50)' }),
    lastFaults: z
      .array(
        z
          .object({
            code: z.string(),
            known: z.boolean().meta({ description: 'false: the code is not in the dictionary of this model' }),
            meaning: z.string().nullable(),
            likelyCause: z.string().nullable(),
            recommendedAction: z.string().nullable(),
            parts: z.array(compatibleProductSchema).meta({ description: 'The usual parts found in the price list' }),
          })
          .meta({ id: 'DeviceScanFault' }),
      )
      .meta({ description: 'The fault codes of the last maintenance, with their dictionary entries' }),
    compatibleProducts: z.array(compatibleProductSchema).meta({ description: 'Active consumables and spare parts whose compatible models contain the model' }),
    serviceProducts: z.array(compatibleProductSchema).meta({ description: 'Active products of kind service (labour, e.g. 工时)' }),
    labelUrl: z.string().meta({ description: 'The URL the label’s QR code holds' }),
  })
  .meta({ id: 'DeviceScan', description: 'Everything the scan page shows' });

export const publicDeviceSchema = z
  .object({
    model: z.string(),
    serialNo: z.string(),
    customerName: z.string(),
    installDate: dateString.nullable(),
    warrantyEnd: dateString.nullable(),
    status: storedEnum(deviceStatusSchema),
    lastServiceDate: dateString.nullable(),
  })
  .meta({ id: 'PublicDevice', description: 'The public card of a device (when the org enabled it): no prices, contacts or fault details' });

export const deviceQuoteInput = z
  .object({
    items: z
      .array(
        z
          .object({
            productId: z.uuid(),
            quantity: z.number().positive().max(1e6),
            unitPrice: z.number().min(0).max(1e12).optional(),
            discountPct: z.number().min(0).max(100).optional(),
          })
          .strict(),
      )
      .max(200)
      .default([]),
    labour: z
      .object({
        productId: z.uuid().meta({ description: 'A product of kind service (e.g. 工时)' }),
        quantity: z.number().positive().max(1e6).meta({ description: 'Hours or units of the service' }),
        unitPrice: z.number().min(0).max(1e12).optional(),
      })
      .strict()
      .optional(),
    validUntil: z.iso.date().optional().meta({ description: 'Default: today plus the playbook’s quote validity' }),
    notes: z.string().trim().max(5000).optional(),
  })
  .strict()
  .meta({ id: 'CreateDeviceQuoteRequest', description: 'Parts, consumables and labour for a service quote of the device' });
export type DeviceQuoteInput = z.infer<typeof deviceQuoteInput>;

export const deviceQuoteResultSchema = z
  .object({
    quoteId: uuidString,
    number: z.string(),
    opportunityId: uuidString,
    opportunityCreated: z.boolean().meta({ description: 'true: a new opportunity was opened; false: it joined the newest open one' }),
    total: z.number(),
    pdfUrl: z.string().meta({ description: 'GET it for the PDF (getQuotePdf)' }),
  })
  .meta({ id: 'DeviceQuoteResult' });
