import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { AdjustableClock, type Clock } from './core/clock.js';
import { ClusterSignals } from './core/cluster.js';
import { shareTimeMachineClock } from './core/scheduler/routes.js';
import { tileImageSource, type AppConfig } from './core/config.js';
import type { AppContext } from './core/context.js';
import type { DatabaseHandle } from './core/db/connect.js';
import { databaseUseTotals, withDatabaseUse, type DatabaseUse } from './core/db/request-use.js';
import { ReadReplica } from './core/db/replica.js';
import { installAuthentication } from './core/auth/guard.js';
import { AnchorStore, loadAuditKey } from './core/audit/anchors.js';
import { strictSerializerCompiler } from './core/http/response-check.js';
import { healthCheckSchema, readyCheckSchema, swaggerOptions } from './core/http/openapi.js';
import { installRequestLog, loggerOptions, requestLogServerOptions } from './core/http/request-log.js';
import { AppError } from './core/http/errors.js';
import { AppMetrics } from './core/ops/metrics.js';
import { Readiness } from './core/ops/readiness.js';
import { CalendarService } from './core/calendar/calendar.service.js';
import { EventBus } from './core/events/bus.js';
import { installErrorHandling, installInputHygiene, sendRouteNotFound } from './core/http/error-handler.js';
import { zodValidatorCompiler } from './core/http/validation.js';
import { installModules } from './core/module.js';
import { Notifier } from './core/notifications/notifier.js';
import { OutboxWorker } from './core/notifications/outbox-worker.js';
import { PlaybookService } from './core/playbook/service.js';
import { Scheduler } from './core/scheduler/scheduler.js';
import { modules } from './modules.js';

/** Trusts the nearest `hops` proxies (Fastify's typings take a function for a hop count). */
const hopCount = (hops: number) => (_address: string, hop: number) => hop < hops;

export interface BuildOptions {
  config: AppConfig;
  database: DatabaseHandle;
  /** The streaming replica reports and analytics read from (DATABASE_READ_URL), if any. */
  replica?: DatabaseHandle;
  clock: Clock;
  logger?: FastifyServerOptions['logger'];
  /** Refuse answers that a response schema would change (tests): see `strictSerializerCompiler`. */
  strictResponses?: boolean;
}

