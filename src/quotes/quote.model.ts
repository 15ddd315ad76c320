import { z } from 'zod';
import { dateString, dateTimeString, iso, storedEnum, uuidString } from '../core/http/common.js';
import { amountInWords } from './amount-words.js';
import { QUOTE_STATUSES, type QuoteLine, type QuoteTotals } from './quote-rules.js';

export const quoteStatusSchema = z
  .enum(QUOTE_STATUSES)
  .meta({ id: 'QuoteStatus', description: 'draft → (pending_approval → approved | rejected) → sent; expired once past its validity' });

const itemInput = z
  .object({
    productId: z.uuid(),
    quantity: z.number().positive().max(1e6),
    unitPrice: z.number().min(0).max(1e12).optional().meta({ description: 'Unit price before the line discount; default the list price' }),
    discountPct: z.number().min(0).max(100).optional().meta({ description: 'Line discount in percent; default 0' }),
  })
  .strict();

const items = z.array(itemInput).min(1).max(200);
const longText = z.string().trim().max(5000);

export const quoteInput = z
  .object({
    opportunityId: z.uuid(),
    items,
    validUntil: z.iso.date().meta({ description: 'Last day the offer holds (YYYY-MM-DD, local)' }),
    terms: longText.optional(),
    notes: longText.optional(),
  })
  .strict()
  .meta({ id: 'CreateQuoteRequest', description: 'A quote for an opportunity; prices default to the price list' });
export type QuoteInput = z.infer<typeof quoteInput>;

export const quoteUpdate = z
  .object({
    items: items.optional().meta({ description: 'The new items (repriced from the price list where no unit price is given); omitted: the current ones' }),
    validUntil: z.iso.date().optional(),
    terms: longText.nullable().optional(),
    notes: longText.nullable().optional(),
  })
  .strict()
  .meta({ id: 'UpdateQuoteRequest', description: 'Writes the next version of the quote and returns it to draft' });
export type QuoteUpdate = z.infer<typeof quoteUpdate>;

export const decisionInput = z
  .object({ note: z.string().trim().max(1000).optional().meta({ description: 'Why (required to reject)' }) })
  .strict()
  .meta({ id: 'QuoteDecisionRequest' });

const lineSchema = z
  .object({
    productId: uuidString,
    sku: z.string(),
    name: z.string(),
    unit: z.string(),
    listPrice: z.number(),
    quantity: z.number(),
    unitPrice: z.number(),
    discountPct: z.number(),
    netUnitPrice: z.number(),
    amount: z.number(),
    effectiveDiscountPct: z.number().meta({ description: 'Discount against the list price, percent' }),
  })
  .meta({ id: 'QuoteLine', description: 'An item as quoted (the product as it was then)' });

const totalsSchema = z
  .object({
    listTotal: z.number(),
    subtotal: z.number().meta({ description: 'Net, before tax' }),
    taxRate: z.number(),
    tax: z.number(),
    total: z.number().meta({ description: 'With tax' }),
    maxDiscountPct: z.number(),
  })
  .meta({ id: 'QuoteTotals' });

export const quoteVersionSchema = z
  .object({
    version: z.number().int(),
    items: z.array(lineSchema),
    totals: totalsSchema,
    amountInWords: z.string().meta({ description: '大写金额 of the total' }),
    validUntil: dateString,
    terms: z.string().nullable(),
    notes: z.string().nullable(),
    createdById: uuidString,
    createdByName: z.string().nullable(),
    createdAt: dateTimeString,
  })
  .meta({ id: 'QuoteVersion', description: 'One version of a quote, as it was written' });

export const quoteSummarySchema = z
  .object({
    id: uuidString,
    number: z.string().meta({ description: 'BJ-<year>-<6 digits>' }),
    opportunityId: uuidString,
    opportunityName: z.string().nullable(),
    customerId: uuidString,
    customerName: z.string().nullable(),
    ownerId: uuidString.nullable(),
    ownerName: z.string().nullable(),
    status: storedEnum(quoteStatusSchema),
    version: z.number().int(),
    validUntil: dateString,
    subtotal: z.number(),
    tax: z.number(),
    total: z.number(),
    maxDiscountPct: z.number(),
    needsApproval: z.boolean().meta({ description: 'A line is discounted beyond the playbook’s threshold: a supervisor approves before sending' }),
    decidedById: uuidString.nullable(),
    decidedByName: z.string().nullable(),
    decidedAt: dateTimeString.nullable(),
    decisionNote: z.string().nullable(),
    sentAt: dateTimeString.nullable(),
    sentFileId: uuidString.nullable().meta({ description: 'The PDF stored on the opportunity when it was sent' }),
    createdAt: dateTimeString,
    updatedAt: dateTimeString,
  })
  .meta({ id: 'QuoteSummary', description: '报价单 in a list' });

export const quoteSchema = quoteSummarySchema.extend({ current: quoteVersionSchema }).meta({ id: 'Quote', description: '报价单 with its current version' });

export interface QuoteListRow {
  id: string;
  number: string;
  opportunity_id: string;
  opportunity_name: string | null;
  customer_id: string;
  customer_name: string | null;
  owner_id: string | null;
  owner_name: string | null;
  status: string;
  version: number;
  valid_until: string;
  subtotal: number;
  tax: number;
  total: number;
  max_discount_pct: number;
  needs_approval: boolean;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: Date | null;
  decision_note: string | null;
  sent_at: Date | null;
  sent_file_id: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface QuoteVersionRow {
  version: number;
  items: unknown[];
  totals: Record<string, number>;
  valid_until: string;
  terms: string | null;
  notes: string | null;
  created_by: string;
  created_by_name: string | null;
  created_at: Date;
}

export const toQuoteSummary = (q: QuoteListRow): z.infer<typeof quoteSummarySchema> => ({
  id: q.id,
  number: q.number,
  opportunityId: q.opportunity_id,
  opportunityName: q.opportunity_name,
  customerId: q.customer_id,
  customerName: q.customer_name,
  ownerId: q.owner_id,
  ownerName: q.owner_name,
  status: q.status as (typeof QUOTE_STATUSES)[number],
  version: q.version,
  validUntil: q.valid_until,
  subtotal: Number(q.subtotal),
  tax: Number(q.tax),
  total: Number(q.total),
  maxDiscountPct: Number(q.max_discount_pct),
  needsApproval: q.needs_approval,
  decidedById: q.decided_by,
  decidedByName: q.decided_by_name,
  decidedAt: iso(q.decided_at),
  decisionNote: q.decision_note,
  sentAt: iso(q.sent_at),
  sentFileId: q.sent_file_id,
  createdAt: iso(q.created_at)!,
  updatedAt: iso(q.updated_at)!,
});

export const toQuoteVersion = (v: QuoteVersionRow): z.infer<typeof quoteVersionSchema> => {
  const totals = v.totals as unknown as QuoteTotals;
  return {
    version: v.version,
    items: v.items as QuoteLine[],
    totals,
    amountInWords: amountInWords(totals.total),
    validUntil: v.valid_until,
    terms: v.terms,
    notes: v.notes,
    createdById: v.created_by,
    createdByName: v.created_by_name,
    createdAt: iso(v.created_at)!,
  };
};
