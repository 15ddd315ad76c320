import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { connectDatabase } from '../../src/core/db/connect.js';
import { PROCESS_ADMIN_PASSWORD, runCli, signIn, startAppProcess, type AppProcess } from '../support/app-process.js';
import { createEmptyPostgresDatabase, createTestDatabase } from '../support/test-db.js';

const onPostgres = inject('testDb') === 'postgres';

describe('npm run migrate:to-postgres', () => {
  const dirs: string[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  const procs: AppProcess[] = [];
  const tmp = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spm-move-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(async () => {
    for (const p of procs) if (p.child.exitCode === null) p.child.kill('SIGKILL');
    for (const cleanup of cleanups) await cleanup();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses without an embedded database or a PostgreSQL URL', async () => {
    const none = await runCli('migrate-to-postgres', ['--to', 'postgres://u@127.0.0.1:1/x'], { DATA_DIR: tmp() });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no embedded database');
    const usage = await runCli('migrate-to-postgres', [], { DATA_DIR: tmp() });
    expect(usage.code).toBe(64);
    const dir = tmp();
    fs.mkdirSync(path.join(dir, 'pgdata'));
    const notUrl = await runCli('migrate-to-postgres', ['--to', 'mysql://x/y'], { DATA_DIR: dir });
    expect(notUrl.code).toBe(2);
    expect(notUrl.stderr).toContain('postgres:// URL');
  });

  // Needs a PostgreSQL server: the postgres project has one.
  if (onPostgres)
    it('moves a stopped demo install into an empty database, and the app serves the same data from it', async () => {
      const dataDir = tmp();
      const embedded = await startAppProcess({ env: { DEMO: '1', SCHEDULER: '0' }, dataDir });
      procs.push(embedded);
      let admin = await signIn(embedded.baseUrl, 'admin', PROCESS_ADMIN_PASSWORD);
      const read = async (baseUrl: string, headers: Record<string, string>, url: string) => {
        const response = await fetch(`${baseUrl}/api/v1${url}`, { headers });
        expect(response.status, url).toBe(200);
        return response.json();
      };
      const before = {
        leads: (await read(embedded.baseUrl, admin, '/leads?pageSize=1')).total,
        customers: (await read(embedded.baseUrl, admin, '/customers?pageSize=1')).total,
        audit: await read(embedded.baseUrl, admin, '/audit/verify'),
      };
      expect(before.leads).toBeGreaterThan(10);
      // A signed anchor of the embedded chain: it must still hold on PostgreSQL.
      const anchored = await fetch(`${embedded.baseUrl}/api/v1/audit/anchor`, { method: 'POST', headers: admin });
      expect(anchored.status).toBe(200);
      const anchor = (await anchored.json()) as { seq: number };
      const empty = await createEmptyPostgresDatabase();
      cleanups.push(empty.drop);

      // Not while the app runs on it.
      const busy = await runCli('migrate-to-postgres', ['--to', empty.url], { DATA_DIR: dataDir });
      expect(busy.code).toBe(2);
      expect(busy.stderr).toContain('stop it first');
      expect(await embedded.stop()).toBe(0);

      // Not into a database that holds anything.
      const used = await createTestDatabase();
      cleanups.push(() => used.close());
      const refused = await runCli('migrate-to-postgres', ['--to', used.url!], { DATA_DIR: dataDir });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('not empty');

      const result = await runCli('migrate-to-postgres', ['--to', empty.url], { DATA_DIR: dataDir });
      expect(result.code, result.stderr + result.stdout).toBe(0);
      expect(result.stdout).toContain('every row count matches');
      const lastLine = result.stdout.trim().split('\n').pop()!;
      expect(lastLine).toBe(`DATABASE_URL=${empty.url}`);

      // The app on PostgreSQL, same DATA_DIR (files, audit key, anchors).
      const onPg = await startAppProcess({ env: { SCHEDULER: '0', DATABASE_URL: lastLine.slice('DATABASE_URL='.length) }, dataDir });
      procs.push(onPg);
      admin = await signIn(onPg.baseUrl, 'admin', PROCESS_ADMIN_PASSWORD);
      const health = await read(onPg.baseUrl, {}, '/health');
      expect(health.database).toBe('postgres');
      expect((await read(onPg.baseUrl, admin, '/leads?pageSize=1')).total).toBe(before.leads);
      expect((await read(onPg.baseUrl, admin, '/customers?pageSize=1')).total).toBe(before.customers);
      const audit = await read(onPg.baseUrl, admin, '/audit/verify');
      expect(audit).toMatchObject({ ok: true, anchorCheck: { ok: true }, anchor: { seq: anchor.seq }, invalidAnchors: 0 });
      expect(audit.checked).toBeGreaterThanOrEqual(before.audit.checked);
      // An uploaded file of the embedded install, read through the app on PostgreSQL.
      const moved = await connectDatabase({ databaseUrl: empty.url, poolSize: 1 });
      const attached = await moved.db
        .selectFrom('followup_attachments')
        .innerJoin('files', 'files.id', 'followup_attachments.file_id')
        .select(['files.id', 'files.size'])
        .limit(1)
        .executeTakeFirstOrThrow();
      await moved.close();
      const file = await fetch(`${onPg.baseUrl}/api/v1/files/${attached.id}`, { headers: admin });
      expect(file.status).toBe(200);
      expect((await file.arrayBuffer()).byteLength).toBe(Number(attached.size));
      const lina = await signIn(onPg.baseUrl, 'lina', 'demo1234');
      // And it writes.
      const created = await fetch(`${onPg.baseUrl}/api/v1/leads`, {
        method: 'POST',
        headers: { ...lina, 'content-type': 'application/json' },
        body: JSON.stringify({ name: '迁移后的线索', type: 'B2B', region: '华东', productLine: '工业设备' }),
      });
      expect(created.status).toBe(201);
      expect(await onPg.stop()).toBe(0);
    }, 300_000);
});
