import { Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
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
import * as m0011 from './migrations/0011_ops.js';
import * as m0012 from './migrations/0012_user_region.js';
import * as m0013 from './migrations/0013_webhooks.js';
import * as m0014 from './migrations/0014_chat_archive.js';
import * as m0015 from './migrations/0015_customer_360.js';
import * as m0016 from './migrations/0016_receivables_renewals.js';
import * as m0018 from './migrations/0018_playbook_drafts.js';
import * as m0019 from './migrations/0019_saved_views.js';
import * as m0017 from './migrations/0017_cluster_state.js';
import * as m0020 from './migrations/0020_import_jobs.js';
import * as m0021 from './migrations/0021_devices.js';
import * as m0022 from './migrations/0022_field.js';
import * as m0023 from './migrations/0023_voice.js';
import * as m0024 from './migrations/0024_lookup_indexes.js';
import * as m0025 from './migrations/0025_escalation_index.js';
import * as m0026 from './migrations/0026_lsh_probe_index.js';

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
  '0011_ops': m0011,
  '0012_user_region': m0012,
  '0013_webhooks': m0013,
  '0014_chat_archive': m0014,
  '0015_customer_360': m0015,
  '0016_receivables_renewals': m0016,
  '0018_playbook_drafts': m0018,
  '0017_cluster_state': m0017,
  '0019_saved_views': m0019,
  '0020_import_jobs': m0020,
  '0021_devices': m0021,
  '0022_field': m0022,
  '0023_voice': m0023,
  '0024_lookup_indexes': m0024,
  '0025_escalation_index': m0025,
  '0026_lsh_probe_index': m0026,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Every migration this code knows, in the order they run. */
export const MIGRATION_NAMES: readonly string[] = Object.keys(migrations).sort();

/** The schema version of this code: the name of its last migration. */
export const SCHEMA_VERSION = MIGRATION_NAMES[MIGRATION_NAMES.length - 1];

/** The migrations a database has run, in order (none when it was never migrated). */
export async function appliedMigrations(db: Database): Promise<string[]> {
  const { rows } = await sql<{ present: boolean }>`select to_regclass('kysely_migration') is not null as present`.execute(db);
  if (!rows[0]?.present) return [];
  const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return applied.rows.map((r) => r.name);
}

/** Runs the migrations up to and including `name` (a restore rebuilds an archive's schema version first). */
export async function migrateTo(db: Database, name: string): Promise<void> {
  if (!MIGRATION_NAMES.includes(name)) throw new Error(`Unknown migration ${name}`);
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateTo(name);
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
}

export async function migrateToLatest(db: Database): Promise<void> {
  // Capabilities developed in parallel number their migrations ahead; each is independent.
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
}
