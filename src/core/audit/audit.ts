import { sql, type Transaction } from 'kysely';
import type { Clock } from '../clock.js';
import type { Database } from '../db/connect.js';
import type { DB } from '../db/schema.js';
import { checkChain, entryHash, GENESIS_HASH, type ChainCheck, type StoredAuditEntry } from './chain.js';

// Any constant works; it only has to be the same for every writer of the chain.
const AUDIT_CHAIN_LOCK = 8_324_001;

export interface AuditEvent {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  data?: unknown;
}

/**
 * Appends to the hash chain inside the caller's transaction, so the entry exists exactly when the
 * change does. The advisory lock orders concurrent writers; call this last in a transaction to
 * hold the lock briefly.
 */
export async function recordAudit(trx: Transaction<DB>, clock: Clock, event: AuditEvent): Promise<void> {
  await recordAuditBatch(trx, clock, [event]);
}

/** Appends many entries under one lock with one insert: the scheduler's sweeps change rows in bulk. */
export async function recordAuditBatch(trx: Transaction<DB>, clock: Clock, events: AuditEvent[]): Promise<void> {
  if (events.length === 0) return;
  await sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(trx);
  const last = await trx.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const at = clock.now();
  const rows = events.map((event) => {
    seq += 1;
    // Round-trip through JSON so what is hashed is exactly what jsonb will give back.
    const data = JSON.parse(JSON.stringify(event.data ?? {}));
    const content = { seq, at: at.toISOString(), actorId: event.actorId, action: event.action, entityType: event.entityType, entityId: event.entityId, data };
    const hash = entryHash(prevHash, content);
    const row = { seq, at, actor_id: event.actorId, action: event.action, entity_type: event.entityType, entity_id: event.entityId, data: JSON.stringify(data), prev_hash: prevHash, hash };
    prevHash = hash;
    return row;
  });
  for (let i = 0; i < rows.length; i += 2000) await trx.insertInto('audit_log').values(rows.slice(i, i + 2000)).execute();
}

export async function verifyAuditChain(db: Database, batchSize = 5000): Promise<ChainCheck> {
  let previous = { seq: 0, hash: GENESIS_HASH };
  let checked = 0;
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>', previous.seq).orderBy('seq').limit(batchSize).execute();
    if (rows.length === 0) return { ok: true, checked, lastHash: previous.hash };
    const entries: StoredAuditEntry[] = rows.map((r) => ({
      seq: r.seq,
      at: r.at.toISOString(),
      actorId: r.actor_id,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      data: r.data,
      prevHash: r.prev_hash,
      hash: r.hash,
    }));
    const result = checkChain(entries, previous);
    if (!result.ok) return { ...result, checked: checked + result.checked };
    checked += result.checked;
    const last = entries[entries.length - 1];
    previous = { seq: last.seq, hash: last.hash };
  }
}
