/**
 * Records what every GET route of API v1 answers to the demo users, so a change can prove it kept
 * the API compatible: run it before and after, then `diff -r before after` must be empty.
 *
 *   npx tsx scripts/api-snapshot.ts --state /tmp/spm-state --out /tmp/spm-before
 *   … change the code …
 *   npx tsx scripts/api-snapshot.ts --state /tmp/spm-state --out /tmp/spm-after
 *   diff -r /tmp/spm-before /tmp/spm-after
 *
 * The first run with an empty state folder loads the demo organisation (DEMO=1), drives it
 * through the API (contracts through 三方确认 and task cards, credit checks, follow-ups with
 * flags, NPS, complaints, CSM events, a payment anomaly, team channels) and lets the time rules
 * fire over a few days; it saves the database and the uploaded files in the state folder. Every
 * run then starts from that same state on a frozen clock, signs in as admin, director, a regional
 * manager, a supervisor, a sales rep, product, finance and delivery, and writes one JSON file per
 * user with the status and body of each GET (downloads: status and headers).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { ensureAdmin } from '../src/bootstrap.js';
import { AdjustableClock } from '../src/core/clock.js';
import { loadConfig } from '../src/core/config.js';
import type { AppContext } from '../src/core/context.js';
import { connectDatabase } from '../src/core/db/connect.js';
import { migrateToLatest } from '../src/core/db/migrate.js';
import { DEMO_PASSWORD } from '../src/demo/data.js';
import { seedDemo } from '../src/demo/seed.js';

const { values: args } = parseArgs({ options: { state: { type: 'string' }, out: { type: 'string' } } });
if (!args.state || !args.out) {
  console.error('usage: tsx scripts/api-snapshot.ts --state <folder> --out <folder>');
  process.exit(2);
}
const stateDir = path.resolve(args.state);
const outDir = path.resolve(args.out);
const dumpFile = path.join(stateDir, 'database.tar.gz');
const stateFile = path.join(stateDir, 'state.json');
const ADMIN_PASSWORD = 'snapshot-admin-password';
/** Friday 2026-11-20 10:00 in Shanghai: the demo is loaded then, the rules run until early December. */
const START = new Date('2026-11-20T02:00:00.000Z');
const sh = (local: string) => new Date(`${local}+08:00`);

interface Answer {
  status: number;
  headers: Record<string, unknown>;
  body: unknown;
  raw: Buffer;
}

/** One signed-in caller (session cookie + CSRF token, or an API token). */
class Caller {
  constructor(
    private readonly app: FastifyInstance,
    private readonly auth: { cookie?: string; csrf?: string; bearer?: string } = {},
  ) {}

  async request(method: string, url: string, payload?: unknown, extraHeaders: Record<string, string> = {}): Promise<Answer> {
    const headers: Record<string, string> = { 'accept-language': 'zh-CN', ...extraHeaders };
    if (this.auth.cookie) headers.cookie = this.auth.cookie;
    if (this.auth.csrf && method !== 'GET') headers['x-csrf-token'] = this.auth.csrf;
    if (this.auth.bearer) headers.authorization = `Bearer ${this.auth.bearer}`;
    const response = await this.app.inject({
      method: method as 'GET',
      url: `/api/v1${url}`,
      headers,
      payload: payload === undefined ? undefined : Buffer.isBuffer(payload) ? payload : (payload as object),
    });
    const type = String(response.headers['content-type'] ?? '');
    let body: unknown = response.body;
    if (type.includes('json') && response.body) body = JSON.parse(response.body);
    else if (response.rawPayload.length) body = { bytes: response.rawPayload.length, sha256: createHash('sha256').update(response.rawPayload).digest('hex') };
    return { status: response.statusCode, headers: response.headers, body, raw: response.rawPayload };
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body: unknown = {}) => this.request('POST', url, body);
  put = (url: string, body: unknown = {}) => this.request('PUT', url, body);
  patch = (url: string, body: unknown = {}) => this.request('PATCH', url, body);

