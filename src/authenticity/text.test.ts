import { describe, expect, it } from 'vitest';
import { jaccard, normalizeText, shingles, toHalfWidth } from './text.js';

describe('normalising follow-up text', () => {
  it('turns full-width characters into half-width ones', () => {
    expect(toHalfWidth('ＡＢＣ１２３　ｘ')).toBe('ABC123 x');
  });

  it('drops punctuation, symbols and whitespace and lower-cases', () => {
    expect(normalizeText('已联系，客户表示再考虑。')).toBe('已联系客户表示再考虑');
    expect(normalizeText(' 已联系 客户表示 再考虑!! ')).toBe('已联系客户表示再考虑');
    expect(normalizeText('已联系、“客户”表示——再考虑……')).toBe('已联系客户表示再考虑');
    expect(normalizeText('报价 ＰＬＣ-200，共３台')).toBe('报价plc200共3台');
    expect(normalizeText('\t\n，。！')).toBe('');
  });
});

describe('character 3-gram shingles', () => {
  it('slides a 3-character window over the normalised text', () => {
    expect([...shingles('已联系客户')]).toEqual(['已联系', '联系客', '系客户']);
  });

  it('keeps short texts whole and counts characters outside the BMP as one', () => {
    expect([...shingles('好的')]).toEqual(['好的']);
    expect([...shingles('')]).toEqual([]);
    expect([...shingles('𠮷野家好')]).toEqual(['𠮷野家', '野家好']);
  });

  it('is a set: repeated grams count once', () => {
    expect(shingles('哈哈哈哈哈').size).toBe(1);
  });
});

describe('Jaccard similarity', () => {
  const of = (text: string) => shingles(normalizeText(text));

  it('is 1 for the same words with other punctuation', () => {
    expect(jaccard(of('已联系，客户表示再考虑'), of('已联系 客户表示再考虑。'))).toBe(1);
  });

  it('is |A∩B| / |A∪B|', () => {
    // {abc, bcd} vs {abc, bce}: 1 common of 3.
    expect(jaccard(shingles('abcd'), shingles('abce'))).toBeCloseTo(1 / 3, 10);
  });

  it('is high for a one-word edit of a long sentence and low for different content', () => {
    const base = '已联系客户张总，客户表示预算还在审批，下周三再电话确认采购数量';
    // One character changed touches 3 of its shingles: 24 common of 30.
    expect(jaccard(of(base), of(base.replace('下周三', '下周四')))).toBeCloseTo(0.8, 10);
    expect(jaccard(of(base), of('上门拜访设备科，演示了 PLC 模块的换型流程，客户要求出具书面方案'))).toBeLessThan(0.1);
  });

  it('is 0 when either side has nothing to compare', () => {
    expect(jaccard(new Set(), new Set())).toBe(0);
    expect(jaccard(of('好的'), new Set())).toBe(0);
  });
});
