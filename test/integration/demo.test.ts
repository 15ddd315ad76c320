import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/authenticity/minhash.js';
import { localParts } from '../../src/core/calendar/working-time.js';
import { seedDemo } from '../../src/demo/seed.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('DEMO=1 organisation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('loads a Chinese demo organisation whose time rules fire on the first tick', async () => {
    const counts = await seedDemo(t.ctx);
    expect(counts).toMatchObject({ leads: expect.any(Number), customers: expect.any(Number), opportunities: expect.any(Number) });
    expect(counts!.leads).toBeGreaterThan(10);
    expect(await seedDemo(t.ctx)).toBeNull();
    const fired = await t.ctx.scheduler.tick();
    expect(fired['lead-response-breach']).toBeGreaterThan(0);
    const director = await t.login('director', 'demo1234');
    const stale = await director.get('/reports/stale');
    expect(stale.status).toBe(200);
    const engineers = await director.get('/engineers?from=2026-11-20&to=2026-12-31');
    expect(engineers.body.items.length).toBe(4);
    // The delivery engineer has no team but works 华东: they read that region's customers.
    const delivery = await t.login('delivery1', 'demo1234');
    expect((await delivery.get('/me')).body.scope).toMatchObject({ kind: 'region', region: '华东' });
    const customers = (await delivery.get('/customers?pageSize=200')).body;
    expect(customers.total).toBeGreaterThan(0);
    expect(new Set(customers.items.map((c: { region: string }) => c.region))).toEqual(new Set(['华东']));
  });

  it('writes its follow-ups through the follow-up service: fingerprinted, checked and audited like any other', async () => {
    const followups = await t.ctx.db.selectFrom('followups').selectAll().orderBy('created_at').execute();
    expect(followups.length).toBeGreaterThan(20);
    const prints = await t.ctx.db.selectFrom('followup_fingerprints').selectAll().execute();
    const printOf = new Map(prints.map((p) => [p.followup_id, p]));
    const buckets = await sql<{
      followup_id: string;
      n: number;
    }>`select followup_id, count(*)::int as n from followup_lsh_buckets group by followup_id`.execute(t.ctx.db);
    const bucketsOf = new Map(buckets.rows.map((b) => [b.followup_id, Number(b.n)]));
    for (const f of followups) {
      // The fingerprint is the live check's: the author's team as key, the normalised text, 16 LSH buckets.
      expect(printOf.get(f.id)).toMatchObject({ author_id: f.author_id, team_key: f.team_id, normalized: fingerprint(f.content).normalized });
      expect(printOf.get(f.id)!.created_at.toISOString()).toBe(f.created_at.toISOString());
      expect(bucketsOf.get(f.id)).toBe(16);
      // Written in the past, in office hours, on the record's current stage.
      expect(f.created_at.getTime()).toBeLessThan(t.clock.now().getTime());
      const hour = Number(localParts(f.created_at, 'Asia/Shanghai').msOfDay / 3_600_000);
      expect(hour).toBeGreaterThanOrEqual(9);
      expect(hour).toBeLessThan(18);
    }
    // Every one has its audit entry, saying when it happened.
    const sample = followups[followups.length - 1];
    const entries = await t.admin.get(`/audit?entityType=followup&pageSize=200`);
    const created = entries.body.items.filter((e: { action: string }) => e.action === 'followup.create');
    expect(created).toHaveLength(followups.length);
    expect(created.find((e: { entityId: string }) => e.entityId === sample.id)).toMatchObject({
      actorId: sample.author_id,
      data: { targetType: 'opportunity', targetId: sample.opportunity_id, channel: sample.channel, asOf: sample.created_at.toISOString() },
    });
    // Honest, varied notes in office hours: the authenticity checks have nothing to flag.
    expect(await t.ctx.db.selectFrom('followup_flags').select('id').execute()).toEqual([]);
    // And the follow-ups are the customers' last activity, while opportunities keep their later one.
    const customer = await t.ctx.db.selectFrom('customers').select(['id', 'last_activity_at']).where('id', '=', sample.customer_id!).executeTakeFirstOrThrow();
    const latest = followups.filter((f) => f.customer_id === customer.id).at(-1)!;
    expect(customer.last_activity_at.toISOString()).toBe(latest.created_at.toISOString());
  });
});
