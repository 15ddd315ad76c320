import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { buildApp } from '../../src/app.js';
import { ensureAdmin } from '../../src/bootstrap.js';
import { AdjustableClock } from '../../src/core/clock.js';
import { loadConfig } from '../../src/core/config.js';
import type { AppContext } from '../../src/core/context.js';
import type { DatabaseHandle } from '../../src/core/db/connect.js';
import type { Readiness } from '../../src/core/ops/readiness.js';
import { createTestDatabase } from './test-db.js';

export const ADMIN_PASSWORD = 'admin-test-password';
/** Friday 2026-11-20 10:00 in Shanghai. */
export const TEST_START = new Date('2026-11-20T02:00:00.000Z');

export interface Response<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | undefined>;
}

/** An HTTP client bound to one signed-in session (cookie + CSRF token) or API token. */
export class Client {
  constructor(
    private readonly app: FastifyInstance,
    private readonly auth: { cookie?: string; csrf?: string; bearer?: string } = {},
    readonly userId?: string,
  ) {}

  async request<T = any>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response<T>> {
    const all: Record<string, string> = { ...headers };
    if (this.auth.cookie) all.cookie = this.auth.cookie;
    if (this.auth.csrf && method !== 'GET') all['x-csrf-token'] ??= this.auth.csrf;
    if (this.auth.bearer) all.authorization = `Bearer ${this.auth.bearer}`;
    const response = await this.app.inject({ method: method as 'GET', url: `/api/v1${url}`, payload: body as object, headers: all });
    let parsed: unknown = response.body;
    try {
      parsed = response.body ? JSON.parse(response.body) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: response.statusCode, body: parsed as T, headers: response.headers as Response['headers'] };
  }

  get = <T = any>(url: string, headers?: Record<string, string>) => this.request<T>('GET', url, undefined, headers);
  post = <T = any>(url: string, body?: unknown, headers?: Record<string, string>) => this.request<T>('POST', url, body ?? {}, headers);
  patch = <T = any>(url: string, body?: unknown, headers?: Record<string, string>) => this.request<T>('PATCH', url, body ?? {}, headers);
  put = <T = any>(url: string, body?: unknown, headers?: Record<string, string>) => this.request<T>('PUT', url, body ?? {}, headers);
  delete = <T = any>(url: string) => this.request<T>('DELETE', url);

  /** Uploads a file as multipart/form-data. */
  async upload(content: string | Buffer, name = 'evidence.txt', kind = 'recording', mime = 'text/plain'): Promise<Response> {
    const boundary = '----spmtest' + Math.random().toString(16).slice(2);
    const parts = [
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${mime}\r\n\r\n`),
      Buffer.isBuffer(content) ? content : Buffer.from(content),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ];
    return this.request('POST', '/files', Buffer.concat(parts), { 'content-type': `multipart/form-data; boundary=${boundary}` });
  }
}

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  clock: AdjustableClock;
  database: DatabaseHandle;
  readiness: Readiness;
  dataDir: string;
  anonymous: Client;
  admin: Client;
  login(username: string, password: string): Promise<Client>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  webDistDir?: string;
  /** Another app node on an existing database (not closed with this app). */
  database?: DatabaseHandle;
  /** A streaming replica of that database for reports and analytics (closed with the app). */
  replica?: DatabaseHandle;
  clock?: AdjustableClock;
  env?: Record<string, string>;
  /** The app's logger (default: none). */
  logger?: FastifyServerOptions['logger'];
  /** An existing DATA_DIR (uploaded files, audit key and anchors), kept on close. */
  dataDir?: string;
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const ownsDatabase = !options.database;
  const database = options.database ?? (await createTestDatabase());
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'spm-data-'));
  const config = {
    ...loadConfig(options.env ?? {}),
    dataDir,
    auditAnchorDir: options.env?.AUDIT_ANCHOR_DIR ?? path.join(dataDir, 'audit-anchors'),
    webDistDir: options.webDistDir ?? path.join(dataDir, 'no-web'),
    logLevel: 'silent',
  };
  const clock = options.clock ?? new AdjustableClock({ start: TEST_START, frozen: true });
  const { app, ctx, readiness } = await buildApp({ config, database, replica: options.replica, clock, logger: options.logger ?? false, strictResponses: true });
  await ctx.playbook.ensureInitialised();
  await ensureAdmin(ctx, ADMIN_PASSWORD);
  await app.ready();
  const login = async (username: string, password: string) => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
    if (response.statusCode !== 200) throw new Error(`login ${username} failed: ${response.statusCode} ${response.body}`);
    const cookie = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const body = JSON.parse(response.body);
    return new Client(app, { cookie, csrf: body.csrfToken }, body.user.id);
  };
  return {
    app,
    ctx,
    clock,
    database,
    readiness,
    dataDir,
    anonymous: new Client(app),
    admin: await login('admin', ADMIN_PASSWORD),
    login,
    close: async () => {
      await app.close();
      if (ownsDatabase) await database.close();
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The app listening on a free port with the built UI, for browser tests. */
export async function startTestApp(
  options: Pick<TestAppOptions, 'env'> = {},
): Promise<{ baseUrl: string; adminPassword: string; testApp: TestApp; close(): Promise<void> }> {
  const webDistDir = path.resolve('web/dist');
  if (!fs.existsSync(path.join(webDistDir, 'index.html'))) throw new Error('web/dist is missing: run `npm run build:web` first');
  const testApp = await createTestApp({ webDistDir, env: options.env });
  // The browser runs in real time: let the clock tick from the fixed start.
  const address = await testApp.app.listen({ port: 0, host: '127.0.0.1' });
  return { baseUrl: address, adminPassword: ADMIN_PASSWORD, testApp, close: () => testApp.close() };
}
