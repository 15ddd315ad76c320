import fs from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { auditHead, verifyAuditChain } from '../audit/audit.js';
import { AnchorStore, loadAuditKey } from '../audit/anchors.js';
import { checkChain, GENESIS_HASH, type StoredAuditEntry } from '../audit/chain.js';
import { connectDatabase, type DatabaseHandle } from '../db/connect.js';
import { MIGRATION_NAMES, migrateTo, migrateToLatest, SCHEMA_VERSION } from '../db/migrate.js';
import type { DB } from '../db/schema.js';
import { BackupRefused, openBackup, type BackupManifest, type OpenedBackup } from './archive.js';
import { holdDataDir } from './control-socket.js';
import { databaseIsEmpty, loadDatabase, readLines, type LoadPlan } from './dump.js';

/** What an archive's schema means for this code: refused when it is newer or unknown. */
export function checkSchema(manifest: Pick<BackupManifest, 'schemaVersion' | 'migrations'>): void {
  const unknown = manifest.migrations.filter((name) => !MIGRATION_NAMES.includes(name));
  if (!manifest.schemaVersion || unknown.length || !MIGRATION_NAMES.includes(manifest.schemaVersion))
    throw new BackupRefused(
      `备份来自更新的版本（数据库结构 ${manifest.schemaVersion || '?'}），请先升级本程序 / the backup comes from a newer version of the app (schema ${manifest.schemaVersion || '?'}${unknown.length ? `, migrations ${unknown.join(', ')}` : ''}); this app knows up to ${SCHEMA_VERSION}: upgrade the app first`,
    );
}

/**
 * Walks the archive's audit chain before anything is written: a broken or cut chain, or a head that
 * is not the manifest's, refuses the archive while the target is still untouched.
 */
export async function checkArchivedChain(opened: OpenedBackup): Promise<{ entries: number }> {
  const table = opened.manifest.tables.find((t) => t.name === 'audit_log');
  if (!table) throw new BackupRefused('归档中没有审计日志 / the archive has no audit log');
  let previous = { seq: 0, hash: GENESIS_HASH };
  let batch: StoredAuditEntry[] = [];
  let entries = 0;
  const check = () => {
    const result = checkChain(batch, previous);
    if (!result.ok)
      throw new BackupRefused(
        `归档中的审计链在第 ${result.firstBroken.seq} 条断裂 / the archive's audit chain is broken at entry #${result.firstBroken.seq} (${result.firstBroken.reason})`,
      );
    entries += batch.length;
    if (batch.length) previous = { seq: batch[batch.length - 1].seq, hash: batch[batch.length - 1].hash };
    batch = [];
  };
  // The dump writes the audit log in seq order.
  for await (const line of readLines(path.join(opened.dir, table.file))) {
    const r = JSON.parse(line) as Record<string, unknown>;
    batch.push({
      seq: Number(r.seq),
      at: new Date(String(r.at)).toISOString(),
      actorId: (r.actor_id as string | null) ?? null,
      action: String(r.action),
      entityType: String(r.entity_type),
      entityId: (r.entity_id as string | null) ?? null,
      data: r.data,
      prevHash: String(r.prev_hash),
      hash: String(r.hash),
    });
    if (batch.length >= 5000) check();
  }
  check();
  const { headSeq, headHash } = opened.manifest.audit;
  if (previous.seq !== headSeq || (headSeq > 0 && previous.hash !== headHash))
    throw new BackupRefused(
      `归档的审计链末尾与清单不符 / the archive's audit chain ends at #${previous.seq}, its manifest says #${headSeq}: the archive was altered`,
    );
  return { entries };
}

export interface RestoreTarget {
  kind: 'pglite' | 'postgres';
  databaseUrl?: string;
  /** DATA_DIR: uploaded files (and the embedded database in DATA_DIR/pgdata). */
  dataDir: string;
  auditKey: string | undefined;
  auditAnchorDir: string;
  /** PostgreSQL: drop the app's tables of a database that is not empty (default: refuse). */
  replace?: boolean;
  /** PostgreSQL: restore although other sessions are connected to the database. */
  force?: boolean;
  log?: (line: string) => void;
}

export interface RestoreReport {
  manifest: BackupManifest;
  rows: Record<string, number>;
  files: number;
  audit: {
    verifiedEntries: number;
    headSeq: number;
    /** kept: the anchors agree with the restored chain; superseded: they went further and were moved aside. */
    anchors: 'kept' | 'superseded' | 'none' | 'no_key';
    supersededDir?: string;
    /** Whether the manifest's signed head holds under this install's key (null: no anchor or no key). */
    archiveSignature: boolean | null;
  };
  /** What was in the way and was moved aside (never deleted). */
  movedAside: string[];
  migratedTo: string;
  durationMs: number;
}

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

function moveAside(from: string, label: string, moved: string[]): void {
  if (!fs.existsSync(from)) return;
  if (fs.statSync(from).isDirectory() && fs.readdirSync(from).length === 0) {
    fs.rmdirSync(from);
    return;
  }
  const to = `${from}.before-restore-${label}`;
  fs.renameSync(from, to);
  moved.push(to);
}

