import fs from 'node:fs';
import path from 'node:path';
import { connectDatabase } from '../db/connect.js';
import { BackupRefused } from './archive.js';
import { holdDataDir } from './control-socket.js';
import { databaseIsEmpty, dumpDatabase } from './dump.js';
import { checkSchema, loadVerified } from './restore.js';

export interface MoveReport {
  schemaVersion: string;
  rows: Record<string, number>;
  auditEntries: number;
  files: { referenced: number; missing: string[] };
  durationMs: number;
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}

/**
 * Moves a stopped embedded install (DATA_DIR/pgdata) into an empty PostgreSQL database: the same
 * logical dump as a backup, loaded the same way (schema at the source's version, every table in one
 * transaction, row counts checked, newer migrations, audit chain walked and its head compared).
 * The embedded database is only read, so the install can go back to it; the uploaded files stay in
 * DATA_DIR/files, where the database's rows refer to them, and the audit key and anchors stay
 * valid: the chain is the same, entry for entry.
 */
export async function moveEmbeddedToPostgres(options: { dataDir: string; to: string; log?: (line: string) => void }): Promise<MoveReport> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const pgdata = path.join(options.dataDir, 'pgdata');
  if (!fs.existsSync(pgdata)) throw new BackupRefused(`没有内置数据库 / no embedded database in ${pgdata} (set DATA_DIR)`);
  let url: URL;
  try {
    url = new URL(options.to);
  } catch {
    throw new BackupRefused('--to must be a postgres:// URL');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') throw new BackupRefused('--to must be a postgres:// URL');
  const hold = await holdDataDir(options.dataDir, `migrate:to-postgres (pid ${process.pid})`);
  const staging = fs.mkdtempSync(path.join(options.dataDir, '.to-postgres-'));
  const target = await connectDatabase({ databaseUrl: options.to, poolSize: 2, applicationName: 'sales-process-management migrate' });
  try {
    const { empty, tables } = await databaseIsEmpty(target.db);
    if (!empty)
      throw new BackupRefused(
        `目标数据库不为空（${tables.length} 个对象，如 ${tables.slice(0, 3).join(', ')}）/ the target database is not empty (${tables.length} objects, e.g. ${tables.slice(0, 3).join(', ')}): give an empty database`,
      );
    const source = await connectDatabase({ pgliteDir: pgdata });
    let dump: Awaited<ReturnType<typeof dumpDatabase>>;
    try {
      dump = await dumpDatabase(source.db, staging);
    } finally {
      await source.close();
    }
    const schemaVersion = dump.migrations[dump.migrations.length - 1] ?? '';
    checkSchema({ schemaVersion, migrations: dump.migrations });
    log(`已读取内置数据库 / read the embedded database: ${dump.tables.reduce((n, t) => n + t.rows, 0)} rows, schema ${schemaVersion}`);
    const { rows, verifiedEntries } = await loadVerified(
      target.db,
      staging,
      { schemaVersion, tables: dump.tables, sequences: dump.sequences, audit: dump.audit },
      log,
    );
    const missing = [...dump.storedFiles.keys()].filter((p) => !fs.existsSync(path.join(options.dataDir, 'files', p)));
    return { schemaVersion, rows, auditEntries: verifiedEntries, files: { referenced: dump.storedFiles.size, missing }, durationMs: Date.now() - started };
  } finally {
    await target.close();
    fs.rmSync(staging, { recursive: true, force: true });
    await hold.close();
  }
}
