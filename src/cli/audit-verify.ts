import path from 'node:path';
import { verifyAudit } from '../core/audit/audit.js';
import { AnchorStore, loadAuditKey } from '../core/audit/anchors.js';
import { auditVerifyReport } from '../core/audit/verify-report.js';
import { loadConfig } from '../core/config.js';
import { connectDatabase } from '../core/db/connect.js';
import { migrateToLatest } from '../core/db/migrate.js';

/** `npm run audit:verify`: walks the audit hash chain and reports the first broken link. */
async function main() {
  const config = loadConfig();
  const database = await connectDatabase(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { pgliteDir: path.join(config.dataDir, 'pgdata') });
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
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
