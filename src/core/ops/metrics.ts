import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { THROTTLE_POLICY } from '../auth/throttle.js';
import type { Clock } from '../clock.js';
import type { DatabaseHandle } from '../db/connect.js';
import { AppError } from '../http/errors.js';
import { routeOf } from '../http/request-log.js';
import type { Scheduler } from '../scheduler/scheduler.js';

const DB_TIMEOUT_MS = 3_000;
const CHANNELS = ['feishu', 'wecom', 'email'] as const;

interface DbFigures {
  outbox: { channel: string; status: string; n: number; oldest: Date | null }[];
  auditPending: number;
  auditOldestPendingAt: Date | null;
  lockedAccounts: number;
  recentFailures: number;
}

export interface MetricsDeps {
  database: Pick<DatabaseHandle, 'db' | 'kind' | 'poolUse'>;
  scheduler: Scheduler;
  clock: Clock;
  token: string | undefined;
}

/**
 * Prometheus metrics of one node (METRICS=1), served at GET /metrics: HTTP requests by route and
 * status, the database pool, how late each time rule ran, the outbox backlog and dead letters per
 * channel, audit entries waiting for the chain, sign-in failures and throttles. Figures read from
 * the database (outbox, audit queue, lock-outs) are the same on every node; the rest are this
 * node's own.
 */
