import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  });
});
