import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg } from '../support/fixtures.js';
import { Client, createTestApp, type TestApp } from '../support/test-app.js';
import { sh } from '../support/time.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';

const EAST_KEY = 'east-0000-1111-2222-333333333333';
const SOUTH_KEY = 'south-0000-1111-2222-333333333333';

describe('notices, group messages and exports in the reader’s language', () => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  let org: Awaited<ReturnType<typeof createOrg>>;
  let rep1: Client;
  let sup1: Client;
  let sup2: Client;
  let rep3: Client;
  let leadId: string;

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    t = await createTestApp({ env: { PUBLIC_URL: 'https://crm.example.com' } });
    org = await createOrg(t);
    [rep1, sup1, sup2, rep3] = await Promise.all(['rep1', 'sup1', 'sup2', 'rep3'].map((u) => org.as(u)));
    // rep1 reads English; sup1 and everyone else Chinese.
    expect((await rep1.patch('/me', { locale: 'en' })).status).toBe(200);
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  const inboxOf = async (client: Client, kind: string) =>
    (await client.get('/notifications?pageSize=200')).body.items.filter((n: any) => n.kind === kind && n.data.leadId === leadId);

  it('lets admins set a team’s language, zh-CN by default', async () => {
    const teams = (await t.admin.get('/teams')).body.items;
    expect(teams.find((x: any) => x.id === org.ids.east).locale).toBe('zh-CN');
    expect((await sup1.patch(`/teams/${org.ids.east}`, { locale: 'en' })).status).toBe(403);
    const bad = await t.admin.patch(`/teams/${org.ids.east}`, { locale: 'fr' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION');
    const changed = await t.admin.patch(`/teams/${org.ids.east}`, { locale: 'en' });
    expect(changed.status).toBe(200);
    expect(changed.body.locale).toBe('en');
    const created = await t.admin.post('/teams', { name: 'Export team', region: '华北', locale: 'en' });
    expect(created.body.locale).toBe('en');

    expect((await sup1.put(`/teams/${org.ids.east}/channels`, { wecom: { url: receiver.url(`/cgi-bin/webhook/send?key=${EAST_KEY}`) } })).status).toBe(200);
    expect((await sup2.put(`/teams/${org.ids.south}/channels`, { wecom: { url: receiver.url(`/cgi-bin/webhook/send?key=${SOUTH_KEY}`) } })).status).toBe(200);
  });

  it('words one breach in English for an English reader and in Chinese for a Chinese one', async () => {
    t.clock.set(sh('2026-11-24T09:00:00')); // Tuesday
    leadId = (await rep1.post('/leads', { name: '上海精工机械', type: 'B2B', region: '华东', productLine: '工业设备' })).body.id;
    await rep3.post('/leads', { name: '深圳电子', type: 'B2B', region: '华南', productLine: '工业设备' });
    t.clock.set(sh('2026-11-24T11:00:00'));
    await t.ctx.scheduler.tick();

    const [english] = await inboxOf(rep1, 'lead.sla.breached');
    const [chinese] = await inboxOf(sup1, 'lead.sla.breached');
    expect(english.id).not.toBe(chinese.id);
    expect(english).toMatchObject({
      title: 'Lead “上海精工机械” missed its response deadline and was escalated to the supervisor',
      body: '华东 · 工业设备 · B2B lead, due 2026-11-24 11:00, not contacted yet.',
    });
    expect(chinese).toMatchObject({
      title: '线索「上海精工机械」响应超时，已升级至主管',
      body: '华东 · 工业设备 · B端线索，响应截止 2026-11-24 11:00，至今未首次联系。',
    });
    const [warning] = await inboxOf(rep1, 'lead.sla.warning');
    expect(warning.title).toBe('Lead “上海精工机械” is about to miss its response deadline');

    // The wording follows the reader's setting whenever the inbox is read.
    expect((await rep1.patch('/me', { locale: 'zh-CN' })).status).toBe(200);
    expect((await inboxOf(rep1, 'lead.sla.breached'))[0].title).toBe(chinese.title);
    expect((await rep1.patch('/me', { locale: 'en' })).status).toBe(200);
    const read = await rep1.post(`/notifications/${english.id}/read`);
    expect(read.body.title).toBe(english.title);
  });

  it('writes each team’s group message in the team’s language', async () => {
    expect(await t.ctx.outbox.drain()).toMatchObject({ sent: 2, dead: 0 });
    const sent = (key: string) => receiver.requests.filter((r) => r.query.key === key).map((r) => r.body.markdown.content as string);
    const [east] = sent(EAST_KEY);
    expect(east).toContain('Response overdue: 1 lead has passed the golden response time without contact');
    expect(east).toContain('Open the leads list');
    expect(east).toContain('上海精工机械');
    expect(east).not.toContain('响应超时');
    const [south] = sent(SOUTH_KEY);
    expect(south).toContain('【响应超时】1 条线索超过黄金响应时效未联系');
    expect(south).toContain('深圳电子');

    const test = await sup1.post(`/teams/${org.ids.east}/channels/test`);
    expect(test.body.queued).toBe(1);
    const log = await t.admin.get('/outbox?status=pending');
    expect(log.body.items.map((i: any) => i.title)).toEqual(['Test message: the notification channel works']);
  });

  it('exports sheets with the requester’s headers: the user’s setting, or Accept-Language for tokens', async () => {
    t.clock.set(sh('2026-11-27T12:00:00')); // the lead has been idle for three days
    const sheetOf = async (headers: Record<string, string>) => {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/reports/stale.xlsx', headers });
      expect(response.statusCode).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      return { workbook, disposition: String(response.headers['content-disposition']) };
    };
    const english = await sheetOf({ cookie: (rep1 as any).auth.cookie, 'accept-language': 'zh-CN' });
    expect(english.workbook.worksheets.map((s) => s.name)).toEqual(['Stale records', 'By region', 'By product line', 'By rep', 'About']);
    const detail = english.workbook.getWorksheet('Stale records')!;
    expect(detail.getRow(1).values).toEqual([
      undefined,
      'Type',
      'Name',
      'Region',
      'Product line',
      'Owner',
      'Team',
      'Status / stage',
      'Last update',
      'Idle (hours)',
    ]);
    expect(detail.getRow(2).getCell(1).value).toBe('Lead');
    expect(detail.getRow(2).getCell(7).value).toBe('New');
    expect(english.workbook.getWorksheet('About')!.getRow(2).values).toEqual([
      undefined,
      'Rule',
      'Open leads and opportunities without an update for more than 48 hours',
    ]);
    expect(english.disposition).toContain(encodeURIComponent('stale-list-2026-11-27.xlsx'));

    const chinese = await sheetOf({ cookie: (sup1 as any).auth.cookie, 'accept-language': 'en' });
    expect(chinese.workbook.getWorksheet('断点明细')!.getRow(1).getCell(2).value).toBe('名称');
    expect(chinese.workbook.getWorksheet('断点明细')!.getRow(2).getCell(7).value).toBe('新线索');

    const token = (await t.admin.post('/tokens', { name: 'BI', scopes: ['read'], userId: org.ids.sup1 })).body.token;
    const viaToken = await sheetOf({ authorization: `Bearer ${token}`, 'accept-language': 'en-GB,en;q=0.9' });
    expect(viaToken.workbook.getWorksheet('Stale records')!.getRow(1).getCell(2).value).toBe('Name');
    const viaChineseToken = await sheetOf({ authorization: `Bearer ${token}` });
    expect(viaChineseToken.workbook.getWorksheet('断点明细')).toBeTruthy();
  });

  it('exports the radar and the collaboration report in English for English users', async () => {
    const load = async (client: Client, url: string) => {
      const response = await t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie: (client as any).auth.cookie } });
      expect(response.statusCode).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      return workbook;
    };
    const radar = await load(rep1, '/analytics/radar.xlsx?month=2026-11');
    expect(radar.worksheets.map((s) => s.name)).toEqual(['Scores', 'Raw data', 'Formulas']);
    expect(radar.getWorksheet('Scores')!.getRow(1).values).toEqual([
      undefined,
      'Rep',
      'Team',
      'Opportunity identification',
      'Solution design',
      'Negotiation',
      'Account management',
    ]);
    expect(radar.getWorksheet('Raw data')!.getRow(1).getCell(2).value).toBe('Leads converted');

    expect((await t.admin.patch(`/users/${org.ids.director}`, { locale: 'en' })).status).toBe(200);
    const director = await org.as('director');
    const report = await load(director, '/reports/collaboration.xlsx?month=2026-10');
    expect(report.worksheets.map((s) => s.name)).toEqual(['Time per step', 'Top 3 rejection reasons', 'Disputed clauses', 'SLA compliance']);
    const steps = report.getWorksheet('Time per step')!;
    expect(steps.getRow(1).values).toEqual([undefined, 'Step', 'Completed', 'Average (working days)']);
    expect(steps.getRow(2).getCell(1).value).toBe('Confirmation: product');
    expect(report.getWorksheet('SLA compliance')!.getRow(2).getCell(1).value).toBe('Product');
  });
});
