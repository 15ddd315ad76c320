import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function sheet(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('x');
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('setup wizard: teams and users from a sheet', () => {
  it('offers the wizard on an empty install, to an administrator only', async () => {
    expect((await t.admin.get('/setup')).body).toEqual({ needed: true, teams: 0, users: 1 });
    expect((await t.anonymous.get('/setup')).status).toBe(401);
  });

  it('serves the sheet to fill in', async () => {
    const r = await t.app.inject({
      method: 'GET',
      url: '/api/v1/setup/org-template.xlsx',
      headers: { cookie: (t.admin as unknown as { auth: { cookie: string } }).auth.cookie },
    });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe(XLSX);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].getRow(1).values).toEqual([undefined, '团队', '区域', '用户名', '姓名', '角色']);
  });

  it('creates the teams and users of the sheet, with first passwords shown once, and reports bad rows', async () => {
    const content = await sheet([
      ['团队', '区域', '用户名', '姓名', '角色'],
      ['城东店', '华东', 'wang.zhuguan', '王主管', '主管'],
      ['城东店', '华东', 'li.sales', '李销售', '销售'],
      ['城西店', '华南', 'zhao.sales', '赵销售', 'sales'],
      ['城西店', '火星', 'nobody', '无区域', '销售'],
      ['城西店', '华南', 'li.sales', '重复', '销售'],
      ['城西店', '华南', 'x', '坏用户名', '销售'],
    ]);
    const r = await importFile(t.admin, content, 'team.xlsx', XLSX, {}, '/setup/org-import');
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.teams).toEqual(['城东店', '城西店']);
    expect(r.body.users.map((u: { username: string; role: string }) => `${u.username}:${u.role}`)).toEqual([
      'wang.zhuguan:supervisor',
      'li.sales:sales',
      'zhao.sales:sales',
    ]);
    expect(r.body.errors.map((e: { row: number }) => e.row)).toEqual([5, 6, 7]);
    expect(r.body.errors[0].message).toContain('火星');

    const rep = await t.login('li.sales', r.body.users[1].password);
    const me = (await rep.get('/me')).body;
    expect(me).toMatchObject({ role: 'sales', team: { name: '城东店', region: '华东' } });
    const teams = (await t.admin.get('/teams')).body.items;
    const east = teams.find((team: { name: string }) => team.name === '城东店');
    expect(east.supervisorId).toBe((await t.admin.get('/users?role=supervisor')).body.items[0].id);
    expect((await t.admin.get('/setup')).body.needed).toBe(false);
  });

  it('refuses a file that is not a sheet, and a missing file, changing nothing', async () => {
    const r = await importFile(t.admin, Buffer.from('not a sheet'), 'team.xlsx', XLSX, {}, '/setup/org-import');
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('IMPORT_INVALID');
    const none = await t.admin.request('POST', '/setup/org-import', Buffer.from('--b--\r\n'), { 'content-type': 'multipart/form-data; boundary=b' });
    expect(none.status).toBe(400);
    const rep = await t.login('zhao.sales', 'wrong-password-123').catch(() => null);
    expect(rep).toBeNull();
  });
});
