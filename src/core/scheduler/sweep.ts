import type { Transaction } from 'kysely';
import type { Database } from '../db/connect.js';
import type { DB } from '../db/schema.js';

export const SWEEP_BATCH = 2000;

/**
 * Runs `step` in its own transaction until it handles fewer rows than a batch. Each step claims its
 * rows with FOR UPDATE SKIP LOCKED and changes their state, so concurrent nodes split the work and a
 * row can only fire once; a crash rolls back the batch and the next tick takes it up again.
 */
export async function sweepInBatches(db: Database, step: (trx: Transaction<DB>, limit: number) => Promise<number>, batchSize = SWEEP_BATCH): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await db.transaction().execute((trx) => step(trx, batchSize));
    total += n;
    if (n < batchSize) return total;
  }
}

/** Groups rows by a key, keeping insertion order. */
export function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}
