import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../../src/core/db/connect.js';
import { TEMPLATE_DB } from './global-setup.js';

/** A fresh, migrated database for one test file, on whichever engine this project tests. */
export type TestDatabase = DatabaseHandle & { url?: string };

export async function createTestDatabase(): Promise<TestDatabase> {
  if (inject('testDb') === 'postgres') {
    const adminUrl = inject('postgresAdminUrl');
    const name = `spm_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name} template ${TEMPLATE_DB}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const handle = await connectDatabase({ databaseUrl: url.toString(), poolSize: 10 });
    return {
      ...handle,
      url: url.toString(),
      close: async () => {
        await handle.close();
        const cleanup = new pg.Client({ connectionString: adminUrl });
        await cleanup.connect();
        // A pool's last connection may still be closing: wait for it rather than kill it, which
        // would surface as an unhandled 57P01 on the closing client.
        for (let attempt = 0; ; attempt++) {
          try {
            await cleanup.query(`drop database if exists ${name}`);
            break;
          } catch (error) {
            if ((error as { code?: string }).code !== '55006' || attempt >= 50) {
              await cleanup.query(`drop database if exists ${name} with (force)`);
              break;
            }
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
        await cleanup.end();
      },
    };
  }
  const dump = fs.readFileSync(inject('pgliteDump'));
  return connectDatabase({ pgliteDump: new Blob([dump]) });
}

/** A new, empty PostgreSQL database (no migrations) on the test server, e.g. a restore target. */
export async function createEmptyPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = inject('postgresAdminUrl');
  const name = `spm_e_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template template0`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