export class AppMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'method' | 'route' | 'status'>;
  private readonly duration: Histogram<'method' | 'route' | 'status'>;
  private readonly loginFailures: Counter;
  private readonly loginThrottled: Counter;
  /** One database read serves every gauge of a scrape. */
  private reading: Promise<DbFigures | null> | null = null;

  constructor(private readonly deps: MetricsDeps) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'spm_' });
    this.requests = new Counter({
      name: 'spm_http_requests_total',
      help: 'HTTP requests answered, by route pattern and status',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    this.duration = new Histogram({
      name: 'spm_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by route pattern and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.loginFailures = new Counter({ name: 'spm_login_failures_total', help: 'Sign-ins refused for a wrong username or password (this node)', registers });
    this.loginThrottled = new Counter({
      name: 'spm_login_throttled_total',
      help: 'Sign-ins refused by throttling: locked account or spraying address (this node)',
      registers,
    });

    const pool = () => deps.database.poolUse();
    new Gauge({
      name: 'spm_db_pool_size',
      help: 'Connections the database pool may open (the embedded database has one)',
      registers,
      collect() {
        this.set(pool().size);
      },
    });
    new Gauge({
      name: 'spm_db_pool_in_use',
      help: 'Database connections in use',
      registers,
      collect() {
        this.set(pool().inUse);
      },
    });
    new Gauge({
      name: 'spm_db_pool_waiting',
      help: 'Queries waiting for a database connection',
      registers,
      collect() {
        this.set(pool().waiting);
      },
    });

    const scheduler = deps.scheduler;
    const clock = deps.clock;
    new Gauge({
      name: 'spm_scheduler_rule_lag_seconds',
      help: 'How late each time rule ran last on this node (a sweep: after its tick was due; a daily rule: after its local time); grows while a due sweep does not run',
      labelNames: ['rule', 'kind'],
      registers,
      collect() {
        this.reset();
        if (!scheduler.started) return;
        for (const r of scheduler.lag(clock.now())) this.set({ rule: r.id, kind: r.kind }, r.lagMs / 1000);
      },
    });
    new Gauge({
      name: 'spm_scheduler_rule_last_run_timestamp_seconds',
      help: 'When each time rule last started on this node (app clock)',
      labelNames: ['rule'],
      registers,
      collect() {
        this.reset();
        for (const r of scheduler.lag(clock.now())) if (r.lastStartedAt) this.set({ rule: r.id }, r.lastStartedAt.getTime() / 1000);
      },
    });
    new Gauge({
      name: 'spm_scheduler_rule_failures',
      help: 'Runs of each time rule that failed on this node since it started',
      labelNames: ['rule'],
      registers,
      collect() {
        this.reset();
        for (const r of scheduler.lag(clock.now())) this.set({ rule: r.id }, r.failures);
      },
    });
    new Gauge({
      name: 'spm_scheduler_enabled',
      help: '1 when this node runs the time rules and delivers the outbox (SCHEDULER on)',
      registers,
      collect() {
        this.set(scheduler.started ? 1 : 0);
      },
    });

    const figures = () => this.dbFigures();
    new Gauge({
      name: 'spm_database_up',
      help: '1 when the database answered the last metrics query in time',
      registers,
      async collect() {
        this.set((await figures()) ? 1 : 0);
      },
    });
    new Gauge({
      name: 'spm_outbox_backlog',
      help: 'Messages waiting to be delivered (pending or being sent), per channel',
      labelNames: ['channel'],
      registers,
      async collect() {
        const f = await figures();
        if (!f) return;
        for (const channel of CHANNELS)
          this.set(
            { channel },
            f.outbox.filter((o) => o.channel === channel && (o.status === 'pending' || o.status === 'sending')).reduce((sum, o) => sum + o.n, 0),
          );
      },
    });
    new Gauge({
      name: 'spm_outbox_oldest_pending_age_seconds',
      help: 'Age of the oldest message waiting to be delivered, per channel (0 when none)',
      labelNames: ['channel'],
      registers,
      async collect() {
        const f = await figures();
        if (!f) return;
        const now = clock.now().getTime();
        for (const channel of CHANNELS) {
          const oldest = f.outbox
            .filter((o) => o.channel === channel && o.status !== 'dead' && o.oldest)
            .reduce<number | null>((min, o) => Math.min(min ?? Infinity, o.oldest!.getTime()), null);
          this.set({ channel }, oldest === null ? 0 : Math.max(0, (now - oldest) / 1000));
        }
      },
    });
    new Gauge({
      name: 'spm_outbox_dead_letters',
      help: 'Messages given up after the last retry (dead), per channel',
      labelNames: ['channel'],
      registers,
      async collect() {
        const f = await figures();
        if (!f) return;
        for (const channel of CHANNELS)
          this.set(
            { channel },
            f.outbox.filter((o) => o.channel === channel && o.status === 'dead').reduce((sum, o) => sum + o.n, 0),
          );
      },
    });
    const dbGauge = (name: string, help: string, value: (f: DbFigures) => number) =>
      new Gauge({
        name,
        help,
        registers,
        async collect() {
          const f = await figures();
          if (f) this.set(value(f));
        },
      });
    const ageSeconds = (at: Date | null) => (at ? Math.max(0, (clock.now().getTime() - at.getTime()) / 1000) : 0);
    dbGauge('spm_audit_pending_entries', 'Audit entries recorded but not yet linked into the hash chain', (f) => f.auditPending);
    dbGauge('spm_audit_chain_lag_seconds', 'Age of the oldest audit entry waiting for the hash chain (0 when none)', (f) => ageSeconds(f.auditOldestPendingAt));
    dbGauge('spm_login_locked_accounts', 'Accounts locked out by sign-in throttling now', (f) => f.lockedAccounts);
    dbGauge('spm_login_recent_failures', 'Failed sign-ins within the throttling window (15 minutes), all nodes', (f) => f.recentFailures);
  }

  /** Counts an answered request (called for every request, before the metrics route is checked). */
  observe(method: string, route: string, status: number, seconds: number): void {
    const labels = { method, route, status: String(status) };
    this.requests.inc(labels);
    this.duration.observe(labels, seconds);
    if (method === 'POST' && route === '/api/v1/auth/login') {
      if (status === 401) this.loginFailures.inc();
      else if (status === 429) this.loginThrottled.inc();
    }
  }

  private dbFigures(): Promise<DbFigures | null> {
    this.reading ??= this.readDb()
      .catch(() => null)
      .finally(() => {
        this.reading = null;
      });
    return this.reading;
  }

  private async readDb(): Promise<DbFigures> {
    const db = this.deps.database.db;
    const now = this.deps.clock.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('metrics query timeout')), DB_TIMEOUT_MS);
    });
    try {
      return await Promise.race([
        (async () => {
          // Each a statement on its own: the embedded database serialises them anyway.
          const outbox = await sql<{ channel: string; status: string; n: number; oldest: Date | null }>`
            select channel, status, count(*)::int as n, min(created_at) as oldest from outbox
            where status in ('pending', 'sending', 'dead') group by channel, status`.execute(db);
          const audit = await sql<{ n: number; oldest: Date | null }>`select count(*)::int as n, min(at) as oldest from audit_pending`.execute(db);
          const locked = await sql<{ n: number }>`select count(*)::int as n from auth_lockouts where locked_until > ${now}`.execute(db);
          const failures = await sql<{
            n: number;
          }>`select count(*)::int as n from auth_failures where at > ${new Date(now.getTime() - THROTTLE_POLICY.windowMs)}`.execute(db);
          return {
            outbox: outbox.rows.map((r) => ({ ...r, n: Number(r.n), oldest: r.oldest ? new Date(r.oldest) : null })),
            auditPending: Number(audit.rows[0]?.n ?? 0),
            auditOldestPendingAt: audit.rows[0]?.oldest ? new Date(audit.rows[0].oldest) : null,
            lockedAccounts: Number(locked.rows[0]?.n ?? 0),
            recentFailures: Number(failures.rows[0]?.n ?? 0),
          };
        })(),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Hooks the request counters into the app and serves GET /metrics (outside /api/v1). */
  install(app: FastifyInstance): void {
    app.addHook('onResponse', async (request, reply) => {
      this.observe(request.method, routeOf(request.routeOptions.url, request.url), reply.statusCode, reply.elapsedTime / 1000);
    });
    const token = this.deps.token ? Buffer.from(`Bearer ${this.deps.token}`) : null;
    app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
      if (token) {
        const given = Buffer.from(request.headers.authorization ?? '');
        if (given.length !== token.length || !timingSafeEqual(given, token)) {
          const error = new AppError(401, 'UNAUTHENTICATED');
          error.headers['www-authenticate'] = 'Bearer realm="metrics"';
          throw error;
        }
      }
      return reply.type(this.registry.contentType).send(await this.registry.metrics());
    });
  }
}
