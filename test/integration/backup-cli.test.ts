import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { PROCESS_ADMIN_PASSWORD, runCli, signIn, startAppProcess, type AppProcess } from '../support/app-process.js';
import { createEmptyPostgresDatabase, createTestDatabase, type TestDatabase } from '../support/test-db.js';

const onPostgres = inject('testDb') === 'postgres';

async function leadTotal(baseUrl: string, headers: Record<string, string>): Promise<number> {
  const response = await fetch(`${baseUrl}/api/v1/leads?pageSize=1`, { headers });
  expect(response.status).toBe(200);
  return ((await response.json()) as { total: number }).total;
}

/**
 * The commands as an operator runs them: `npm run backup` while the app runs, the app stopped,
 * `npm run restore` into a new install, the app started on it.
 */
describe('npm run backup / npm run restore', () => {
  const dirs: string[] = [];
  const drops: (() => Promise<void>)[] = [];
  const procs: AppProcess[] = [];
  let source: TestDatabase | undefined;
  const tmp = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spm-cli-'));
    dirs.push(dir);
    return dir;
  };

  afterAll(async () => {
    for (const p of procs) if (p.child.exitCode === null) p.child.kill('SIGKILL');
    await source?.close();
    for (const drop of drops) await drop();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('backs up a running install and restores it into a new one that the app then serves', async () => {
    const env: Record<string, string> = { DEMO: '1', SCHEDULER: '0' };
    if (onPostgres) {
      source = await createTestDatabase();
      env.DATABASE_URL = source.url!;
    }
    const app = await startAppProcess({ env, dataDir: tmp() });
    procs.push(app);
    const admin = await signIn(app.baseUrl, 'admin', PROCESS_ADMIN_PASSWORD);
    const leads = await leadTotal(app.baseUrl, admin);
    expect(leads).toBeGreaterThan(10);

    const archive = path.join(tmp(), 'nightly.tar.gz');
    const backup = await runCli('backup', ['--out', archive], { DATA_DIR: app.dataDir, ...(env.DATABASE_URL ? { DATABASE_URL: env.DATABASE_URL } : {}) });
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toContain(onPostgres ? 'from PostgreSQL' : 'from the running app');
    expect(backup.stdout).toMatch(/audit chain head #\d+ [0-9a-f]{64} \(signed\)/);
    expect(fs.statSync(archive).size).toBeGreaterThan(1000);
    // The app wrote nothing about it but its one log line; it still serves.
    expect(await leadTotal(app.baseUrl, admin)).toBe(leads);
    expect(await app.stop()).toBe(0);

    // A new machine: empty DATA_DIR (with the install's audit key, kept apart from backups), empty database.
    const restoredDir = tmp();
    const target = onPostgres ? await createEmptyPostgresDatabase() : null;
    if (target) drops.push(target.drop);
    const targetEnv = { DATA_DIR: restoredDir, ...(target ? { DATABASE_URL: target.url } : {}) };
    const restore = await runCli('restore', [archive], targetEnv);
    expect(restore.code, restore.stderr + restore.stdout).toBe(0);
    expect(restore.stdout).toContain('audit chain intact');
    expect(restore.stdout).toContain('the archive’s signed audit head holds');
    // Restoring again over it is refused (PostgreSQL) or keeps the previous one aside (embedded).
    const again = await runCli('restore', [archive], targetEnv);
    if (onPostgres) {
      expect(again.code).toBe(2);
      expect(again.stderr).toContain('--replace');
    } else {
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toContain('pgdata.before-restore-');
    }

    const restored = await startAppProcess({ env: { SCHEDULER: '0', ...(target ? { DATABASE_URL: target.url } : {}) }, dataDir: restoredDir });
    procs.push(restored);
    const lina = await signIn(restored.baseUrl, 'lina', 'demo1234');
    expect(await leadTotal(restored.baseUrl, lina)).toBeGreaterThan(0);
    expect(await leadTotal(restored.baseUrl, await signIn(restored.baseUrl, 'admin', PROCESS_ADMIN_PASSWORD))).toBe(leads);
    const verify = await fetch(`${restored.baseUrl}/api/v1/audit/verify`, { headers: await signIn(restored.baseUrl, 'admin', PROCESS_ADMIN_PASSWORD) });
    expect(((await verify.json()) as { ok: boolean }).ok).toBe(true);

    if (!onPostgres) {
      // A second app on the same embedded database is refused before it opens it.
      const second = await startAppProcess({ env: { SCHEDULER: '0' }, dataDir: restoredDir }).catch((error: Error) => error);
      expect(second).toBeInstanceOf(Error);
      expect((second as Error).message).toContain('another process uses the embedded database');
      // The backup command now asks the running app.
      const online = await runCli('backup', ['--out', path.join(tmp(), 'online.tar.gz')], { DATA_DIR: restoredDir });
      expect(online.code, online.stderr).toBe(0);
    }
    expect(await restored.stop()).toBe(0);
  }, 300_000);
});
