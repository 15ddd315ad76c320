/**
 * MinHash signatures and LSH banding, free of I/O.
 *
 * - Each shingle is hashed to 32 bits (FNV-1a, then the murmur3 finaliser to spread the bits).
 * - A seeded family of NUM_HASHES hash functions h_i(x) = fmix32(x XOR seed_i): fmix32 is a
 *   bijection with full avalanche, so each h_i acts as an independent random permutation of the
 *   32-bit shingle hashes. The seeds come from a fixed splitmix32 stream, so signatures are stable
 *   across processes and versions (they are stored).
 * - signature[i] = min over the shingles of h_i: P(signature_A[i] = signature_B[i]) = Jaccard(A, B).
 * - LSH: the signature is cut into BANDS bands of ROWS rows; each band is hashed to a 32-bit
 *   bucket. Two texts become candidates when any band matches: P = 1 − (1 − s^ROWS)^BANDS, which
 *   is 0.9998 at s = 0.8, 0.64 at s = 0.5 and 0.12 at s = 0.3 for 16 × 4. Candidates are then
 *   confirmed with the exact Jaccard of their shingle sets.
 */
import { normalizeText, shingles } from './text.js';

export const NUM_HASHES = 64;
export const BANDS = 16;
export const ROWS = NUM_HASHES / BANDS;

/** murmur3's 32-bit finaliser. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units, finalised. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** splitmix32: a tiny, well-mixed PRNG used only to derive the fixed seeds. */
export function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
}

const SURROGATE = /[\uD800-\uDFFF]/;

const SEEDS: Uint32Array = (() => {
  const next = splitmix32(0x5a1e5eed);
  const seeds = new Uint32Array(NUM_HASHES);
  for (let i = 0; i < NUM_HASHES; i++) seeds[i] = next();
  return seeds;
})();

/** The MinHash signature of a set of shingles (all 0xFFFFFFFF for an empty set). */
export function minhashSignature(shingleSet: Iterable<string>): Uint32Array {
  const hashes: number[] = [];
  for (const shingle of shingleSet) hashes.push(hash32(shingle));
  return minhashOfHashes(hashes);
}

/** The same signature from the shingles' `hash32` values (equal hashes count once, as equal shingles do). */
export function minhashOfHashes(hashes: Iterable<number>): Uint32Array {
  const signature = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (const x of hashes) {
    for (let i = 0; i < NUM_HASHES; i++) {
      // fmix32(x ^ seed), inlined: this loop is most of a fingerprint's cost.
      let h = x ^ SEEDS[i];
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
      h >>>= 0;
      if (h < signature[i]) signature[i] = h;
    }
  }
  return signature;
}

/**
 * `hash32` of every k-shingle of a normalised text, computed over the text's code units without
 * building the shingle strings: the same values as hashing `shingles(normalized, k)`, for bulk
 * fingerprinting (the backfill rule, the benchmark's generator).
 */
export function shingleHashes(normalized: string, k = 3): Set<number> {
  const hashes = new Set<number>();
  if (normalized.length > k && !SURROGATE.test(normalized)) {
    // One code unit per character (no surrogate pairs): a shingle is k code units.
    for (let w = 0; w + k <= normalized.length; w++) {
      let h = 0x811c9dc5;
      for (let u = w; u < w + k; u++) {
        h ^= normalized.charCodeAt(u);
        h = Math.imul(h, 0x01000193);
      }
      hashes.add(fmix32(h));
    }
    return hashes;
  }
  // Code-unit offset of each code point, and the end: a shingle is k code points.
  const starts: number[] = [];
  for (let i = 0; i < normalized.length; i++) {
    const c = normalized.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && starts.length && normalized.charCodeAt(i - 1) >= 0xd800 && normalized.charCodeAt(i - 1) <= 0xdbff) continue;
    starts.push(i);
  }
  if (starts.length === 0) return hashes;
  starts.push(normalized.length);
  const points = starts.length - 1;
  const windows = points <= k ? 1 : points - k + 1;
  const span = Math.min(k, points);
  for (let w = 0; w < windows; w++) {
    let h = 0x811c9dc5;
    for (let u = starts[w]; u < starts[w + span]; u++) {
      h ^= normalized.charCodeAt(u);
      h = Math.imul(h, 0x01000193);
    }
    hashes.add(fmix32(h));
  }
  return hashes;
}

/** Share of equal positions: an unbiased estimate of the Jaccard similarity. */
export function estimatedSimilarity(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) equal++;
  return equal / NUM_HASHES;
}

/** One bucket per band: a signed 32-bit hash of the band's rows (it fits a PostgreSQL integer). */
export function lshBuckets(signature: Uint32Array): number[] {
  const buckets: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = fmix32(0x9e3779b1 ^ Math.imul(band + 1, 0x85ebca6b));
    for (let row = 0; row < ROWS; row++) h = fmix32(Math.imul(h ^ signature[band * ROWS + row], 0x01000193) ^ row);
    buckets.push(h | 0);
  }
  return buckets;
}

/** Probability that two texts of Jaccard similarity s share at least one bucket. */
export function candidateProbability(s: number, bands = BANDS, rows = ROWS): number {
  return 1 - (1 - s ** rows) ** bands;
}

export interface Fingerprint {
  normalized: string;
  shingles: Set<string>;
  signature: Uint32Array;
  /** Empty when the text has nothing to compare (only punctuation). */
  buckets: number[];
}

export function fingerprint(content: string): Fingerprint {
  const normalized = normalizeText(content);
  const set = shingles(normalized);
  const signature = minhashSignature(set);
  return { normalized, shingles: set, signature, buckets: set.size === 0 ? [] : lshBuckets(signature) };
}

/** What is stored of a text, without the shingle set the live check keeps for its exact Jaccard: for bulk work. */
export function storedFingerprint(content: string): { normalized: string; buckets: number[] } {
  const normalized = normalizeText(content);
  const hashes = shingleHashes(normalized);
  return { normalized, buckets: hashes.size === 0 ? [] : lshBuckets(minhashOfHashes(hashes)) };
}
