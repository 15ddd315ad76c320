import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../../src/core/db/connect.js';
import { OutboxWorker } from '../../src/core/notifications/outbox-worker.js';
import { Scheduler } from '../../src/core/scheduler/scheduler.js';
import type { ChannelTarget, OutboundMessage, DeliveryResult, WebhookEventBody } from '../../src/core/notifications/message.js';
import { PROCESS_ADMIN_PASSWORD, signIn, startAppProcess, type AppProcess } from '../support/app-process.js';
import { createTestDatabase, type TestDatabase } from '../support/test-db.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** A multipart upload whose body is sent in two halves: the second only when told. */
function slowUpload(baseUrl: string, headers: Record<string, string>) {
  const boundary = '----spmslow' + Date.now().toString(16);
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nrecording\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="slow-call.txt"\r\nContent-Type: text/plain\r\n\r\n`,
  );
  const content = Buffer.from('停机期间仍在上传的通话转写。'.repeat(2000));
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const url = new URL('/api/v1/files', baseUrl);
  let continued!: () => void;
  let finish!: () => void;
  const accepted = new Promise<void>((resolve) => (continued = resolve));
  const response = new Promise<{ status: number; body: { id?: string } }>((resolve, reject) => {
    const request = http.request(url, {
      method: 'POST',
      headers: {
        ...headers,
        expect: '100-continue',
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(head.length + content.length + tail.length),
      },
    });
    request.on('continue', () => {
      request.write(head);
      request.write(content.subarray(0, content.length / 2));
      continued();
    });
    request.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : {} }));
    });
    request.on('error', reject);
    request.flushHeaders();
    finish = () => request.end(Buffer.concat([content.subarray(content.length / 2), tail]));
  });
  return { accepted, response, finish: () => finish() };
}

describe('graceful shutdown of an app process on SIGTERM', () => {
  let proc: AppProcess | undefined;
  let database: TestDatabase | undefined;

  afterAll(async () => {
    if (proc && proc.child.exitCode === null) proc.child.kill('SIGKILL');
    await database?.close();
    if (proc) fs.rmSync(proc.dataDir, { recursive: true, force: true });
  });

  it('finishes the requests in flight, keeps every acknowledged write, refuses new work and exits 0', async () => {
    const env: Record<string, string> = { SCHEDULER_INTERVAL_MS: '200', OUTBOX_INTERVAL_MS: '200', SHUTDOWN_TIMEOUT_MS: '20000' };
    if (inject('testDb') === 'postgres') {
      database = await createTestDatabase();
      env.DATABASE_URL = database.url!;
    }
    proc = await startAppProcess({ env });
    const baseUrl = proc.baseUrl;
    const auth = await signIn(baseUrl, 'admin', PROCESS_ADMIN_PASSWORD);

    // An upload whose body is only half sent when the signal comes: it is in flight.
    const upload = slowUpload(baseUrl, auth);
    await upload.accepted;

    // A burst of writes from six clients, until the node refuses them.
    const acknowledged: string[] = [];
    const refusals: string[] = [];
    let signalled = false;
    let acknowledgedAfterSignal = 0;
    let reachedBurst!: () => void;
    const burst = new Promise<void>((resolve) => (reachedBurst = resolve));
    const client = async (n: number) => {
      for (let i = 0; ; i++) {
        let response: Response;
        try {
          response = await fetch(`${baseUrl}/api/v1/leads`, {
            method: 'POST',
            headers: { ...auth, 'content-type': 'application/json' },
            body: JSON.stringify({ name: `停机测试 ${n}-${i}`, type: 'B2B', region: '华东', productLine: '工业设备' }),
          });
        } catch {
          refusals.push('connection');
          return;
        }
        const body = (await response.json()) as { id?: string; error?: { code: string } };
        if (response.status !== 201) {
          refusals.push(`${response.status} ${body.error?.code}`);
          return;
        }
        acknowledged.push(body.id!);
        if (signalled) acknowledgedAfterSignal++;
        if (acknowledged.length >= 40) reachedBurst();
      }
    };
    const clients = Array.from({ length: 6 }, (_, n) => client(n));
    await burst;
    signalled = true;
    proc.child.kill('SIGTERM');
    await new Promise<void>((resolve) => {
      const check = () => (proc!.lines.some((l) => String(l.msg).startsWith('shutting down')) ? resolve() : setImmediate(check));
      check();
    });
    // The rest of the upload arrives after the node began shutting down: it still completes.
    upload.finish();
    const uploaded = await upload.response;
    await Promise.all(clients);
    const code = await proc.exited;

    expect(code).toBe(0);
    expect(uploaded.status).toBe(201);
    expect(refusals).toHaveLength(6);
    for (const refusal of refusals) expect(['connection', '503 SHUTTING_DOWN']).toContain(refusal);
    const stopped = proc.lines.find((l) => l.msg === 'stopped');
    expect(stopped, JSON.stringify(proc.lines.slice(-5))).toBeDefined();

    // Every acknowledged write is in the database once the node is gone.
    let check: DatabaseHandle;
    if (database) check = database;
    else check = await connectDatabase({ pgliteDir: path.join(proc.dataDir, 'pgdata') });
    try {
      const rows = await check.db.selectFrom('leads').select('id').where('id', 'in', acknowledged).execute();
      expect(rows.length).toBe(acknowledged.length);
      const file = await check.db.selectFrom('files').select(['id', 'storage_path', 'size']).where('id', '=', uploaded.body.id!).executeTakeFirstOrThrow();
      expect(fs.statSync(path.join(proc.dataDir, 'files', file.storage_path)).size).toBe(file.size);
    } finally {
      if (!database) await check.close();
    }
    // Not asserted (timing), but reported: writes in flight at the signal that still completed.
    console.log(`shutdown: ${acknowledged.length} writes acknowledged, ${acknowledgedAfterSignal} of them after SIGTERM`);
  }, 180_000);
});

describe('releasing claims on shutdown', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('the outbox finishes the message it is sending and gives the rest of its batch back untried', async () => {
    const team = await t.admin.post('/teams', { name: '投递组', region: '华东' });
    await t.ctx.db
      .insertInto('team_channels')
      .values({ team_id: team.body.id, email_to: ['ops@example.com'], updated_at: t.clock.now() })
      .execute();
    const now = t.clock.now();
    for (let i = 0; i < 5; i++)
      await t.ctx.db
        .insertInto('outbox')
        .values({
          dedupe_key: `release-${i}`,
          channel: 'email',
          target_key: `email:${team.body.id}`,
          target: JSON.stringify({ teamId: team.body.id }),
          message: JSON.stringify({ title: `消息 ${i}`, lines: [], severity: 'info' }),
          status: 'pending',
          attempts: 0,
          next_attempt_at: now,
          created_at: now,
        })
        .execute();

    let sending!: () => void;
    const started = new Promise<void>((resolve) => (sending = resolve));
    let letGo!: () => void;
    const held = new Promise<void>((resolve) => (letGo = resolve));
    const sent: string[] = [];
    const slowSend = async (_target: ChannelTarget, message: OutboundMessage | WebhookEventBody): Promise<DeliveryResult> => {
      sending();
      await held;
      sent.push('title' in message ? message.title : message.type);
      return { ok: true, retryable: false };
    };
    const worker = new OutboxWorker(t.ctx.db, t.clock, t.ctx.config, t.ctx.log, slowSend);
    worker.start(5);
    await started;
    const stopping = worker.stop();
    letGo();
    await stopping;

    const rows = await t.ctx.db.selectFrom('outbox').select(['dedupe_key', 'status', 'attempts', 'locked_until']).orderBy('id').execute();
    expect(rows.filter((r) => r.status === 'sent')).toHaveLength(1);
    const released = rows.filter((r) => r.status !== 'sent');
    expect(released).toHaveLength(4);
    for (const r of released) expect(r).toMatchObject({ status: 'pending', attempts: 0, locked_until: null });

    // Another node delivers them at once, not after the two-minute lease.
    const other = new OutboxWorker(t.ctx.db, t.clock, t.ctx.config, t.ctx.log, async () => ({ ok: true, retryable: false }));
    expect(await other.drain()).toMatchObject({ sent: 4 });
  });

  it('the scheduler finishes the rule it is running and starts no other', async () => {
    const scheduler = new Scheduler(t.ctx.db, t.clock, t.ctx.calendar, t.ctx.log);
    let running!: () => void;
    const first = new Promise<void>((resolve) => (running = resolve));
    let letGo!: () => void;
    const held = new Promise<void>((resolve) => (letGo = resolve));
    const ran: string[] = [];
    scheduler.register({
      kind: 'sweep',
      id: 'slow',
      name: 'slow',
      run: async () => {
        running();
        await held;
        ran.push('slow');
        return 1;
      },
    });
    scheduler.register({ kind: 'sweep', id: 'next', name: 'next', run: async () => (ran.push('next'), 1) });
    const tick = scheduler.tick();
    await first;
    const stopping = scheduler.stop();
    letGo();
    await stopping;
    expect(await tick).toEqual({ slow: 1 });
    expect(ran).toEqual(['slow']);
    // Started again, it runs every rule.
    expect(await scheduler.tick()).toEqual({ slow: 1, next: 1 });
  });
});
