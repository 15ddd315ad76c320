/**
 * Times `npm run backup`, `npm run restore` and `npm run migrate:to-postgres` on the benchmark data
 * set (bench/generate.ts), on PostgreSQL and on the embedded database:
 *
 *   npm run build:server && npx tsx bench/backup.ts [--scale small|full] [--seed 42]
 *
 * Each command runs as its own process (`node dist/server/cli/….js`, what the npm scripts run
 * after their build check). Results: bench/results/backup-<scale>.{md,json}.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadDataset } from './data.js';
import { parseArgs } from './lib/args.js';
import { freePort, startBenchCluster } from './lib/cluster.js';
import { startService } from './lib/proc.js';

const args = parseArgs(process.argv.slice(2));
const scaleName = args.scale === 'full' ? 'full' : 'small';
const SCALES = {
  small: { postgres: { leads: 50_000, followups: 250_000, users: 200 }, pglite: { leads: 10_000, followups: 50_000, users: 100 } },
  full: { postgres: { leads: 1_000_000, followups: 5_000_000, users: 2000 }, pglite: { leads: 100_000, followups: 500_000, users: 200 } },
} as const;
const scale = SCALES[scaleName];
const seed = Number(args.seed ?? 42);
const repoDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'spm-bench-backup-'));
const t0 = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const AUDIT_KEY = 'b'.repeat(48);

interface Timing {
  what: string;
  seconds: number;
  note: string;
}
const timings: Timing[] = [];

async function cli(name: string, cliArgs: string[], env: Record<string, string>): Promise<{ seconds: number; stdout: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(repoDir, 'dist/server/cli', `${name}.js`), ...cliArgs], {
    cwd: repoDir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, AUDIT_KEY, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${name} exited ${code}: ${stderr}\n${stdout}`);
  return { seconds: (performance.now() - started) / 1000, stdout };
}

const loadavg = () => os.loadavg()[0].toFixed(1);
const size = (file: string) => `${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MiB`;

async function main() {
  if (!fs.existsSync(path.join(repoDir, 'dist/server/cli/backup.js'))) execFileSync('npm', ['run', 'build:server'], { cwd: repoDir, stdio: 'inherit' });
  const cluster = await startBenchCluster();
  const admin = new pg.Client({ connectionString: cluster.url('postgres') });
  await admin.connect();
  const createDb = async (name: string) => {
    await admin.query(`create database ${name}`);
    return cluster.url(name);
  };
  try {
    const now = Math.floor(Date.now() / 60_000) * 60_000;
    // PostgreSQL.
    const source = await createDb('spm');
    log(`generating ${JSON.stringify(scale.postgres)} on PostgreSQL…`);
    const generated = await loadDataset({ databaseUrl: source }, { ...scale.postgres, seed, now });
    const pgRows = Object.values(generated.counts).reduce((a, b) => a + b, 0);
    const pgDir = path.join(work, 'pg-data');
    fs.mkdirSync(pgDir);
    const pgArchive = path.join(work, 'pg.tar.gz');
    log(`backup (PostgreSQL, ${pgRows} rows), load ${loadavg()}`);
    const pgBackup = await cli('backup', ['--out', pgArchive], { DATABASE_URL: source, DATA_DIR: pgDir });
    timings.push({ what: 'backup, PostgreSQL', seconds: pgBackup.seconds, note: `${pgRows} generated rows, archive ${size(pgArchive)}` });
    const restoredUrl = await createDb('spm_restored');
    log(`restore (PostgreSQL), load ${loadavg()}`);
    const pgRestore = await cli('restore', [pgArchive], { DATABASE_URL: restoredUrl, DATA_DIR: path.join(work, 'pg-restored') });
    timings.push({ what: 'restore, PostgreSQL', seconds: pgRestore.seconds, note: 'into an empty database, incl. checks and FK rebuild' });

    // Embedded.
    const embeddedDir = path.join(work, 'embedded');
    log(`generating ${JSON.stringify(scale.pglite)} on the embedded database…`);
    const gen2 = await loadDataset({ pgliteDir: path.join(embeddedDir, 'pgdata') }, { ...scale.pglite, seed, now });
    const pgliteRows = Object.values(gen2.counts).reduce((a, b) => a + b, 0);
    const pgliteArchive = path.join(work, 'pglite.tar.gz');
    log(`backup (embedded, ${pgliteRows} rows), load ${loadavg()}`);
    const liteBackup = await cli('backup', ['--out', pgliteArchive], { DATA_DIR: embeddedDir });
    timings.push({ what: 'backup, embedded (app stopped)', seconds: liteBackup.seconds, note: `${pgliteRows} generated rows, archive ${size(pgliteArchive)}` });
    // The same while the app runs: the app writes the archive; meanwhile its requests wait for the
    // embedded database (one connection), which the snapshot holds.
    const port = await freePort();
    const app = await startService(
      'app',
      process.execPath,
      [path.join(repoDir, 'dist/server/main.js')],
      {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DATA_DIR: embeddedDir,
        PORT: String(port),
        SCHEDULER: '0',
        LOG_LEVEL: 'warn',
        AUDIT_KEY,
        ADMIN_PASSWORD: 'bench-admin-1234',
        WEB_DIST_DIR: path.join(work, 'no-web'),
      },
      `http://127.0.0.1:${port}`,
      '/api/v1/health',
      path.join(work, 'app.log'),
    );
    let probing = true;
    let slowest = 0;
    const probe = (async () => {
      while (probing) {
        const t = performance.now();
        await fetch(`http://127.0.0.1:${port}/api/v1/ready`).catch(() => undefined);
        slowest = Math.max(slowest, performance.now() - t);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    log(`backup (embedded, app running), load ${loadavg()}`);
    const online = await cli('backup', ['--out', path.join(work, 'online.tar.gz')], { DATA_DIR: embeddedDir });
    probing = false;
    await probe;
    await app.stop();
    timings.push({
      what: 'backup, embedded (app running)',
      seconds: online.seconds,
      note: `written by the app; the slowest request meanwhile waited ${(slowest / 1000).toFixed(1)} s for the database`,
    });
    log(`restore (embedded), load ${loadavg()}`);
    const liteRestore = await cli('restore', [pgliteArchive], { DATA_DIR: path.join(work, 'embedded-restored') });
    timings.push({ what: 'restore, embedded', seconds: liteRestore.seconds, note: 'into a new DATA_DIR' });
    const movedUrl = await createDb('spm_moved');
    log(`migrate:to-postgres, load ${loadavg()}`);
    const move = await cli('migrate-to-postgres', ['--to', movedUrl], { DATA_DIR: embeddedDir });
    timings.push({ what: 'migrate:to-postgres', seconds: move.seconds, note: `${pgliteRows} rows, embedded → PostgreSQL` });
  } finally {
    await admin.end();
    cluster.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
  const rows = timings.map((t) => `| ${t.what} | ${t.seconds.toFixed(1)} s | ${t.note} |`);
  const md = [
    `# Backup, restore and the move to PostgreSQL (${scaleName} data set)`,
    '',
    `${new Date().toISOString()}, ${os.cpus().length} cores, load average ${loadavg()} at the end (other work shares the machine).`,
    `Data set: bench/generate.ts, seed ${seed}: PostgreSQL ${JSON.stringify(scale.postgres)}, embedded ${JSON.stringify(scale.pglite)}` +
      ' (with fingerprints and 16 LSH bucket rows per follow-up; file rows without files on disk; no audit history).',
    '',
    '| command | time | |',
    '|---|---|---|',
    ...rows,
    '',
  ].join('\n');
  const out = path.join(repoDir, 'bench', 'results', `backup-${scaleName}`);
  fs.writeFileSync(`${out}.md`, md);
  fs.writeFileSync(`${out}.json`, JSON.stringify({ scale: scaleName, seed, at: new Date().toISOString(), timings }, null, 2));
  console.log(md);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
