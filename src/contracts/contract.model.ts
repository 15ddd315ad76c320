import { z } from 'zod';
import { iso } from '../core/http/common.js';
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
  .refine((c) => !c.startDate || !c.endDate || c.startDate <= c.endDate, { message: '结束日期不能早于开始日期', path: ['endDate'] });

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
  .strict();

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
  createdAt: iso(c.created_at),
  updatedAt: iso(c.updated_at),
});
