import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Clock } from './core/clock.js';
import type { AppConfig } from './core/config.js';
import type { App, AppContext } from './core/context.js';
import type { DatabaseHandle } from './core/db/connect.js';
import { installAuthentication } from './core/auth/guard.js';
import { authRoutes } from './core/auth/routes.js';
import { tokenRoutes } from './core/auth/tokens.routes.js';
import { auditChainRule, auditRoutes } from './core/audit/routes.js';
import { installErrorHandling, sendRouteNotFound } from './core/http/error-handler.js';
import { zodValidatorCompiler } from './core/http/validation.js';
import { strictSerializerCompiler } from './core/http/response-check.js';
import { healthCheckSchema, swaggerOptions } from './core/http/openapi.js';
import { playbookRoutes } from './core/playbook/routes.js';
import { PlaybookService } from './core/playbook/service.js';
import { CalendarService } from './core/calendar/calendar.service.js';
import { Notifier } from './core/notifications/notifier.js';
import { OutboxWorker } from './core/notifications/outbox-worker.js';
import { Scheduler } from './core/scheduler/scheduler.js';
import { customerRoutes } from './customers/customers.routes.js';
import { fileRoutes } from './files/files.routes.js';
import { followupRoutes } from './followups/followups.js';
import { leadRoutes } from './leads/leads.routes.js';
import { opportunityRoutes } from './opportunities/opportunities.routes.js';
import { teamRoutes } from './org/teams.routes.js';
import { userRoutes } from './org/users.routes.js';
import { teamChannelRoutes } from './org/channels.routes.js';
import { calendarRoutes } from './core/calendar/routes.js';
import { notificationRoutes } from './core/notifications/routes.js';
import { schedulerRoutes } from './core/scheduler/routes.js';
import type { TimeRule } from './core/scheduler/time-rule.js';
import { leadPoolRules } from './leads/pool.rules.js';
import { leadSlaRules } from './leads/sla.rules.js';
import { staleDigestRule } from './reports/stale.digest.js';
import { staleReportRoutes } from './reports/stale.routes.js';
import { taskRoutes } from './tasks/tasks.routes.js';
import { contractRoutes } from './contracts/contracts.routes.js';
import { cardRoutes } from './collaboration/cards.routes.js';
import { cardSlaRules } from './collaboration/cards.rules.js';
import { creditRoutes } from './collaboration/credit.js';
import { paymentRoutes } from './collaboration/payments.js';
import { collaborationReportRoutes, collaborationReportRule } from './collaboration/report.routes.js';
import { engineerRoutes } from './collaboration/engineers.routes.js';
import { authenticityRoutes, authenticityRules } from './authenticity/index.js';
import { analyticsRoutes } from './analytics/analytics.routes.js';
import { csmRoutes } from './analytics/csm.js';
import { healthRoutes } from './health/health.routes.js';
import { healthRules } from './health/health.rules.js';

/** Each capability contributes its routes; they all see the same core context. */
const capabilities: ((app: App, ctx: AppContext) => void)[] = [
  authRoutes,
  tokenRoutes,
  playbookRoutes,
  auditRoutes,
  teamRoutes,
  userRoutes,
  fileRoutes,
  leadRoutes,
  customerRoutes,
  opportunityRoutes,
  followupRoutes,
  notificationRoutes,
  teamChannelRoutes,
  calendarRoutes,
  schedulerRoutes,
  staleReportRoutes,
  taskRoutes,
  contractRoutes,
  cardRoutes,
  creditRoutes,
  paymentRoutes,
  collaborationReportRoutes,
  engineerRoutes,
  authenticityRoutes,
  analyticsRoutes,
  csmRoutes,
  healthRoutes,
];

/** Time rules each capability declares; the scheduler fires them. */
const timeRules: ((ctx: AppContext) => TimeRule[])[] = [
  leadSlaRules,
  leadPoolRules,
  (ctx) => [staleDigestRule(ctx), collaborationReportRule(ctx)],
  cardSlaRules,
  (ctx) => [auditChainRule(ctx)],
  authenticityRules,
  healthRules,
];

export interface BuildOptions {
  config: AppConfig;
  database: DatabaseHandle;
  clock: Clock;
  logger?: FastifyServerOptions['logger'];
  /** Refuse answers that a response schema would change (tests): see `strictSerializerCompiler`. */
  strictResponses?: boolean;
}

export async function buildApp({ config, database, clock, logger, strictResponses }: BuildOptions) {
  const app = Fastify({
    logger: logger ?? {
      level: config.logLevel,
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'], censor: '***' },
    },
    trustProxy: true,
    bodyLimit: 5 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(strictResponses ? strictSerializerCompiler : serializerCompiler);
  installErrorHandling(app);

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 50 * 1024 * 1024, files: 1 } });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, swaggerOptions);
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  const playbook = new PlaybookService(database.db, clock);
  const calendar = new CalendarService(database.db, clock, playbook, app.log);
  const ctx: AppContext = {
    db: database.db,
    dbKind: database.kind,
    clock,
    config,
    playbook,
    log: app.log,
    calendar,
    scheduler: new Scheduler(database.db, clock, calendar, app.log),
    notifier: new Notifier(clock, config),
    outbox: new OutboxWorker(database.db, clock, config, app.log),
  };
  installAuthentication(app, database.db);
  for (const declare of timeRules) for (const rule of declare(ctx)) ctx.scheduler.register(rule);
  await calendar.precompute();

  await app.register(
    async (api) => {
      api.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
      // Public and unauthenticated: probes get plenty of room, floods a 429.
      api.get('/health', { config: { public: true, rateLimit: { max: 300, timeWindow: '1 minute' } }, schema: healthCheckSchema }, async () => {
        await ctx.playbook.active();
        return { ok: true, database: database.kind, time: clock.now().toISOString() };
      });
      for (const register of capabilities) register(api as unknown as App, ctx);
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

  return { app, ctx };
}
