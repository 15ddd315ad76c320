/**
 * Text fingerprints for the near-duplicate check, free of I/O. Chinese needs no word segmentation:
 * overlapping 3-character shingles of the normalised text capture both wording and order.
 */

/** Characters dropped before comparing: punctuation, symbols, separators (spaces) and control characters. */
const NOISE = /[\p{P}\p{S}\p{Z}\p{C}]/gu;

/** Full-width ASCII (！ to ～) and the ideographic space become their half-width forms. */
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;

export function toHalfWidth(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/** 「已联系，客户表示再考虑。」 and "已联系 客户表示再考虑" normalise to the same text. */
export function normalizeText(text: string): string {
  return toHalfWidth(text).toLowerCase().replace(NOISE, '');
}

/** The set of k-character shingles (by code point); a text shorter than k is its own single shingle. */
export function shingles(normalized: string, k = 3): Set<string> {
  const chars = Array.from(normalized);
  const set = new Set<string>();
  if (chars.length === 0) return set;
  if (chars.length <= k) {
    set.add(chars.join(''));
    return set;
  }
  for (let i = 0; i + k <= chars.length; i++) set.add(chars.slice(i, i + k).join(''));
  return set;
}

/** |A ∩ B| / |A ∪ B|; two empty sets share nothing to judge by, so 0. */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const s of small) if (large.has(s)) common++;
  return common / (a.size + b.size - common);
}
