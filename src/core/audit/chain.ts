import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntryContent {
  seq: number;
  at: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  data: unknown;
}

/** JSON with object keys sorted at every level, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function entryHash(prevHash: string, entry: AuditEntryContent): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(entry)).digest('hex');
}

export interface StoredAuditEntry extends AuditEntryContent {
  prevHash: string;
  hash: string;
}

export type ChainCheck =
  | { ok: true; checked: number; lastHash: string }
  | { ok: false; checked: number; firstBroken: { seq: number; reason: 'sequence_gap' | 'prev_hash_mismatch' | 'hash_mismatch' } };

/** Walks entries in order; `previous` continues a check across batches. */
export function checkChain(entries: StoredAuditEntry[], previous: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH }): ChainCheck {
  let last = previous;
  let checked = 0;
  for (const entry of entries) {
    if (entry.seq !== last.seq + 1) return { ok: false, checked, firstBroken: { seq: last.seq + 1, reason: 'sequence_gap' } };
    if (entry.prevHash !== last.hash) return { ok: false, checked, firstBroken: { seq: entry.seq, reason: 'prev_hash_mismatch' } };
    const { prevHash, hash, ...content } = entry;
    if (entryHash(prevHash, content) !== hash) return { ok: false, checked, firstBroken: { seq: entry.seq, reason: 'hash_mismatch' } };
    last = { seq: entry.seq, hash };
    checked++;
  }
  return { ok: true, checked, lastHash: last.hash };
}
