import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';
import { sql, type Kysely } from 'kysely';
import { chainPendingAudit } from '../audit/audit.js';
import type { AnchorStore, AuditAnchor } from '../audit/anchors.js';
import type { Clock } from '../clock.js';
import type { DB } from '../db/schema.js';
import { dumpDatabase, fileSha256, type DumpedSequence, type DumpedTable } from './dump.js';

export const BACKUP_FORMAT = 'spm-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** manifest.json at the top of every archive. */
export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  app: { name: string; version: string };
  source: { database: 'pglite' | 'postgres'; serverVersion: string };
  /** The last migration the database had run. */
  schemaVersion: string;
  migrations: string[];
  tables: DumpedTable[];
  sequences: DumpedSequence[];
  audit: {
    headSeq: number;
    headHash: string | null;
    /** Entries recorded but not chained yet when the snapshot was taken (chained after a restore). */
    pending: number;
    /** The head signed with the anchor key of the install that made the backup, when it had one. */
    anchor: AuditAnchor | null;
  };
  files: {
    count: number;
    bytes: number;
    /** How many files the database refers to that were not on disk, and the first of them. */
    missingCount: number;
    missing: string[];
  };
  durationMs: number;
}

/** The app's name and version from its package.json (found above this file, in src/ or dist/). */
export function appVersion(): { name: string; version: string } {
  let dir = path.dirname(new URL(import.meta.url).pathname);
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate)) {
      const pkg = JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name && pkg.version) return { name: pkg.name, version: pkg.version };
    }
    dir = path.dirname(dir);
  }
  return { name: 'sales-process-management', version: 'unknown' };
}

export interface BackupSource {
  db: Kysely<DB>;
  kind: 'pglite' | 'postgres';
  /** DATA_DIR: uploaded files are under DATA_DIR/files. */
  dataDir: string;
  clock: Clock;
  /** Signs the audit head into the manifest when given. */
  anchors?: AnchorStore | null;
}

/** A working directory beside the output, removed afterwards (same file system: links, renames). */
function stagingDir(near: string, label: string): string {
  const dir = path.join(path.dirname(near), `.${label}-${Date.now()}-${randomBytes(3).toString('hex')}`);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/** Every regular file below `root`, as paths relative to it. */
function listFiles(root: string, below = ''): string[] {
  const dir = path.join(root, below);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(below, entry.name);
    if (entry.isDirectory()) return listFiles(root, relative);
    return entry.isFile() ? [relative] : [];
  });
}

/**
 * Makes one archive (tar.gz): manifest.json, db/<table>.jsonl from one consistent snapshot, and
 * files/… with every uploaded file. Queued audit entries are chained first, so the manifest's audit
 * head is current. Uploaded files are linked (or copied) after the snapshot: files are written
 * before their row and never changed, so every file a snapshot row refers to is still there unless
 * it was purged since (then it is listed as missing).
 */
export async function createBackup(source: BackupSource, out: string): Promise<BackupManifest> {
  const started = Date.now();
  const target = path.resolve(out);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // Chain what is queued so the manifest's head is current; a read-only standby cannot write (its
  // queued entries are in the snapshot and get chained after a restore).
  const { rows: recovery } = await sql<{ standby: boolean }>`select pg_is_in_recovery() as standby`.execute(source.db);
  if (!recovery[0]?.standby) await chainPendingAudit(source.db);
  const staging = stagingDir(target, 'backup');
  try {
    const dump = await dumpDatabase(source.db, staging);
    const filesRoot = path.join(source.dataDir, 'files');
    const present = new Set<string>();
    let bytes = 0;
    for (const relative of listFiles(filesRoot)) {
      const from = path.join(filesRoot, relative);
      const to = path.join(staging, 'files', relative);
      fs.mkdirSync(path.dirname(to), { recursive: true });
      try {
        fs.linkSync(from, to);
      } catch {
        fs.copyFileSync(from, to);
      }
      present.add(relative.split(path.sep).join('/'));
      bytes += fs.statSync(to).size;
    }
    const missing = [...dump.storedFiles.keys()].filter((p) => !present.has(p));
    const head = dump.audit.headHash ? { seq: dump.audit.headSeq, hash: dump.audit.headHash, at: source.clock.now().toISOString() } : null;
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: source.clock.now().toISOString(),
      app: appVersion(),
      source: { database: source.kind, serverVersion: dump.serverVersion },
      schemaVersion: dump.migrations[dump.migrations.length - 1] ?? '',
      migrations: dump.migrations,
      tables: dump.tables,
      sequences: dump.sequences,
      audit: {
        headSeq: dump.audit.headSeq,
        headHash: dump.audit.headHash,
        pending: dump.audit.pending,
        anchor: head && source.anchors ? source.anchors.sign(head) : null,
      },
      files: { count: present.size, bytes, missingCount: missing.length, missing: missing.slice(0, 100) },
      durationMs: 0,
    };
    manifest.durationMs = Date.now() - started;
    fs.writeFileSync(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2));
    const entries = ['manifest.json', 'db', ...(fs.existsSync(path.join(staging, 'files')) ? ['files'] : [])];
    const partial = `${target}.partial`;
    await tar.c({ gzip: { level: 6 }, file: partial, cwd: staging, portable: true }, entries);
    fs.renameSync(partial, target);
    manifest.durationMs = Date.now() - started;
    return manifest;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

export class BackupRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupRefused';
  }
}

/** An archive unpacked into a working directory, its manifest read and its table files checked. */
export interface OpenedBackup {
  dir: string;
  manifest: BackupManifest;
  cleanup(): void;
}

export async function openBackup(file: string, workNear: string): Promise<OpenedBackup> {
  if (!fs.existsSync(file)) throw new BackupRefused(`备份文件不存在 / no such backup file: ${file}`);
  const dir = stagingDir(workNear, 'restore');
  const cleanup = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    try {
      await tar.x({ file, cwd: dir, strict: true });
    } catch (error) {
      throw new BackupRefused(`不是有效的备份归档 / not a readable backup archive (${(error as Error).message})`);
    }
    const manifestFile = path.join(dir, 'manifest.json');
    if (!fs.existsSync(manifestFile)) throw new BackupRefused('归档中没有 manifest.json / the archive has no manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as BackupManifest;
    if (manifest.format !== BACKUP_FORMAT) throw new BackupRefused(`不是本系统的备份 / not a backup of this app (format ${String(manifest.format)})`);
    if (manifest.formatVersion > BACKUP_FORMAT_VERSION)
      throw new BackupRefused(
        `备份格式 ${manifest.formatVersion} 比本程序新 / backup format ${manifest.formatVersion} is newer than this app reads: upgrade the app first`,
      );
    for (const table of manifest.tables) {
      const tableFile = path.join(dir, table.file);
      if (!table.file.startsWith('db/') || !fs.existsSync(tableFile)) throw new BackupRefused(`归档缺少 ${table.file} / the archive lacks ${table.file}`);
      if ((await fileSha256(tableFile)) !== table.sha256) throw new BackupRefused(`${table.file} 已损坏 / ${table.file} is damaged (checksum differs)`);
    }
    return { dir, manifest, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}
