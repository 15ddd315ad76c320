import { describe, expect, it } from 'vitest';
import {
  BANDS,
  NUM_HASHES,
  candidateProbability,
  estimatedSimilarity,
  fingerprint,
  fmix32,
  hash32,
  lshBuckets,
  minhashSignature,
  splitmix32,
} from './minhash.js';
import { jaccard, normalizeText, shingles } from './text.js';

describe('hashing', () => {
  it('is deterministic 32-bit unsigned', () => {
    expect(hash32('已联系')).toBe(hash32('已联系'));
    expect(hash32('已联系')).not.toBe(hash32('已联络'));
    for (const s of ['', 'a', '已联系', 'x'.repeat(1000)]) {
      const h = hash32(s);
      expect(Number.isInteger(h) && h >= 0 && h <= 0xffffffff).toBe(true);
    }
    expect(fmix32(0)).toBe(0);
  });

  it('splitmix32 is a reproducible stream', () => {
    const a = splitmix32(42);
    const b = splitmix32(42);
    const xs = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(xs);
    expect(new Set(xs).size).toBe(5);
  });
});

describe('MinHash signatures', () => {
  it('has 64 positions, equal for equal sets whatever the order', () => {
    const a = minhashSignature(['已联系', '联系客', '系客户']);
    const b = minhashSignature(new Set(['系客户', '已联系', '联系客']));
    expect(a).toHaveLength(NUM_HASHES);
    expect(Array.from(a)).toEqual(Array.from(b));
  });

  it('estimates the Jaccard similarity (mean error over many pairs is small)', () => {
    // Pairs of synthetic sets with a known overlap: |A∩B| = c, |A∪B| = 100.
    const errors: number[] = [];
    for (let c = 0; c <= 100; c += 5) {
      const common = Array.from({ length: c }, (_, i) => `c${c}-${i}`);
      const onlyA = Array.from({ length: Math.ceil((100 - c) / 2) }, (_, i) => `a${c}-${i}`);
      const onlyB = Array.from({ length: Math.floor((100 - c) / 2) }, (_, i) => `b${c}-${i}`);
      const est = estimatedSimilarity(minhashSignature([...common, ...onlyA]), minhashSignature([...common, ...onlyB]));
      errors.push(Math.abs(est - c / 100));
    }
    const mean = errors.reduce((s, e) => s + e, 0) / errors.length;
    // Standard error of a 64-hash estimate is at most 0.0625.
    expect(mean).toBeLessThan(0.07);
    expect(Math.max(...errors)).toBeLessThan(0.2);
  });
});

describe('LSH banding', () => {
  it('16 bands × 4 rows: near-certain candidates at 0.8, rare at 0.3', () => {
    expect(candidateProbability(0.8)).toBeGreaterThan(0.999);
    expect(candidateProbability(0.3)).toBeLessThan(0.15);
  });

  it('gives one signed 32-bit bucket per band; identical texts share every bucket', () => {
    const a = fingerprint('已联系，客户表示再考虑');
    const b = fingerprint('已联系 客户表示再考虑。');
    expect(a.buckets).toHaveLength(BANDS);
    expect(a.buckets).toEqual(b.buckets);
    for (const x of a.buckets) expect(Number.isInteger(x) && x >= -(2 ** 31) && x < 2 ** 31).toBe(true);
    // The band index is part of the hash: equal rows in two bands still give two buckets.
    expect(new Set(lshBuckets(new Uint32Array(NUM_HASHES))).size).toBe(BANDS);
  });

  it('a near-duplicate shares buckets, different content almost never does', () => {
    const base = '上午电话联系客户采购部王经理，确认设备预算已经批复，下周二安排现场演示并带报价单';
    const near = fingerprint(base.replace('下周二', '下周三'));
    const other = fingerprint('拜访客户工厂，查看产线布局，记录三条换型痛点，客户希望本月底前拿到定制化方案');
    const f = fingerprint(base);
    const shared = (x: number[], y: number[]) => x.filter((v, i) => v === y[i]).length;
    expect(jaccard(f.shingles, near.shingles)).toBeGreaterThan(0.7);
    expect(shared(f.buckets, near.buckets)).toBeGreaterThan(0);
    expect(shared(f.buckets, other.buckets)).toBe(0);
  });

  it('has no buckets for text without anything to compare', () => {
    expect(fingerprint('，。！ ').buckets).toEqual([]);
    expect(fingerprint('，。！ ').normalized).toBe('');
  });

  it('fingerprints are stable across calls (they are stored)', () => {
    const text = '已联系，客户表示再考虑';
    expect(fingerprint(text).buckets).toEqual(lshBuckets(minhashSignature(shingles(normalizeText(text)))));
  });
});
