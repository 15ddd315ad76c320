/**
 * The OpenAPI document the app serves (GET /api/v1/openapi.json), built in-process on a throwaway
 * in-memory database with the time machine on, so the document also has the operations a
 * TIME_MACHINE=1 server adds (the web client's time machine).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/app.js';
import { AdjustableClock } from '../src/core/clock.js';
import { loadConfig } from '../src/core/config.js';
import { connectDatabase } from '../src/core/db/connect.js';
import { migrateToLatest } from '../src/core/db/migrate.js';

export async function servedOpenApiDocument(): Promise<Record<string, unknown>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'spm-openapi-'));
  const database = await connectDatabase({});
  try {
    await migrateToLatest(database.db);
    const config = { ...loadConfig({ TIME_MACHINE: '1' }), dataDir, webDistDir: path.join(dataDir, 'no-web'), logLevel: 'silent' };
    const { app } = await buildApp({ config, database, clock: new AdjustableClock(), logger: false });
    try {
      await app.ready();
      const response = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
      if (response.statusCode !== 200) throw new Error(`GET /api/v1/openapi.json answered ${response.statusCode}: ${response.body}`);
      return JSON.parse(response.body) as Record<string, unknown>;
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
