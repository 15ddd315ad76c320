import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './connect.js';
import * as m0001 from './migrations/0001_foundation.js';
import * as m0002 from './migrations/0002_time_engine.js';
import * as m0003 from './migrations/0003_collaboration.js';
import * as m0004 from './migrations/0004_authenticity.js';
import * as m0005 from './migrations/0005_analytics.js';
import * as m0006 from './migrations/0006_audit_queue.js';
import * as m0007 from './migrations/0007_stale_report_index.js';
import * as m0008 from './migrations/0008_team_locale.js';
import * as m0010 from './migrations/0010_trust.js';
import * as m0012 from './migrations/0012_user_region.js';
import * as m0013 from './migrations/0013_webhooks.js';
import * as m0014 from './migrations/0014_chat_archive.js';

/** Migrations are listed in code so the compiled app needs no file-system discovery. */
const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_time_engine': m0002,
  '0003_collaboration': m0003,
  '0004_authenticity': m0004,
  '0005_analytics': m0005,
  '0006_audit_queue': m0006,
  '0007_stale_report_index': m0007,
  '0008_team_locale': m0008,
  '0010_trust': m0010,
  '0012_user_region': m0012,
  '0013_webhooks': m0013,
  '0014_chat_archive': m0014,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Database): Promise<void> {
  // Capabilities developed in parallel number their migrations ahead; each is independent.
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
}
