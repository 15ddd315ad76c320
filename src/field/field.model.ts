import { z } from 'zod';
import { dateString, dateTimeString, iso, storedEnum, uuidString } from '../core/http/common.js';
import { COORD_SYSTEMS } from './geo.js';

export const coordSystemSchema = z
  .enum(COORD_SYSTEMS)
  .meta({ id: 'CoordSystem', description: 'wgs84 (GPS, browsers, OSM), gcj02 (AMap, Tencent), bd09 (Baidu); stored as wgs84' });

const localDate = z.iso.date().meta({ description: 'A local date YYYY-MM-DD (the playbook’s time zone)' });
const hhmmText = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
  .meta({ description: 'HH:MM' });

// ---------------------------------------------------------------- competitor stores

export const competitorStoreInput = z
  .object({
    brand: z.string().trim().min(1).max(100),
    name: z.string().trim().min(1).max(200),
    address: z.string().trim().max(300).nullable().optional(),
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    coordSystem: coordSystemSchema.optional().meta({ description: 'The system lat/lng are given in (default wgs84)' }),
    region: z.string().trim().max(50).nullable().optional().meta({ description: 'A region of the playbook' }),
    notes: z.string().trim().max(2000).nullable().optional(),
  })
  .strict()
  .meta({ id: 'CreateCompetitorStoreRequest', description: '竞品门店: brand, name, address and coordinates' });
export type CompetitorStoreInput = z.infer<typeof competitorStoreInput>;

export const competitorStoreUpdate = competitorStoreInput
  .partial()
  .strict()
  .meta({ id: 'UpdateCompetitorStoreRequest', description: 'The fields to change (lat and lng together)' });

export const competitorStoreSchema = z
  .object({
    id: uuidString,
    brand: z.string(),
    name: z.string(),
    address: z.string().nullable(),
    lat: z.number().meta({ description: 'WGS-84' }),
    lng: z.number().meta({ description: 'WGS-84' }),
    region: z.string().nullable(),
    notes: z.string().nullable(),
    createdAt: dateTimeString,
    updatedAt: dateTimeString,
  })
  .meta({ id: 'CompetitorStore', description: '竞品门店' });

export interface CompetitorStoreRow {
  id: string;
  brand: string;
  name: string;
  address: string | null;
  lat: number;
  lng: number;
  region: string | null;
  notes: string | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}

export const toCompetitorStore = (r: CompetitorStoreRow): z.infer<typeof competitorStoreSchema> => ({
  id: r.id,
  brand: r.brand,
  name: r.name,
  address: r.address,
  lat: r.lat,
  lng: r.lng,
  region: r.region,
  notes: r.notes,
  createdAt: iso(r.created_at)!,
  updatedAt: iso(r.updated_at)!,
});

// ---------------------------------------------------------------- visits

export const VISIT_STATUSES = ['planned', 'done', 'cancelled', 'missed'] as const;
export const visitStatusSchema = z
  .enum(VISIT_STATUSES)
  .meta({ id: 'VisitStatus', description: 'planned → done (by a check-in) / cancelled / missed (still planned after its day)' });

export const visitInput = z
  .object({
    customerId: z.uuid(),
    date: localDate,
    plannedTime: hhmmText.optional(),
    purpose: z.string().trim().min(1).max(500),
    repId: z.uuid().optional().meta({ description: 'Whose visit (default the caller; managers may plan for reps they lead)' }),
  })
  .strict()
  .meta({ id: 'PlanVisitRequest', description: 'A planned customer visit' });

export const visitUpdate = z
  .object({
    date: localDate.optional(),
    plannedTime: hhmmText.nullable().optional(),
    purpose: z.string().trim().min(1).max(500).optional(),
  })
  .strict()
  .meta({ id: 'UpdateVisitRequest', description: 'Move or reword a planned visit' });

export const visitSchema = z
  .object({
    id: uuidString,
    customerId: uuidString,
    customerName: z.string(),
    customerAddress: z.string().nullable(),
    customerLat: z.number().nullable().meta({ description: 'WGS-84' }),
    customerLng: z.number().nullable().meta({ description: 'WGS-84' }),
    repId: uuidString,
    repName: z.string(),
    date: dateString,
    plannedTime: z.string().nullable(),
    purpose: z.string(),
    status: storedEnum(visitStatusSchema),
    checkinId: uuidString.nullable(),
    followupId: uuidString.nullable().meta({ description: 'The visit follow-up the rep recorded after the check-in; null until then' }),
    createdAt: dateTimeString,
    updatedAt: dateTimeString,
  })
  .meta({ id: 'Visit', description: '拜访计划' });

