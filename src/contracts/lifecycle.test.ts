import { describe, expect, it } from 'vitest';
import { canMove, paymentTermsComplete, submissionBlockers } from './lifecycle.js';

describe('contract life cycle', () => {
  it('moves one step at a time', () => {
    expect(canMove('draft', 'confirming')).toBe(true);
    expect(canMove('draft', 'submitted')).toBe(false);
    expect(canMove('delivered', 'delivering')).toBe(false);
    expect(canMove('frozen', 'delivering')).toBe(false);
  });

  it('blocks submission until product and finance both confirmed, naming vetoes', () => {
    expect(submissionBlockers([])).toEqual([
      { party: 'product', state: 'missing', reason: null },
      { party: 'finance', state: 'missing', reason: null },
    ]);
    expect(
      submissionBlockers([
        { party: 'product', decision: 'confirmed', reason: null },
        { party: 'finance', decision: 'vetoed', reason: '账期 120 天超出信用政策' },
      ]),
    ).toEqual([{ party: 'finance', state: 'vetoed', reason: '账期 120 天超出信用政策' }]);
    expect(
      submissionBlockers([
        { party: 'product', decision: 'confirmed', reason: null },
        { party: 'finance', decision: 'confirmed', reason: null },
      ]),
    ).toEqual([]);
  });

  it('treats payment terms as filled in when instalments add up to 100 %', () => {
    expect(paymentTermsComplete(null)).toBe(false);
    expect(paymentTermsComplete({ creditDays: 30, instalments: [{ percent: 30 }, { percent: 60 }] })).toBe(false);
    expect(paymentTermsComplete({ creditDays: 30, instalments: [{ percent: 30 }, { percent: 60 }, { percent: 10 }] })).toBe(true);
  });
});
