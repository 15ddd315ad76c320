import path from 'node:path';
import { verifyAudit } from '../core/audit/audit.js';
import { AnchorStore, loadAuditKey } from '../core/audit/anchors.js';
import { auditVerifyReport } from '../core/audit/verify-report.js';
import { DataDirInUse, holdDataDir } from '../core/backup/control-socket.js';
import { loadConfig } from '../core/config.js';
import { appDatabaseOptions, connectDatabase } from '../core/db/connect.js';
import { migrateToLatest } from '../core/db/migrate.js';

/** `npm run audit:verify`: walks the audit hash chain and reports the first broken link. */
async function main() {
  const config = loadConfig();
  // The embedded database may be open in one process only: with the app running, ask it instead.
  const hold = config.databaseUrl
    ? undefined
    : await holdDataDir(config.dataDir, `audit:verify (pid ${process.pid})`).catch((error: unknown) => {
        if (error instanceof DataDirInUse) {
          console.error(`${error.message}; while the app runs use GET /api/v1/audit/verify`);
          process.exit(1);
        }
        throw error;
      });
  const database = await connectDatabase(appDatabaseOptions(config));
  try {
    await migrateToLatest(database.db);
    const key = loadAuditKey({ envKey: config.auditKey, dataDir: config.dataDir, create: false });
    const store = key ? new AnchorStore(config.auditAnchorDir, key.key) : null;
    const report = auditVerifyReport(await verifyAudit(database.db, store), {
      keyFound: Boolean(key),
      keyHint: `AUDIT_KEY or ${path.join(config.dataDir, 'audit.key')}`,
      anchorDir: config.auditAnchorDir,
    });
    for (const line of report.lines) (line.level === 'info' ? console.log : line.level === 'warn' ? console.warn : console.error)(line.text);
    process.exitCode = report.exitCode;
  } finally {
    await database.close();
    await hold?.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
