import { z } from 'zod';
import { iso } from '../core/http/common.js';

export const opportunityInput = z
  .object({
    customerId: z.uuid(),
    name: z.string().trim().min(1).max(200),
    amount: z.number().min(0).max(1e13),
    productLine: z.string().trim().min(1).max(100),
    ownerId: z.uuid().nullable().optional(),
  })
  .strict();
export type OpportunityInput = z.infer<typeof opportunityInput>;

/** Values of the playbook's stage fields, by field key. */
export const fieldValues = z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/), z.string().max(5000));

export const missingItemSchema = z.object({
  key: z.string(),
  label: z.string(),
  rule: z.string(),
  ruleName: z.string(),
  kind: z.string(),
  reason: z.string(),
  required: z.number().optional(),
  actual: z.number().optional(),
});

export const opportunitySchema = z.object({
  id: z.string(),
  customerId: z.string(),
  customerName: z.string().nullable(),
  customerGrade: z.string().nullable(),
  name: z.string(),
  amount: z.number(),
  productLine: z.string(),
  region: z.string(),
  stage: z.string(),
  status: z.string(),
  lostReason: z.string().nullable(),
  stageEnteredAt: z.string(),
  fields: z.record(z.string(), z.string()),
  stageFields: z.record(z.string(), z.record(z.string(), z.string())),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  teamId: z.string().nullable(),
  nextFollowUpAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  lastActivityAt: z.string(),
});

export const opportunityDetailSchema = opportunitySchema.extend({
  history: z.array(
    z.object({
      from: z.string().nullable(),
      to: z.string(),
      at: z.string(),
      actorId: z.string().nullable(),
      actorName: z.string().nullable(),
      reason: z.string().nullable(),
      playbookVersion: z.number(),
    }),
  ),
  gate: z.object({ nextStage: z.string().nullable(), missing: z.array(missingItemSchema) }),
});

export interface OpportunityRow {
  id: string;
  customer_id: string;
  customer_name?: string | null;
  customer_grade?: string | null;
  name: string;
  amount: number;
  product_line: string;
  region: string;
  stage: string;
  status: string;
  lost_reason: string | null;
  stage_entered_at: Date;
  stage_fields: Record<string, Record<string, string>>;
  owner_id: string | null;
  owner_name?: string | null;
  team_id: string | null;
  next_follow_up_at: Date | null;
  created_at: Date;
  updated_at: Date;
  last_activity_at: Date;
}

export const toOpportunity = (o: OpportunityRow): z.infer<typeof opportunitySchema> => ({
  id: o.id,
  customerId: o.customer_id,
  customerName: o.customer_name ?? null,
  customerGrade: o.customer_grade ?? null,
  name: o.name,
  amount: o.amount,
  productLine: o.product_line,
  region: o.region,
  stage: o.stage,
  status: o.status,
  lostReason: o.lost_reason,
  stageEnteredAt: iso(o.stage_entered_at)!,
  fields: o.stage_fields[o.stage] ?? {},
  stageFields: o.stage_fields,
  ownerId: o.owner_id,
  ownerName: o.owner_name ?? null,
  teamId: o.team_id,
  nextFollowUpAt: iso(o.next_follow_up_at),
  createdAt: iso(o.created_at)!,
  updatedAt: iso(o.updated_at)!,
  lastActivityAt: iso(o.last_activity_at)!,
});
