import fs from 'node:fs';
import type { Kysely } from 'kysely';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../../src/core/db/connect.js';
import { appliedMigrations, MIGRATION_NAMES, migrateTo, migrateToLatest } from '../../src/core/db/migrate.js';
import { runScript } from '../../src/core/db/run-script.js';
import { uploadEvidence, validStageFields } from '../support/fixtures.js';
import { createEmptyPostgresDatabase } from '../support/test-db.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** test/fixtures/schema-0001: a database as the first release left it (scripts/upgrade-fixture.ts). */
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/schema-0001');
const PASSWORD = 'Fixture-Lantern-2026';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const OPPORTUNITY = id(400);

/**
 * The first release's database, upgraded by this code's migrations, on both databases: the embedded
 * one from its data directory as the release wrote it, PostgreSQL from the release's rows.
 */
describe('upgrading a database of the first release', () => {
  let database: DatabaseHandle;
  let dropDatabase: (() => Promise<void>) | undefined;
  let t: TestApp;
  let dataDir: string;

  beforeAll(async () => {
    if (inject('testDb') === 'postgres') {
      const empty = await createEmptyPostgresDatabase();
      dropDatabase = empty.drop;
      database = await connectDatabase({ databaseUrl: empty.url, poolSize: 5 });
      await migrateTo(database.db, '0001_foundation');
      await runScript(database.db as unknown as Kysely<unknown>, fs.readFileSync(path.join(FIXTURE, 'data.sql'), 'utf8'));
    } else {
      database = await connectDatabase({ pgliteDump: new Blob([fs.readFileSync(path.join(FIXTURE, 'pgdata.tar.gz'))]) });
    }
    expect(await appliedMigrations(database.db)).toEqual(['0001_foundation']);
    await migrateToLatest(database.db);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'spm-upgrade-'));
    fs.cpSync(path.join(FIXTURE, 'files'), path.join(dataDir, 'files'), { recursive: true });
    t = await createTestApp({ database, dataDir });
  });
  afterAll(async () => {
    await t?.close();
    await database?.close();
    await dropDatabase?.();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs every newer migration and is ready', async () => {
    expect(await appliedMigrations(database.db)).toEqual([...MIGRATION_NAMES]);
    expect((await t.anonymous.get('/ready')).status).toBe(200);
    // The stored playbook of the first release is still valid, with the newer sections defaulted.
    const playbook = await t.admin.get('/playbook');
    expect(playbook.status).toBe(200);
    expect(playbook.body.version).toBe(1);
    expect(playbook.body.document.stages.map((s: { key: string }) => s.key)).toContain('negotiation');
  });

  it("reads the release's records", async () => {
    const rep = await t.login('old_rep', PASSWORD);
    const leads = await rep.get('/leads?pageSize=50');
    expect(leads.status).toBe(200);
    expect(leads.body.items.map((l: { name: string }) => l.name)).toEqual(expect.arrayContaining(['宁波海联贸易', '无锡恒通电气']));
    const customer = await rep.get(`/customers/${id(300)}`);
    expect(customer.body).toMatchObject({ name: '无锡恒通电气', grade: 'A' });
    const opportunity = await rep.get(`/opportunities/${OPPORTUNITY}`);
    expect(opportunity.status).toBe(200);
    expect(opportunity.body).toMatchObject({ stage: 'needs', amount: 1280000, status: 'open' });
    const followups = await rep.get(`/followups?targetType=opportunity&targetId=${OPPORTUNITY}`);
    expect(followups.status).toBe(200);
    expect(followups.body.items).toHaveLength(2);
    const attachment = followups.body.items[0].attachments[0];
    const download = await t.app.inject({ method: 'GET', url: `/api/v1/files/${attachment.id}`, headers: await headersOf(t, 'old_rep') });
    expect(download.statusCode).toBe(200);
    expect(download.body).toContain('记录');
    const supervisor = await t.login('old_sup', PASSWORD);
    expect((await supervisor.get('/reports/stale')).status).toBe(200);
  });

  it('writes: new leads, claims from the pool, follow-ups with evidence, stage moves through the gate', async () => {
    const rep = await t.login('old_rep', PASSWORD);
    const created = await rep.post('/leads', { name: '升级后的新线索', type: 'B2B', region: '华东', productLine: '工业设备' });
    expect(created.status).toBe(201);
    const claimed = await rep.post(`/leads/${id(200)}/claim`);
    expect(claimed.status).toBe(200);
    const followup = await rep.post('/followups', {
      targetType: 'opportunity',
      targetId: OPPORTUNITY,
      channel: 'visit',
      valueTag: 'needs_discovery',
      content: '升级后第一次拜访：确认方案范围',
      attachmentIds: [await uploadEvidence(rep)],
    });
    expect(followup.status).toBe(201);
    const moved = await rep.post(`/opportunities/${OPPORTUNITY}/stage`, { to: 'proposal', fields: validStageFields(t.clock.now()) });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.stage).toBe('proposal');
  });

  it('runs every time rule over the old rows without an error, and keeps the audit chain intact', async () => {
    await t.ctx.scheduler.tick();
    t.clock.advance(26 * 3600_000);
    await t.ctx.scheduler.tick();
    expect(t.ctx.scheduler.list().filter((r) => r.lastError)).toEqual([]);
    const verify = await t.admin.get('/audit/verify');
    expect(verify.body).toMatchObject({ ok: true });
    expect(verify.body.checked).toBeGreaterThan(15);
  });
});

async function headersOf(t: TestApp, username: string): Promise<Record<string, string>> {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: PASSWORD } });
  return { cookie: response.cookies.map((c) => `${c.name}=${c.value}`).join('; ') };
}
