import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { sh } from '../support/time.js';

/** The audit log as an auditor reads it: names instead of codes, filters, and an .xlsx export. */
describe('readable audit log', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof createOrg>>;
  let leadId: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t);
    t.clock.set(sh('2026-11-23T10:00:00'));
    const rep1 = await org.as('rep1');
    const lead = await rep1.post('/leads', { name: '=HYPERLINK("https://evil.example","领奖")', type: 'B2C', region: '华东', productLine: '工业设备' });
    expect(lead.status).toBe(201);
    leadId = lead.body.id;
    t.clock.set(sh('2026-11-25T10:00:00'));
    const rep2 = await org.as('rep2');
    expect((await rep2.post('/leads', { name: '宁波港机械', type: 'B2C', region: '华东', productLine: '工业设备' })).status).toBe(201);
  });
  afterAll(() => t.close());

  it('names the action, the entity type and the record in the reader’s language', async () => {
    const zh = await t.admin.get(`/audit?entityId=${leadId}`);
    expect(zh.status).toBe(200);
    expect(zh.body.items[0]).toMatchObject({
      action: 'lead.create',
      actionLabel: '新建线索',
      entityType: 'lead',
      entityTypeLabel: '线索',
      entityName: '=HYPERLINK("https://evil.example","领奖")',
      actorName: 'rep1',
    });
    const en = await t.admin.get(`/audit?entityId=${leadId}`, { 'accept-language': 'en' });
    // The admin's session locale decides; codes without a name read as themselves.
    expect(['Lead created', '新建线索']).toContain(en.body.items[0].actionLabel);
    const codes = await t.admin.get('/audit/codes');
    expect(codes.body.actions).toContainEqual({ code: 'opportunity.stage', label: '商机阶段推进' });
    expect(codes.body.entityTypes).toContainEqual({ code: 'customer', label: '客户' });
  });

  it('filters by person, entity type, action and date range', async () => {
    const byRep2 = await t.admin.get(`/audit?actorId=${org.ids.rep2}&action=lead.create&entityType=lead`);
    expect(byRep2.body.items.map((e: { entityName: string }) => e.entityName)).toEqual(['宁波港机械']);
    const range = (from: string, to: string) =>
      t.admin.get(`/audit?action=lead.create&from=${encodeURIComponent(sh(from).toISOString())}&to=${encodeURIComponent(sh(to).toISOString())}`);
    expect((await range('2026-11-23T00:00:00', '2026-11-24T00:00:00')).body.items.map((e: { actorName: string }) => e.actorName)).toEqual(['rep1']);
    expect((await range('2026-11-24T00:00:00', '2026-11-26T00:00:00')).body.total).toBe(1);
    expect((await range('2026-11-26T00:00:00', '2026-11-27T00:00:00')).body.total).toBe(0);
    expect((await t.admin.get('/audit?from=yesterday')).status).toBe(400);
  });

  it('exports the filtered entries with user text neutralised, and only to auditors', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/audit.xlsx?action=lead.create`,
      headers: { cookie: (t.admin as unknown as { auth: { cookie: string } }).auth.cookie },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(4).value).toBe('操作');
    const names = [2, 3].map((n) => sheet.getRow(n).getCell(7).value);
    expect(names).toEqual(['宁波港机械', `'=HYPERLINK("https://evil.example","领奖")`]);
    expect(sheet.rowCount).toBe(3);
    const rep1 = await org.as('rep1');
    expect((await rep1.get('/audit.xlsx')).status).toBe(403);
  });
});
