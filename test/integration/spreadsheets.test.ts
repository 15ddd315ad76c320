import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, importFile, PASSWORD } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { sh } from '../support/time.js';

/** Spreadsheets in and out: formula cells never become "[object Object]", formulas never leave live. */
describe('spreadsheet imports and exports', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof createOrg>>;
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const INJECTED = ["=cmd|' /C calc'!A0", '@SUM(1+1)*cmd', '+1+2', '-3+4', '=HYPERLINK("https://evil.example/p","点此领奖")'];

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t);
    t.clock.set(sh('2026-11-23T10:00:00'));
  });
  afterAll(() => t.close());

  const download = async (url: string, headers: Record<string, string>) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    return workbook;
  };
  const cookieOf = (client: unknown) => ({ cookie: (client as { auth: { cookie: string } }).auth.cookie });
  /** Every cell of every sheet: none may hold a formula, and no text may start like one. */
  const assertInert = (workbook: ExcelJS.Workbook) => {
    const texts: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string') {
            expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
            texts.push(cell.value);
          }
        }),
      ),
    );
    return texts;
  };

  it('imports a formula cell as its computed value and reports formulas without one, never an object', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('线索');
    sheet.addRow(['名称', '类型', '区域', '产品线', '公司']);
    sheet.addRow([{ formula: 'CONCATENATE("公式","客户")', result: '公式客户' }, 'B2B', '华东', '工业设备', '甲公司']);
    sheet.addRow([{ formula: 'A1&"x"' }, 'B2B', '华东', '工业设备', '乙公司']);
    sheet.addRow(['错误值客户', 'B2B', '华东', '工业设备', { error: '#REF!' }]);
    sheet.addRow(['数字公式', 'B2B', '华东', '工业设备', { formula: '1+1', result: 2 }]);
    sheet.addRow(["=cmd|' /C calc'!A0", 'B2B', '华东', '工业设备', '']);
    const r = await importFile(t.admin, Buffer.from(await workbook.xlsx.writeBuffer()), '公式.xlsx', XLSX);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ created: 3, failed: 2 });
    expect(r.body.errors.map((e: { row: number }) => e.row)).toEqual([3, 4]);
    expect(r.body.errors[0].message).toContain('「名称」列是公式 =A1&"x"');
    expect(r.body.errors[1].message).toContain('#REF!');
    const leads = (await t.admin.get('/leads?pageSize=200')).body.items as { name: string; company: string | null }[];
    expect(leads.map((l) => l.name).sort()).toEqual(["=cmd|' /C calc'!A0", '公式客户', '数字公式'].sort());
    expect(leads.find((l) => l.name === '数字公式')!.company).toBe('2');
    expect(JSON.stringify(leads)).not.toContain('[object Object]');

    const bad = new ExcelJS.Workbook();
    bad.addWorksheet('leads').addRows([
      ['name', 'type', 'region', 'productLine'],
      [{ formula: 'A1&"x"' }, 'B2B', '华东', '工业设备'],
    ]);
    const english = await importFile(t.admin, Buffer.from(await bad.xlsx.writeBuffer()), 'formulas.xlsx', XLSX, { 'accept-language': 'en' });
    expect(english.body).toMatchObject({ created: 0, failed: 1 });
    expect(english.body.errors[0].message).toContain('Column "name" holds the formula =A1&"x" with no computed value');
  });

  it('keeps text that looks like a formula as text in exports, and writes dates as date cells', async () => {
    const rep1 = await org.as('rep1');
    for (const name of INJECTED) expect((await rep1.post('/leads', { name, type: 'B2B', region: '华东', productLine: '工业设备' })).status).toBe(201);
    await t.admin.post('/users', { username: 'formula_rep', password: PASSWORD, displayName: '=1+1', role: 'sales', teamId: org.ids.east });
    t.clock.set(sh('2026-11-26T09:00:00')); // 71 h idle: every lead is on the stale list

    const stale = await download('/reports/stale.xlsx', { ...cookieOf(await org.as('sup1')), 'accept-language': 'zh-CN' });
    const texts = assertInert(stale);
    for (const name of INJECTED) expect(texts).toContain(`'${name}`);
    const detail = stale.getWorksheet('断点明细')!;
    const last = detail.getRow(2).getCell(8);
    expect(last.value).toBeInstanceOf(Date);
    expect(last.numFmt).toBe('yyyy"年"m"月"d"日" hh:mm');
    // The cell shows Shanghai wall time: the leads were created at 10:00 on 23 November.
    expect((last.value as Date).toISOString()).toBe('2026-11-23T10:00:00.000Z');
    const generated = stale.getWorksheet('说明')!.getRow(1).getCell(2);
    expect(generated.value).toBeInstanceOf(Date);
    expect((generated.value as Date).toISOString()).toBe('2026-11-26T09:00:00.000Z');

    const token = (await t.admin.post('/tokens', { name: 'BI', scopes: ['read'], userId: org.ids.sup1 })).body.token as string;
    const english = await download('/reports/stale.xlsx', { authorization: `Bearer ${token}`, 'accept-language': 'en' });
    expect(english.worksheets[0].getRow(2).getCell(8).numFmt).toBe('yyyy-mm-dd hh:mm');

    const radar = await download('/analytics/radar.xlsx?month=2026-11', cookieOf(t.admin));
    expect(assertInert(radar)).toContain("'=1+1");
    const collaboration = await download('/reports/collaboration.xlsx?month=2026-11', cookieOf(t.admin));
    assertInert(collaboration);
  });
});
