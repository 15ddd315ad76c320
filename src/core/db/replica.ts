import { sql } from 'kysely';
import type { Database, DatabaseHandle } from './connect.js';

/** How fresh the replica's data is, as measured by `ReadReplica.freshness`. */
export interface Freshness {
  /** How far the replica's data is behind the primary, in ms (0: it has replayed everything the primary had written). */
  lagMs: number;
  /** False when the replica could not be asked (down, not a standby): reads go to the primary. */
  reachable: boolean;
}

/** Positions in the primary's write-ahead log as numbers, to compare (a pg_lsn prints as `16/B374D848`). */
function lsnValue(lsn: string): bigint {
  const [high, low] = lsn.split('/');
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

const SAMPLE_EVERY_MS = 1_000;
const KEEP_SAMPLES_MS = 10 * 60_000;

/**
 * A PostgreSQL streaming replica (DATABASE_READ_URL) for reports, analytics and exports.
 *
 * Lag is measured without writing anything: each probe notes the primary's current WAL insert
 * position (not the write position: with synchronous_commit off a committed transaction may not be
 * written out yet, and the standby would look caught up without it)
 * with the time it was read. The replica's data is as fresh as the latest noted position it has
 * replayed — 0 when it has replayed the primary's current position (an idle primary does not make
 * the replica look stale, as the time since the last replayed transaction would). Probes run on
 * demand, at most once a second, so an idle app asks nothing of either server.
 */
export class ReadReplica {
  private samples: Array<{ at: number; lsn: bigint }> = [];
  private last: { at: number; value: Freshness } | null = null;
  private probing: Promise<Freshness> | null = null;

  constructor(
    private readonly primary: Database,
    private readonly handle: DatabaseHandle,
    /** Wall-clock milliseconds (injectable for tests). */
    private readonly now: () => number = Date.now,
  ) {}

  get db(): Database {
    return this.handle.db;
  }

  /** The replica's lag, measured at most once a second (concurrent callers share one probe). */
  async freshness(): Promise<Freshness> {
    const now = this.now();
    if (this.last && now - this.last.at < SAMPLE_EVERY_MS) return this.last.value;
    this.probing ??= this.probe(now).finally(() => {
      this.probing = null;
    });
    return this.probing;
  }

  private async probe(at: number): Promise<Freshness> {
    let value: Freshness;
    try {
      const primary = await sql<{ lsn: string }>`select pg_current_wal_insert_lsn()::text as lsn`.execute(this.primary);
      const current = lsnValue(primary.rows[0].lsn);
      this.samples.push({ at, lsn: current });
      this.samples = this.samples.filter((s) => at - s.at <= KEEP_SAMPLES_MS || s === this.samples[this.samples.length - 1]);
      const replica = await sql<{ standby: boolean; lsn: string | null }>`
        select pg_is_in_recovery() as standby, pg_last_wal_replay_lsn()::text as lsn`.execute(this.handle.db);
      const { standby, lsn } = replica.rows[0];
      if (!standby || !lsn) value = { lagMs: 0, reachable: false };
      else {
        const replayed = lsnValue(lsn);
        // The latest noted primary position the replica has replayed tells how old its data is.
        let freshAt: number | null = null;
        for (const s of this.samples) if (s.lsn <= replayed) freshAt = freshAt === null ? s.at : Math.max(freshAt, s.at);
        const oldest = this.samples[0].at;
        // Behind: as old as the latest position it has replayed, or at least the oldest noted one;
        // never 0, which means "has replayed everything".
        value = { lagMs: replayed >= current ? 0 : Math.max(1, at - (freshAt ?? oldest)), reachable: true };
      }
    } catch {
      value = { lagMs: 0, reachable: false };
    }
    this.last = { at, value };
    return value;
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}
