import { z } from 'zod';
import { dateString, dateTimeString, iso, storedEnum, uuidString } from '../core/http/common.js';
import { CONTRACT_STATUSES } from './lifecycle.js';
import type { ContractsTable } from '../core/db/schema.js';
import type { Selectable } from 'kysely';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const paymentTermsInput = z
  .object({
    creditDays: z.number().int().min(0).max(365),
    instalments: z
      .array(z.object({ percent: z.number().gt(0).max(100), milestone: z.string().trim().min(1).max(100), dueDays: z.number().int().min(0).max(730) }).strict())
      .min(1)
      .max(12),
  })
  .strict();

export const clauseInput = z
  .object({ key: z.string().regex(/^[a-z][a-z0-9_]*$/i), title: z.string().trim().min(1).max(100), text: z.string().trim().min(1).max(5000) })
  .strict();

export const requirementInput = z
  .object({
    items: z
      .array(
        z
          .object({
            template: z.string().min(1),
            item: z.string().min(1),
            params: z.record(z.string(), z.union([z.string().max(1000), z.number(), z.boolean()])),
          })
          .strict(),
      )
      .max(100),
    notes: z.string().max(5000).optional(),
  })
  .strict();

export const contractInput = z
  .object({
    opportunityId: z.uuid(),
    title: z.string().trim().min(1).max(200),
    amount: z.number().min(0).max(1e13),
    paymentTerms: paymentTermsInput.nullable().optional(),
    clauses: z.array(clauseInput).max(50).optional(),
    requirement: requirementInput.nullable().optional(),
    startDate: isoDate.nullable().optional(),
    endDate: isoDate.nullable().optional(),
  })
  .strict()
  .refine((c) => !c.startDate || !c.endDate || c.startDate <= c.endDate, { message: '结束日期不能早于开始日期', path: ['endDate'] })
  .meta({ id: 'CreateContractRequest', description: 'A draft contract on an open opportunity' });

export const contractPatch = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    amount: z.number().min(0).max(1e13).optional(),
    paymentTerms: paymentTermsInput.nullable().optional(),
    clauses: z.array(clauseInput).max(50).optional(),
    requirement: requirementInput.nullable().optional(),
    startDate: isoDate.nullable().optional(),
    endDate: isoDate.nullable().optional(),
  })
  .strict()
  .meta({
    id: 'UpdateContractRequest',
    description: 'Edits before submission; changing amount, terms, clauses or requirement during 三方确认 sends the contract back to draft',
  });

export const contractStatusSchema = z.enum(CONTRACT_STATUSES).meta({
  id: 'ContractStatus',
  description: 'draft → confirming (三方确认) → submitted → approved → delivering → delivered → closed; frozen after a payment anomaly',
});

// Stored as jsonb, which keeps object keys ordered by length: the answers keep that order.
export const paymentTermsSchema = z
  .object({
    creditDays: z.number().meta({ description: '账期: days after invoice' }),
    instalments: z.array(z.object({ dueDays: z.number(), percent: z.number(), milestone: z.string() })),
  })
  .meta({ id: 'PaymentTerms' });
export const clauseSchema = z.object({ key: z.string(), text: z.string(), title: z.string() }).meta({ id: 'ContractClause' });
export const requirementSchema = z
  .object({
    items: z.array(z.object({ item: z.string(), params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])), template: z.string() })),
    notes: z.string().optional(),
  })
  .meta({ id: 'RequirementDocument', description: 'Items ticked from the playbook’s requirement templates, with their parameters' });

export const contractSchema = z
  .object({
    id: uuidString,
    number: z.string().meta({ description: 'e.g. HT-2026-000001' }),
    opportunityId: uuidString,
    customerId: uuidString,
    customerName: z.string().nullable(),
    title: z.string(),
    amount: z.number(),
    paymentTerms: paymentTermsSchema.nullable(),
    clauses: z.array(clauseSchema),
    requirement: requirementSchema.nullable(),
    startDate: dateString.nullable(),
    endDate: dateString.nullable(),
    status: storedEnum(contractStatusSchema),
    frozenFrom: storedEnum(contractStatusSchema).nullable().meta({ description: 'The status a frozen contract returns to' }),
    frozenReason: z.string().nullable(),
    confirmationRound: z.number().int(),
    ownerId: uuidString.nullable(),
    ownerName: z.string().nullable(),
    teamId: uuidString.nullable(),
    region: z.string(),
    submittedAt: dateTimeString.nullable(),
    approvedAt: dateTimeString.nullable(),
    deliveryStartedAt: dateTimeString.nullable(),
    deliveredAt: dateTimeString.nullable(),
    closedAt: dateTimeString.nullable(),
    signedAt: dateTimeString.nullable().meta({ description: 'When the contract was signed (合同签署时效性)' }),
    createdAt: dateTimeString.nullable(),
    updatedAt: dateTimeString.nullable(),
  })
  .meta({ id: 'Contract', description: '合同' });

const partySchema = z
  .enum(['product', 'finance'])
  .meta({ id: 'ConfirmationParty', description: 'product: technical feasibility; finance: payment-term compliance' });

export const contractDetailSchema = contractSchema
  .extend({
    paymentTermsComplete: z.boolean().meta({ description: 'A credit period and instalments adding up to 100 %' }),
    confirmations: z.array(
      z
        .object({
          party: storedEnum(partySchema),
          assigneeId: uuidString.nullable(),
          assigneeName: z.string().nullable(),
          decision: storedEnum(z.enum(['pending', 'confirmed', 'vetoed']).meta({ id: 'ConfirmationDecision' })),
          reason: z.string().nullable(),
          clauseKeys: z.array(z.string()).meta({ description: 'Clauses a veto disputes' }),
          decidedAt: dateTimeString.nullable(),
          requestedAt: dateTimeString.nullable(),
        })
        .meta({ id: 'Confirmation', description: 'A party’s decision in the current 三方确认 round' }),
    ),
    blockers: z
      .array(z.object({ party: partySchema, state: z.enum(['missing', 'pending', 'vetoed']), reason: z.string().nullable() }).meta({ id: 'SubmissionBlocker' }))
      .meta({ description: 'What still keeps a draft or confirming contract from submission' }),
    requirementDocument: z.string().meta({ description: 'The requirement as Markdown, as the product card carries it' }),
  })
  .meta({ id: 'ContractDetail', description: 'A contract with its confirmation state' });

export type ContractRow = Selectable<ContractsTable> & { customer_name?: string; owner_name?: string | null };

export const toContract = (c: ContractRow) => ({
  id: c.id,
  number: c.number,
  opportunityId: c.opportunity_id,
  customerId: c.customer_id,
  customerName: c.customer_name ?? null,
  title: c.title,
  amount: Number(c.amount),
  paymentTerms: c.payment_terms,
  clauses: c.clauses,
  requirement: c.requirement,
  startDate: c.start_date,
  endDate: c.end_date,
  status: c.status,
  frozenFrom: c.frozen_from,
  frozenReason: c.frozen_reason,
  confirmationRound: c.confirmation_round,
  ownerId: c.owner_id,
  ownerName: c.owner_name ?? null,
  teamId: c.team_id,
  region: c.region,
  submittedAt: iso(c.submitted_at),
  approvedAt: iso(c.approved_at),
  deliveryStartedAt: iso(c.delivery_started_at),
  deliveredAt: iso(c.delivered_at),
  closedAt: iso(c.closed_at),
  signedAt: iso(c.signed_at),
  createdAt: iso(c.created_at),
  updatedAt: iso(c.updated_at),
});
