import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { anchorAuditChain, verifyAudit } from '../../src/core/audit/audit.js';
import { AnchorStore, loadAuditKey } from '../../src/core/audit/anchors.js';
import { BackupRefused, createBackup, type BackupManifest } from '../../src/core/backup/archive.js';
import { DataDirInUse, holdDataDir } from '../../src/core/backup/control-socket.js';
import { dumpDatabase } from '../../src/core/backup/dump.js';
import { restoreBackup, type RestoreTarget } from '../../src/core/backup/restore.js';
import { connectDatabase, type DatabaseHandle } from '../../src/core/db/connect.js';
import { SCHEMA_VERSION } from '../../src/core/db/migrate.js';
import { seedDemo } from '../../src/demo/index.js';
import { createEmptyPostgresDatabase } from '../support/test-db.js';
import { ADMIN_PASSWORD, createTestApp, type TestApp } from '../support/test-app.js';

const onPostgres = inject('testDb') === 'postgres';
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'spm-backup-'));

/** A place to restore into: a fresh DATA_DIR, and an empty PostgreSQL database on that project. */
async function restoreTarget(source: TestApp, options: { anchorsFrom?: string } = {}) {
  const dataDir = tmp();
  // The same anchor key as the source install (it moves with the install, outside the archive).
  fs.copyFileSync(path.join(source.dataDir, 'audit.key'), path.join(dataDir, 'audit.key'));
  const anchorDir = path.join(dataDir, 'audit-anchors');
  if (options.anchorsFrom) fs.cpSync(options.anchorsFrom, anchorDir, { recursive: true });
  const empty = onPostgres ? await createEmptyPostgresDatabase() : null;
  const target: RestoreTarget = {
    kind: onPostgres ? 'postgres' : 'pglite',
    databaseUrl: empty?.url,
    dataDir,
    auditKey: undefined,
    auditAnchorDir: anchorDir,
  };
  return {
    target,
    connect: (): Promise<DatabaseHandle> =>
      empty ? connectDatabase({ databaseUrl: empty.url, poolSize: 4 }) : connectDatabase({ pgliteDir: path.join(dataDir, 'pgdata') }),
    cleanup: async () => {
      await empty?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The lines of each table file of a dump directory, sorted, for comparing contents. */
function tableLines(dir: string, tables: { name: string; file: string }[]): Record<string, string[]> {
  return Object.fromEntries(tables.map((t) => [t.name, fs.readFileSync(path.join(dir, t.file), 'utf8').split('\n').filter(Boolean).sort()]));
}

/** Unpacks an archive, lets `change` edit it, packs it again. */
async function tamper(archive: string, change: (dir: string, manifest: BackupManifest) => void): Promise<string> {
  const dir = tmp();
  await tar.x({ file: archive, cwd: dir });
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as BackupManifest;
  change(dir, manifest);
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  const out = path.join(tmp(), 'tampered.tar.gz');
  await tar.c({ gzip: true, file: out, cwd: dir }, fs.readdirSync(dir));
  return out;
}

// Restores start a second database and migrate it: on a loaded 2-core machine that alone can take 30 s.
describe('backup and restore', { timeout: 120_000 }, () => {
  let t: TestApp;
  let work: string;
  let archive: string;
  let manifest: BackupManifest;
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.ctx);
    await t.ctx.scheduler.tick();
    work = tmp();
    archive = path.join(work, 'nested', 'spm.tar.gz');
  });
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
    await t.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('archives a consistent snapshot while the app keeps writing', async () => {
    const rep = await t.login('lina', 'demo1234');
    // Writes race the backup; each lead and its audit entry land in one transaction.
    let writing = true;
    let warmedUp!: () => void;
    const underway = new Promise<void>((resolve) => (warmedUp = resolve));
    const writes = (async () => {
      let n = 0;
      while (writing && n < 200) {
        const r = await rep.post('/leads', { name: `备份期间的线索 ${n++}`, type: 'B2B', region: '华东', productLine: '工业设备' });
        expect(r.status).toBe(201);
        if (n === 3) warmedUp();
      }
      return n;
    })();
    await underway;
    await anchorAuditChain(t.ctx.db, t.ctx.anchors, t.clock);
    manifest = await createBackup({ db: t.ctx.db, kind: t.database.kind, dataDir: t.dataDir, clock: t.clock, anchors: t.ctx.anchors }, archive);
    writing = false;
    expect(await writes).toBeGreaterThan(0);

    expect(manifest).toMatchObject({ format: 'spm-backup', formatVersion: 1, schemaVersion: SCHEMA_VERSION, source: { database: t.database.kind } });
    expect(manifest.app.version).toMatch(/^\d+\.\d+\.\d+/);
    const rows = Object.fromEntries(manifest.tables.map((x) => [x.name, x.rows]));
    expect(rows.leads).toBeGreaterThan(10);
    expect(rows.followups).toBeGreaterThan(20);
    expect(rows.kysely_migration).toBeUndefined();
    expect(manifest.files.count).toBeGreaterThan(0);
    expect(manifest.files.missing).toEqual([]);
    expect(manifest.audit.headSeq).toBeGreaterThan(0);
    expect(t.ctx.anchors.verify(manifest.audit.anchor)).toBe(true);
    // Every lead written during the backup that is in the snapshot has its audit entry in the same
    // snapshot (chained or queued): the tables were read at one instant.
    const dir = tmp();
    await tar.x({ file: archive, cwd: dir });
    const leadIds = fs
      .readFileSync(path.join(dir, 'db/leads.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; name: string })
      .filter((l) => l.name.startsWith('备份期间的线索'))
      .map((l) => l.id);
    expect(leadIds.length).toBeGreaterThan(0);
    const audited = new Set(
      ['db/audit_log.jsonl', 'db/audit_pending.jsonl'].flatMap((f) =>
        fs
          .readFileSync(path.join(dir, f), 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l))
          .filter((e) => e.action === 'lead.create')
          .map((e) => e.entity_id as string),
      ),
    );
    for (const id of leadIds) expect(audited.has(id), id).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('restores it into an empty install: same rows, same files, intact audit chain, the app works on it', async () => {
    const { target, connect, cleanup } = await restoreTarget(t, { anchorsFrom: t.ctx.anchors.dir });
    cleanups.push(cleanup);
    const report = await restoreBackup(archive, target);
    expect(report.migratedTo).toBe(SCHEMA_VERSION);
    for (const table of manifest.tables) expect(report.rows[table.name], table.name).toBe(table.rows);
    expect(report.audit).toMatchObject({ anchors: 'kept', archiveSignature: true });
    expect(report.audit.verifiedEntries).toBe(manifest.audit.headSeq + manifest.audit.pending);

    const restored = await connect();
    try {
      // Row for row what the archive holds (the audit queue is chained by the restore's verification).
      const again = tmp();
      const dump = await dumpDatabase(restored.db, again);
      const extracted = tmp();
      await tar.x({ file: archive, cwd: extracted });
      const skip = new Set(['audit_log', 'audit_pending']);
      const compared = manifest.tables.filter((x) => !skip.has(x.name));
      expect(tableLines(again, compared)).toEqual(tableLines(extracted, compared));
      const sequences = Object.fromEntries(dump.sequences.map((s) => [s.name, s.lastValue]));
      for (const s of manifest.sequences) if (s.name !== 'audit_pending_id_seq') expect(sequences[s.name], s.name).toBe(s.lastValue);
      fs.rmSync(again, { recursive: true, force: true });
      fs.rmSync(extracted, { recursive: true, force: true });

      // The app on the restored install: sign in, read, download an attachment, write, verify.
      const app = await createTestApp({ database: restored, clock: t.clock, dataDir: target.dataDir });
      try {
        const lina = await app.login('lina', 'demo1234');
        const leads = await lina.get('/leads?pageSize=5');
        expect(leads.status).toBe(200);
        const file = await restored.db.selectFrom('files').select(['id', 'size', 'uploaded_by']).limit(1).executeTakeFirstOrThrow();
        const download = await app.app.inject({ method: 'GET', url: `/api/v1/files/${file.id}`, headers: await adminHeaders(app) });
        expect(download.statusCode).toBe(200);
        expect(download.rawPayload.length).toBe(file.size);
        const created = await lina.post('/leads', { name: '恢复后的新线索', type: 'B2B', region: '华东', productLine: '工业设备' });
        expect(created.status).toBe(201);
        const verify = await app.admin.get('/audit/verify');
        expect(verify.status).toBe(200);
        expect(verify.body).toMatchObject({ ok: true });
      } finally {
        await app.close();
      }
    } finally {
      await restored.close();
    }
  });

  it('supersedes anchors of entries written after the backup, and anchors the restored head afresh', async () => {
    const rep = await t.login('lina', 'demo1234');
    await rep.post('/leads', { name: '备份之后的线索', type: 'B2B', region: '华东', productLine: '工业设备' });
    const later = await anchorAuditChain(t.ctx.db, t.ctx.anchors, t.clock);
    expect(later.seq).toBeGreaterThan(manifest.audit.headSeq);
    const { target, connect, cleanup } = await restoreTarget(t, { anchorsFrom: t.ctx.anchors.dir });
    cleanups.push(cleanup);
    const report = await restoreBackup(archive, target);
    expect(report.audit.anchors).toBe('superseded');
    const superseded = fs.readFileSync(path.join(report.audit.supersededDir!, 'anchors.jsonl'), 'utf8');
    expect(superseded).toContain(`"seq":${later.seq}`);
    expect(fs.readFileSync(path.join(report.audit.supersededDir!, 'README.txt'), 'utf8')).toContain(`#${later.seq}`);
    const restored = await connect();
    try {
      const store = new AnchorStore(target.auditAnchorDir, loadAuditKey({ envKey: undefined, dataDir: target.dataDir, create: false })!.key);
      const verification = await verifyAudit(restored.db, store);
      expect(verification).toMatchObject({ ok: true, anchorCheck: { ok: true }, invalidAnchors: 0 });
      expect(verification.anchor!.seq).toBe(report.audit.headSeq);
    } finally {
      await restored.close();
    }
  });

  it('refuses an archive of a newer schema, a damaged table file and a broken audit chain, before touching the target', async () => {
    const newer = await tamper(archive, (_dir, m) => {
      m.migrations.push('9999_future');
      m.schemaVersion = '9999_future';
    });
    const damaged = await tamper(archive, (dir) => fs.appendFileSync(path.join(dir, 'db/leads.jsonl'), '{"id":"x"}\n'));
    const broken = await tamper(archive, (dir, m) => {
      const file = path.join(dir, 'db/audit_log.jsonl');
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      const entry = JSON.parse(lines[2]);
      entry.data = { ...entry.data, forged: true };
      lines[2] = JSON.stringify(entry);
      fs.writeFileSync(file, lines.join('\n'));
      m.tables.find((x) => x.name === 'audit_log')!.sha256 = '';
    });
    // The forged entry's file checksum is recomputed, so only the chain can tell.
    const forged = await tamper(broken, (dir, m) => {
      m.tables.find((x) => x.name === 'audit_log')!.sha256 = fsSha(path.join(dir, 'db/audit_log.jsonl'));
    });
    const { target, connect, cleanup } = await restoreTarget(t);
    cleanups.push(cleanup);
    await expect(restoreBackup(newer, target)).rejects.toThrow(/newer version of the app \(schema 9999_future/);
    await expect(restoreBackup(damaged, target)).rejects.toThrow(/db\/leads\.jsonl is damaged/);
    await expect(restoreBackup(forged, target)).rejects.toThrow(/audit chain is broken at entry #3/);
    await expect(restoreBackup(path.join(work, 'missing.tar.gz'), target)).rejects.toBeInstanceOf(BackupRefused);
    // Nothing was written.
    expect(fs.existsSync(path.join(target.dataDir, 'pgdata'))).toBe(false);
    expect(fs.existsSync(path.join(target.dataDir, 'files'))).toBe(false);
    if (onPostgres) {
      const db = await connect();
      try {
        const { rows } = await sql`select tablename from pg_tables where schemaname = 'public'`.execute(db.db);
        expect(rows).toEqual([]);
      } finally {
        await db.close();
      }
    }
  });

  it('does not restore over data: PostgreSQL needs --replace, the embedded database moves the old one aside and refuses while in use', async () => {
    const { target, connect, cleanup } = await restoreTarget(t);
    cleanups.push(cleanup);
    await restoreBackup(archive, target);
    if (onPostgres) {
      await expect(restoreBackup(archive, target)).rejects.toThrow(/not empty .*--replace/);
      const again = await restoreBackup(archive, { ...target, replace: true });
      expect(again.rows.leads).toBe(manifest.tables.find((x) => x.name === 'leads')!.rows);
      // Another session on the database: an app node still running.
      const node = await connect();
      try {
        await node.db.selectFrom('users').select('id').limit(1).execute();
        await expect(restoreBackup(archive, { ...target, replace: true })).rejects.toThrow(/other session\(s\) are connected/);
      } finally {
        await node.close();
      }
    } else {
      const again = await restoreBackup(archive, target);
      expect(again.movedAside.map((p) => path.basename(p).replace(/-[\dTZ-]+$/, ''))).toEqual(['pgdata.before-restore', 'files.before-restore']);
      const holder = await holdDataDir(target.dataDir, 'app (pid 1)');
      try {
        await expect(restoreBackup(archive, target)).rejects.toBeInstanceOf(DataDirInUse);
      } finally {
        await holder.close();
      }
    }
  });
});

const fsSha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function adminHeaders(app: TestApp): Promise<Record<string, string>> {
  const response = await app.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: ADMIN_PASSWORD } });
  return { cookie: response.cookies.map((c) => `${c.name}=${c.value}`).join('; ') };
}
