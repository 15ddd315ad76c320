import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg } from '../support/fixtures.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';

let t: TestApp;
let org: Awaited<ReturnType<typeof createOrg>>;
/** Ids of the records each user created, by kind. */
const rec: Record<string, { lead: string; customer: string; opportunity: string }> = {};
let poolEast: string;
let poolSouth: string;

async function records(client: Client, region: string, tag: string) {
  const lead = await client.post('/leads', { name: `线索-${tag}`, type: 'B2B', region, productLine: '工业设备' });
  expect(lead.status).toBe(201);
  const customer = await client.post('/customers', { name: `客户-${tag}`, type: 'B2B', grade: 'B', region });
  expect(customer.status).toBe(201);
  const opportunity = await client.post('/opportunities', { customerId: customer.body.id, name: `商机-${tag}`, amount: 100000, productLine: '工业设备' });
  expect(opportunity.status).toBe(201);
  return { lead: lead.body.id as string, customer: customer.body.id as string, opportunity: opportunity.body.id as string };
}

const clients = new Map<string, Promise<Client>>();
/** One session per user: logins are rate-limited per username. */
const as = (username: string) => {
  if (!clients.has(username)) clients.set(username, org.as(username));
  return clients.get(username)!;
};

const ids = (r: { body: { items: { id: string }[] } }) => r.body.items.map((x) => x.id).sort();
const sorted = (...xs: string[]) => [...xs].sort();

beforeAll(async () => {
  t = await createTestApp();
  org = await createOrg(t);
  rec.rep1 = await records(await as('rep1'), '华东', 'rep1');
  rec.rep2 = await records(await as('rep2'), '华东', 'rep2');
  rec.rep3 = await records(await as('rep3'), '华南', 'rep3');
  const east = await t.admin.post('/leads', { name: '公海-华东', type: 'B2C', region: '华东', productLine: '耗材配件' });
  const south = await t.admin.post('/leads', { name: '公海-华南', type: 'B2C', region: '华南', productLine: '耗材配件' });
  expect(east.status).toBe(201);
  expect(east.body.ownerId).toBeNull();
  expect(south.body.ownerId).toBeNull();
  poolEast = east.body.id;
  poolSouth = south.body.id;
});
afterAll(() => t.close());

async function expectScope(client: Client, expected: { leads: string[]; customers: string[]; opportunities: string[] }) {
  for (const kind of ['leads', 'customers', 'opportunities'] as const) {
    const list = await client.get(`/${kind}?pageSize=200`);
    expect(list.status, kind).toBe(200);
    expect(ids(list), kind).toEqual(sorted(...expected[kind]));
    expect(list.body.total, kind).toBe(expected[kind].length);
  }
}

