/**
 * Writes the OpenAPI document the app serves (GET /api/v1/openapi.json) to a file and lints it
 * with Redocly's recommended rules (redocly.yaml): any error or warning fails.
 *
 *   npm run lint:openapi                                  # dist/openapi.json, linted
 *   npx tsx scripts/openapi.ts --out web/openapi.json     # another path (e.g. for client generation)
 *   npx tsx scripts/openapi.ts --no-lint                  # write only
 *
 * The document comes from scripts/openapi-document.ts (the app built in-process, time machine on).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { servedOpenApiDocument } from './openapi-document.js';

const { values: args } = parseArgs({ options: { out: { type: 'string', default: 'dist/openapi.json' }, 'no-lint': { type: 'boolean', default: false } } });
const out = path.resolve(args.out);

async function writeDocument(): Promise<void> {
  const document = await servedOpenApiDocument();
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(document, null, 2) + '\n');
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
