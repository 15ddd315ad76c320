import type { Database } from '../db/connect.js';
import { appliedMigrations, MIGRATION_NAMES, SCHEMA_VERSION } from '../db/migrate.js';

export type ReadyState =
  | { ready: true; schemaVersion: string }
  | { ready: false; reason: 'shutting_down' }
  | { ready: false; reason: 'database_unavailable' }
  | { ready: false; reason: 'migrations_pending'; pending: string[] };

/** How long a readiness probe waits for the database before it answers "not ready". */
export const READY_DB_TIMEOUT_MS = 3_000;

/**
 * Whether this node should get traffic: the database answers, every migration this code expects
 * has run on it, and the node is not shutting down. The liveness probe (`/health`) stays separate:
 * a node that is busy shutting down or waiting for its database is alive and must not be killed.
 */
export class Readiness {
  private closing = false;

  constructor(private readonly db: Database) {}

  get shuttingDown(): boolean {
    return this.closing;
  }

  beginShutdown(): void {
    this.closing = true;
  }

  async check(timeoutMs = READY_DB_TIMEOUT_MS): Promise<ReadyState> {
    if (this.closing) return { ready: false, reason: 'shutting_down' };
    let applied: string[];
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('database timeout')), timeoutMs);
      });
      applied = await Promise.race([appliedMigrations(this.db), timeout]);
    } catch {
      return { ready: false, reason: 'database_unavailable' };
    } finally {
      clearTimeout(timer);
    }
    if (this.closing) return { ready: false, reason: 'shutting_down' };
    const done = new Set(applied);
    const pending = MIGRATION_NAMES.filter((name) => !done.has(name));
    if (pending.length) return { ready: false, reason: 'migrations_pending', pending };
    return { ready: true, schemaVersion: SCHEMA_VERSION };
  }
}
