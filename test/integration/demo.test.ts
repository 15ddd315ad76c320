import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/authenticity/minhash.js';
import { localParts } from '../../src/core/calendar/working-time.js';
import { demoCompanies, demoHistoryCompanies } from '../../src/demo/data.js';
import { seedDemo } from '../../src/demo/seed.js';
import { createTestApp, TEST_START, type TestApp } from '../support/test-app.js';

describe('DEMO=1 organisation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('loads a Chinese demo organisation with three months of history, quickly enough to start with', async () => {
    const started = performance.now();
    const counts = await seedDemo(t.ctx, { app: t.app, clock: t.clock });
    const ms = Math.round(performance.now() - started);
    console.log(`demo seed with history: ${ms} ms`, counts?.history);
    expect(counts).toMatchObject({ leads: expect.any(Number), customers: expect.any(Number), opportunities: expect.any(Number) });
    expect(counts!.leads).toBeGreaterThan(10);
    expect(counts!.history!.contracts).toBeGreaterThan(10);
    // The walk leaves the clock where it found it.
    expect(t.clock.now().toISOString()).toBe(TEST_START.toISOString());
    expect(await seedDemo(t.ctx)).toBeNull();
    // The scheduler's ticks on the way escalated the overdue first responses.
    expect(await t.ctx.db.selectFrom('leads').select('id').where('sla_status', '=', 'breached').execute()).not.toEqual([]);
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
    // Beyond 华东, only the customers of contracts whose delivery card the department holds.
    const carded = new Set(
      (
        await t.ctx.db
          .selectFrom('task_cards')
          .innerJoin('contracts', 'contracts.id', 'task_cards.contract_id')
          .select('contracts.customer_id')
          .where('task_cards.department', '=', 'delivery')
          .execute()
      ).map((r) => r.customer_id),
    );
    expect(customers.items.some((c: { region: string }) => c.region === '华东')).toBe(true);
    for (const c of customers.items as { id: string; region: string }[]) expect(c.region === '华东' || carded.has(c.id)).toBe(true);
  }, 240_000);

  it('shows everything: contracts in every state, a frozen one, overdue cards, flags, spot checks, last month’s contribution', async () => {
    const contracts = await t.ctx.db.selectFrom('contracts').select(['status', 'region']).execute();
    expect(new Set(contracts.map((c) => c.status))).toEqual(
      new Set(['draft', 'confirming', 'submitted', 'approved', 'delivering', 'delivered', 'closed', 'frozen']),
    );
    const now = t.clock.now();
    const overdue = await t.ctx.db.selectFrom('task_cards').select(['id', 'department']).where('status', '=', 'open').where('due_at', '<=', now).execute();
    expect(overdue.length).toBeGreaterThan(0);
    // The 02:30 batch writer: odd-hours and burst flags on their entries, nobody else's.
    const flagged = await t.ctx.db
      .selectFrom('followup_flags')
      .innerJoin('followups', 'followups.id', 'followup_flags.followup_id')
      .select(['followup_flags.author_id', 'followup_flags.kind', 'followups.created_at'])
      .execute();
    const night = flagged.filter((f) => localParts(f.created_at, 'Asia/Shanghai').msOfDay < 3 * 3_600_000);
    expect(night.length).toBeGreaterThanOrEqual(6);
    expect(new Set(night.map((f) => f.author_id)).size).toBe(1);
    expect(new Set(night.map((f) => f.kind))).toContain('burst');
    expect(await t.ctx.db.selectFrom('spot_checks').select('id').execute()).not.toEqual([]);
    // Finance has contracts waiting for its confirmation, and the director reads last month's ranking.
    const finance = await t.login('finance1', 'demo1234');
    expect((await finance.get('/home')).body.confirmations.total).toBeGreaterThan(0);
    const director = await t.login('director', 'demo1234');
    const contribution = (await director.get('/analytics/contribution')).body;
    expect(contribution.from).toBe('2026-10-01');
    expect(contribution.items.some((i: { score: number }) => i.score > 0)).toBe(true);
    const radar = (await director.get('/analytics/radar')).body;
    expect(radar.month).toBe('2026-10');
    expect(radar.reps.some((r: { scores: Record<string, number> }) => Object.values(r.scores).some((v) => v > 0))).toBe(true);
  });

  it('keeps regions and product lines consistent: a company sits in its city’s region, a deal’s name names its product line', async () => {
    const regionOf = new Map<string, string>([
      ...demoCompanies.map((c) => [c.name, c.region] as [string, string]),
      ...Object.entries(demoHistoryCompanies).flatMap(([region, list]) => list.map((c) => [c.name, region] as [string, string])),
    ]);
    const customers = await t.ctx.db.selectFrom('customers').select(['name', 'region']).execute();
    for (const c of customers) expect([c.name, c.region]).toEqual([c.name, regionOf.get(c.name.replace(/（\d+期）/, ''))]);
    const leads = await t.ctx.db.selectFrom('leads').select(['company', 'region']).execute();
    for (const l of leads) expect([l.company, l.region]).toEqual([l.company, regionOf.get(l.company!)]);
    const opportunities = await t.ctx.db.selectFrom('opportunities').select(['name', 'product_line', 'region']).execute();
    for (const o of opportunities) expect(o.name).toContain(o.product_line);
    const contracts = await t.ctx.db
      .selectFrom('contracts')
      .innerJoin('customers', 'customers.id', 'contracts.customer_id')
      .select(['contracts.region', 'customers.region as customer_region'])
      .execute();
    for (const c of contracts) expect(c.region).toBe(c.customer_region);
  });

  it('writes its follow-ups through the follow-up service: fingerprinted, checked and audited like any other', async () => {
    const all = await t.ctx.db.selectFrom('followups').selectAll().orderBy('created_at').execute();
    const flagged = new Set((await t.ctx.db.selectFrom('followup_flags').select('followup_id').execute()).map((f) => f.followup_id));
    // Everyone's notes are in office hours but the batch writer's flagged ones.
    const followups = all.filter((f) => !flagged.has(f.id));
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
    // Every one has its audit entry; the seeded ones say when they happened.
    const created = await t.ctx.db.selectFrom('audit_log').select(['entity_id', 'actor_id', 'data']).where('action', '=', 'followup.create').execute();
    expect(created).toHaveLength(all.length);
    const seeded = created.filter((e) => (e.data as { asOf?: string } | null)?.asOf);
    expect(seeded.length).toBeGreaterThan(20);
    const sample = followups.find((f) => f.id === seeded.at(-1)!.entity_id)!;
    expect(seeded.at(-1)).toMatchObject({
      actor_id: sample.author_id,
      data: { targetType: 'opportunity', targetId: sample.opportunity_id, channel: sample.channel, asOf: sample.created_at.toISOString() },
    });
    // And the follow-ups are the customers' last activity, while opportunities keep their later one.
    const customer = await t.ctx.db.selectFrom('customers').select(['id', 'last_activity_at']).where('id', '=', sample.customer_id!).executeTakeFirstOrThrow();
    const latest = all.filter((f) => f.customer_id === customer.id).at(-1)!;
    expect(customer.last_activity_at.toISOString()).toBe(latest.created_at.toISOString());
  });
});
