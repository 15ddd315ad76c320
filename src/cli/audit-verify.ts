import path from 'node:path';
import { verifyAuditChain } from '../core/audit/audit.js';
import { loadConfig } from '../core/config.js';
import { connectDatabase } from '../core/db/connect.js';
import { migrateToLatest } from '../core/db/migrate.js';

/** `npm run audit:verify`: walks the audit hash chain and reports the first broken link. */
async function main() {
  const config = loadConfig();
  const database = await connectDatabase(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { pgliteDir: path.join(config.dataDir, 'pgdata') });
  try {
    await migrateToLatest(database.db);
    const result = await verifyAuditChain(database.db);
    if (result.ok) {
      console.log(`审计链完整 / audit chain intact: ${result.checked} entries, last hash ${result.lastHash}`);
    } else {
      console.error(
        `审计链断裂 / audit chain BROKEN at entry #${result.firstBroken.seq} (${result.firstBroken.reason}); ${result.checked} entries verified before it`,
      );
      process.exitCode = 2;
    }
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
