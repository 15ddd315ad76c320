import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importEngineOf } from '../../src/core/import/engine.js';
import { createOrg, importFile } from '../support/fixtures.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';
import { sh } from '../support/time.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A sheet with its own column names, as a customer's spreadsheet has them. */
const HEADERS = ['客户姓名', '客户类别', '所在区域', '产品', '手机', '单位名', '渠道'];

async function sheetOf(rows: (string | number)[][], headers = HEADERS): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名单');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function workbookOf(client: Client, t: TestApp, url: string): Promise<ExcelJS.Workbook> {
  const auth = (client as unknown as { auth: { cookie: string } }).auth;
  const response = await t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie: auth.cookie } });
  expect(response.statusCode, response.body).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return workbook;
}

const MAPPING = { name: '客户姓名', type: '客户类别', region: '所在区域', productLine: '产品', phone: '手机', company: '单位名', source: '渠道' };

describe('imports as background jobs', () => {
  let t: TestApp;
  let sup1: Client;
  let rep1: Client;
  const rows = [
    ['作业一', 'B端', '华东', '工业设备', '13911110001', '作业公司一', '展会'],
    ['作业二', 'C端', '华南', '软件服务', '13911110002', '', '官网'],
    ['作业三', 'B2B', '火星', '无此线', 'abc', '', '=HYPERLINK("https://evil.example","x")'],
    ['作业四', 'B端', '华北', '耗材配件', '13911110004', '作业公司四', ''],
    ['作业五', 'B端', '华东', '工业设备', '13911110005', '作业公司五', ''],
    ['作业六', 'C端', '华东', '软件服务', '13911110006', '', ''],
  ];

  const upload = async (client: Client, kind: string, buffer: Buffer) => {
    const r = await importFile(client, buffer, '名单.xlsx', XLSX, {}, `/imports/${kind}/upload`);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body;
  };
  const leadCount = async (q: string) => (await t.admin.get(`/leads?q=${encodeURIComponent(q)}&pageSize=200`)).body.total as number;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await createOrg(t);
    t.clock.set(sh('2026-11-23T10:00:00'));
    sup1 = await org.as('sup1');
    rep1 = await org.as('rep1');
  });
  afterAll(() => t.close());

  it('serves a template with the headers, an example row and the instructions, readable by exceljs', async () => {
    const workbook = await workbookOf(sup1, t, '/imports/leads/template.xlsx');
    expect(workbook.worksheets).toHaveLength(2);
    const [data, help] = workbook.worksheets;
    expect((data.getRow(1).values as unknown[]).slice(1)).toEqual(['名称', '类型', '区域', '产品线', '电话', '公司', '来源']);
    expect((data.getRow(2).values as unknown[]).slice(1, 3)).toEqual(['苏州精工机械', 'B端']);
    expect(help.name).toBe('填写说明');
    expect(JSON.stringify(help.getSheetValues())).toContain('B端、C端');
  });

  it('refuses kinds a role may not import before reading any file', async () => {
    expect((await importFile(rep1, await sheetOf(rows), 'a.xlsx', XLSX, {}, '/imports/leads/upload')).status).toBe(403);
    expect((await importFile(rep1, await sheetOf(rows), 'a.xlsx', XLSX, {}, '/imports/products/upload')).status).toBe(403);
    expect((await importFile(sup1, await sheetOf(rows), 'a.xlsx', XLSX, {}, '/imports/products/upload')).status).toBe(403);
    expect((await rep1.get('/imports/customers/template.xlsx')).status).toBe(403);
  });

  it('suggests a mapping by header name, then remembers the one chosen per user and kind', async () => {
    const first = await upload(sup1, 'leads', await sheetOf(rows));
    expect(first.state).toBe('uploaded');
    expect(first.headers).toEqual(HEADERS);
    expect(first.total).toBe(6);
    expect(first.mapping.name).toBeNull();
    const refused = await sup1.put(`/imports/${first.id}/mapping`, { mapping: { ...MAPPING, name: null }, mode: 'skip_bad_rows' });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('IMPORT_MAPPING_REQUIRED');
    const set = await sup1.put(`/imports/${first.id}/mapping`, { mapping: MAPPING, mode: 'skip_bad_rows' });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    const second = await upload(sup1, 'leads', await sheetOf(rows));
    expect(second.mapping).toEqual(MAPPING);
    // Another user's suggestion is their own.
    const director = await t.login('director', 'Lantern-Brisk-2026');
    expect((await upload(director, 'leads', await sheetOf(rows))).mapping.name).toBeNull();
  });

  it('previews every problem of a row in the sheet’s own column names', async () => {
    const job = await upload(sup1, 'leads', await sheetOf(rows));
    const preview = await sup1.get(`/imports/${job.id}/preview?limit=10`);
    expect(preview.status).toBe(200);
    expect(preview.body.rows).toHaveLength(6);
    const bad = preview.body.rows.find((r: { line: number }) => r.line === 4);
    expect(bad.problems).toHaveLength(3);
    expect(bad.problems.join('\n')).toMatch(/「所在区域」.*火星/);
    expect(bad.problems.join('\n')).toMatch(/「产品」.*无此线/);
    expect(bad.problems.join('\n')).toContain('「手机」');
    expect(preview.body.rows.filter((r: { problems: string[] }) => r.problems.length > 0)).toHaveLength(1);
    const english = await sup1.get(`/imports/${job.id}/preview`, { 'accept-language': 'en' });
    expect(english.body.rows[2].problems.join('\n')).toContain('Column "所在区域"');
  });

  it('writes nothing in all-or-nothing mode when a row is bad', async () => {
    const job = await upload(sup1, 'leads', await sheetOf(rows));
    await sup1.put(`/imports/${job.id}/mapping`, { mapping: MAPPING, mode: 'all_or_nothing' });
    expect((await sup1.post(`/imports/${job.id}/start`)).status).toBe(202);
    expect(await importEngineOf(t.ctx).work({ batchSize: 2 })).toBe(true);
    const done = (await sup1.get(`/imports/${job.id}`)).body;
    expect(done).toMatchObject({ state: 'rejected', created: 0, failed: 1, total: 6 });
    expect(done.error).toContain('1 行');
    expect(await leadCount('作业')).toBe(0);
  });

  it('writes the good rows in batches, reporting progress between them, and an error report', async () => {
    const job = await upload(sup1, 'leads', await sheetOf(rows));
    await sup1.put(`/imports/${job.id}/mapping`, { mapping: MAPPING, mode: 'skip_bad_rows' });
    const started = await sup1.post(`/imports/${job.id}/start`);
    expect(started.body.state).toBe('queued');
    const seen: { state: string; processed: number; created: number }[] = [];
    await importEngineOf(t.ctx).work({
      batchSize: 2,
      onBatch: async () => {
        const now = (await sup1.get(`/imports/${job.id}`)).body;
        seen.push({ state: now.state, processed: now.processed, created: now.created });
      },
    });
    expect(seen).toEqual([
      { state: 'running', processed: 2, created: 2 },
      { state: 'running', processed: 4, created: 3 },
      { state: 'running', processed: 6, created: 5 },
    ]);
    const done = (await sup1.get(`/imports/${job.id}`)).body;
    expect(done).toMatchObject({ state: 'done', total: 6, processed: 6, validated: 6, created: 5, failed: 1, skipped: 0 });
    expect(await leadCount('作业')).toBe(5);
    const report = (await workbookOf(sup1, t, `/imports/${job.id}/errors.xlsx`)).worksheets[0];
    expect((report.getRow(1).values as unknown[]).slice(1)).toEqual(['行号', ...HEADERS, '原因']);
    const line = (report.getRow(2).values as unknown[]).slice(1);
    expect(line.slice(0, 4)).toEqual([4, '作业三', 'B2B', '火星']);
    expect(line[7]).toBe('\'=HYPERLINK("https://evil.example","x")');
    expect(String(line[8]).split('\n')).toHaveLength(3);
    expect(report.rowCount).toBe(2);
    const mine = (await sup1.get('/imports')).body.items as { id: string; state: string }[];
    expect(mine.find((j) => j.id === job.id)).toMatchObject({ state: 'done', created: 5 });
    expect((await rep1.get('/imports')).body.items).toEqual([]);
    expect((await rep1.get(`/imports/${job.id}`)).status).toBe(404);
  });

  it('reports the same file imported again as duplicates and creates nothing new', async () => {
    const job = await upload(sup1, 'leads', await sheetOf(rows));
    await sup1.put(`/imports/${job.id}/mapping`, { mapping: MAPPING, mode: 'skip_bad_rows' });
    const preview = (await sup1.get(`/imports/${job.id}/preview`)).body;
    expect(preview.rows.filter((r: { duplicate: boolean }) => r.duplicate)).toHaveLength(5);
    await sup1.post(`/imports/${job.id}/start`);
    await importEngineOf(t.ctx).work();
    expect((await sup1.get(`/imports/${job.id}`)).body).toMatchObject({ state: 'done', created: 0, skipped: 5, failed: 1 });
    expect(await leadCount('作业')).toBe(5);
  });

  it('reports duplicates inside one file', async () => {
    const buffer = await sheetOf(
      [
        ['客户甲', 'B端', '华东', '工业设备', '0571-1234567', '', ''],
        ['客户乙', 'B端', '华东', '', '0571 1234567', '', ''],
      ],
      ['客户名称', '类型', '区域', '行业', '电话', '备注', '等级'],
    );
    const job = await upload(sup1, 'customers', buffer);
    expect(job.mapping).toMatchObject({ name: '客户名称', type: '类型', region: '区域', phone: '电话', grade: '等级' });
    const preview = (await sup1.get(`/imports/${job.id}/preview`)).body;
    expect(preview.rows[0].problems).toEqual([expect.stringContaining('「等级」必须填写')]);
    expect(preview.rows[1].problems).toEqual([expect.stringContaining('「等级」必须填写')]);
  });

  it('lets exactly one of two concurrent workers claim a job', async () => {
    const job = await upload(sup1, 'customers', await sheetOf([['并发客户', 'B端', 'A', '华东']], ['客户名称', '类型', '等级', '区域']));
    expect((await sup1.post(`/imports/${job.id}/start`)).status).toBe(202);
    const engine = importEngineOf(t.ctx);
    const claims = await Promise.all([engine.claim('node-a'), engine.claim('node-b')]);
    expect(claims.filter((c) => c !== null).map((c) => c.id)).toEqual([job.id]);
    expect(await engine.claim('node-c')).toBeNull();
    expect((await sup1.get(`/imports/${job.id}`)).body.state).toBe('running');
  });
});
