import { describe, expect, it } from 'vitest';
import { checkAction, needsApproval, priceLine, quoteTotals } from './quote-rules.js';

const product = { productId: 'p1', sku: 'JX-200', name: 'JX-200 数控加工中心', unit: '台', listPrice: 160000 };

describe('priceLine', () => {
  it('prices at the list price unless told otherwise', () => {
    const line = priceLine({ ...product, quantity: 3 });
    expect(line).toMatchObject({ unitPrice: 160000, discountPct: 0, netUnitPrice: 160000, amount: 480000, effectiveDiscountPct: 0 });
  });
  it('applies the unit price and the discount, measured against the list price', () => {
    const line = priceLine({ ...product, quantity: 2, unitPrice: 150000, discountPct: 10 });
    expect(line.netUnitPrice).toBe(135000);
    expect(line.amount).toBe(270000);
    expect(line.effectiveDiscountPct).toBe(15.63);
  });
  it('rounds to the fen per line and never reports a negative discount', () => {
    const line = priceLine({ ...product, listPrice: 9.99, quantity: 3, discountPct: 33.3 });
    expect(line.netUnitPrice).toBe(6.66);
    expect(line.amount).toBe(19.98);
    expect(priceLine({ ...product, quantity: 1, unitPrice: 170000 }).effectiveDiscountPct).toBe(0);
    expect(priceLine({ ...product, listPrice: 0, quantity: 1, unitPrice: 10 }).effectiveDiscountPct).toBe(0);
  });
});

describe('quoteTotals', () => {
  it('adds the tax once on the net total', () => {
    const lines = [priceLine({ ...product, quantity: 1 }), priceLine({ ...product, productId: 'p2', listPrice: 0.1, quantity: 3 })];
    const totals = quoteTotals(lines, 0.13);
    expect(totals).toEqual({ listTotal: 160000.3, subtotal: 160000.3, taxRate: 0.13, tax: 20800.04, total: 180800.34, maxDiscountPct: 0 });
  });
  it('keeps the largest line discount', () => {
    const lines = [priceLine({ ...product, quantity: 1, discountPct: 5 }), priceLine({ ...product, quantity: 1, discountPct: 12 })];
    const totals = quoteTotals(lines, 0.13);
    expect(totals.maxDiscountPct).toBe(12);
    expect(needsApproval(totals, 10)).toBe(true);
    expect(needsApproval(totals, 12)).toBe(false);
  });
});

describe('checkAction', () => {
  const base = { needsApproval: false, expired: false };
  it('sends a quote without a large discount straight from draft', () => {
    expect(checkAction({ ...base, status: 'draft', action: 'send' })).toEqual({ ok: true, next: 'sent' });
    expect(checkAction({ ...base, status: 'draft', action: 'submit' })).toEqual({ ok: true, next: 'approved' });
  });
  it('holds a large discount for approval before it can be sent', () => {
    const big = { needsApproval: true, expired: false };
    expect(checkAction({ ...big, status: 'draft', action: 'send' })).toEqual({ ok: false, code: 'QUOTE_APPROVAL_REQUIRED' });
    expect(checkAction({ ...big, status: 'draft', action: 'submit' })).toEqual({ ok: true, next: 'pending_approval' });
    expect(checkAction({ ...big, status: 'pending_approval', action: 'send' })).toEqual({ ok: false, code: 'QUOTE_APPROVAL_REQUIRED' });
    expect(checkAction({ ...big, status: 'pending_approval', action: 'approve' })).toEqual({ ok: true, next: 'approved' });
    expect(checkAction({ ...big, status: 'pending_approval', action: 'reject' })).toEqual({ ok: true, next: 'rejected' });
    expect(checkAction({ ...big, status: 'rejected', action: 'send' })).toEqual({ ok: false, code: 'QUOTE_APPROVAL_REQUIRED' });
    expect(checkAction({ ...big, status: 'rejected', action: 'submit' })).toEqual({ ok: true, next: 'pending_approval' });
    expect(checkAction({ ...big, status: 'approved', action: 'send' })).toEqual({ ok: true, next: 'sent' });
  });
  it('refuses moves a state does not have', () => {
    expect(checkAction({ ...base, status: 'sent', action: 'send' })).toEqual({ ok: false, code: 'QUOTE_STATE' });
    expect(checkAction({ ...base, status: 'draft', action: 'approve' })).toEqual({ ok: false, code: 'QUOTE_STATE' });
    expect(checkAction({ ...base, status: 'approved', action: 'reject' })).toEqual({ ok: false, code: 'QUOTE_STATE' });
  });
  it('sends nothing past its validity; an edit revives it as a new draft', () => {
    expect(checkAction({ ...base, status: 'approved', action: 'send', expired: true })).toEqual({ ok: false, code: 'QUOTE_EXPIRED' });
    expect(checkAction({ ...base, status: 'expired', action: 'submit' })).toEqual({ ok: false, code: 'QUOTE_EXPIRED' });
    expect(checkAction({ ...base, status: 'expired', action: 'edit' })).toEqual({ ok: true, next: 'draft' });
    expect(checkAction({ ...base, status: 'sent', action: 'edit' })).toEqual({ ok: true, next: 'draft' });
  });
});