/** Drops the app's tables, sequences and functions of a PostgreSQL database (restore --replace). */
async function dropAppObjects(db: Kysely<DB>): Promise<void> {
  const tables = await sql<{ name: string }>`select quote_ident(tablename) as name from pg_tables where schemaname = 'public'`.execute(db);
  if (tables.rows.length) await sql.raw(`drop table if exists ${tables.rows.map((r) => r.name).join(', ')} cascade`).execute(db);
  const sequences = await sql<{ name: string }>`select quote_ident(sequencename) as name from pg_sequences where schemaname = 'public'`.execute(db);
  if (sequences.rows.length) await sql.raw(`drop sequence if exists ${sequences.rows.map((r) => r.name).join(', ')} cascade`).execute(db);
  const functions = await sql<{ name: string }>`
    select p.oid::regprocedure::text as name from pg_proc p where p.pronamespace = 'public'::regnamespace`.execute(db);
  for (const f of functions.rows) await sql.raw(`drop function if exists ${f.name} cascade`).execute(db);
}

/**
 * Restores an archive made by `createBackup` into the configured database and DATA_DIR:
 * 1. unpacks it, checks every table file's checksum, refuses a newer schema, walks the archived
 *    audit chain (nothing is touched if any of this fails);
 * 2. embedded: the app must be stopped; DATA_DIR/pgdata and DATA_DIR/files are moved aside (kept
 *    as `….before-restore-<time>`, put back if the restore fails) and a fresh database is made.
 *    PostgreSQL: the database must be empty (or `replace`), with no other session (or `force`);
 * 3. builds the schema the archive was made with, loads every table in one transaction, checks the
 *    row counts, then runs the newer migrations of this code;
 * 4. puts the uploaded files in DATA_DIR/files, verifies the stored audit chain and its head;
 * 5. audit anchors: anchors that agree with the restored chain are kept; anchors of a chain that
 *    went further (entries written after the backup, now gone) would flag every later verification
 *    as a cut or rewritten chain, so they are moved to AUDIT_ANCHOR_DIR/superseded-<time>/ (kept as
 *    evidence of what the restore dropped) and the restored head is anchored afresh.
 */
export async function restoreBackup(file: string, target: RestoreTarget): Promise<RestoreReport> {
  const started = Date.now();
  const log = target.log ?? (() => undefined);
  fs.mkdirSync(target.dataDir, { recursive: true });
  const opened = await openBackup(path.resolve(file), path.join(target.dataDir, 'restore'));
  const moved: string[] = [];
  const label = stamp();
  let database: DatabaseHandle | undefined;
  let hold: { close(): Promise<void> } | undefined;
  let pgliteCreated = false;
  const pgdata = path.join(target.dataDir, 'pgdata');
  try {
    const { manifest } = opened;
    checkSchema(manifest);
    const archived = await checkArchivedChain(opened);
    log(
      `归档完整 / archive intact: schema ${manifest.schemaVersion}, ${manifest.tables.reduce((n, t) => n + t.rows, 0)} rows, audit chain of ${archived.entries} entries`,
    );

    if (target.kind === 'pglite') {
      hold = await holdDataDir(target.dataDir, `restore (pid ${process.pid})`);
      moveAside(pgdata, label, moved);
      pgliteCreated = true;
      database = await connectDatabase({ pgliteDir: pgdata });
    } else {
      if (!target.databaseUrl) throw new BackupRefused('DATABASE_URL is needed to restore into PostgreSQL');
      database = await connectDatabase({ databaseUrl: target.databaseUrl, poolSize: 2, applicationName: 'sales-process-management restore' });
      const others = await sql<{ n: number }>`
        select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()
          and coalesce(application_name, '') <> 'sales-process-management restore'`.execute(database.db);
      if (Number(others.rows[0].n) > 0 && !target.force)
        throw new BackupRefused(
          `还有 ${others.rows[0].n} 个会话连接着该数据库：请先停止所有应用节点（或使用 --force）/ ${others.rows[0].n} other session(s) are connected to this database: stop every app node first (or pass --force)`,
        );
      const { empty, tables } = await databaseIsEmpty(database.db);
      if (!empty) {
        if (!target.replace)
          throw new BackupRefused(
            `目标数据库不为空（${tables.length} 个对象，如 ${tables.slice(0, 3).join(', ')}）：如确需覆盖请使用 --replace / the target database is not empty (${tables.length} objects, e.g. ${tables.slice(0, 3).join(', ')}): pass --replace to drop them`,
          );
        log(`删除现有表 / dropping the ${tables.length} existing objects (--replace)`);
        await dropAppObjects(database.db);
      }
    }

    const { rows, verifiedEntries } = await loadVerified(database.db, opened.dir, manifest, log);

    // Uploaded files.
    const filesDir = path.join(target.dataDir, 'files');
    moveAside(filesDir, label, moved);
    const archivedFiles = path.join(opened.dir, 'files');
    if (fs.existsSync(archivedFiles)) fs.renameSync(archivedFiles, filesDir);
    else fs.mkdirSync(filesDir, { recursive: true });

    const head = await auditHead(database.db);
    const anchors = settleAnchors(target, head, database, manifest, label);
    const audit = { verifiedEntries, headSeq: head.seq, ...(await anchors) };
    return {
      manifest,
      rows,
      files: manifest.files.count,
      audit,
      movedAside: moved,
      migratedTo: SCHEMA_VERSION,
      durationMs: Date.now() - started,
    };
  } catch (error) {
    if (target.kind === 'pglite' && pgliteCreated) {
      // Put the install back as it was.
      await database?.close().catch(() => undefined);
      database = undefined;
      fs.rmSync(pgdata, { recursive: true, force: true });
      for (const aside of moved) fs.renameSync(aside, aside.slice(0, aside.lastIndexOf('.before-restore-')));
      moved.length = 0;
    }
    throw error;
  } finally {
    await database?.close();
    await hold?.close();
    opened.cleanup();
  }
}