  async upload(content: string, name: string, kind: string): Promise<Answer> {
    const boundary = '----spmsnapshot';
    const payload = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/plain\r\n\r\n${content}\r\n--${boundary}--\r\n`,
    );
    return this.request('POST', '/files', payload, { 'content-type': `multipart/form-data; boundary=${boundary}` });
  }
}

let logins = 0;
async function signIn(app: FastifyInstance, username: string, password: string): Promise<Caller> {
  // Sign-ins are rate limited per client address: each one comes from its own address.
  const remoteAddress = `10.0.${Math.floor(++logins / 250)}.${logins % 250}`;
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress });
  if (response.statusCode !== 200) throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  return new Caller(app, { cookie, csrf: (JSON.parse(response.body) as { csrfToken: string }).csrfToken });
}

/** A write of the set-up that must succeed: the recorded state would otherwise be thinner than intended. */
function expectOk(answer: Answer, what: string): Record<string, any> {
  if (answer.status >= 300) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as Record<string, any>;
}

type Items = { items: Record<string, any>[] };

/** Drives the demo organisation through the API and the time rules; the result is saved as the state. */
async function prepare(app: FastifyInstance, ctx: AppContext, clock: AdjustableClock): Promise<void> {
  const seeded = await seedDemo(ctx);
  if (!seeded) throw new Error('the database already has an organisation');
  const admin = await signIn(app, 'admin', ADMIN_PASSWORD);
  const [lina, wangqiang, product, finance, delivery] = await Promise.all(
    ['lina', 'wangqiang', 'product1', 'finance1', 'delivery1'].map((u) => signIn(app, u, DEMO_PASSWORD)),
  );

  // Team channels: a local address that refuses connections, so deliveries fail fast and leave attempts.
  const teams = expectOk(await admin.get('/teams'), 'teams') as Items;
  const team = teams.items.find((t) => t.name === '华东一组')!;
  expectOk(
    await admin.put(`/teams/${team.id}/channels`, {
      feishu: { url: 'http://127.0.0.1:9/feishu-hook', secret: 'snapshot-secret' },
      wecom: { url: 'http://127.0.0.1:9/wecom-hook' },
      email: { to: ['team@example.com'] },
    }),
    'channels',
  );
  expectOk(await admin.post(`/teams/${team.id}/channels/test`), 'channel test');

  // Contracts on the rep's open opportunities: one through 三方确认 and its task cards, one vetoed.
  const opportunities = expectOk(await lina.get('/opportunities?status=open&pageSize=50'), 'opportunities') as Items;
  const [first, second] = opportunities.items;
  const contract = (title: string, opportunityId: string, creditDays: number) =>
    lina.post('/contracts', {
      opportunityId,
      title,
      amount: 480000,
      paymentTerms: {
        creditDays,
        instalments: [
          { percent: 30, milestone: '签约', dueDays: 0 },
          { percent: 70, milestone: '验收', dueDays: creditDays },
        ],
      },
      clauses: [
        { key: 'penalty', title: '违约金', text: '逾期交付每日按合同额千分之一计违约金' },
        { key: 'warranty', title: '质保', text: '整机质保两年' },
      ],
      requirement: { items: [{ template: 'equipment', item: 'model', params: { model: 'JX-200', quantity: 3 } }], notes: '含安装调试' },
      startDate: '2026-12-01',
      endDate: '2027-11-30',
    });
  const approved = expectOk(await contract('JX-200 采购合同', first.id, 60), 'contract 1');
  expectOk(await lina.post(`/contracts/${approved.id}/confirmations`), 'ask confirmation');
  expectOk(await product.post(`/contracts/${approved.id}/confirmations/product`, { decision: 'confirm' }), 'product confirms');
  expectOk(await finance.post(`/contracts/${approved.id}/confirmations/finance`, { decision: 'confirm' }), 'finance confirms');
  expectOk(await lina.post(`/contracts/${approved.id}/submit`), 'submit');
  const cards = (expectOk(await lina.get(`/cards?contractId=${approved.id}`), 'cards') as Items).items;
  const card = (department: string) => cards.find((c) => c.department === department)!;
  expectOk(
    await finance.post(`/cards/${card('finance').id}/credit-check`, {
      provider: 'manual',
      rating: 'AA',
      score: 820,
      creditLimit: 1000000,
      summary: '信用良好，无逾期记录',
    }),
    'credit check',
  );
  expectOk(await finance.post(`/cards/${card('finance').id}/complete`, { note: '账期 60 天符合政策' }), 'finance card');
  expectOk(await product.post(`/cards/${card('product').id}/complete`, { note: '技术方案可行', result: { feasible: true } }), 'product card');

  const vetoed = expectOk(await contract('二期扩容合同', second.id, 90), 'contract 2');
  expectOk(await lina.post(`/contracts/${vetoed.id}/confirmations`), 'ask confirmation 2');
  expectOk(
    await finance.post(`/contracts/${vetoed.id}/confirmations/finance`, {
      decision: 'veto',
      reason: '账期 90 天超出信用政策（最长 60 天）',
      clauseKeys: ['penalty'],
    }),
    'veto',
  );

  // Follow-ups through the API: the same text twice is flagged 疑似雷同.
  const leads = (expectOk(await lina.get('/leads?pageSize=5'), 'leads') as Items).items.filter((l) => l.ownerId);
  for (const [i, lead] of leads.slice(0, 2).entries()) {
    const file = expectOk(await lina.upload(`通话转写 ${i}`, `call-${i}.txt`, 'recording'), 'upload');
    expectOk(
      await lina.post('/followups', {
        targetType: 'lead',
        targetId: lead.id,
        channel: 'phone',
        valueTag: 'needs_discovery',
        content: '电话沟通了产线改造的预算和时间表，客户计划明年一季度启动招标，需要我们先提供初步方案。',
        attachmentIds: [file.id],
        nextFollowUpAt: sh('2026-11-27T10:00:00').toISOString(),
      }),
      'follow-up',
    );
  }

  // Customer health inputs, a CSM event through an API token, and a payment anomaly that freezes contract 2.
  const customerId = first.customerId as string;
  expectOk(await lina.post(`/customers/${customerId}/nps`, { score: 8, scale: 10, comment: '响应及时' }), 'nps');
  expectOk(await lina.post(`/customers/${customerId}/complaints`, { title: '交付延期两天', description: '安装团队晚到', severity: 'medium' }), 'complaint');
  const token = expectOk(await admin.post('/tokens', { name: 'CSM 集成', scopes: ['read', 'write'] }), 'token');
  const csm = new Caller(app, { bearer: token.token });
  expectOk(
    await csm.post('/integrations/csm-events', {
      externalId: 'csm-1',
      customerId,
      type: 'training',
      occurredAt: sh('2026-11-19T14:00:00').toISOString(),
      comment: '操作培训',
    }),
    'csm event',
  );
  expectOk(await finance.post(`/customers/${second.customerId}/payment-anomalies`, { reason: '第二期款逾期 30 天', amount: 120000 }), 'payment anomaly');

  // The time rules over the weekend and into December: SLA breaches, stale lists, spot checks,
  // overdue cards, health alerts, the monthly collaboration report; deliveries are attempted.
  for (const at of ['2026-11-23T08:40:00', '2026-11-23T09:30:00', '2026-11-26T10:00:00', '2026-12-01T09:30:00', '2026-12-02T10:00:00']) {
    clock.set(sh(at));
    await ctx.scheduler.tick();
    await ctx.outbox.drain();
  }
  const spot = (expectOk(await wangqiang.get('/spot-checks'), 'spot checks') as Items).items;
  if (spot[0]) expectOk(await wangqiang.post(`/spot-checks/${spot[0].id}`, { verdict: 'valid', comment: '与录音一致' }), 'judge');
  const flags = (expectOk(await wangqiang.get('/followup-flags'), 'flags') as Items).items;
  if (flags[0]) expectOk(await wangqiang.post(`/followup-flags/${flags[0].id}/review`, { decision: 'dismissed', comment: '模板话术，非造假' }), 'review');
  const tasks = (expectOk(await lina.get('/tasks'), 'tasks') as Items).items;
  if (tasks[0]) expectOk(await lina.post(`/tasks/${tasks[0].id}/complete`, { note: '已电话联系' }), 'task');
  expectOk(await delivery.get('/cards'), 'delivery cards');
}

/** Every GET route, with and without filters, and details of a few records of each kind. */
async function routesFor(admin: Caller): Promise<string[]> {
  const list = async (url: string) => (expectOk(await admin.get(url), url) as Items).items;
  const [leads, customers, opportunities, contracts, cards, teams, outbox] = await Promise.all([
    list('/leads?pageSize=200'),
    list('/customers?pageSize=200'),
    list('/opportunities?pageSize=200'),
    list('/contracts'),
    list('/cards'),
    list('/teams'),
    list('/outbox'),
  ]);
  const some = <T extends Record<string, any>>(rows: T[], n = 3) =>
    [rows[0], rows[Math.floor(rows.length / 2)], rows[rows.length - 1]].slice(0, n).filter(Boolean);
  const followedLead = leads.find((l) => l.firstContactAt) ?? leads[0];
  const followups = await list(`/followups?targetType=lead&targetId=${followedLead.id}`);
  // The first contract's customer also has the NPS answer, the complaint and the CSM event.
  const customerWithContract = contracts[contracts.length - 1]?.customerId ?? customers[0].id;
  const opportunityFollowups = await list(`/followups?targetType=opportunity&targetId=${opportunities[0].id}`);
  const fileIds = [...followups, ...opportunityFollowups].flatMap((f) => f.attachmentIds as string[]).slice(0, 2);
  const urls = [
    '/me',
    '/tokens',
    '/playbook',
    '/playbook/versions',
    '/playbook/export',
    '/audit?pageSize=50',
    '/audit?entityType=contract',
    `/audit?entityType=lead&entityId=${leads[0].id}`,
    '/audit/verify',
    '/teams',
    '/users',
    '/users?role=sales&active=true',
    `/users?teamId=${teams[0].id}`,
    '/leads',
    '/leads?pageSize=200',
    '/leads?pool=true',
    '/leads?pool=false&status=contacted',
    '/leads?slaStatus=breached',
    '/leads?type=B2B&region=华东',
    '/leads?q=公司&page=2&pageSize=5',
    ...some(leads).map((l) => `/leads/${l.id}`),
    '/customers',
    '/customers?grade=A',
    '/customers?type=B2B&region=华南',
    ...some(customers).map((c) => `/customers/${c.id}`),
    '/opportunities',
    '/opportunities?status=open&stage=proposal',
    '/opportunities?status=won',
    `/opportunities?customerId=${opportunities[0].customerId}`,
    ...some(opportunities).flatMap((o) => [`/opportunities/${o.id}`, `/opportunities/${o.id}/gate`]),
    `/opportunities/${opportunities[0].id}/gate?to=lost`,
    `/opportunities/${opportunities[0].id}/gate?to=contract`,
    `/followups?targetType=lead&targetId=${followedLead.id}`,
    `/followups?targetType=opportunity&targetId=${opportunities[0].id}`,
    `/followups?targetType=customer&targetId=${opportunities[0].customerId}`,
    ...followups.slice(0, 2).map((f) => `/followups/${f.id}`),
    ...fileIds.flatMap((id) => [`/files/${id}`, `/files/${id}/meta`]),
    '/notifications',
    '/notifications?unread=true&pageSize=5',
    '/notifications/unread-count',
    '/outbox',
    '/outbox?status=pending&channel=feishu',
    ...outbox.slice(0, 2).map((o) => `/outbox/${o.id}/attempts`),
    ...teams.slice(0, 2).map((t) => `/teams/${t.id}/channels`),
    '/calendar',
    '/calendar?year=2027',
    '/calendar/status',
    '/admin/scheduler',
    '/admin/clock',
    '/reports/stale',
    '/reports/stale?region=华东&pageSize=5',
    '/reports/stale.xlsx',
    '/queue',
    '/queue/team',
    '/tasks',
    '/tasks?status=done',
    '/contracts',
    '/contracts?status=submitted',
    `/contracts?customerId=${customerWithContract}`,
    ...contracts.map((c) => `/contracts/${c.id}`),
    '/cards',
    '/cards?department=finance',
    '/cards?overdue=true',
    ...cards.slice(0, 3).map((c) => `/cards/${c.id}`),
    ...contracts.map((c) => `/customers/${c.customerId}/payment-anomalies`),
    '/reports/collaboration',
    '/reports/collaboration?month=2026-11',
    '/reports/collaboration.xlsx',
    '/engineers?from=2026-11-20&to=2026-12-31',
    '/engineers?from=2026-12-01&to=2026-12-31&region=华东',
    '/followup-flags',
    '/followup-flags?status=pending&kind=similar',
    '/spot-checks',
    '/analytics/action-density',
    '/analytics/action-density?from=2026-11-01&to=2026-11-30',
    '/analytics/fake-followup-rate',
    '/analytics/contribution',
    '/analytics/contribution?phase=mature',
    '/analytics/contribution?weights=0.5,0.3,0.2',
    '/analytics/radar',
    '/analytics/radar?month=2026-11',
    '/analytics/radar.xlsx',
    '/analytics/kpi',
    '/analytics/kpi?groupBy=region&from=2026-11-01&to=2026-11-30',
    `/customers/${customerWithContract}/csm-events`,
    ...some(customers).map((c) => `/customers/${c.id}/health`),
    `/health/customers?ids=${customers
      .slice(0, 5)
      .map((c) => c.id)
      .join(',')}`,
    '/health/alerts',
    `/customers/${customerWithContract}/nps`,
    `/customers/${customerWithContract}/complaints`,
    `/customers/${customerWithContract}/complaints?status=open`,
  ];
  return urls;
}

/** Headers that identify the answer's format, not the moment or the connection. */
const keptHeaders = ['content-type', 'content-disposition'];

/** The scheduler's node id names this process: it differs on every start by design. */
function redact(url: string, body: unknown): unknown {
  if (url === '/admin/scheduler' && body && typeof body === 'object' && 'node' in body) return { ...body, node: '<node id>' };
  return body;
}

/** The app on the saved state (or on a fresh embedded database to prepare it), on a frozen clock. */
async function start(at: Date, dump: Blob | null) {
  const database = dump ? await connectDatabase({ pgliteDump: dump }) : await connectDatabase({});
  await migrateToLatest(database.db);
  const clock = new AdjustableClock({ start: at, frozen: true });
  const config = { ...loadConfig({ TIME_MACHINE: '1' }), dataDir: path.join(stateDir, 'data'), webDistDir: path.join(stateDir, 'no-web'), logLevel: 'silent' };
  const { app, ctx } = await buildApp({ config, database, clock, logger: false, strictResponses: true });
  await ctx.playbook.ensureInitialised();
  await ensureAdmin(ctx, ADMIN_PASSWORD);
  await app.ready();
  return {
    app,
    ctx,
    clock,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** Workbooks are compared by their sheets and cell values: the zip itself carries the moment it was written. */
async function workbookContent(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => ({ name: sheet.name, rows: sheet.getSheetValues().filter(Boolean) }));
}

async function main(): Promise<void> {
  if (!fs.existsSync(dumpFile)) {
    console.log('preparing the state: demo organisation, API writes, time rules…');
    fs.mkdirSync(stateDir, { recursive: true });
    const setup = await start(START, null);
    try {
      await prepare(setup.app, setup.ctx, setup.clock);
      fs.writeFileSync(dumpFile, Buffer.from(await (await setup.database.pglite!.dumpDataDir('gzip')).arrayBuffer()));
      fs.writeFileSync(stateFile, JSON.stringify({ now: setup.clock.now().toISOString() }, null, 2));
    } finally {
      await setup.close();
    }
  }
  const saved = JSON.parse(fs.readFileSync(stateFile, 'utf8')) as { now: string };
  const { app, close } = await start(new Date(saved.now), new Blob([fs.readFileSync(dumpFile)]));
  try {
    const admin = await signIn(app, 'admin', ADMIN_PASSWORD);
    const urls = await routesFor(admin);
    const callers: [string, Caller][] = [
      ['anonymous', new Caller(app)],
      ['admin', admin],
      ...(await Promise.all(
        ['director', 'huadong_mgr', 'wangqiang', 'lina', 'product1', 'finance1', 'delivery1'].map(async (u): Promise<[string, Caller]> => [
          u,
          await signIn(app, u, DEMO_PASSWORD),
        ]),
      )),
    ];
    fs.mkdirSync(outDir, { recursive: true });
    for (const [name, caller] of callers) {
      const answers: Record<string, { status: number; headers: Record<string, unknown>; body: unknown }> = {};
      for (const url of name === 'anonymous' ? ['/health', '/me', '/leads'] : ['/health', ...urls]) {
        const answer = await caller.get(url);
        const headers = Object.fromEntries(keptHeaders.filter((h) => answer.headers[h] !== undefined).map((h) => [h, answer.headers[h]]));
        const body = String(headers['content-type']).includes('spreadsheetml') ? await workbookContent(answer.raw) : answer.body;
        answers[`GET ${url}`] = { status: answer.status, headers, body: redact(url, body) };
      }
      fs.writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify(answers, null, 2) + '\n');
    }
    console.log(`${urls.length + 1} GET routes × ${callers.length - 1} users recorded in ${outDir}`);
  } finally {
    await close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
