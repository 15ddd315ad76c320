import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AnchorStore, loadAuditKey } from '../core/audit/anchors.js';
import { createBackup, type BackupManifest } from '../core/backup/archive.js';
import { askControlSocket, holdDataDir } from '../core/backup/control-socket.js';
import { systemClock } from '../core/clock.js';
import { loadConfig } from '../core/config.js';
import { connectDatabase } from '../core/db/connect.js';
import { cliFailure, formatBytes } from './output.js';

/**
 * `npm run backup -- --out FILE`: one archive (tar.gz) with a consistent snapshot of the database,
 * the uploaded files and a manifest, made while the app runs. On PostgreSQL it reads the database
 * directly; on the embedded database it asks the running app to write the archive (only the app may
 * open its database), or opens the database itself when the app is stopped.
 */
async function main() {
  const { values } = parseArgs({ options: { out: { type: 'string', short: 'o' } } });
  const config = loadConfig();
  const out = path.resolve(values.out ?? path.join('backups', `spm-backup-${new Date().toISOString().replace(/[:.]/g, '-')}.tar.gz`));
  const started = Date.now();
  let manifest: BackupManifest;
  let via: string;
  if (config.databaseUrl) {
    const database = await connectDatabase({ databaseUrl: config.databaseUrl, poolSize: 2, applicationName: 'sales-process-management backup' });
    try {
      manifest = await createBackup({ db: database.db, kind: 'postgres', dataDir: config.dataDir, clock: systemClock, anchors: anchorStore(config) }, out);
    } finally {
      await database.close();
    }
    via = 'PostgreSQL';
  } else {
    const answer = await askControlSocket(config.dataDir, { op: 'backup', out });
    if (answer) {
      if (!answer.ok) throw new Error(answer.error);
      manifest = answer.result as BackupManifest;
      via = `the running app (${answer.holder})`;
    } else {
      const pgdata = path.join(config.dataDir, 'pgdata');
      if (!fs.existsSync(pgdata)) throw new Error(`没有内置数据库 / no embedded database in ${pgdata} (set DATA_DIR, or DATABASE_URL for PostgreSQL)`);
      const hold = await holdDataDir(config.dataDir, `backup (pid ${process.pid})`);
      try {
        const database = await connectDatabase({ pgliteDir: pgdata });
        try {
          manifest = await createBackup({ db: database.db, kind: 'pglite', dataDir: config.dataDir, clock: systemClock, anchors: anchorStore(config) }, out);
        } finally {
          await database.close();
        }
      } finally {
        await hold.close();
      }
      via = 'the embedded database (app stopped)';
    }
  }
  const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
  console.log(`备份完成 / backup written: ${out} (${formatBytes(fs.statSync(out).size)}) in ${((Date.now() - started) / 1000).toFixed(1)} s, from ${via}`);
  console.log(`  schema ${manifest.schemaVersion}, app ${manifest.app.version}, ${rows} rows in ${manifest.tables.length} tables`);
  console.log(`  ${manifest.files.count} uploaded files (${formatBytes(manifest.files.bytes)})`);
  console.log(`  audit chain head #${manifest.audit.headSeq} ${manifest.audit.headHash ?? ''}${manifest.audit.anchor ? ' (signed)' : ''}`);
  if (manifest.files.missingCount)
    console.warn(
      `  警告 / warning: ${manifest.files.missingCount} file(s) referenced by the database were not on disk, e.g. ${manifest.files.missing.slice(0, 3).join(', ')}`,
    );
  if (!manifest.audit.anchor) console.warn('  未找到锚点密钥，审计链末尾未签名 / no anchor key found: the audit head in the manifest is not signed');
  console.log('  注意 / note: keep AUDIT_KEY (or DATA_DIR/audit.key) and the anchor directory apart from the archive: they are not in it.');
}

function anchorStore(config: ReturnType<typeof loadConfig>): AnchorStore | null {
  const key = loadAuditKey({ envKey: config.auditKey, dataDir: config.dataDir, create: false });
  return key ? new AnchorStore(config.auditAnchorDir, key.key) : null;
}

main().catch(cliFailure);
