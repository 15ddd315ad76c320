/**
 * Small deterministic PRNG (sfc32 seeded through splitmix32) and helpers. Everything the data
 * generator produces is a pure function of the seed, so two runs with the same seed load the same
 * organisation.
 */
function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream = 0) {
    const sm = splitmix32((seed * 0x3c6ef372) ^ Math.imul(stream + 1, 0x27d4eb2d));
    this.a = sm();
    this.b = sm();
    this.c = sm();
    this.d = sm();
    for (let i = 0; i < 12; i++) this.u32();
  }

  u32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }

  int(min: number, maxInclusive: number): number {
    return min + Math.floor(this.next() * (maxInclusive - min + 1));
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Exponential with the given mean. */
  exp(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }

  /** A version-4-shaped UUID from the stream. */
  uuid(): string {
    return uuidFromWords(this.u32(), this.u32(), this.u32(), this.u32());
  }

  hex(bytes: number): string {
    let s = '';
    for (let i = 0; i < bytes; i += 4) s += this.u32().toString(16).padStart(8, '0');
    return s.slice(0, bytes * 2);
  }
}

/** Weighted choice from [value, weight] pairs (weights need not sum to 1). */
export function weighted<T>(rng: Rng, table: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, w] of table) total += w;
  let r = rng.next() * total;
  for (const [v, w] of table) {
    r -= w;
    if (r < 0) return v;
  }
  return table[table.length - 1][0];
}

const hex8 = (n: number) => (n >>> 0).toString(16).padStart(8, '0');

export function uuidFromWords(w0: number, w1: number, w2: number, w3: number): string {
  const a = hex8(w0);
  const b = hex8((w1 & 0xffff0fff) | 0x00004000);
  const c = hex8((w2 & 0x3fffffff) | 0x80000000);
  const d = hex8(w3);
  return `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${d}`;
}

/** A stable id for the i-th record of a kind: ids need not be kept in memory to be referenced. */
export function idFor(seed: number, kind: number, i: number): string {
  const sm = splitmix32((seed ^ Math.imul(kind + 1, 0x9e3779b1) ^ Math.imul(i, 0x85ebca77)) >>> 0);
  // Mix i in twice so neighbouring indexes never collide.
  const w0 = sm() ^ i;
  return uuidFromWords(w0, sm(), sm() ^ Math.imul(kind, 0x165667b1), sm() ^ Math.imul(i, 0x2c1b3c6d));
}
