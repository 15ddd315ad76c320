/**
 * Pure rules of a quote (报价单): line and total amounts with tax, the discount approval, and
 * which move each state allows. No I/O.
 *
 * Amounts are yuan rounded to the fen per line; the tax is computed on the net total once.
 * A line's discount is measured against the product's list price: the unit price asked (the list
 * price unless given) less the line's `discountPct`. A quote needs a supervisor's approval before
 * it is sent when any line is discounted more than the playbook's `quotes.approvalDiscountPct`.
 */

export const QUOTE_STATUSES = ['draft', 'pending_approval', 'approved', 'rejected', 'sent', 'expired'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

export interface LineInput {
  productId: string;
  sku: string;
  name: string;
  unit: string;
  listPrice: number;
  quantity: number;
  unitPrice?: number;
  discountPct?: number;
}

export interface QuoteLine {
  productId: string;
  sku: string;
  name: string;
  unit: string;
  listPrice: number;
  quantity: number;
  unitPrice: number;
  discountPct: number;
  /** Unit price after the line discount. */
  netUnitPrice: number;
  /** quantity × net unit price, rounded to the fen. */
  amount: number;
  /** How far below the list price the net unit price is, in percent (0 when at or above it). */
  effectiveDiscountPct: number;
}

export interface QuoteTotals {
  /** Σ quantity × list price. */
  listTotal: number;
  /** Σ line amounts, before tax. */
  subtotal: number;
  taxRate: number;
  tax: number;
  total: number;
  /** The largest line discount against the list price, in percent. */
  maxDiscountPct: number;
}

const round2 = (n: number) => Math.round((n + Number.EPSILON) * 100) / 100;

export function priceLine(input: LineInput): QuoteLine {
  const unitPrice = input.unitPrice ?? input.listPrice;
  const discountPct = input.discountPct ?? 0;
  const netUnitPrice = round2(unitPrice * (1 - discountPct / 100));
  const amount = round2(netUnitPrice * input.quantity);
  const effective = input.listPrice > 0 ? Math.max(0, (1 - netUnitPrice / input.listPrice) * 100) : 0;
  return {
    productId: input.productId,
    sku: input.sku,
    name: input.name,
    unit: input.unit,
    listPrice: input.listPrice,
    quantity: input.quantity,
    unitPrice,
    discountPct,
    netUnitPrice,
    amount,
    effectiveDiscountPct: round2(effective),
  };
}

export function quoteTotals(lines: QuoteLine[], taxRate: number): QuoteTotals {
  const subtotal = round2(lines.reduce((sum, l) => sum + l.amount, 0));
  const tax = round2(subtotal * taxRate);
  return {
    listTotal: round2(lines.reduce((sum, l) => sum + l.listPrice * l.quantity, 0)),
    subtotal,
    taxRate,
    tax,
    total: round2(subtotal + tax),
    maxDiscountPct: lines.reduce((max, l) => Math.max(max, l.effectiveDiscountPct), 0),
  };
}

/** Whether the supervisor must approve before sending. */
export const needsApproval = (totals: QuoteTotals, thresholdPct: number) => totals.maxDiscountPct > thresholdPct + 1e-9;

export type QuoteAction = 'edit' | 'submit' | 'approve' | 'reject' | 'send';

export type ActionCheck = { ok: true; next: QuoteStatus } | { ok: false; code: 'QUOTE_STATE' | 'QUOTE_APPROVAL_REQUIRED' | 'QUOTE_EXPIRED' };

/**
 * What an action does from a state. Editing always writes a new version and returns the quote to
 * draft (an approval covered the old numbers). A quote that needs no approval is approved when
 * submitted and may be sent straight from draft. Nothing but an edit moves an expired quote, and
 * a quote past its validity cannot be sent.
 */
export function checkAction(input: { status: QuoteStatus; action: QuoteAction; needsApproval: boolean; expired: boolean }): ActionCheck {
  const { status, action } = input;
  if (action === 'edit') return { ok: true, next: 'draft' };
  if (status === 'expired' || (input.expired && (action === 'send' || action === 'submit' || action === 'approve')))
    return { ok: false, code: 'QUOTE_EXPIRED' };
  switch (action) {
    case 'submit':
      if (status !== 'draft' && status !== 'rejected') return { ok: false, code: 'QUOTE_STATE' };
      return { ok: true, next: input.needsApproval ? 'pending_approval' : 'approved' };
    case 'approve':
      return status === 'pending_approval' ? { ok: true, next: 'approved' } : { ok: false, code: 'QUOTE_STATE' };
    case 'reject':
      return status === 'pending_approval' ? { ok: true, next: 'rejected' } : { ok: false, code: 'QUOTE_STATE' };
    case 'send':
      if (status === 'approved') return { ok: true, next: 'sent' };
      if (status === 'draft' && !input.needsApproval) return { ok: true, next: 'sent' };
      if (status === 'draft' || status === 'pending_approval' || status === 'rejected') return { ok: false, code: 'QUOTE_APPROVAL_REQUIRED' };
      return { ok: false, code: 'QUOTE_STATE' };
  }
}
