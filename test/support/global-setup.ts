import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connectDatabase } from '../../src/core/db/connect.js';
import { migrateToLatest } from '../../src/core/db/migrate.js';
import { startThrowawayCluster, type Cluster } from './postgres-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    testDb: 'pglite' | 'postgres';
    pgliteDump: string;
    postgresAdminUrl: string;
  }
}

export const TEMPLATE_DB = 'spm_test_template';

/**
 * Prepares one migrated database per run: a PGlite dump that each test file restores (creating
 * PGlite from scratch takes seconds), or a PostgreSQL template database each file clones.
 */
export default async function setup(project: TestProject) {
  const kind = (project.config.env?.TEST_DB ?? 'pglite') as 'pglite' | 'postgres';
  project.provide('testDb', kind);
  if (kind === 'pglite') {
    const handle = await connectDatabase({});
    await migrateToLatest(handle.db);
    const dump = await handle.pglite!.dumpDataDir('none');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'spm-pglite-')), 'template.tar');
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await handle.close();
    project.provide('pgliteDump', file);
    project.provide('postgresAdminUrl', '');
    return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }

  let cluster: Cluster | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    cluster = await startThrowawayCluster();
    adminUrl = cluster.url('postgres');
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE_DB}`);
  await admin.query(`create database ${TEMPLATE_DB}`);
  await admin.end();
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE_DB}`;
  const handle = await connectDatabase({ databaseUrl: templateUrl.toString() });
  await migrateToLatest(handle.db);
  await handle.close();
  project.provide('postgresAdminUrl', adminUrl);
  project.provide('pgliteDump', '');
  return () => cluster?.stop();
}
