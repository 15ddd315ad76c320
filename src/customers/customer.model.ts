import { z } from 'zod';
import { iso } from '../core/http/common.js';

export const GRADES = ['A', 'B', 'C', 'D'] as const;

export const customerInput = z
  .object({
    name: z.string().trim().min(1).max(200),
    type: z.enum(['B2B', 'B2C']),
    grade: z.enum(GRADES),
    region: z.string().trim().min(1).max(50),
    industry: z.string().trim().max(100).optional(),
    phone: z
      .string()
      .trim()
      .max(50)
      .regex(/^[0-9+\-() ]*$/, '电话号码只能包含数字和 + - ( )')
      .optional(),
    ownerId: z.uuid().nullable().optional(),
  })
  .strict();
export type CustomerInput = z.infer<typeof customerInput>;

export const customerSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  grade: z.string(),
  region: z.string(),
  industry: z.string().nullable(),
  phone: z.string().nullable(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  teamId: z.string().nullable(),
  leadId: z.string().nullable(),
  nextFollowUpAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  lastActivityAt: z.string(),
});

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
  next_follow_up_at: Date | null;
  created_at: Date;
  updated_at: Date;
  last_activity_at: Date;
}

export const toCustomer = (c: CustomerRow): z.infer<typeof customerSchema> => ({
  id: c.id,
  name: c.name,
  type: c.type,
  grade: c.grade,
  region: c.region,
  industry: c.industry,
  phone: c.phone,
  ownerId: c.owner_id,
  ownerName: c.owner_name ?? null,
  teamId: c.team_id,
  leadId: c.lead_id,
  nextFollowUpAt: iso(c.next_follow_up_at),
  createdAt: iso(c.created_at)!,
  updatedAt: iso(c.updated_at)!,
  lastActivityAt: iso(c.last_activity_at)!,
});