export async function buildApp({ config, database, replica, clock, logger, strictResponses }: BuildOptions) {
  const app = Fastify({
    logger: logger ?? loggerOptions(config.logLevel),
    // One JSON line per request (installRequestLog), with the request id answered as x-request-id.
    ...requestLogServerOptions(),
    // During a graceful shutdown new requests get our own 503 (below), in the error envelope.
    return503OnClosing: false,
    // X-Forwarded-For is believed only from the proxies TRUST_PROXY names (default: none).
    trustProxy: typeof config.trustProxy === 'number' ? hopCount(config.trustProxy) : config.trustProxy,
    bodyLimit: 5 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  // On the embedded database each request counts its connection waits (AsyncLocalStorage), so a
  // request already under way is served before requests that have not started (pglite-dialect.ts).
  // The body is parsed in the request stream's callbacks, outside that context: the handler's hooks
  // enter the request's counters again. On PostgreSQL nothing is tracked per request (the context
  // costs every promise on Node 20): with DB_USE_HEADERS=1 (the benchmark) the answer carries the
  // process's counts during the request, exact when requests are sent one at a time.
  const uses = new WeakMap<object, DatabaseUse>();
  if (database.kind === 'pglite') {
    app.addHook('onRequest', (request, _reply, done) => {
      const use = { statements: 0, acquisitions: 0 };
      uses.set(request, use);
      withDatabaseUse(done, use);
    });
    app.addHook('preHandler', (request, _reply, done) => withDatabaseUse(done, uses.get(request)));
  } else if (config.dbUseHeaders) {
    app.addHook('onRequest', async (request) => {
      uses.set(request, { ...databaseUseTotals });
    });
  }
  if (config.dbUseHeaders)
    app.addHook('onSend', async (request, reply) => {
      const use = uses.get(request);
      if (!use) return;
      const [statements, acquisitions] =
        database.kind === 'pglite'
          ? [use.statements, use.acquisitions]
          : [databaseUseTotals.statements - use.statements, databaseUseTotals.acquisitions - use.acquisitions];
      reply.header('x-db-statements', statements).header('x-db-connections', acquisitions);
    });
  installRequestLog(app);
  const readiness = new Readiness(database.db);
  app.addHook('onRequest', async (request, reply) => {
    if (!readiness.shuttingDown || request.url === '/api/v1/ready' || request.url === '/api/v1/health') return;
    reply.header('connection', 'close');
    throw new AppError(503, 'SHUTTING_DOWN');
  });
  // Answers finished during a shutdown close their connection, so the server can close.
  app.addHook('onSend', async (_request, reply) => {
    if (readiness.shuttingDown) reply.header('connection', 'close');
  });

  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(strictResponses ? strictSerializerCompiler : serializerCompiler);
  installErrorHandling(app);
  installInputHygiene(app);

  // Security headers on every answer: a CSP the UI works under (antd writes its styles at run
  // time, hence 'unsafe-inline' for styles only), no framing, no MIME sniffing, no referrer to
  // other sites, and HSTS once the app is served over HTTPS (SECURE_COOKIES=1).
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // The map page's tiles (MAP_TILE_URL) come from their own server.
        imgSrc: ["'self'", 'data:', 'blob:', ...[tileImageSource(config.mapTileUrl)].filter((s): s is string => s !== null)],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(config.secureCookies ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    hsts: config.secureCookies ? { maxAge: 180 * 24 * 3600, includeSubDomains: true } : false,
  });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 50 * 1024 * 1024, files: 1 } });
  // GET /health is public: probes get plenty of room, a flood gets 429.
  await app.register(rateLimit, { global: false });
  await app.register(swagger, swaggerOptions);
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  const auditKey = loadAuditKey({ envKey: config.auditKey, dataDir: config.dataDir });
  if (auditKey.created)
    app.log.warn(
      `created the audit anchor key ${auditKey.source}: keep a copy outside this machine, or set AUDIT_KEY (anchors prove the audit log was not cut or rewritten only while their key is safe)`,
    );
  const signals = await ClusterSignals.start(database, app.log);
  app.addHook('onClose', () => signals.close());
  const playbook = new PlaybookService(database.db, clock);
  // A new playbook version is in force on every node at once.
  playbook.onPublished(() => void signals.publish('playbook').catch((error: unknown) => app.log.warn({ err: error }, 'could not signal the new playbook')));
  signals.on('playbook', () => playbook.forget());
  if (config.timeMachine && clock instanceof AdjustableClock) await shareTimeMachineClock(database.db, clock, signals);
  const calendar = new CalendarService(database.db, clock, playbook, app.log);
  const ctx: AppContext = {
    db: database.db,
    replica: replica ? new ReadReplica(database.db, replica) : null,
    dbKind: database.kind,
    clock,
    config,
    playbook,
    log: app.log,
    calendar,
    scheduler: new Scheduler(database.db, clock, calendar, app.log),
    notifier: new Notifier(clock, config),
    outbox: new OutboxWorker(database.db, clock, config, app.log),
    events: new EventBus<AppContext>(),
    anchors: new AnchorStore(config.auditAnchorDir, auditKey.key),
    signals,
  };
  ctx.events.bind(ctx);
  // The app owns the replica's connections: they close with it.
  if (ctx.replica) {
    const { replica: readReplica } = ctx;
    app.addHook('onClose', () => readReplica.close());
  }
  if (config.metrics) new AppMetrics({ database, scheduler: ctx.scheduler, clock, token: config.metricsToken }).install(app);
  installAuthentication(app, database.db, signals);
  // Every module's event subscribers and time rules (src/modules.ts is the manifest).
  const registerRoutes = installModules(modules, ctx);
  await calendar.precompute();

  await app.register(
    async (api) => {
      api.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
      // Public and unauthenticated: probes get plenty of room, floods a 429.
      api.get('/health', { config: { public: true, rateLimit: { max: 300, timeWindow: '1 minute' } }, schema: healthCheckSchema }, async () => {
        await ctx.playbook.active();
        return { ok: true, database: database.kind, time: clock.now().toISOString() };
      });
      // Public: 200 while this node should get traffic, 503 NOT_READY while it should not.
      api.get('/ready', { config: { public: true, rateLimit: { max: 300, timeWindow: '1 minute' } }, schema: readyCheckSchema }, async () => {
        const state = await readiness.check();
        if (!state.ready) throw new AppError(503, 'NOT_READY', { reason: state.reason }, state);
        return { ready: true as const, database: database.kind, schemaVersion: state.schemaVersion };
      });
      registerRoutes(api);
    },
    { prefix: '/api/v1' },
  );

  const hasWeb = fs.existsSync(path.join(config.webDistDir, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: config.webDistDir, wildcard: false, index: ['index.html'] });
  app.setNotFoundHandler((request, reply) => {
    // Client-side routes (e.g. /opportunities/…) get the single-page app.
    if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api/')) return reply.type('text/html').sendFile('index.html');
    return sendRouteNotFound(reply);
  });

  return { app, ctx, readiness };
}
