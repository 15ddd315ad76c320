/**
 * Writes the OpenAPI document the app serves (GET /api/v1/openapi.json) to a file and lints it
 * with Redocly's recommended rules (redocly.yaml): any error or warning fails.
 *
 *   npm run lint:openapi                                  # dist/openapi.json, linted
 *   npx tsx scripts/openapi.ts --out web/openapi.json     # another path (e.g. for client generation)
 *   npx tsx scripts/openapi.ts --no-lint                  # write only
 *
 * The app is built in-process on a throwaway in-memory database with the time machine on, so the
 * document also has the operations a TIME_MACHINE=1 server adds (the web client's time machine).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../src/app.js';
import { AdjustableClock } from '../src/core/clock.js';
import { loadConfig } from '../src/core/config.js';
import { connectDatabase } from '../src/core/db/connect.js';
import { migrateToLatest } from '../src/core/db/migrate.js';

const { values: args } = parseArgs({ options: { out: { type: 'string', default: 'dist/openapi.json' }, 'no-lint': { type: 'boolean', default: false } } });
const out = path.resolve(args.out);

async function writeDocument(): Promise<void> {
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
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, JSON.stringify(JSON.parse(response.body), null, 2) + '\n');
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

interface LintReport {
  totals: { errors: number; warnings: number; ignored: number };
  problems: { ruleId: string; severity: string; message: string; location: { pointer?: string }[] }[];
}

/** Redocly answers 0 on warnings: the totals decide. Ignored problems count too (no ignore file). */
function lint(): boolean {
  const redocly = path.resolve('node_modules/.bin/redocly');
  const result = spawnSync(redocly, ['lint', out, '--config', 'redocly.yaml', '--format', 'json', '--max-problems', '1000'], {
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    maxBuffer: 64 * 1024 * 1024,
  });
  let report: LintReport;
  try {
    report = JSON.parse(result.stdout) as LintReport;
  } catch {
    console.error(result.stdout, result.stderr);
    console.error('redocly lint gave no report');
    return false;
  }
  for (const p of report.problems) console.error(`${p.severity.padEnd(5)} ${p.ruleId}: ${p.message} (${p.location[0]?.pointer ?? ''})`);
  const { errors, warnings, ignored } = report.totals;
  console.log(`redocly lint (recommended): ${errors} errors, ${warnings} warnings, ${ignored} ignored in ${path.relative(process.cwd(), out)}`);
  return errors + warnings + ignored === 0;
}

await writeDocument();
console.log(`wrote ${path.relative(process.cwd(), out)}`);
if (!args['no-lint'] && !lint()) process.exit(1);
