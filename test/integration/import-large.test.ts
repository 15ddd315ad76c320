import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importEngineOf } from '../../src/core/import/engine.js';
import { createOrg, importFile } from '../support/fixtures.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';

/**
 * A large import through the real batches of 500, with the progress read from the job between
 * batches; prints time and rows/s. The suite runs 1,500 rows; the 100,000-row measurement is
 * `IMPORT_BENCH_ROWS=100000 npx vitest run --project pglite test/integration/import-large.test.ts`.
 */
const ROWS = Number(process.env.IMPORT_BENCH_ROWS ?? 1_500);

describe(`a lead import of ${ROWS.toLocaleString('en')} rows`, () => {
  let t: TestApp;
  let sup1: Client;
  beforeAll(async () => {
    t = await createTestApp();
    sup1 = await (await createOrg(t)).as('sup1');
  });
  afterAll(() => t.close());

  it('reports progress while it runs', { timeout: 3_600_000 }, async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('线索');
    sheet.addRow(['名称', '类型', '区域', '产品线', '电话', '公司', '来源']);
    for (let i = 0; i < ROWS; i++)
      sheet.addRow([`批量${i}`, i % 2 ? 'B端' : 'C端', '华东', '工业设备', `139${String(i).padStart(8, '0')}`, i % 2 ? `批量公司${i}` : '', '展会']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const began = performance.now();
    const uploaded = await importFile(sup1, buffer, 'big.xlsx', 'x', {}, '/imports/leads/upload');
    expect(uploaded.status).toBe(201);
    const uploadMs = performance.now() - began;
    await sup1.put(`/imports/${uploaded.body.id}/mapping`, { mapping: uploaded.body.mapping, mode: 'skip_bad_rows' });
    await sup1.post(`/imports/${uploaded.body.id}/start`);
    const progress: number[] = [];
    const workStart = performance.now();
    await importEngineOf(t.ctx).work({
      onBatch: async () => {
        progress.push((await sup1.get(`/imports/${uploaded.body.id}`)).body.processed);
      },
    });
    const workMs = performance.now() - workStart;
    const done = (await sup1.get(`/imports/${uploaded.body.id}`)).body;
    expect(done).toMatchObject({ state: 'done', created: ROWS });
    expect(progress.length).toBe(Math.ceil(ROWS / 500));
    const totalMs = performance.now() - began;
    console.log(
      JSON.stringify({
        database: t.ctx.dbKind,
        rows: ROWS,
        uploadMs: Math.round(uploadMs),
        workMs: Math.round(workMs),
        totalMs: Math.round(totalMs),
        rowsPerSecond: Math.round(ROWS / (totalMs / 1000)),
        progressSamples: progress.length,
      }),
    );
  });
});
