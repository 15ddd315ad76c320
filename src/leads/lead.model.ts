import { sql } from 'kysely';
import { z } from 'zod';
import { customerTypeSchema } from '../core/customer-types.js';

export { CUSTOMER_TYPES, customerTypeSchema } from '../core/customer-types.js';
import { dateTimeString, iso, uuidString } from '../core/http/common.js';

export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'converted', 'disqualified'] as const;
/** A lead still being worked: SLA, pool and 断点清单 rules look at these. */
export const OPEN_LEAD_STATUSES = ['new', 'contacted', 'qualified'] as const;
/** The same list as SQL literals: partial indexes on open leads are only used when the planner sees the values. */
export const OPEN_LEAD_STATUSES_SQL = sql`(${sql.join(OPEN_LEAD_STATUSES.map((s) => sql.lit(s)))})`;
export const SLA_STATUSES = ['pending', 'warned', 'breached', 'met'] as const;

export const leadStatusSchema = z.enum(LEAD_STATUSES).meta({ id: 'LeadStatus', description: 'new → contacted → qualified → converted, or disqualified' });
export const slaStatusSchema = z
  .enum(SLA_STATUSES)
  .meta({ id: 'SlaStatus', description: '黄金响应时效: pending, warned at the warning share, breached, or met by a first response' });

export const leadInput = z
  .object({
    name: z.string().trim().min(1).max(200),
    type: customerTypeSchema,
    region: z.string().trim().min(1).max(50),
    productLine: z.string().trim().min(1).max(100),
    phone: z
      .string()
      .trim()
      .max(50)
      .regex(/^[0-9+\-() ]*$/, '电话号码只能包含数字和 + - ( )')
      .optional(),
    company: z.string().trim().max(200).optional(),
    source: z.string().trim().max(100).optional(),
    ownerId: z.uuid().nullable().optional().meta({ description: 'Owner; null leaves the lead in the pool; omitted: sales reps own what they create' }),
    allowDuplicate: z
      .boolean()
      .optional()
      .meta({ description: 'Create it even though a lead or customer with the same phone or company name exists (audited)' }),
  })
  .strict()
  .meta({ id: 'CreateLeadRequest', description: 'A new lead; region and product line must be in the playbook' });
export type LeadInput = z.infer<typeof leadInput>;

export const leadSchema = z
  .object({
    id: uuidString,
    name: z.string(),
    type: customerTypeSchema,
    region: z.string(),
    productLine: z.string(),
    phone: z.string().nullable(),
    company: z.string().nullable(),
    source: z.string().nullable(),
    status: leadStatusSchema,
    ownerId: uuidString.nullable(),
    ownerName: z.string().nullable(),
    teamId: uuidString.nullable(),
    customerId: uuidString.nullable(),
    assignedAt: dateTimeString.nullable(),
    firstContactAt: dateTimeString.nullable(),
    nextFollowUpAt: dateTimeString.nullable(),
    createdAt: dateTimeString,
    updatedAt: dateTimeString,
    lastActivityAt: dateTimeString,
    responseDueAt: dateTimeString.nullable(),
    responseWarnAt: dateTimeString.nullable(),
    slaStatus: slaStatusSchema,
    respondedAt: dateTimeString.nullable(),
    escalationLevel: z.number().int(),
    poolSince: dateTimeString.nullable(),
  })
  .meta({ id: 'Lead', description: '线索' });

export interface LeadRow {
  id: string;
  name: string;
  type: string;
  region: string;
  product_line: string;
  phone: string | null;
  company: string | null;
  source: string | null;
  status: string;
  owner_id: string | null;
  owner_name?: string | null;
  team_id: string | null;
  customer_id: string | null;
  assigned_at: Date | null;
  first_contact_at: Date | null;
  next_follow_up_at: Date | null;
  created_at: Date;
  updated_at: Date;
  last_activity_at: Date;
  response_due_at: Date | null;
  response_warn_at: Date | null;
  sla_status: string;
  responded_at: Date | null;
  escalation_level: number;
  next_escalation_at: Date | null;
  pool_since: Date | null;
  unassigned_alerted_at: Date | null;
  recycle_reminded_at: Date | null;
}

export const toLead = (l: LeadRow): z.infer<typeof leadSchema> => ({
  id: l.id,
  name: l.name,
  type: l.type as LeadInput['type'],
  region: l.region,
  productLine: l.product_line,
  phone: l.phone,
  company: l.company,
  source: l.source,
  status: l.status as (typeof LEAD_STATUSES)[number],
  ownerId: l.owner_id,
  ownerName: l.owner_name ?? null,
  teamId: l.team_id,
  customerId: l.customer_id,
  assignedAt: iso(l.assigned_at),
  firstContactAt: iso(l.first_contact_at),
  nextFollowUpAt: iso(l.next_follow_up_at),
  createdAt: iso(l.created_at)!,
  updatedAt: iso(l.updated_at)!,
  lastActivityAt: iso(l.last_activity_at)!,
  responseDueAt: iso(l.response_due_at),
  responseWarnAt: iso(l.response_warn_at),
  slaStatus: l.sla_status as (typeof SLA_STATUSES)[number],
  respondedAt: iso(l.responded_at),
  escalationLevel: l.escalation_level,
  poolSince: iso(l.pool_since),
});
