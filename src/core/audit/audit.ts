import { sql, type Transaction } from 'kysely';
import type { Clock } from '../clock.js';
import type { Database } from '../db/connect.js';
import type { DB } from '../db/schema.js';
import { compareWithAnchor, type AnchorComparison, type AnchorStore, type AuditAnchor } from './anchors.js';
import { checkChain, entryHash, GENESIS_HASH, type ChainCheck, type StoredAuditEntry } from './chain.js';

// Any constant works; it only has to be the same for every chainer.
const AUDIT_CHAIN_LOCK = 8_324_001;

export interface AuditEvent {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  data?: unknown;
}

/**
 * Records an audit entry inside the caller's transaction, so it exists exactly when the change
 * does. It is written to the queue and linked into the hash chain by `chainPendingAudit` moments
 * later, so concurrent writers never wait for each other on the chain.
 */
/**
 * The queue row of one audit entry, for a writer that inserts it in the same statement as the
 * change it records (a data-modifying CTE): the same effect as `recordAudit`, one round trip less.
 */
export function pendingAuditRow(at: Date, e: AuditEvent) {
  return { at, actor_id: e.actorId, action: e.action, entity_type: e.entityType, entity_id: e.entityId, data: JSON.stringify(e.data ?? {}) };
}

export async function recordAudit(trx: Transaction<DB>, clock: Clock, event: AuditEvent): Promise<void> {
  await recordAuditBatch(trx, clock, [event]);
}

export async function recordAuditBatch(trx: Transaction<DB>, clock: Clock, events: AuditEvent[]): Promise<void> {
  if (events.length === 0) return;
  const at = clock.now();
  if (events.length === 1) {
    await trx.insertInto('audit_pending').values(pendingAuditRow(at, events[0])).execute();
    return;
  }
  // Bulk entries (scheduler sweeps) go in as one JSON parameter: one statement and one string to
  // parse, kept in the order given (the queue's order is the chain's).
  for (let i = 0; i < events.length; i += 5000) {
    const rows = events.slice(i, i + 5000).map((e) => ({
      actor_id: e.actorId,
      action: e.action,
      entity_type: e.entityType,
      entity_id: e.entityId,
      data: e.data ?? {},
    }));
    await sql`
      insert into audit_pending (at, actor_id, action, entity_type, entity_id, data)
      select ${at}, (e->>'actor_id')::uuid, e->>'action', e->>'entity_type', e->>'entity_id', e->'data'
      from jsonb_array_elements(${JSON.stringify(rows)}::jsonb) with ordinality as t(e, n)
      order by n`.execute(trx);
  }
}

/**
 * Links queued entries into the chain in queue order: one writer at a time (advisory lock), each
 * batch moved from the queue to the append-only log in one transaction. Returns how many were
 * chained; 0 when another node holds the chain.
 */
export async function chainPendingAudit(db: Database, batchSize = 5000): Promise<number> {
  let total = 0;
  for (;;) {
    const moved = await db.transaction().execute(async (trx) => {
      const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(${AUDIT_CHAIN_LOCK}) as locked`.execute(trx);
      if (!rows[0]?.locked) return -1;
      const pending = await trx.selectFrom('audit_pending').selectAll().orderBy('id').limit(batchSize).execute();
      if (pending.length === 0) return 0;
      const last = await trx.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
      let seq = last?.seq ?? 0;
      let prevHash = last?.hash ?? GENESIS_HASH;
      const chained = pending.map((p) => {
        seq += 1;
        // Round-trip through JSON so what is hashed is exactly what jsonb gives back.
        const data: unknown = JSON.parse(JSON.stringify(p.data ?? {}));
        const content = { seq, at: p.at.toISOString(), actorId: p.actor_id, action: p.action, entityType: p.entity_type, entityId: p.entity_id, data };
        const hash = entryHash(prevHash, content);
        const row = {
          seq,
          at: p.at,
          actor_id: p.actor_id,
          action: p.action,
          entity_type: p.entity_type,
          entity_id: p.entity_id,
          data: JSON.stringify(data),
          prev_hash: prevHash,
          hash,
          pending_id: p.id,
        };
        prevHash = hash;
        return row;
      });
      for (let i = 0; i < chained.length; i += 1000)
        await trx
          .insertInto('audit_log')
          .values(chained.slice(i, i + 1000))
          .execute();
      // The queue only lets an entry go once the chain holds it (a trigger checks pending_id).
      await trx
        .deleteFrom('audit_pending')
        .where(
          'id',
          'in',
          pending.map((p) => p.id),
        )
        .execute();
      return pending.length;
    });
    if (moved <= 0) return total;
    total += moved;
    if (moved < batchSize) return total;
  }
}

/** The newest chained entry: `(0, genesis)` for an empty log. */
export async function auditHead(db: Database): Promise<{ seq: number; hash: string }> {
  const last = await db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return last ? { seq: Number(last.seq), hash: last.hash } : { seq: 0, hash: GENESIS_HASH };
}

/** Chains what is queued, then signs the head and writes it outside the database. */
export async function anchorAuditChain(db: Database, store: AnchorStore, clock: Clock): Promise<AuditAnchor> {
  await chainPendingAudit(db);
  const head = await auditHead(db);
  return store.write({ ...head, at: clock.now().toISOString() });
}

export type AuditVerification = ChainCheck & {
  /** The newest validly signed anchor the chain was compared with (null: none written yet). */
  anchor: { seq: number; hash: string; at: string } | null;
  anchorCheck: AnchorComparison | null;
  /** Anchor records whose signature does not hold (written without the key). */
  invalidAnchors: number;
};

/**
 * Walks the chain (every link and hash) and compares it with the newest signed anchor, which
 * catches what the chain alone cannot: a deleted tail, a chain recomputed from a changed entry, a
 * truncated and refilled log.
 */
export async function verifyAudit(db: Database, store: AnchorStore | null): Promise<AuditVerification> {
  const chain = await verifyAuditChain(db);
  const { anchor, invalid } = store ? store.latestValid() : { anchor: null, invalid: 0 };
  if (!anchor) return { ...chain, anchor: null, anchorCheck: null, invalidAnchors: invalid };
  const head = await auditHead(db);
  const stored = await db.selectFrom('audit_log').select('hash').where('seq', '=', anchor.seq).executeTakeFirst();
  const anchorCheck = compareWithAnchor(anchor, head.seq, stored?.hash ?? null);
  return { ...chain, anchor: { seq: anchor.seq, hash: anchor.hash, at: anchor.at }, anchorCheck, invalidAnchors: invalid };
}

export async function verifyAuditChain(db: Database, batchSize = 5000): Promise<ChainCheck> {
  await chainPendingAudit(db);
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
