import { z } from 'zod';
import { dateString, dateTimeString, iso, uuidString } from '../core/http/common.js';
import { gradeSchema } from '../customers/index.js';

/** 销售预测 fields: when it should close, how likely it is (null: the playbook's stage default), against whom. */
export const forecastFields = {
  expectedCloseDate: z.iso.date().nullable().optional().meta({ description: 'Expected close date (YYYY-MM-DD)' }),
  winProbability: z
    .number()
    .int()
    .min(0)
    .max(100)
    .nullable()
    .optional()
    .meta({ description: 'Win probability in percent; null or omitted: the playbook’s default for the stage (forecast.stageProbabilities)' }),
  competitors: z.array(z.string().trim().min(1).max(100)).max(20).optional().meta({ description: 'Competitors in the deal' }),
};

export const opportunityInput = z
  .object({
    customerId: z.uuid(),
    name: z.string().trim().min(1).max(200),
    amount: z.number().min(0).max(1e13),
    productLine: z.string().trim().min(1).max(100),
    ownerId: z.uuid().nullable().optional().meta({ description: 'Owner; omitted: the customer’s owner' }),
    ...forecastFields,
  })
  .strict()
  .meta({ id: 'CreateOpportunityRequest', description: 'A new opportunity; it starts at the playbook’s first stage' });
export type OpportunityInput = z.infer<typeof opportunityInput>;

/** Values of the playbook's stage fields, by field key. */
export const fieldValues = z
  .record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/), z.string().max(5000))
  .meta({ description: 'Values of the playbook’s stage fields by field key (datetimes as ISO 8601)' });

export const OPPORTUNITY_STATUSES = ['open', 'won', 'lost'] as const;
export const opportunityStatusSchema = z.enum(OPPORTUNITY_STATUSES).meta({ id: 'OpportunityStatus', description: 'open, or closed as won or lost' });

export const missingItemSchema = z
  .object({
    key: z.string().meta({ description: 'The field key, or `followups:<channel>` / `files:<fileKind>`' }),
    label: z.string().meta({ description: 'What is missing, in the caller’s language' }),
    rule: z.string().meta({ description: 'Id of the playbook rule' }),
    ruleName: z.string(),
    kind: z.enum(['field', 'followups', 'files']),
    reason: z.enum(['missing', 'too_short', 'invalid', 'not_future', 'insufficient']),
    required: z.number().optional(),
    actual: z.number().optional(),
  })
  .meta({ id: 'MissingRequirement', description: 'An unmet requirement of the stage gate' });

export const opportunitySchema = z
  .object({
    id: uuidString,
    customerId: uuidString,
    customerName: z.string().nullable(),
    customerGrade: gradeSchema.nullable(),
    name: z.string(),
    amount: z.number(),
    productLine: z.string(),
    region: z.string(),
    stage: z.string().meta({ description: 'Key of a playbook stage' }),
    status: opportunityStatusSchema,
    lostReason: z.string().nullable(),
    stageEnteredAt: dateTimeString,
    fields: z.record(z.string(), z.string()).meta({ description: 'The current stage’s field values' }),
    stageFields: z.record(z.string(), z.record(z.string(), z.string())).meta({ description: 'Field values recorded per stage key' }),
    ownerId: uuidString.nullable(),
    ownerName: z.string().nullable(),
    teamId: uuidString.nullable(),
    nextFollowUpAt: dateTimeString.nullable(),
    createdAt: dateTimeString,
    updatedAt: dateTimeString,
    lastActivityAt: dateTimeString,
    expectedCloseDate: dateString.nullable(),
    winProbability: z.number().int().nullable().meta({ description: 'Set on the opportunity; null: the playbook’s default for the stage' }),
    competitors: z.array(z.string()),
  })
  .meta({ id: 'Opportunity', description: '商机' });

export const stageChangeSchema = z
  .object({
    from: z.string().nullable(),
    to: z.string(),
    at: dateTimeString,
    actorId: uuidString.nullable(),
    actorName: z.string().nullable(),
    reason: z.string().nullable(),
    playbookVersion: z.number(),
  })
  .meta({ id: 'StageChange' });

export const opportunityDetailSchema = opportunitySchema
  .extend({
    history: z.array(stageChangeSchema),
    gate: z
      .object({
        nextStage: z.string().nullable(),
        missing: z.array(missingItemSchema),
        subject: z.object({ grade: z.string(), type: z.string(), region: z.string(), productLine: z.string() }).meta({
          description:
            'What the playbook rules are scoped by (customer grade and type, region, product line), so a client can re-check fields as they are typed',
        }),
      })
      .meta({ description: 'What the next stage still needs (empty when closed)' }),
  })
  .meta({ id: 'OpportunityDetail', description: 'An opportunity with its stage history and what the next stage still needs' });

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
  expected_close_date: string | null;
  win_probability: number | null;
  competitors: string[];
}

export const toOpportunity = (o: OpportunityRow): z.infer<typeof opportunitySchema> => ({
  id: o.id,
  customerId: o.customer_id,
  customerName: o.customer_name ?? null,
  customerGrade: (o.customer_grade ?? null) as z.infer<typeof gradeSchema> | null,
  name: o.name,
  amount: o.amount,
  productLine: o.product_line,
  region: o.region,
  stage: o.stage,
  status: o.status as (typeof OPPORTUNITY_STATUSES)[number],
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
  expectedCloseDate: o.expected_close_date,
  winProbability: o.win_probability,
  competitors: o.competitors ?? [],
});
