import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THROTTLE_POLICY } from '../../src/core/auth/throttle.js';
import { createOrg } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const TOKEN = 'metrics-scrape-token-0123456789';

/** The value of one series in Prometheus text format (`name` or `name{a="b",…}` exactly as written). */
function series(text: string, name: string): number | undefined {
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const cut = line.lastIndexOf(' ');
    if (line.slice(0, cut) === name) return Number(line.slice(cut + 1));
  }
  return undefined;
}

describe('Prometheus metrics (METRICS=1)', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof createOrg>>;
  const scrape = async () => {
    const response = await t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    return response.body;
  };

  beforeAll(async () => {
    t = await createTestApp({ env: { METRICS: '1', METRICS_TOKEN: TOKEN } });
    org = await createOrg(t);
  });
  afterAll(() => t.close());

  it('asks for the token when METRICS_TOKEN is set, with a localised 401', async () => {
    for (const authorization of [undefined, 'Bearer wrong', `Bearer ${TOKEN}x`, TOKEN]) {
      const response = await t.app.inject({
        method: 'GET',
        url: '/metrics',
        headers: { 'accept-language': 'en', ...(authorization ? { authorization } : {}) },
      });
      expect(response.statusCode).toBe(401);
      expect(response.headers['www-authenticate']).toContain('Bearer');
      expect(JSON.parse(response.body).error).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Please sign in first' });
    }
  });

  it('counts requests and their latency by route pattern and status', async () => {
    const rep1 = await org.as('rep1');
    const created = await rep1.post('/leads', { name: '指标线索', type: 'B2B', region: '华东', productLine: '工业设备' });
    await rep1.get(`/leads/${created.body.id}`);
    await rep1.get(`/leads/00000000-0000-4000-8000-000000000000`);
    const text = await scrape();
    expect(series(text, 'spm_http_requests_total{method="POST",route="/api/v1/leads",status="201"}')).toBe(1);
    expect(series(text, 'spm_http_requests_total{method="GET",route="/api/v1/leads/:id",status="200"}')).toBe(1);
    expect(series(text, 'spm_http_requests_total{method="GET",route="/api/v1/leads/:id",status="404"}')).toBe(1);
    expect(series(text, 'spm_http_request_duration_seconds_count{method="GET",route="/api/v1/leads/:id",status="200"}')).toBe(1);
    expect(series(text, 'spm_http_request_duration_seconds_bucket{le="+Inf",method="GET",route="/api/v1/leads/:id",status="200"}')).toBe(1);
    // No series per record id.
    expect(text).not.toContain(created.body.id);
  });

  it('shows sign-in failures, throttles and locked accounts', async () => {
    for (let i = 0; i < THROTTLE_POLICY.accountFailures; i++) {
      const r = await t.anonymous.post('/auth/login', { username: 'rep2', password: `wrong-${i}` });
      expect(r.status).toBe(401);
    }
    expect((await t.anonymous.post('/auth/login', { username: 'rep2', password: 'wrong-again' })).status).toBe(429);
    const text = await scrape();
    expect(series(text, 'spm_login_failures_total')).toBe(THROTTLE_POLICY.accountFailures);
    expect(series(text, 'spm_login_throttled_total')).toBe(1);
    expect(series(text, 'spm_login_locked_accounts')).toBe(1);
    expect(series(text, 'spm_login_recent_failures')).toBe(THROTTLE_POLICY.accountFailures);
  });

  it('shows the outbox backlog and dead letters per channel, the audit queue and the database pool', async () => {
    const now = t.clock.now();
    const row = (key: string, channel: string, status: string) => ({
      dedupe_key: key,
      channel,
      target_key: `${channel}:x`,
      target: JSON.stringify({ teamId: org.ids.east }),
      message: JSON.stringify({ title: key, lines: [], severity: 'info' }),
      status,
      attempts: status === 'dead' ? 8 : 0,
      next_attempt_at: now,
      created_at: new Date(now.getTime() - 120_000),
    });
    await t.ctx.db
      .insertInto('outbox')
      .values([row('m1', 'email', 'pending'), row('m2', 'email', 'pending'), row('m3', 'feishu', 'dead'), row('m4', 'wecom', 'sent')])
      .execute();
    const pending = await t.ctx.db
      .selectFrom('audit_pending')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const text = await scrape();
    expect(series(text, 'spm_outbox_backlog{channel="email"}')).toBe(2);
    expect(series(text, 'spm_outbox_backlog{channel="wecom"}')).toBe(0);
    expect(series(text, 'spm_outbox_dead_letters{channel="feishu"}')).toBe(1);
    expect(series(text, 'spm_outbox_dead_letters{channel="email"}')).toBe(0);
    expect(series(text, 'spm_outbox_oldest_pending_age_seconds{channel="email"}')).toBe(120);
    expect(series(text, 'spm_audit_pending_entries')).toBe(Number(pending.n));
    expect(Number(pending.n)).toBeGreaterThan(0);
    expect(series(text, 'spm_database_up')).toBe(1);
    expect(series(text, 'spm_db_pool_size')).toBe(t.database.kind === 'pglite' ? 1 : 10);
    expect(series(text, 'spm_db_pool_in_use')).toBeGreaterThanOrEqual(0);
    expect(series(text, 'spm_process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('shows how late each time rule ran, growing while a due sweep does not run', async () => {
    expect(series(await scrape(), 'spm_scheduler_enabled')).toBe(0);
    t.ctx.scheduler.start(60_000);
    try {
      // The first tick starts at once.
      await t.ctx.scheduler.tick();
      let text = await scrape();
      expect(series(text, 'spm_scheduler_enabled')).toBe(1);
      expect(series(text, 'spm_scheduler_rule_lag_seconds{rule="lead-response-breach",kind="sweep"}')).toBe(0);
      const lastRun = series(text, 'spm_scheduler_rule_last_run_timestamp_seconds{rule="lead-response-breach"}');
      expect(lastRun).toBe(t.clock.now().getTime() / 1000);
      // Ten minutes without a tick (a stuck node): the sweep is late by about nine minutes.
      t.clock.advance(10 * 60_000);
      text = await scrape();
      const lag = series(text, 'spm_scheduler_rule_lag_seconds{rule="lead-response-breach",kind="sweep"}')!;
      expect(lag).toBeGreaterThan(480);
      expect(lag).toBeLessThanOrEqual(540);
    } finally {
      await t.ctx.scheduler.stop();
    }
  });

  it('is not served without METRICS=1', async () => {
    const plain = await createTestApp({ database: t.database, clock: t.clock });
    try {
      const response = await plain.app.inject({ method: 'GET', url: '/metrics' });
      expect(response.statusCode).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
