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
  minhashOfHashes,
  minhashSignature,
  shingleHashes,
  splitmix32,
  storedFingerprint,
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

  it('fingerprints are stable across processes and versions (they are stored): golden values', () => {
    // Stored fingerprints are compared with new ones: a change to normalisation, shingling, the
    // hash seeds or the banding would silently stop matching everything already stored.
    expect(hash32('已联系')).toBe(3780051508);
    expect(hash32('')).toBe(2872998923);
    const a = fingerprint('已联系，客户表示再考虑');
    expect(a.normalized).toBe('已联系客户表示再考虑');
    expect([...a.shingles]).toEqual(['已联系', '联系客', '系客户', '客户表', '户表示', '表示再', '示再考', '再考虑']);
    expect(Array.from(a.signature.slice(0, 4))).toEqual([426800682, 168485591, 758347428, 102361824]);
    expect(a.buckets).toEqual([
      355953549, 1771635529, -1917174573, 1501134949, 1840919323, -1479148, -1118966362, 148315831, 986213921, -1581410044, -1383771982, 497300834, 1265263658,
      242746438, -418757419, 401847531,
    ]);
    const b = fingerprint('上午电话联系客户采购部王经理，确认设备预算已经批复！');
    expect(b.normalized).toBe('上午电话联系客户采购部王经理确认设备预算已经批复');
    expect(b.shingles.size).toBe(22);
    expect(b.buckets).toEqual([
      -1420994242, 1569862420, -466186645, -1382528729, -595490868, 2023531942, -212732707, 151499109, -1302629259, -1362742366, -1429826908, -1481746444,
      -1208992962, 640808028, 1331523674, 63948899,
    ]);
    // Full-width letters, the ideographic space and punctuation normalise away; case folds.
    const c = fingerprint('ＡＢＣ　Plc 远程诊断 OK？');
    expect(c.normalized).toBe('abcplc远程诊断ok');
    expect(c.buckets).toEqual([
      224389454, 1157460047, -951977395, -449521773, 11083334, 267952278, -1651973710, -222825130, -1824809636, 1879969453, -534485246, 1159993040, -185492833,
      850932957, -60132546, 1186662563,
    ]);
    // And the pipeline is the composition of its parts.
    expect(a.buckets).toEqual(lshBuckets(minhashSignature(shingles(normalizeText('已联系，客户表示再考虑')))));
  });
});

describe('bulk fingerprints', () => {
  it('hash the shingles without building them: the same hashes, signatures and buckets as the live check', () => {
    const texts = [
      '',
      '好',
      '已联系',
      '已联系客',
      '已联系，客户表示再考虑',
      'abcplc远程诊断ok',
      // Astral code points (a surrogate pair each) count as one character of a shingle.
      '客户发来𠮷野家的𩸽鱼照片😀确认到货',
      '😀😀',
    ];
    for (const text of texts) {
      const normalized = normalizeText(text);
      expect(shingleHashes(normalized), text).toEqual(new Set([...shingles(normalized)].map(hash32)));
      const live = fingerprint(text);
      expect(storedFingerprint(text), text).toEqual({ normalized: live.normalized, buckets: live.buckets });
      expect(Array.from(minhashOfHashes(shingleHashes(normalized)))).toEqual(Array.from(live.signature));
    }
  });
});
