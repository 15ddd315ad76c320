import { z } from 'zod';
import { dateTimeString, iso, uuidString } from '../core/http/common.js';
import { customerTypeSchema } from '../core/customer-types.js';
import { COORD_SYSTEMS } from '../field/index.js';

export const GEO_SOURCES = ['manual', 'import', 'geocoder', 'demo'] as const;

export const GRADES = ['A', 'B', 'C', 'D'] as const;
export const gradeSchema = z.enum(GRADES).meta({ id: 'CustomerGrade', description: 'Customer grade A (most valuable) to D' });

export const customerInput = z
  .object({
    name: z.string().trim().min(1).max(200),
    type: customerTypeSchema,
    grade: gradeSchema,
    region: z.string().trim().min(1).max(50),
    industry: z.string().trim().max(100).optional(),
    phone: z
      .string()
      .trim()
      .max(50)
      .regex(/^[0-9+\-() ]*$/, '电话号码只能包含数字和 + - ( )')
      .optional(),
    ownerId: z.uuid().nullable().optional(),
    address: z.string().trim().max(300).nullable().optional().meta({ description: '地址' }),
    lat: z.number().min(-90).max(90).nullable().optional().meta({ description: 'Latitude in `coordSystem` (with lng, or both null to clear)' }),
    lng: z.number().min(-180).max(180).nullable().optional().meta({ description: 'Longitude in `coordSystem` (with lat)' }),
    coordSystem: z
      .enum(COORD_SYSTEMS)
      .optional()
      .meta({ description: 'The system lat/lng are given in (default wgs84; gcj02 from AMap/Tencent, bd09 from Baidu); stored as WGS-84' }),
    geoSource: z.enum(GEO_SOURCES).optional().meta({ description: 'Where the coordinates come from (default manual; import for sheets)' }),
    allowDuplicate: z
      .boolean()
      .optional()
      .meta({ description: 'Create it even though a lead or customer with the same phone or company name exists (audited)' }),
  })
  .strict()
  .meta({ id: 'CreateCustomerRequest', description: 'A new customer; the region must be in the playbook' });
export type CustomerInput = z.infer<typeof customerInput>;

export const customerSchema = z
  .object({
    id: uuidString,
    name: z.string(),
    type: customerTypeSchema,
    grade: gradeSchema,
    region: z.string(),
    industry: z.string().nullable(),
    phone: z.string().nullable(),
    ownerId: uuidString.nullable(),
    ownerName: z.string().nullable(),
    teamId: uuidString.nullable(),
    leadId: uuidString.nullable().meta({ description: 'The lead this customer was converted from' }),
    address: z.string().nullable(),
    lat: z.number().nullable().meta({ description: 'WGS-84 latitude' }),
    lng: z.number().nullable().meta({ description: 'WGS-84 longitude' }),
    geoSource: z.string().nullable().meta({ description: 'manual, import, geocoder or demo' }),
    nextFollowUpAt: dateTimeString.nullable(),
    createdAt: dateTimeString,
    updatedAt: dateTimeString,
    lastActivityAt: dateTimeString,
  })
  .meta({ id: 'Customer', description: '客户' });

export interface CustomerRow {
  id: string;
  name: string;
  type: string;
  grade: string;
  region: string;
  industry: string | null;
  phone: string | null;
  owner_id: string | null;
  owner_name?: string | null;
  team_id: string | null;
  lead_id: string | null;
  address?: string | null;
  lat?: number | null;
  lng?: number | null;
  geo_source?: string | null;
  next_follow_up_at: Date | null;
  created_at: Date;
  updated_at: Date;
  last_activity_at: Date;
}

export const toCustomer = (c: CustomerRow): z.infer<typeof customerSchema> => ({
  id: c.id,
  name: c.name,
  type: c.type as CustomerInput['type'],
  grade: c.grade as CustomerInput['grade'],
  region: c.region,
  industry: c.industry,
  phone: c.phone,
  ownerId: c.owner_id,
  ownerName: c.owner_name ?? null,
  teamId: c.team_id,
  leadId: c.lead_id,
  address: c.address ?? null,
  lat: c.lat ?? null,
  lng: c.lng ?? null,
  geoSource: c.geo_source ?? null,
  nextFollowUpAt: iso(c.next_follow_up_at),
  createdAt: iso(c.created_at)!,
  updatedAt: iso(c.updated_at)!,
  lastActivityAt: iso(c.last_activity_at)!,
});
