// The one test command: type-checks everything (npm run typecheck), lints it (npm run lint:
// ESLint, Prettier and the dependency rules), builds what the browser tests serve, lints the
// OpenAPI document the app serves (npm run lint:openapi), runs every vitest project (unit,
// integration on PGlite and on PostgreSQL, browser), and fails if anything failed, was skipped,
// or a project ran no test at all.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status ?? 1;

// `--tests-only`: the unit and integration projects alone, on whatever Node is first in PATH (CI runs
// them again on every maintained LTS line, see .ci/run); types, lint and the build were checked once.
// SPM_TEST_PROJECTS chooses the projects (default: unit, pglite and postgres).
const testsOnly = process.argv.includes('--tests-only');
const projects = (process.env.SPM_TEST_PROJECTS ?? 'unit pglite postgres').split(/\s+/).filter(Boolean);
const vitestArgs = testsOnly
  ? [...projects.flatMap((p) => ['--project', p]), ...process.argv.slice(2).filter((a) => a !== '--tests-only')]
  : process.argv.slice(2);

if (!testsOnly) {
  // Fail fast: types, lint, formatting and the dependency rules come before anything runs.
  if (run('npm', ['run', 'typecheck']) !== 0) process.exit(1);
  if (run('npm', ['run', 'lint']) !== 0) process.exit(1);
  if (run('npm', ['run', 'build']) !== 0) process.exit(1);
  // The served OpenAPI document is the API's contract: it must lint clean before anything else runs.
  if (run('npm', ['run', 'lint:openapi']) !== 0) process.exit(1);
}

const resultsFile = 'test-results.json';
fs.rmSync(resultsFile, { force: true });
// Browser tests leave a screenshot and console log per failing test here; start clean.
fs.rmSync('test-results/browser', { recursive: true, force: true });
console.log(`vitest on Node ${process.version}`);
const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${resultsFile}`, ...vitestArgs]);
if (!fs.existsSync(resultsFile)) {
  console.error('vitest wrote no results');
  process.exit(1);
}
const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
const perProject = {};
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of results.testResults) {
  if (file.status === 'failed' && file.assertionResults.length === 0) failed++;
  for (const test of file.assertionResults) {
    const project = file.name.includes('/test/browser/') ? 'browser' : file.name.includes('/src/') ? 'unit' : 'integration';
    perProject[project] = (perProject[project] ?? 0) + 1;
    if (test.status === 'passed') passed++;
    else if (test.status === 'failed') failed++;
    else skipped++;
  }
}
console.log(`\nper suite: ${JSON.stringify(perProject)}`);
const missing = (testsOnly ? ['unit', 'integration'] : ['unit', 'integration', 'browser']).filter((p) => !perProject[p]);
if (missing.length) console.error(`no tests ran in: ${missing.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(status !== 0 || failed > 0 || skipped > 0 || missing.length ? 1 : 0);