export interface LoadSource {
  schemaVersion: string;
  tables: { name: string; rows: number; file: string }[];
  sequences: LoadPlan['sequences'];
  audit: { headSeq: number; headHash: string | null };
}

/**
 * Into an empty database: the schema at the source's version, every table in one transaction
 * (row counts checked), then this code's newer migrations; then the stored audit chain is walked
 * and must hold the source's head. Shared by restore and the move to PostgreSQL.
 */
export async function loadVerified(
  db: Kysely<DB>,
  dir: string,
  source: LoadSource,
  log: (line: string) => void,
): Promise<{ rows: Record<string, number>; verifiedEntries: number }> {
  await migrateTo(db, source.schemaVersion);
  const rows = await loadDatabase(db, dir, source);
  for (const table of source.tables)
    if (rows[table.name] !== table.rows) throw new Error(`table ${table.name}: loaded ${rows[table.name]} rows, the source has ${table.rows}`);
  // Counted again by the database itself, after the commit.
  for (const table of source.tables) {
    const { rows: counted } = await sql<{ n: number }>`select count(*)::int as n from ${sql.raw(`"${table.name}"`)}`.execute(db);
    if (Number(counted[0].n) !== table.rows) throw new Error(`table ${table.name}: ${counted[0].n} rows stored, the source has ${table.rows}`);
  }
  await migrateToLatest(db);
  log(`已载入 / loaded ${Object.values(rows).reduce((a, b) => a + b, 0)} rows into ${source.tables.length} tables; schema now ${SCHEMA_VERSION}`);
  const verified = await verifyAuditChain(db);
  if (!verified.ok) throw new Error(`the audit chain is broken at entry #${verified.firstBroken.seq} (${verified.firstBroken.reason}) after loading`);
  if (source.audit.headSeq > 0) {
    const at = await db.selectFrom('audit_log').select('hash').where('seq', '=', source.audit.headSeq).executeTakeFirst();
    if (at?.hash !== source.audit.headHash) throw new Error(`audit entry #${source.audit.headSeq} is not the source's head after loading`);
  }
  log(`审计链完整 / audit chain intact: ${verified.checked} entries`);
  return { rows, verifiedEntries: verified.checked };
}

/** Keeps, or moves aside and renews, the audit anchors (see `restoreBackup`). */
async function settleAnchors(
  target: RestoreTarget,
  head: { seq: number; hash: string },
  database: DatabaseHandle,
  manifest: BackupManifest,
  label: string,
): Promise<Pick<RestoreReport['audit'], 'anchors' | 'supersededDir' | 'archiveSignature'>> {
  const key = loadAuditKey({ envKey: target.auditKey, dataDir: target.dataDir, create: false });
  if (!key) return { anchors: 'no_key', archiveSignature: null };
  const store = new AnchorStore(target.auditAnchorDir, key.key);
  const archiveSignature = manifest.audit.anchor ? store.verify(manifest.audit.anchor) : null;
  const { anchor } = store.latestValid();
  if (!anchor) {
    store.write({ ...head, at: new Date().toISOString() });
    return { anchors: 'none', archiveSignature };
  }
  const stored = await database.db.selectFrom('audit_log').select('hash').where('seq', '=', anchor.seq).executeTakeFirst();
  if (anchor.seq <= head.seq && (anchor.seq === 0 || stored?.hash === anchor.hash)) return { anchors: 'kept', archiveSignature };
  const supersededDir = path.join(target.auditAnchorDir, `superseded-${label}`);
  fs.mkdirSync(supersededDir, { recursive: true });
  for (const name of ['anchors.jsonl', 'latest.json']) {
    const from = path.join(target.auditAnchorDir, name);
    if (fs.existsSync(from)) fs.renameSync(from, path.join(supersededDir, name));
  }
  fs.writeFileSync(
    path.join(supersededDir, 'README.txt'),
    `Moved aside by a restore at ${new Date().toISOString()}.\n` +
      `These anchors signed the audit chain up to entry #${anchor.seq}; the restored backup (made ${manifest.createdAt}) ends at #${manifest.audit.headSeq}` +
      ` and continues at #${head.seq}. Entries after the backup are not in the restored database.\n`,
  );
  store.write({ ...head, at: new Date().toISOString() });
  return { anchors: 'superseded', supersededDir, archiveSignature };
}
