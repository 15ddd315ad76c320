// Runs vitest projects N times in a row and reports every test that failed at least once, so a
// flaky test shows itself before it costs a landing.
//
//   npm run test:repeat -- --project browser --times 10
//   npm run test:repeat -- --project pglite --project postgres --times 3
//   npm run test:repeat -- --project browser --times 5 test/browser/collaboration.browser.test.ts
//
// Options: --project NAME (repeatable; default every project), --times N (default 5),
// --no-build (skip `npm run build`, which the browser tests need once). Anything else is passed
// to vitest (file filters, -t). Exit code 1 when any test failed in any run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const argv = process.argv.slice(2);
const projects = [];
const passThrough = [];
let times = 5;
let build = true;
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i];
  if (arg === '--project') projects.push(argv[++i]);
  else if (arg.startsWith('--project=')) projects.push(arg.slice('--project='.length));
  else if (arg === '--times') times = Number(argv[++i]);
  else if (arg.startsWith('--times=')) times = Number(arg.slice('--times='.length));
  else if (arg === '--no-build') build = false;
  else passThrough.push(arg);
}
if (!Number.isInteger(times) || times < 1) {
  console.error('--times must be a positive integer');
  process.exit(2);
}

if (build && (projects.length === 0 || projects.includes('browser'))) {
  const status = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status;
  if (status !== 0) process.exit(1);
}

const outDir = path.resolve('test-results', 'repeat');
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });

/** test id → { name, file, failures: [{ run, message }] } */
const failures = new Map();
const runs = [];
for (let run = 1; run <= times; run++) {
  const outputFile = path.join(outDir, `run-${run}.json`);
  fs.rmSync(outputFile, { force: true });
  const started = Date.now();
  const args = [
    'vitest',
    'run',
    '--reporter=dot',
    '--reporter=json',
    `--outputFile=${outputFile}`,
    ...projects.flatMap((p) => ['--project', p]),
    ...passThrough,
  ];
  console.log(`\n── run ${run}/${times}: npx ${args.join(' ')}`);
  const env = { ...process.env, BROWSER_ARTIFACTS_DIR: path.join(outDir, `run-${run}-browser`) };
  const status = spawnSync('npx', args, { stdio: 'inherit', env }).status;
  const seconds = Math.round((Date.now() - started) / 1000);
  if (!fs.existsSync(outputFile)) {
    runs.push({ run, seconds, passed: 0, failed: 1, note: `vitest wrote no results (exit ${status})` });
    failures.set(`run-${run}`, { name: 'vitest run did not complete', file: '', failures: [{ run, message: `exit ${status}` }] });
    continue;
  }
  const results = JSON.parse(fs.readFileSync(outputFile, 'utf8'));
  let passed = 0;
  let failed = 0;
  for (const file of results.testResults) {
    const relative = path.relative(process.cwd(), file.name);
    if (file.status === 'failed' && file.assertionResults.length === 0) {
      failed++;
      const id = `${relative} (file)`;
      const entry = failures.get(id) ?? { name: '(file failed to run)', file: relative, failures: [] };
      entry.failures.push({ run, message: firstLine(file.message) });
      failures.set(id, entry);
    }
    for (const test of file.assertionResults) {
      if (test.status === 'passed') {
        passed++;
        continue;
      }
      if (test.status !== 'failed') continue;
      failed++;
      const id = `${relative} › ${test.fullName}`;
      const entry = failures.get(id) ?? { name: test.fullName, file: relative, failures: [] };
      entry.failures.push({ run, message: firstLine(test.failureMessages?.[0]) });
      failures.set(id, entry);
    }
  }
  runs.push({ run, seconds, passed, failed, note: status === 0 ? '' : `exit ${status}` });
}

function firstLine(text) {
  return (
    String(text ?? '')
      .split('\n')
      .find((line) => line.trim())
      ?.trim()
      .slice(0, 300) ?? ''
  );
}

console.log('\n── repeat summary');
for (const r of runs) console.log(`run ${r.run}: ${r.passed} passed, ${r.failed} failed, ${r.seconds} s ${r.note}`.trimEnd());
if (failures.size === 0) {
  console.log(`no test failed in ${times} run(s)`);
  process.exit(0);
}
console.log(`\n${failures.size} test(s) failed at least once:`);
for (const entry of failures.values()) {
  console.log(`✗ ${entry.file} › ${entry.name} — failed in ${entry.failures.length}/${times} run(s)`);
  for (const f of entry.failures) console.log(`    run ${f.run}: ${f.message}`);
}
console.log(`\nper-run results, and browser failure screenshots and console logs (run-N-browser/): ${path.relative(process.cwd(), outDir)}`);
process.exit(1);
