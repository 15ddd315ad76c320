import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, uploadEvidence } from '../support/fixtures.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';
import { sh } from '../support/time.js';

/** Lists: server-side sorting, bulk assign and claim, .xlsx export with filters and scope, saved views. */
describe('lists', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof createOrg>>;
  let sup1: Client;
  let rep1: Client;
  let rep2: Client;
  const lead = async (client: Client, body: Record<string, unknown>) => {
    const r = await client.post('/leads', { type: 'B2B', region: '华东', productLine: '工业设备', ...body });
    expect(r.status).toBe(201);
    return r.body as { id: string; name: string };
  };
  const cookieOf = (client: Client) => ({ cookie: (client as unknown as { auth: { cookie: string } }).auth.cookie });
  const sheetOf = async (client: Client, url: string) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { ...cookieOf(client), 'accept-language': 'zh-CN' } });
    expect(response.statusCode, response.body).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  };
  const auditOf = async (action: string) => {
    const pending = await t.ctx.db.selectFrom('audit_pending').select(['entity_id', 'actor_id', 'data']).where('action', '=', action).execute();
    const chained = await t.ctx.db.selectFrom('audit_log').select(['entity_id', 'actor_id', 'data']).where('action', '=', action).execute();
    return [...pending, ...chained];
  };

  let names: { id: string; name: string }[];
  let pooledEast: { id: string };
  let pooledSouth: { id: string };
  let south: { id: string };
  let converted: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t);
    [sup1, rep1, rep2] = await Promise.all([org.as('sup1'), org.as('rep1'), org.as('rep2')]);
    t.clock.set(sh('2026-11-24T10:00:00'));
    // Same company on purpose for two leads: the tie is broken by id.
    names = [];
    for (const [name, company] of [
      ['C 丙线索', '=HYPERLINK("https://evil.example","领奖")'],
      ['A 甲线索', '同名公司'],
      ['B 乙线索', '同名公司'],
    ])
      names.push(await lead(rep1, { name, company, allowDuplicate: true }));
    pooledEast = await lead(sup1, { name: '华东公海', ownerId: null });
    pooledSouth = await lead(t.admin, { name: '华南公海', region: '华南', ownerId: null });
    south = await lead(t.admin, { name: '华南线索', region: '华南', ownerId: org.ids.rep3 });
    converted = await lead(rep1, { name: '已转化线索' });
    expect((await rep1.post(`/leads/${converted.id}/convert`, { grade: 'B', customerName: '已转化客户' })).status).toBe(201);
  });
  afterAll(() => t.close());

  it('sorts every list by a whitelisted column with the id as tie-breaker, and refuses an unknown column with 400', async () => {
    const byName = await rep1.get('/leads?sort=name&ownerId=' + org.ids.rep1);
    expect(byName.status).toBe(200);
    const sortedNames = byName.body.items.map((l: { name: string }) => l.name);
    expect(sortedNames.filter((n: string) => /^[ABC] /.test(n))).toEqual(['A 甲线索', 'B 乙线索', 'C 丙线索']);
    const descending = (await rep1.get('/leads?sort=-name&ownerId=' + org.ids.rep1)).body.items.map((l: { name: string }) => l.name);
    expect(descending).toEqual([...sortedNames].reverse());
    const tied = (await rep1.get('/leads?sort=company&q=同名公司')).body.items.map((l: { id: string }) => l.id);
    expect(tied).toEqual([...tied].sort());
    expect(tied).toHaveLength(2);
    // Pages of a sorted list neither repeat nor skip a lead.
    const page1 = (await sup1.get('/leads?sort=company&pageSize=2&page=1')).body;
    const page2 = (await sup1.get('/leads?sort=company&pageSize=2&page=2')).body;
    const page3 = (await sup1.get('/leads?sort=company&pageSize=2&page=3')).body;
    const paged = [...page1.items, ...page2.items, ...page3.items].map((l: { id: string }) => l.id);
    expect(new Set(paged).size).toBe(page1.total);
    for (const url of ['/leads?sort=password', '/leads?sort=-phone', '/customers?sort=secret', '/opportunities?sort=-nope']) {
      const r = await sup1.get(url);
      expect(r.status, url).toBe(400);
      expect(r.body.error.code).toBe('VALIDATION');
    }
    expect((await sup1.get('/customers?sort=-grade')).status).toBe(200);
    expect((await sup1.get('/opportunities?sort=-amount')).status).toBe(200);
  });

  it('bulk-assigns in one request: refused leads (converted in scope, out of scope) change nothing, the others move and are audited', async () => {
    const ids = [names[0].id, converted.id, south.id, pooledEast.id];
    const r = await sup1.post('/leads/bulk-assign', { ids, ownerId: org.ids.rep2 });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ done: 2, refused: 2 });
    expect(r.body.results).toEqual([
      { id: names[0].id, status: 'done' },
      { id: converted.id, status: 'refused', code: 'LEAD_CONVERTED', message: expect.any(String) },
      { id: south.id, status: 'refused', code: 'NOT_FOUND', message: expect.stringContaining('线索') },
      { id: pooledEast.id, status: 'done' },
    ]);
    expect((await sup1.get(`/leads/${names[0].id}`)).body.ownerId).toBe(org.ids.rep2);
    expect((await sup1.get(`/leads/${pooledEast.id}`)).body.ownerId).toBe(org.ids.rep2);
    expect((await t.admin.get(`/leads/${south.id}`)).body.ownerId).toBe(org.ids.rep3);
    const audited = (await auditOf('lead.assign')).map((a) => a.entity_id);
    expect(audited).toEqual(expect.arrayContaining([names[0].id, pooledEast.id]));
    expect(audited).not.toContain(south.id);
    // Back to rep1 for the other tests; a rep may not assign, an owner outside the caller's reach refuses the whole request.
    expect((await sup1.post('/leads/bulk-assign', { ids: [names[0].id], ownerId: org.ids.rep1 })).body.done).toBe(1);
    expect((await rep1.post('/leads/bulk-assign', { ids: [names[1].id], ownerId: org.ids.rep2 })).status).toBe(403);
    expect((await sup1.post('/leads/bulk-assign', { ids: [names[1].id], ownerId: org.ids.rep3 })).status).toBe(422);
    expect((await sup1.post('/leads/bulk-assign', { ids: [], ownerId: org.ids.rep2 })).status).toBe(400);
    expect((await sup1.post('/leads/bulk-assign', { ids: [names[1].id, names[1].id], ownerId: org.ids.rep2 })).status).toBe(400);
  });

  it('bulk-claims from the pool: an owned lead in scope and a lead of another region are refused', async () => {
    const another = await lead(sup1, { name: '第二条华东公海', ownerId: null });
    const r = await rep1.post('/leads/bulk-claim', { ids: [another.id, names[1].id, pooledSouth.id] }, { 'accept-language': 'en' });
    expect(r.status).toBe(200);
    expect(r.body.results).toEqual([
      { id: another.id, status: 'done' },
      { id: names[1].id, status: 'refused', code: 'LEAD_ALREADY_ASSIGNED', message: 'This lead has already been claimed' },
      { id: pooledSouth.id, status: 'refused', code: 'NOT_FOUND', message: 'Lead not found' },
    ]);
    expect((await rep1.get(`/leads/${another.id}`)).body.ownerId).toBe(org.ids.rep1);
    expect((await t.admin.get(`/leads/${pooledSouth.id}`)).body.ownerId).toBeNull();
    expect((await auditOf('lead.claim')).map((a) => a.entity_id)).toEqual([another.id]);
  });

  it('exports the list with its filters, sort and the caller’s scope, neutralises formulas and audits the export', async () => {
    const all = await sheetOf(sup1, '/leads/export.xlsx?sort=name');
    expect(all[0]).toEqual(['名称', '类型', '区域', '产品线', '公司', '电话', '来源', '负责人', '状态', '响应时效', '响应截止', '创建时间', '最近活动']);
    const exportedNames = all.slice(1).map((row) => row[0]);
    const listed = (await sup1.get('/leads?sort=name&pageSize=100')).body.items.map((l: { name: string }) => l.name);
    expect(exportedNames).toEqual(listed);
    expect(exportedNames).not.toContain('华南线索');
    expect(exportedNames).not.toContain('华南公海');
    expect(exportedNames).toContain('华东公海');
    const risky = all.find((row) => row[0] === 'C 丙线索')!;
    expect(risky[4]).toBe('\'=HYPERLINK("https://evil.example","领奖")');
    const filtered = await sheetOf(sup1, '/leads/export.xlsx?status=converted');
    expect(filtered.slice(1).map((row) => row[0])).toEqual(['已转化线索']);
    // Selected rows only; a selected id outside the caller's scope is not exported.
    const selected = await sheetOf(rep1, `/leads/export.xlsx?sort=-name&ids=${names[1].id},${names[2].id},${south.id}`);
    expect(selected.slice(1).map((row) => row[0])).toEqual(['B 乙线索', 'A 甲线索']);
    expect((await rep1.get('/leads/export.xlsx?ids=not-an-id')).status).toBe(400);
    expect((await rep1.get('/leads/export.xlsx?sort=phone')).status).toBe(400);
    const audits = await auditOf('lead.export');
    expect(audits.map((a) => a.actor_id)).toEqual(expect.arrayContaining([org.ids.sup1, org.ids.rep1]));
    const customers = await sheetOf(rep2, '/customers/export.xlsx');
    expect(customers[0].slice(0, 3)).toEqual(['名称', '类型', '等级']);
    expect(customers.slice(1)).toHaveLength(0);
    expect((await sheetOf(rep1, '/customers/export.xlsx')).slice(1).map((row) => row[0])).toEqual(['已转化客户']);
    const opportunities = await sheetOf(sup1, '/opportunities/export.xlsx?sort=-amount');
    expect(opportunities[0].slice(0, 4)).toEqual(['商机名称', '客户', '金额', '阶段']);
  });

  it('keeps saved views per user: others neither see nor delete them, the same name replaces', async () => {
    const saved = await rep1.post('/saved-views', { list: 'leads', name: '超时线索', query: 'slaStatus=breached&sort=-createdAt' });
    expect(saved.status).toBe(201);
    await rep1.post('/saved-views', { list: 'customers', name: 'A 级', query: 'grade=A' });
    const replaced = await rep1.post('/saved-views', { list: 'leads', name: '超时线索', query: 'slaStatus=breached&sort=name' });
    expect(replaced.body.id).toBe(saved.body.id);
    const mine = await rep1.get('/saved-views?list=leads');
    expect(mine.body.items).toEqual([expect.objectContaining({ name: '超时线索', query: 'slaStatus=breached&sort=name', list: 'leads' })]);
    expect((await rep2.get('/saved-views?list=leads')).body.items).toEqual([]);
    expect((await rep2.delete(`/saved-views/${saved.body.id}`)).status).toBe(404);
    expect((await rep1.get('/saved-views?list=leads')).body.items).toHaveLength(1);
    expect((await rep1.post('/saved-views', { list: 'nope', name: 'x', query: '' })).status).toBe(400);
    expect((await rep1.delete(`/saved-views/${saved.body.id}`)).status).toBe(204);
    expect((await rep1.get('/saved-views?list=leads')).body.items).toEqual([]);
    expect((await rep1.get('/saved-views?list=customers')).body.items).toHaveLength(1);
  });

  it('searches and exports follow-ups across records within the caller’s scope', async () => {
    const rep3 = await org.as('rep3');
    const write = async (client: Client, targetId: string, content: string) => {
      const r = await client.post('/followups', {
        targetType: 'lead',
        targetId,
        channel: 'phone',
        valueTag: 'needs_discovery',
        content,
        attachmentIds: [await uploadEvidence(client)],
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    };
    await write(rep1, names[1].id, '华东电话沟通 1');
    t.clock.set(sh('2026-11-24T11:00:00'));
    await write(rep1, names[2].id, '=华东电话沟通 2');
    await write(rep3, south.id, '华南电话沟通');
    const eastOnly = await sup1.get('/followups/search?sort=-createdAt');
    expect(eastOnly.status).toBe(200);
    expect(eastOnly.body.items.map((f: { content: string }) => f.content)).toEqual(['=华东电话沟通 2', '华东电话沟通 1']);
    expect(eastOnly.body.total).toBe(2);
    expect((await sup1.get('/followups/search?sort=createdAt')).body.items[0].content).toBe('华东电话沟通 1');
    expect((await t.admin.get('/followups/search?q=华南')).body.items.map((f: { content: string }) => f.content)).toEqual(['华南电话沟通']);
    expect((await sup1.get('/followups/search?sort=content')).status).toBe(400);
    const sheet = await sheetOf(sup1, '/followups/export.xlsx?sort=createdAt');
    expect(sheet[0]).toEqual(['时间', '记录人', '对象类型', '跟进方式', '价值标签', '阶段', '内容', '下次跟进']);
    expect(sheet.slice(1).map((row) => row[6])).toEqual(['华东电话沟通 1', "'=华东电话沟通 2"]);
    expect(sheet[1].slice(1, 3)).toEqual(['rep1', '线索']);
  });
});
