import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** PostgreSQL refuses to run as root, so the cluster runs as the `postgres` system user then. */
function asPostgres(command: string, args: string[]): string {
  const isRoot = process.getuid?.() === 0;
  const [cmd, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  const result = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
  return result.stdout;
}

/**
 * Settings of the benchmark cluster: what a production install on a machine of this size would
 * set. Durability stays at the defaults (fsync, synchronous_commit, full_page_writes all on).
 */
export const BENCH_SETTINGS: Record<string, string> = {
  shared_buffers: '1GB',
  effective_cache_size: '8GB',
  work_mem: '16MB',
  maintenance_work_mem: '1GB',
  max_wal_size: '8GB',
  min_wal_size: '1GB',
  checkpoint_timeout: '15min',
  checkpoint_completion_target: '0.9',
  wal_compression: 'on',
  random_page_cost: '1.1',
  effective_io_concurrency: '200',
  max_connections: '200',
  shared_preload_libraries: 'pg_stat_statements',
  'pg_stat_statements.max': '5000',
  track_io_timing: 'on',
  listen_addresses: '127.0.0.1',
};

export interface Cluster {
  port: number;
  dir: string;
  url: (database: string) => string;
  version: string;
  settings: Record<string, string>;
  stop: () => void;
}

export async function startBenchCluster(): Promise<Cluster> {
  if (!fs.existsSync(path.join(PG_BIN, 'initdb'))) throw new Error(`PostgreSQL server binaries not found in ${PG_BIN} (set PG_BIN)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spm-bench-pg-'));
  fs.chmodSync(dir, 0o777);
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir]);
  const dataDir = path.join(dir, 'data');
  const port = await freePort();
  asPostgres(path.join(PG_BIN, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const conf = Object.entries({ ...BENCH_SETTINGS, port: String(port), unix_socket_directories: `'${dir}'` })
    .map(([k, v]) => `${k} = '${v.replace(/^'|'$/g, '')}'`)
    .join('\n');
  fs.appendFileSync(path.join(dataDir, 'postgresql.conf'), `\n# spm benchmark\n${conf}\n`);
  try {
    asPostgres(path.join(PG_BIN, 'pg_ctl'), ['-D', dataDir, '-l', path.join(dir, 'server.log'), '-w', '-t', '120', 'start']);
  } catch (error) {
    const logText = fs.existsSync(path.join(dir, 'server.log')) ? fs.readFileSync(path.join(dir, 'server.log'), 'utf8') : '';
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`${(error as Error).message}\n${logText}`, { cause: error });
  }
  const version = asPostgres(path.join(PG_BIN, 'postgres'), ['--version']).trim();
  let stopped = false;
  return {
    port,
    dir,
    version,
    settings: BENCH_SETTINGS,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop: () => {
      if (stopped) return;
      stopped = true;
      try {
        asPostgres(path.join(PG_BIN, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * A hot standby of `primary` (pg_basebackup -R, streaming), with the benchmark's settings, for the
 * read-replica measurements (DATABASE_READ_URL).
 */
export async function startBenchStandby(primary: Cluster): Promise<Pick<Cluster, 'port' | 'dir' | 'url' | 'stop'>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spm-bench-standby-'));
  fs.chmodSync(dir, 0o777);
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir]);
  const dataDir = path.join(dir, 'data');
  const port = await freePort();
  asPostgres(path.join(PG_BIN, 'pg_basebackup'), [
    '-h',
    '127.0.0.1',
    '-p',
    String(primary.port),
    '-U',
    'postgres',
    '-D',
    dataDir,
    '-R',
    '-X',
    'stream',
    '-c',
    'fast',
  ]);
  // The copied configuration names the primary's port and socket directory: the standby's own follow.
  fs.appendFileSync(
    path.join(dataDir, 'postgresql.conf'),
    `\n# spm benchmark standby\nport = '${port}'\nunix_socket_directories = '${dir}'\nhot_standby = 'on'\n`,
  );
  asPostgres(path.join(PG_BIN, 'pg_ctl'), ['-D', dataDir, '-l', path.join(dir, 'server.log'), '-w', '-t', '300', 'start']);
  let stopped = false;
  return {
    port,
    dir,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop: () => {
      if (stopped) return;
      stopped = true;
      try {
        asPostgres(path.join(PG_BIN, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
