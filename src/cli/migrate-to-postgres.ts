import { parseArgs } from 'node:util';
import { moveEmbeddedToPostgres, redactUrl } from '../core/backup/to-postgres.js';
import { loadConfig } from '../core/config.js';
import { cliFailure } from './output.js';

/**
 * `npm run migrate:to-postgres -- --to postgres://user:pass@host:5432/db`: copies a stopped
 * embedded install (DATA_DIR/pgdata) into an empty PostgreSQL database, verifies it, and prints
 * the DATABASE_URL line to start the app with. The embedded database is left as it was.
 */
async function main() {
  const { values } = parseArgs({ options: { to: { type: 'string' } } });
  if (!values.to) {
    console.error('usage: npm run migrate:to-postgres -- --to postgres://user:pass@host:5432/db');
    process.exit(64);
  }
  const config = loadConfig();
  console.log(`迁移 / moving ${config.dataDir}/pgdata → ${redactUrl(values.to)}`);
  const report = await moveEmbeddedToPostgres({ dataDir: config.dataDir, to: values.to, log: (line) => console.log(`  ${line}`) });
  console.log(`迁移完成 / moved in ${(report.durationMs / 1000).toFixed(1)} s: every row count matches, audit chain intact (${report.auditEntries} entries)`);
  if (report.files.missing.length)
    console.warn(`  警告 / warning: ${report.files.missing.length} uploaded file(s) referenced by the database are not in ${config.dataDir}/files`);
  console.log(
    '  上传的文件、审计密钥与锚点仍在 DATA_DIR 中，请保留 / uploaded files, the audit key and anchors stay in DATA_DIR: keep it (same DATA_DIR for every node, or shared storage)',
  );
  console.log('  之后以此启动 / start the app with:');
  console.log(`DATABASE_URL=${values.to}`);
}

main().catch(cliFailure);