export interface VisitRow {
  id: string;
  customer_id: string;
  customer_name: string;
  customer_address: string | null;
  customer_lat: number | null;
  customer_lng: number | null;
  rep_id: string;
  rep_name: string;
  visit_date: string;
  planned_time: string | null;
  purpose: string;
  status: string;
  checkin_id: string | null;
  followup_id: string | null;
  created_at: Date;
  updated_at: Date;
}

export const toVisit = (v: VisitRow): z.infer<typeof visitSchema> => ({
  id: v.id,
  customerId: v.customer_id,
  customerName: v.customer_name,
  customerAddress: v.customer_address,
  customerLat: v.customer_lat,
  customerLng: v.customer_lng,
  repId: v.rep_id,
  repName: v.rep_name,
  date: v.visit_date,
  plannedTime: v.planned_time,
  purpose: v.purpose,
  status: v.status as z.infer<typeof visitStatusSchema>,
  checkinId: v.checkin_id,
  followupId: v.followup_id,
  createdAt: iso(v.created_at)!,
  updatedAt: iso(v.updated_at)!,
});

// ---------------------------------------------------------------- check-ins

export const checkinInput = z
  .object({
    customerId: z.uuid(),
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    accuracy: z.number().min(0).max(1_000_000).meta({ description: 'The position’s accuracy in metres, as the browser reports it' }),
    coordSystem: coordSystemSchema,
    photoFileId: z.uuid().optional().meta({ description: 'A photo the caller uploaded before (POST /api/v1/files), used by no other check-in' }),
  })
  .strict()
  .meta({ id: 'CheckinRequest', description: 'A check-in at a customer: the phone’s position; the time is the server’s' });

export const checkinSchema = z
  .object({
    id: uuidString,
    repId: uuidString,
    repName: z.string(),
    customerId: uuidString,
    customerName: z.string(),
    visitId: uuidString.nullable().meta({ description: 'The planned visit of that day it completed, if any' }),
    lat: z.number().nullable().meta({ description: 'WGS-84; null once the retention rule purged the position' }),
    lng: z.number().nullable(),
    accuracyM: z.number().nullable(),
    distanceM: z.number().nullable().meta({ description: 'Metres from the customer’s stored position' }),
    coordSystem: storedEnum(coordSystemSchema).meta({ description: 'The system the phone sent (stored converted to WGS-84)' }),
    photoFileId: uuidString.nullable(),
    followupId: uuidString.nullable().meta({ description: 'The visit follow-up recorded for it; null: still a draft to record' }),
    date: dateString,
    checkedInAt: dateTimeString,
    purgedAt: dateTimeString.nullable().meta({ description: 'When the position was purged (retention)' }),
  })
  .meta({ id: 'Checkin', description: '签到' });

export const checkinCreatedSchema = checkinSchema
  .extend({
    followupDraft: z
      .object({ targetType: z.literal('customer'), targetId: uuidString, channel: z.literal('visit') })
      .meta({ description: 'The visit follow-up still to record (with its own evidence) through POST /api/v1/followups' }),
  })
  .meta({ id: 'CheckinCreated', description: 'The stored check-in and the follow-up it opens' });

export interface CheckinRow {
  id: string;
  rep_id: string;
  rep_name: string;
  customer_id: string;
  customer_name: string;
  visit_id: string | null;
  lat: number | null;
  lng: number | null;
  accuracy_m: number | null;
  distance_m: number | null;
  coord_system: string;
  photo_file_id: string | null;
  followup_id: string | null;
  local_date: string;
  checked_in_at: Date;
  purged_at: Date | null;
}

export const toCheckin = (c: CheckinRow): z.infer<typeof checkinSchema> => ({
  id: c.id,
  repId: c.rep_id,
  repName: c.rep_name,
  customerId: c.customer_id,
  customerName: c.customer_name,
  visitId: c.visit_id,
  lat: c.lat,
  lng: c.lng,
  accuracyM: c.accuracy_m,
  distanceM: c.distance_m === null ? null : Math.round(c.distance_m),
  coordSystem: c.coord_system as z.infer<typeof coordSystemSchema>,
  photoFileId: c.photo_file_id,
  followupId: c.followup_id,
  date: c.local_date,
  checkedInAt: iso(c.checked_in_at)!,
  purgedAt: iso(c.purged_at),
});