describe('data scope', () => {
  it('shows a sales rep only their own records and the pool of their region', async () => {
    const rep1 = await as('rep1');
    await expectScope(rep1, {
      leads: [rec.rep1.lead, poolEast],
      customers: [rec.rep1.customer],
      opportunities: [rec.rep1.opportunity],
    });
    expect((await rep1.get(`/leads/${rec.rep1.lead}`)).status).toBe(200);
    expect((await rep1.get(`/customers/${rec.rep1.customer}`)).status).toBe(200);
    expect((await rep1.get(`/opportunities/${rec.rep1.opportunity}`)).status).toBe(200);
    for (const other of [rec.rep3, rec.rep2]) {
      const lead = await rep1.get(`/leads/${other.lead}`);
      expect(lead.status).toBe(404);
      expect(lead.body.error.code).toBe('NOT_FOUND');
      expect((await rep1.get(`/customers/${other.customer}`)).status).toBe(404);
      expect((await rep1.get(`/opportunities/${other.opportunity}`)).status).toBe(404);
    }
  });

  it('shows pool leads only to reps working the lead’s region', async () => {
    const rep1 = await as('rep1');
    const rep3 = await as('rep3');
    expect((await rep1.get(`/leads/${poolEast}`)).status).toBe(200);
    expect((await rep1.get(`/leads/${poolSouth}`)).status).toBe(404);
    expect((await rep3.get(`/leads/${poolEast}`)).status).toBe(404);
    expect((await rep3.get(`/leads/${poolSouth}`)).status).toBe(200);
    const pool1 = await rep1.get('/leads?pool=true');
    expect(ids(pool1)).toEqual([poolEast]);
    const pool3 = await rep3.get('/leads?pool=true');
    expect(ids(pool3)).toEqual([poolSouth]);
    await expectScope(rep3, { leads: [rec.rep3.lead, poolSouth], customers: [rec.rep3.customer], opportunities: [rec.rep3.opportunity] });
  });

  it('shows a supervisor their team’s records but not other teams’', async () => {
    const sup1 = await as('sup1');
    await expectScope(sup1, {
      leads: [rec.rep1.lead, rec.rep2.lead, poolEast],
      customers: [rec.rep1.customer, rec.rep2.customer],
      opportunities: [rec.rep1.opportunity, rec.rep2.opportunity],
    });
    expect((await sup1.get(`/leads/${rec.rep3.lead}`)).status).toBe(404);
    expect((await sup1.get(`/customers/${rec.rep3.customer}`)).status).toBe(404);
    expect((await sup1.get(`/opportunities/${rec.rep3.opportunity}`)).status).toBe(404);
  });

  it('shows a regional manager their region only', async () => {
    const mgr = await as('mgr_east');
    await expectScope(mgr, {
      leads: [rec.rep1.lead, rec.rep2.lead, poolEast],
      customers: [rec.rep1.customer, rec.rep2.customer],
      opportunities: [rec.rep1.opportunity, rec.rep2.opportunity],
    });
    expect((await mgr.get(`/customers/${rec.rep3.customer}`)).status).toBe(404);
    expect((await mgr.get(`/leads/${poolSouth}`)).status).toBe(404);
  });

  it('shows the director everything', async () => {
    const director = await as('director');
    await expectScope(director, {
      leads: [rec.rep1.lead, rec.rep2.lead, rec.rep3.lead, poolEast, poolSouth],
      customers: [rec.rep1.customer, rec.rep2.customer, rec.rep3.customer],
      opportunities: [rec.rep1.opportunity, rec.rep2.opportunity, rec.rep3.opportunity],
    });
    expect((await director.get(`/opportunities/${rec.rep3.opportunity}`)).status).toBe(200);
  });

  it('applies the scope to paged list totals', async () => {
    const sup1 = await as('sup1');
    const page1 = await sup1.get('/leads?pageSize=2&page=1');
    const page2 = await sup1.get('/leads?pageSize=2&page=2');
    expect(page1.body.total).toBe(3);
    expect(page2.body.total).toBe(3);
    expect(page1.body.items).toHaveLength(2);
    expect(page2.body.items).toHaveLength(1);
    expect(sorted(...ids(page1), ...ids(page2))).toEqual(sorted(rec.rep1.lead, rec.rep2.lead, poolEast));
  });

  const writes = (customerId: string) =>
    [
      ['POST', '/leads', { name: '只读', type: 'B2B', region: '华东', productLine: '工业设备' }],
      ['POST', '/customers', { name: '只读', type: 'B2B', grade: 'C', region: '华东' }],
      ['POST', '/opportunities', { customerId, name: '只读', amount: 1, productLine: '工业设备' }],
      [
        'POST',
        '/followups',
        {
          targetType: 'customer',
          targetId: customerId,
          channel: 'phone',
          valueTag: 'needs_discovery',
          content: '只读用户的跟进',
          attachmentIds: ['00000000-0000-4000-8000-000000000000'],
        },
      ],
      ['PATCH', `/customers/${customerId}`, { grade: 'A' }],
    ] as const;

  it('lets delivery read customers of its region but write nothing', async () => {
    const delivery = await as('delivery');
    const customers = await delivery.get('/customers?pageSize=200');
    expect(ids(customers)).toEqual(sorted(rec.rep1.customer, rec.rep2.customer));
    expect(customers.body.total).toBe(2);
    expect((await delivery.get(`/customers/${rec.rep1.customer}`)).status).toBe(200);
    expect((await delivery.get(`/customers/${rec.rep3.customer}`)).status).toBe(404);
    for (const [method, url, body] of writes(rec.rep1.customer)) {
      const r = await delivery.request(method, url, body);
      expect(r.status, `${method} ${url}`).toBe(403);
      expect(r.body.error.code).toBe('FORBIDDEN');
    }
    const after = await delivery.get(`/customers/${rec.rep1.customer}`);
    expect(after.body.grade).toBe('B');
    expect((await t.admin.get('/leads?pageSize=200&q=只读')).body.total).toBe(0);
    expect((await t.admin.get('/customers?pageSize=200&q=只读')).body.total).toBe(0);
  });

  it('lets finance read everything but write nothing', async () => {
    const finance = await as('finance');
    const customers = await finance.get('/customers?pageSize=200');
    expect(customers.body.total).toBe(3);
    for (const [method, url, body] of writes(rec.rep3.customer)) {
      const r = await finance.request(method, url, body);
      expect(r.status, `${method} ${url}`).toBe(403);
    }
    expect((await finance.get(`/customers/${rec.rep3.customer}`)).body.grade).toBe('B');
    expect((await t.admin.get('/opportunities?pageSize=200')).body.total).toBe(3);
  });
});
