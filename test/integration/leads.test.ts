import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, importFile } from '../support/fixtures.js';
import { createTestApp, TEST_START, type Client, type TestApp } from '../support/test-app.js';

let t: TestApp;
let org: Awaited<ReturnType<typeof createOrg>>;
const clients = new Map<string, Promise<Client>>();
/** One session per user: logins are rate-limited per username. */
const as = (username: string) => {
  if (!clients.has(username)) clients.set(username, org.as(username));
  return clients.get(username)!;
};

beforeAll(async () => {
  t = await createTestApp();
  org = await createOrg(t);
});
afterAll(() => t.close());

const lead = (extra: Record<string, unknown> = {}) => ({ name: '张三', type: 'B2B', region: '华东', productLine: '工业设备', ...extra });

const HEADER = ['名称', '类型', '区域', '产品线', '电话', '公司', '来源'];

describe('leads', () => {
  it('creates a lead with server time and status new', async () => {
    const now = t.clock.now().toISOString();
    expect(now).toBe(TEST_START.toISOString());
    const r = await t.admin.post('/leads', lead({ name: '创建测试', phone: '021-5555 1234', company: '上海某厂', source: '展会' }));
    expect(r.status).toBe(201);
    expect(r.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.body.status).toBe('new');
    expect(r.body.createdAt).toBe(now);
    expect(r.body).toMatchObject({
      name: '创建测试',
      type: 'B2B',
      region: '华东',
      productLine: '工业设备',
      phone: '021-5555 1234',
      company: '上海某厂',
      source: '展会',
      ownerId: null,
      customerId: null,
    });
    const again = await t.admin.get(`/leads/${r.body.id}`);
    expect(again.body.createdAt).toBe(now);
  });

  it('refuses bad input and regions outside the playbook', async () => {
    const before = (await t.admin.get('/leads')).body.total;
    const badType = await t.admin.post('/leads', lead({ type: 'B2X' }));
    expect(badType.status).toBe(400);
    expect(badType.body.error.code).toBe('VALIDATION');
    expect(badType.body.error.details.issues.some((i: { path: string }) => i.path === 'type')).toBe(true);
    const mars = await t.admin.post('/leads', lead({ region: '火星' }));
    expect(mars.status).toBe(422);
    expect(mars.body.error.code).toBe('UNKNOWN_REGION');
    expect((await t.admin.get('/leads')).body.total).toBe(before);
  });

  it('makes a sales rep the owner of the leads they create', async () => {
    const rep1 = await as('rep1');
    const r = await rep1.post('/leads', lead({ name: '自建线索' }));
    expect(r.status).toBe(201);
    expect(r.body.ownerId).toBe(org.ids.rep1);
    expect(r.body.ownerName).toBe('rep1');
    expect(r.body.teamId).toBe(org.ids.east);
  });

  it('lets one rep claim a pool lead; a second claim gets 409', async () => {
    const pool = await t.admin.post('/leads', lead({ name: '公海线索' }));
    expect(pool.body.ownerId).toBeNull();
    const rep1 = await as('rep1');
    const claimed = await rep1.post(`/leads/${pool.body.id}/claim`);
    expect(claimed.status).toBe(200);
    expect(claimed.body.ownerId).toBe(org.ids.rep1);
    expect(claimed.body.teamId).toBe(org.ids.east);
    const sup1 = await as('sup1');
    const second = await sup1.post(`/leads/${pool.body.id}/claim`);
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('LEAD_ALREADY_ASSIGNED');
    const again = await rep1.post(`/leads/${pool.body.id}/claim`);
    expect(again.status).toBe(409);
    expect((await t.admin.get(`/leads/${pool.body.id}`)).body.ownerId).toBe(org.ids.rep1);
  });

  it('lets exactly one of two concurrent claims win', async () => {
    const [rep1, rep2, sup1] = await Promise.all([as('rep1'), as('rep2'), as('sup1')]);
    for (const [a, b] of [
      [rep1, sup1],
      [rep2, rep1],
    ]) {
      const pool = await t.admin.post('/leads', lead({ name: '抢单线索' }));
      const results = await Promise.all([a.post(`/leads/${pool.body.id}/claim`), b.post(`/leads/${pool.body.id}/claim`)]);
      const winners = results.filter((r) => r.status === 200);
      expect(winners).toHaveLength(1);
      const loser = results.find((r) => r.status !== 200)!;
      // A rep who loses may no longer see the lead at all (it left the pool): 404 is fine too.
      expect([409, 404]).toContain(loser.status);
      if (a === rep1 && b === sup1) expect(loser.status).toBe(409);
      const stored = await t.admin.get(`/leads/${pool.body.id}`);
      expect(stored.body.ownerId).toBe(winners[0].body.ownerId);
      const audit = await t.admin.get(`/audit?entityType=lead&entityId=${pool.body.id}`);
      expect(audit.body.items.filter((e: { action: string }) => e.action === 'lead.claim')).toHaveLength(1);
    }
  });

  it('lets a supervisor assign leads, not a rep', async () => {
    const rep1 = await as('rep1');
    const sup1 = await as('sup1');
    const own = await rep1.post('/leads', lead({ name: '待分配' }));
    const byRep = await rep1.post(`/leads/${own.body.id}/assign`, { ownerId: org.ids.rep2 });
    expect(byRep.status).toBe(403);
    expect((await t.admin.get(`/leads/${own.body.id}`)).body.ownerId).toBe(org.ids.rep1);
    const bySup = await sup1.post(`/leads/${own.body.id}/assign`, { ownerId: org.ids.rep2 });
    expect(bySup.status).toBe(200);
    expect(bySup.body.ownerId).toBe(org.ids.rep2);
    expect((await rep1.get(`/leads/${own.body.id}`)).status).toBe(404);
    expect((await (await as('rep2')).get(`/leads/${own.body.id}`)).status).toBe(200);
  });

  it('converts a lead into a customer with an opportunity, once', async () => {
    const rep1 = await as('rep1');
    const created = await rep1.post('/leads', lead({ name: '李四', company: '苏州精密机械' }));
    const r = await rep1.post(`/leads/${created.body.id}/convert`, { grade: 'A', opportunity: { name: '产线改造', amount: 500000 } });
    expect(r.status).toBe(201);
    expect(r.body.customer).toMatchObject({ name: '苏州精密机械', grade: 'A', type: 'B2B', region: '华东', ownerId: org.ids.rep1 });
    expect(r.body.opportunity).toMatchObject({
      customerId: r.body.customer.id,
      name: '产线改造',
      amount: 500000,
      stage: 'initial',
      status: 'open',
      productLine: '工业设备',
      ownerId: org.ids.rep1,
    });
    const after = await rep1.get(`/leads/${created.body.id}`);
    expect(after.body.status).toBe('converted');
    expect(after.body.customerId).toBe(r.body.customer.id);
    expect((await rep1.get(`/customers/${r.body.customer.id}`)).status).toBe(200);
    const again = await rep1.post(`/leads/${created.body.id}/convert`, { grade: 'B' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('LEAD_CONVERTED');
    const customers = await t.admin.get('/customers?q=苏州精密机械');
    expect(customers.body.total).toBe(1);
  });

  it('imports an .xlsx file, reporting bad rows by line number', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('线索');
    sheet.addRow(HEADER);
    sheet.addRow(['导入一', 'B2B', '华东', '工业设备', '13800000001', '导入公司一', '展会']);
    sheet.addRow(['导入二', 'B2C', '华南', '软件服务', '13800000002', '', '官网表单']);
    sheet.addRow(['导入三', 'B端', '华北', '耗材配件', '', '导入公司三', '']);
    sheet.addRow(['导入错类型', 'X', '华东', '工业设备', '', '', '']);
    sheet.addRow(['导入错区域', 'B2B', '火星', '工业设备', '', '', '']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const sup1 = await as('sup1');
    const r = await importFile(sup1, buffer, '线索.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(r.status).toBe(200);
    expect(r.body.created).toBe(3);
    expect(r.body.failed).toBe(2);
    expect(r.body.errors.map((e: { row: number }) => e.row)).toEqual([5, 6]);
    expect(r.body.errors[1].message).toContain('火星');
    const imported = await t.admin.get('/leads?q=导入&pageSize=200');
    expect(imported.body.items.map((l: { name: string }) => l.name).sort()).toEqual(['导入一', '导入三', '导入二'].sort());
    const three = imported.body.items.find((l: { name: string }) => l.name === '导入三');
    expect(three).toMatchObject({ type: 'B2B', region: '华北', productLine: '耗材配件', status: 'new', ownerId: null });
  });

  it('imports a .csv file and refuses imports by sales reps', async () => {
    const csv =
      '\uFEFF' + [HEADER.join(','), 'CSV甲,B2C,华东,软件服务,021-1234,,展会', 'CSV乙,B2B,华中,工业设备,,CSV公司,', ',B2B,华东,工业设备,,,'].join('\n');
    const r = await importFile(t.admin, Buffer.from(csv), 'leads.csv', 'text/csv');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ created: 2, failed: 1 });
    expect(r.body.errors[0].row).toBe(4);
    const found = await t.admin.get('/leads?q=CSV');
    expect(found.body.items.map((l: { name: string }) => l.name).sort()).toEqual(['CSV乙', 'CSV甲']);
    const rep1 = await as('rep1');
    const refused = await importFile(rep1, Buffer.from(csv), 'leads.csv', 'text/csv');
    expect(refused.status).toBe(403);
    expect((await t.admin.get('/leads?q=CSV')).body.total).toBe(2);
  });

  it('filters by pool, type and keyword and pages with a total', async () => {
    const rep2 = await as('rep2');
    await rep2.post('/leads', lead({ name: '关键字王五', type: 'B2C', company: '杭州独特科技', phone: '0571-8888777' }));
    for (let i = 0; i < 5; i++) await t.admin.post('/leads', lead({ name: `分页${i}`, region: '西南' }));
    const all = (await t.admin.get('/leads?pageSize=200')).body.items as {
      id: string;
      name: string;
      type: string;
      ownerId: string | null;
      company: string | null;
    }[];
    expect(all.length).toBeGreaterThan(15);
    const idsOf = (items: { id: string }[]) => items.map((x) => x.id).sort();

    const pool = await t.admin.get('/leads?pool=true&pageSize=200');
    expect(pool.body.items.every((l: { ownerId: string | null }) => l.ownerId === null)).toBe(true);
    expect(idsOf(pool.body.items)).toEqual(idsOf(all.filter((l) => l.ownerId === null)));
    expect(pool.body.total).toBe(all.filter((l) => l.ownerId === null).length);
    const assigned = await t.admin.get('/leads?pool=false&pageSize=200');
    expect(assigned.body.total).toBe(all.length - pool.body.total);

    const b2c = await t.admin.get('/leads?type=B2C&pageSize=200');
    expect(b2c.body.total).toBe(all.filter((l) => l.type === 'B2C').length);
    expect(b2c.body.total).toBeGreaterThan(0);
    expect(b2c.body.items.every((l: { type: string }) => l.type === 'B2C')).toBe(true);
    expect((await t.admin.get('/leads?type=B2Z')).status).toBe(400);

    for (const q of ['王五', '独特', '8888777']) {
      const found = await t.admin.get(`/leads?q=${encodeURIComponent(q)}`);
      expect(found.body.total, q).toBe(1);
      expect(found.body.items[0].name).toBe('关键字王五');
    }
    expect((await t.admin.get(`/leads?q=${encodeURIComponent('%')}`)).body.total).toBe(0);

    const pages = [1, 2, 3].map((page) => t.admin.get(`/leads?pageSize=5&page=${page}`));
    const results = await Promise.all(pages);
    for (const r of results) {
      expect(r.body.total).toBe(all.length);
      expect(r.body.pageSize).toBe(5);
    }
    expect(results.map((r) => r.body.page)).toEqual([1, 2, 3]);
    const paged = results.flatMap((r) => r.body.items.map((l: { id: string }) => l.id));
    expect(paged).toEqual(all.slice(0, 15).map((l) => l.id));
    expect(new Set(paged).size).toBe(15);
    const beyond = await t.admin.get(`/leads?pageSize=200&page=2`);
    expect(beyond.body.items).toEqual([]);
    expect(beyond.body.total).toBe(all.length);
    expect((await t.admin.get('/leads?pageSize=201')).status).toBe(400);
  });
});
