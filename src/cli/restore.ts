import { parseArgs } from 'node:util';
import { restoreBackup } from '../core/backup/restore.js';
import { loadConfig } from '../core/config.js';
import { cliFailure } from './output.js';

/**
 * `npm run restore -- FILE [--replace] [--force]`: restores an archive of `npm run backup` into the
 * configured database (DATABASE_URL, or the embedded one in DATA_DIR/pgdata) and DATA_DIR/files.
 * Stop the app first. See `restoreBackup` for every check.
 */
async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { replace: { type: 'boolean', default: false }, force: { type: 'boolean', default: false } },
  });
  if (positionals.length !== 1) {
    console.error('usage: npm run restore -- FILE [--replace] [--force]');
    process.exit(64);
  }
  const config = loadConfig();
  const report = await restoreBackup(positionals[0], {
    kind: config.databaseUrl ? 'postgres' : 'pglite',
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    auditKey: config.auditKey,
    auditAnchorDir: config.auditAnchorDir,
    replace: values.replace,
    force: values.force,
    log: (line) => console.log(`  ${line}`),
  });
  const m = report.manifest;
  console.log(`恢复完成 / restored in ${(report.durationMs / 1000).toFixed(1)} s: the backup of ${m.createdAt} (app ${m.app.version}, ${m.source.database})`);
  console.log(
    `  ${Object.values(report.rows).reduce((a, b) => a + b, 0)} rows, ${report.files} uploaded files; schema ${m.schemaVersion} → ${report.migratedTo}`,
  );
  console.log(`  审计链完整 / audit chain intact: ${report.audit.verifiedEntries} entries, head #${report.audit.headSeq}`);
  if (report.audit.archiveSignature === true) console.log('  归档的审计末尾签名有效 / the archive’s signed audit head holds under this install’s key');
  if (report.audit.archiveSignature === false)
    console.warn('  警告 / warning: the archive’s signed audit head does not hold under this install’s key (another AUDIT_KEY, or an altered manifest)');
  if (report.audit.anchors === 'superseded')
    console.warn(
      `  锚点已更替 / anchors superseded: the old anchors signed entries after this backup; they were moved to ${report.audit.supersededDir} and the restored head was anchored afresh`,
    );
  if (report.audit.anchors === 'no_key') console.warn('  未找到锚点密钥 / no anchor key (AUDIT_KEY or DATA_DIR/audit.key): anchors not checked');
  for (const aside of report.movedAside) console.log(`  原有数据已移至 / what was there is kept in ${aside}`);
}

main().catch(cliFailure);
