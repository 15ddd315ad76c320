import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg } from '../support/fixtures.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';

/** The only writes the delivery role may make: its own cards and delivery steps, device maintenance, its inbox, tasks and session. */
const DELIVERY_WRITES = new Set([
  'POST /auth/logout',
  'PATCH /me',
  'POST /notifications/{id}/read',
  'POST /notifications/read-all',
  'POST /tasks/{id}/complete',
  'POST /cards/{id}/complete',
  'POST /cards/{id}/reject',
  'POST /contracts/{id}/start-delivery',
  'POST /contracts/{id}/deliver',
  'POST /engineers/{id}/bookings',
  'DELETE /bookings/{id}',
  // Service engineers record the maintenance of the devices of their region.
  'POST /devices/{id}/maintenance',
]);

describe('the delivery role is read-only outside its own work', () => {
  let t: TestApp;
  let delivery: Client;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await createOrg(t);
    delivery = await org.as('delivery');
  });
  afterAll(() => t.close());

  it('is refused with 403 on every other write route of the API, before any validation', async () => {
    const spec = (await t.anonymous.get('/openapi.json')).body;
    const checked: string[] = [];
    const allowed: string[] = [];
    for (const [path, operations] of Object.entries<Record<string, unknown>>(spec.paths)) {
      for (const method of Object.keys(operations).map((m) => m.toUpperCase())) {
        if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) continue;
        const route = path.replace(/^\/api\/v1/, '');
        const key = `${method} ${route}`;
        if (route === '/auth/login') continue;
        const url = route.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'date' ? '2026-12-01' : name === 'party' ? 'product' : randomUUID()));
        if (DELIVERY_WRITES.has(key)) {
          allowed.push(key);
          continue;
        }
        const response = await delivery.request(method, url, {});
        expect(response.status, key).toBe(403);
        checked.push(key);
      }
    }
    expect(allowed.sort()).toEqual([...DELIVERY_WRITES].sort());
    expect(checked.length).toBeGreaterThan(30);
  });

  it('still reads what it needs', async () => {
    for (const url of ['/customers', '/contracts', '/cards', '/leads', '/me']) expect((await delivery.get(url)).status, url).toBe(200);
  });
});
