import net from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import { connectDatabase } from '../../src/core/db/connect.js';
import { migrateToLatest } from '../../src/core/db/migrate.js';
import { ReadReplica } from '../../src/core/db/replica.js';
import { createOrg } from '../support/fixtures.js';
import { startStandby, startThrowawayCluster, type Cluster } from '../support/postgres-cluster.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';
import { sh } from '../support/time.js';

const onPostgres = inject('testDb') === 'postgres';

/** A local port nothing listens on. */
const closedPort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

describe('DATABASE_READ_URL', () => {
  it('is refused without a PostgreSQL primary, and without it reports read the one database', async () => {
    expect(() => loadConfig({ DATABASE_READ_URL: 'postgres://replica/app' })).toThrow(/DATABASE_READ_URL needs DATABASE_URL/);
    expect(loadConfig({ DATABASE_URL: 'postgres://primary/app', DATABASE_READ_URL: 'postgres://replica/app' }).databaseReadUrl).toBe('postgres://replica/app');
    const t = await createTestApp();
    try {
      const r = await t.admin.get('/reports/stale');
      expect(r.status).toBe(200);
      expect(r.headers['x-read-source']).toBeUndefined();
      expect(t.ctx.replica).toBeNull();
    } finally {
      await t.close();
    }
  });
});

/**
 * A real streaming replica: a throwaway primary, a hot standby made with pg_basebackup, the app
 * writing to the primary and serving the 断点清单 and analytics from the standby.
 */
if (onPostgres)
  describe('reports and analytics from a streaming replica', () => {
    let primary: Cluster;
    let standby: Cluster;
    let t: TestApp;
    let sup1: Client;
    let rep1: Client;
    let wall = Date.parse('2026-11-25T02:00:00Z');
    let standbyAdmin: pg.Client;

    const stale = async () => {
      const r = await sup1.get('/reports/stale');
      expect(r.status).toBe(200);
      return { source: r.headers['x-read-source'], lag: Number(r.headers['x-data-lag-ms']), names: (r.body.items as { name: string }[]).map((i) => i.name) };
    };
    /** Waits (polling, the probe's second moved by hand) until the standby has replayed everything. */
    const caughtUp = async () => {
      await expect
        .poll(
          async () => {
            wall += 1_000;
            return (await t.ctx.replica!.freshness()).lagMs;
          },
          { timeout: 20_000, interval: 100 },
        )
        .toBe(0);
    };

    beforeAll(async () => {
      primary = await startThrowawayCluster();
      const admin = new pg.Client({ connectionString: primary.url('postgres') });
      await admin.connect();
      await admin.query('create database app');
      await admin.end();
      const database = await connectDatabase({ databaseUrl: primary.url('app'), poolSize: 10 });
      await migrateToLatest(database.db);
      standby = await startStandby(primary);
      standbyAdmin = new pg.Client({ connectionString: standby.url('postgres') });
      await standbyAdmin.connect();
      const replica = await connectDatabase({ databaseUrl: standby.url('app'), poolSize: 4 });
      t = await createTestApp({ database, replica });
      // The probe's wall clock, moved by hand like the app's.
      t.ctx.replica = new ReadReplica(database.db, replica, () => wall);
      const org = await createOrg(t);
      [sup1, rep1] = await Promise.all(['sup1', 'rep1'].map((u) => org.as(u)));
      t.clock.set(sh('2026-11-23T10:00:00'));
      expect((await rep1.post('/leads', { name: '副本里的老线索', type: 'B2B', region: '华东', productLine: '工业设备' })).status).toBe(201);
      t.clock.set(sh('2026-11-25T10:30:00'));
    }, 180_000);
    afterAll(async () => {
      await standbyAdmin?.end();
      await t?.close();
      await t?.database.close();
      standby?.stop();
      primary?.stop();
    });

    it('serves the 断点清单, the KPIs and the collaboration report from the standby once it has replayed the writes', async () => {
      const inRecovery = await standbyAdmin.query('select pg_is_in_recovery() as standby');
      expect(inRecovery.rows[0].standby).toBe(true);
      await caughtUp();
      const report = await stale();
      expect(report).toMatchObject({ source: 'replica', lag: 0 });
      expect(report.names).toContain('副本里的老线索');
      for (const url of ['/analytics/kpi', '/reports/collaboration', '/analytics/radar', '/forecast']) {
        const r = await sup1.get(url);
        expect(r.status, url).toBe(200);
        expect(r.headers['x-read-source'], url).toBe('replica');
      }
      // Writes and read-your-writes pages stay on the primary.
      const lead = await rep1.post('/leads', { name: '刚录入的线索', type: 'B2B', region: '华东', productLine: '工业设备' });
      expect(lead.status).toBe(201);
      expect((await rep1.get(`/leads/${lead.body.id}`)).headers['x-read-source']).toBeUndefined();
    });

    it('says how old the standby’s data is, and reads the primary once it is older than DATABASE_READ_MAX_LAG_MS', async () => {
      await caughtUp();
      await standbyAdmin.query('select pg_wal_replay_pause()');
      try {
        t.clock.set(sh('2026-11-23T11:00:00'));
        expect((await rep1.post('/leads', { name: '暂停回放时的线索', type: 'B2B', region: '华东', productLine: '工业设备' })).status).toBe(201);
        t.clock.set(sh('2026-11-25T11:30:00'));
        wall += 1_000;
        // The standby has not replayed the new lead: the report comes from it, without that lead.
        let report = await stale();
        expect(report.source).toBe('replica');
        expect(report.names).toContain('副本里的老线索');
        expect(report.names).not.toContain('暂停回放时的线索');
        wall += 20_000;
        report = await stale();
        expect(report.source).toBe('replica');
        expect(report.lag).toBeGreaterThanOrEqual(20_000);
        expect(report.lag).toBeLessThanOrEqual(t.ctx.config.readMaxLagMs);
        // Past the limit (60 s by default) the primary answers, with the new lead.
        wall += t.ctx.config.readMaxLagMs;
        report = await stale();
        expect(report.source).toBe('primary');
        expect(report.names).toContain('暂停回放时的线索');
      } finally {
        await standbyAdmin.query('select pg_wal_replay_resume()');
      }
      await caughtUp();
      const report = await stale();
      expect(report).toMatchObject({ source: 'replica', lag: 0 });
      expect(report.names).toContain('暂停回放时的线索');
    });

    it('reads the primary while the standby cannot be reached', async () => {
      // A replica address nobody answers on (a standby that is down).
      const down = await connectDatabase({ databaseUrl: `postgres://postgres@127.0.0.1:${await closedPort()}/app`, poolSize: 1 });
      const working = t.ctx.replica;
      t.ctx.replica = new ReadReplica(t.database.db, down, () => wall);
      try {
        const report = await stale();
        expect(report.source).toBe('primary');
        expect(report.names).toContain('暂停回放时的线索');
      } finally {
        t.ctx.replica = working;
        await down.close();
      }
      wall += 1_000;
      expect((await stale()).source).toBe('replica');
    });
  });
