import { Writable } from 'node:stream';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Readiness } from '../../src/core/ops/readiness.js';
import { loggerOptions } from '../../src/core/http/request-log.js';
import { MIGRATION_NAMES } from '../../src/core/db/migrate.js';
import type { DB } from '../../src/core/db/schema.js';
import { createOrg, PASSWORD } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** Every line the app logs, parsed. */
class LogCapture extends Writable {
  readonly lines: Record<string, unknown>[] = [];
  raw = '';
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    const text = chunk.toString('utf8');
    this.raw += text;
    for (const line of text.split('\n')) if (line.trim()) this.lines.push(JSON.parse(line));
    done();
  }
  requests() {
    return this.lines.filter((l) => l.msg === 'request');
  }
}

describe('request logs, request ids and readiness', () => {
  let t: TestApp;
  const log = new LogCapture();
  let org: Awaited<ReturnType<typeof createOrg>>;

  beforeAll(async () => {
    t = await createTestApp({ logger: { ...(loggerOptions('info') as object), stream: log } });
    org = await createOrg(t);
  });
  afterAll(() => t.close());

  it('writes one JSON line per request with request id, user id, route, status and duration, and answers the id as x-request-id', async () => {
    const rep1 = await org.as('rep1');
    const before = log.requests().length;
    const created = await rep1.post('/leads', { name: '日志线索', type: 'B2B', region: '华东', productLine: '工业设备' });
    expect(created.status).toBe(201);
    const read = await rep1.get(`/leads/${created.body.id}?include=x`);
    const missing = await t.anonymous.get('/leads');
    const lines = log.requests().slice(before);
    expect(lines).toHaveLength(3);
    const [write, get, anonymous] = lines;
    expect(write).toMatchObject({ level: 30, userId: rep1.userId, method: 'POST', route: '/api/v1/leads', status: 201 });
    expect(write.reqId).toBe(created.headers['x-request-id']);
    expect(typeof write.durationMs).toBe('number');
    expect(typeof write.time).toBe('number');
    // The route pattern, never the URL with its ids and query.
    expect(get).toMatchObject({ route: '/api/v1/leads/:id', userId: rep1.userId });
    expect(get.reqId).toBe(read.headers['x-request-id']);
    expect(anonymous).toMatchObject({ userId: null, status: 401, route: '/api/v1/leads' });
    expect(new Set(lines.map((l) => l.reqId)).size).toBe(3);
    // Error answers carry the id too, so the UI can show it.
    expect(missing.headers['x-request-id']).toBe(anonymous.reqId);
  });

  it('keeps a plain request id given by a proxy and replaces anything else', async () => {
    const kept = await t.anonymous.get('/health', { 'x-request-id': 'nginx-5f2a9c1e7b' });
    expect(kept.headers['x-request-id']).toBe('nginx-5f2a9c1e7b');
    for (const given of ['short', 'evil"} {"level":60,"msg":"forged"', 'x'.repeat(200)]) {
      const replaced = await t.anonymous.get('/health', { 'x-request-id': given });
      expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('logs no personal data and no secrets', async () => {
    const phone = '13912345678';
    const name = '欧阳青松';
    const company = '青松精密机械有限公司';
    const wrongPassword = 'Wrong-Horse-Battery-77';
    // Wrong and right passwords, an API token, personal data in bodies, paths and queries, a refused body.
    await t.anonymous.post('/auth/login', { username: 'rep2', password: wrongPassword });
    const rep2 = await org.as('rep2');
    const token = await t.admin.post('/tokens', { name: 'log probe', scopes: ['read', 'write'] });
    expect(token.status).toBe(201);
    const created = await rep2.post('/leads', { name, company, phone, type: 'B2B', region: '华东', productLine: '工业设备' });
    expect(created.status).toBe(201);
    await rep2.get(`/leads?q=${encodeURIComponent(name)}`);
    await rep2.get(`/leads?q=${phone}`);
    const refused = await rep2.post('/leads', { name, phone, type: 'nonsense' });
    expect(refused.status).toBe(400);
    await t.anonymous.get(`/nothing-here/${phone}`);
    await t.anonymous.request('GET', '/leads', undefined, { authorization: `Bearer ${token.body.token}` });
    const session = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'rep2', password: PASSWORD } });
    const cookie = session.cookies.find((c) => c.name === 'sid')!.value;
    const csrf = JSON.parse(session.body).csrfToken as string;

    for (const secret of [phone, name, company, wrongPassword, PASSWORD, token.body.token, cookie, csrf, 'rep2'])
      expect(log.raw.includes(secret), `the log contains ${secret}`).toBe(false);
    // Every line is JSON with the request id of its request, if it belongs to one.
    expect(log.lines.every((l) => typeof l.level === 'number' && typeof l.msg === 'string')).toBe(true);
  });

  it('answers /ready 200 when the database answers and is migrated', async () => {
    const ready = await t.anonymous.get('/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ ready: true, database: t.database.kind, schemaVersion: MIGRATION_NAMES[MIGRATION_NAMES.length - 1] });
  });

  it('answers /ready 503 while a migration this code expects has not run', async () => {
    const last = MIGRATION_NAMES[MIGRATION_NAMES.length - 1];
    const row = await sql<{ name: string; timestamp: string }>`select name, timestamp from kysely_migration where name = ${last}`.execute(t.database.db);
    await sql`delete from kysely_migration where name = ${last}`.execute(t.database.db);
    try {
      const response = await t.anonymous.get('/ready', { 'accept-language': 'en' });
      expect(response.status).toBe(503);
      expect(response.body.error).toMatchObject({ code: 'NOT_READY', details: { ready: false, reason: 'migrations_pending', pending: [last] } });
      expect(response.body.error.message).toContain('not ready');
    } finally {
      await sql`insert into kysely_migration (name, timestamp) values (${last}, ${row.rows[0].timestamp})`.execute(t.database.db);
    }
    expect((await t.anonymous.get('/ready')).status).toBe(200);
  });

  it('reports "database unavailable" when the database does not answer', async () => {
    const unreachable = new Kysely<DB>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: 'postgres://nobody@127.0.0.1:1/none', connectionTimeoutMillis: 500 }) }),
    });
    try {
      expect(await new Readiness(unreachable).check(2_000)).toEqual({ ready: false, reason: 'database_unavailable' });
    } finally {
      await unreachable.destroy();
    }
  });

  it('answers 503 on /ready and SHUTTING_DOWN on other routes once shutdown began, while /health stays live', async () => {
    const other = await createTestApp({ database: t.database, clock: t.clock });
    try {
      other.readiness.beginShutdown();
      const ready = await other.anonymous.get('/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.error.details).toEqual({ ready: false, reason: 'shutting_down' });
      const write = await other.admin.post('/teams', { name: '停机时新建', region: '华东' });
      expect(write.status).toBe(503);
      expect(write.body.error.code).toBe('SHUTTING_DOWN');
      expect(write.headers.connection).toBe('close');
      expect((await other.anonymous.get('/health')).status).toBe(200);
    } finally {
      await other.close();
    }
  });
});
