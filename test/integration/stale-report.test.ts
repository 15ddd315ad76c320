import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, uploadEvidence } from '../support/fixtures.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';
import { sh } from '../support/time.js';

describe('昨日断点清单', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof createOrg>>;
  let rep1: Client;
  let rep2: Client;
  let rep3: Client;
  let sup1: Client;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t);
    [rep1, rep2, rep3, sup1] = await Promise.all(['rep1', 'rep2', 'rep3', 'sup1'].map((u) => org.as(u)));
    t.clock.set(sh('2026-11-23T10:00:00')); // Monday
    const lead = async (client: Client, name: string, productLine = '工业设备', region = '华东') => {
      const r = await client.post('/leads', { name, type: 'B2B', region, productLine });
      expect(r.status).toBe(201);
      return r.body.id as string;
    };
    ids.old1 = await lead(rep1, '老线索一');
    ids.old2 = await lead(rep1, '老线索二', '软件服务');
    ids.old3 = await lead(rep2, '老线索三');
    ids.south = await lead(rep3, '华南老线索', '工业设备', '华南');
    ids.touched = await lead(rep2, '有跟进的线索');
    const customer = await rep1.post('/customers', { name: '华东老客户', type: 'B2B', grade: 'B', region: '华东' });
    const opportunity = await rep1.post('/opportunities', { customerId: customer.body.id, name: '老商机', amount: 100000, productLine: '工业设备' });
    ids.opportunity = opportunity.body.id;
    t.clock.set(sh('2026-11-25T09:00:00'));
    await rep2.post('/followups', {
      targetType: 'lead',
      targetId: ids.touched,
      channel: 'phone',
      valueTag: 'needs_discovery',
      content: '回访确认需求',
      attachmentIds: [await uploadEvidence(rep2)],
    });
    ids.fresh = await lead(rep1, '新线索');
    t.clock.set(sh('2026-11-25T10:30:00')); // 48.5 h after the first batch
  });
  afterAll(() => t.close());

  it('lists open leads and opportunities idle for more than 48 h, in the caller\u2019s scope, grouped', async () => {
    const r = await sup1.get('/reports/stale');
    expect(r.status).toBe(200);
    expect(r.body.thresholdHours).toBe(48);
    const listed = r.body.items.map((i: any) => i.id).sort();
    expect(listed).toEqual([ids.old1, ids.old2, ids.old3, ids.opportunity].sort());
    expect(r.body.total).toBe(4);
    expect(r.body.groups.owner).toEqual([
      { key: org.ids.rep1, label: 'rep1', count: 3 },
      { key: org.ids.rep2, label: 'rep2', count: 1 },
    ]);
    expect(r.body.groups.productLine).toEqual([
      { key: '工业设备', label: '工业设备', count: 3 },
      { key: '软件服务', label: '软件服务', count: 1 },
    ]);
    expect(r.body.groups.region).toEqual([{ key: '华东', label: '华东', count: 4 }]);
    const item = r.body.items.find((i: any) => i.id === ids.opportunity);
    expect(item).toMatchObject({ entityType: 'opportunity', stage: 'initial', ownerName: 'rep1', teamName: '华东一组', idleHours: 48 });

    const own = await rep2.get('/reports/stale');
    expect(own.body.items.map((i: any) => i.id)).toEqual([ids.old3]);
    const director = await (await org.as('director')).get('/reports/stale?region=华南');
    expect(director.body.items.map((i: any) => i.id)).toEqual([ids.south]);
    const page = await sup1.get('/reports/stale?pageSize=2&page=2');
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBe(4);
  });

  it('exports the same list as an Excel workbook', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/stale.xlsx?productLine=${encodeURIComponent('工业设备')}`,
      headers: { cookie: (sup1 as any).auth.cookie },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const detail = workbook.getWorksheet('断点明细')!;
    expect(detail.getRow(1).getCell(2).value).toBe('名称');
    const names = [];
    for (let i = 2; i <= detail.rowCount; i++) names.push(detail.getRow(i).getCell(2).value);
    expect(names.sort()).toEqual(['老商机', '老线索一', '老线索三'].sort());
    expect(workbook.getWorksheet('按销售')!.getRow(2).values).toEqual([undefined, 'rep1', 2]);
  });

  it('is pushed to each supervisor at 08:30 on working days, once per day', async () => {
    t.clock.set(sh('2026-11-28T08:30:00')); // Saturday: no push
    expect((await t.ctx.scheduler.tick())['stale-digest']).toBe(0);
    t.clock.set(sh('2026-11-30T08:29:00'));
    expect((await t.ctx.scheduler.tick())['stale-digest']).toBe(0);
    t.clock.set(sh('2026-11-30T08:30:00'));
    expect((await t.ctx.scheduler.tick())['stale-digest']).toBe(2); // 华东一组 and 华南一组
    t.clock.set(sh('2026-11-30T09:15:00'));
    expect((await t.ctx.scheduler.tick())['stale-digest']).toBe(0);
    const inbox = (await sup1.get('/notifications')).body.items.filter((n: any) => n.kind === 'report.stale');
    expect(inbox).toHaveLength(1);
    expect(inbox[0].title).toContain('2026-11-30');
    expect(inbox[0].link).toBe(`/reports/stale?teamId=${org.ids.east}`);
  });
});
