import { describe, expect, it } from 'vitest';
import { amountInWords } from './amount-words.js';

describe('amountInWords (大写金额)', () => {
  it.each([
    [12345.67, '壹万贰仟叁佰肆拾伍元陆角柒分'],
    [10005, '壹万零伍元整'],
    [0, '零元整'],
    [1, '壹元整'],
    [10, '壹拾元整'],
    [15, '壹拾伍元整'],
    [100, '壹佰元整'],
    [105, '壹佰零伍元整'],
    [1010, '壹仟零壹拾元整'],
    [1001, '壹仟零壹元整'],
    [100000, '壹拾万元整'],
    [101000, '壹拾万壹仟元整'],
    [1000001, '壹佰万零壹元整'],
    [1000100, '壹佰万零壹佰元整'],
    [10010000, '壹仟零壹万元整'],
    [100000000, '壹亿元整'],
    [100010000, '壹亿零壹万元整'],
    [100000001, '壹亿零壹元整'],
    [123456789.12, '壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分'],
    [1000000000000, '壹万亿元整'],
    [542400, '伍拾肆万贰仟肆佰元整'],
    [1000.5, '壹仟元伍角'],
    [1.05, '壹元零伍分'],
    [0.05, '伍分'],
    [0.5, '伍角'],
    [0.56, '伍角陆分'],
    [20.3, '贰拾元叁角'],
    [-12.5, '负壹拾贰元伍角'],
  ])('%d → %s', (amount, words) => {
    expect(amountInWords(amount)).toBe(words);
  });

  it('rounds to the fen', () => {
    expect(amountInWords(0.005)).toBe('壹分');
    expect(amountInWords(9.999)).toBe('壹拾元整');
    expect(amountInWords(-0.001)).toBe('零元整');
  });

  it('refuses what is not an amount', () => {
    expect(() => amountInWords(Number.NaN)).toThrow(RangeError);
    expect(() => amountInWords(1e17)).toThrow(RangeError);
  });
});
