import { describe, expect, it } from 'vitest';
import { canonicalJson, checkChain, entryHash, GENESIS_HASH, type StoredAuditEntry } from './chain.js';

function chain(n: number): StoredAuditEntry[] {
  const entries: StoredAuditEntry[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const content = {
      seq,
      at: new Date(seq * 1000).toISOString(),
      actorId: null,
      action: 'x.y',
      entityType: 'x',
      entityId: String(seq),
      data: { b: seq, a: [1, { d: 2, c: 3 }] },
    };
    const hash = entryHash(prev, content);
    entries.push({ ...content, prevHash: prev, hash });
    prev = hash;
  }
  return entries;
}

describe('audit hash chain', () => {
  it('hashes content independently of key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2], c: null } })).toBe('{"a":{"c":null,"d":[2]},"b":1}');
  });

  it('verifies an intact chain', () => {
    expect(checkChain(chain(5))).toMatchObject({ ok: true, checked: 5 });
  });

  it('reports the first altered, re-linked or removed entry', () => {
    const altered = chain(5);
    altered[2] = { ...altered[2], data: { b: 99 } };
    expect(checkChain(altered)).toEqual({ ok: false, checked: 2, firstBroken: { seq: 3, reason: 'hash_mismatch' } });
    const removed = chain(5);
    removed.splice(1, 1);
    expect(checkChain(removed)).toMatchObject({ ok: false, firstBroken: { seq: 2, reason: 'sequence_gap' } });
    const relinked = chain(4);
    relinked[3] = { ...relinked[3], prevHash: GENESIS_HASH };
    expect(checkChain(relinked)).toMatchObject({ ok: false, firstBroken: { seq: 4, reason: 'prev_hash_mismatch' } });
  });
});
