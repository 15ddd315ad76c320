import ExcelJS from 'exceljs';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { internalActor } from '../../src/core/auth/sessions.js';
import { importEngineOf } from '../../src/core/import/engine.js';
import { fromWgs84, offsetM, toWgs84, distanceM } from '../../src/field/index.js';
import { createOrg, importFile, uploadEvidence } from '../support/fixtures.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';
import { sh } from '../support/time.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** 上海 人民广场 (WGS-84) and a customer 15 km east of it. */
const SHANGHAI = { lat: 31.2304, lng: 121.4737 };
const PUDONG = offsetM(SHANGHAI, 15_000, 90);

let t: TestApp;
let org: Awaited<ReturnType<typeof createOrg>>;
let rep1: Client, rep2: Client, rep3: Client, sup1: Client, sup2: Client, mgrEast: Client, director: Client, finance: Client;

beforeAll(async () => {
  t = await createTestApp();
  org = await createOrg(t);
  t.clock.set(sh('2026-12-01T09:30:00'));
  [rep1, rep2, rep3, sup1, sup2, mgrEast, director, finance] = await Promise.all(
    ['rep1', 'rep2', 'rep3', 'sup1', 'sup2', 'mgr_east', 'director', 'finance'].map((u) => org.as(u)),
  );
});
afterAll(() => t.close());

async function customer(client: Client, body: Record<string, unknown>) {
  const r = await client.post('/customers', { type: 'B2B', grade: 'B', region: '华东', ...body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string; name: string; lat: number | null; lng: number | null; geoSource: string | null };
}
const auditOf = async (entityType: string, entityId?: string) =>
  (await t.admin.get(`/audit?entityType=${entityType}${entityId ? `&entityId=${entityId}` : ''}&pageSize=100`)).body.items as {
    action: string;
    data: Record<string, unknown>;
  }[];
const at = (point: { lat: number; lng: number }, extra: Record<string, unknown> = {}) => ({
  lat: point.lat,
  lng: point.lng,
  accuracy: 20,
  coordSystem: 'wgs84',
  ...extra,
});

describe('locations', () => {
  it('stores customer coordinates in WGS-84, converting GCJ-02 and BD-09 input', async () => {
    const plain = await customer(rep1, { name: '上海定位测试一厂', address: '上海市黄浦区人民大道 200 号', lat: SHANGHAI.lat, lng: SHANGHAI.lng });
    expect(plain).toMatchObject({ lat: SHANGHAI.lat, lng: SHANGHAI.lng, geoSource: 'manual', address: '上海市黄浦区人民大道 200 号' });
    const gcj = fromWgs84(PUDONG, 'gcj02');
    const fromAmap = await customer(rep1, { name: '上海定位测试二厂', lat: gcj.lat, lng: gcj.lng, coordSystem: 'gcj02' });
    expect(distanceM({ lat: fromAmap.lat!, lng: fromAmap.lng! }, PUDONG)).toBeLessThan(1);
    const bd = fromWgs84(PUDONG, 'bd09');
    const patched = await rep1.patch(`/customers/${plain.id}`, { lat: bd.lat, lng: bd.lng, coordSystem: 'bd09', geoSource: 'geocoder' });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(distanceM(patched.body, PUDONG)).toBeLessThan(1);
    expect(patched.body.geoSource).toBe('geocoder');
    // Both or neither.
    expect((await rep1.patch(`/customers/${plain.id}`, { lat: 31 })).status).toBe(400);
    const cleared = await rep1.patch(`/customers/${plain.id}`, { lat: null, lng: null });
    expect(cleared.body).toMatchObject({ lat: null, lng: null, geoSource: null });
  });

  it('imports customers with addresses and coordinates in a named system', async () => {
    const gcj = fromWgs84(SHANGHAI, 'gcj02');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('客户');
    sheet.addRow(['客户名称', '类型', '等级', '区域', '地址', '纬度', '经度', '坐标系']);
    sheet.addRow(['导入坐标客户甲', 'B端', 'B', '华东', '上海市人民大道 1 号', gcj.lat, gcj.lng, '高德']);
    sheet.addRow(['导入坐标客户乙', 'B端', 'C', '华东', '', '', '', '']);
    const actor = (await internalActor(t.ctx.db, org.ids.sup1))!;
    const result = await importEngineOf(t.ctx).importNow(actor, 'customers', 'c.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()), 'zh-CN');
    expect(result, JSON.stringify(result)).toMatchObject({ created: 2, failed: 0 });
    const found = (await t.admin.get(`/customers?q=${encodeURIComponent('导入坐标客户')}&sort=name`)).body.items;
    expect(found.map((c: { name: string }) => c.name).sort()).toEqual(['导入坐标客户乙', '导入坐标客户甲'].sort());
    const jia = found.find((c: { name: string }) => c.name === '导入坐标客户甲');
    expect(jia).toMatchObject({ address: '上海市人民大道 1 号', geoSource: 'import' });
    expect(distanceM(jia, SHANGHAI)).toBeLessThan(1);
    expect(found.find((c: { name: string }) => c.name === '导入坐标客户乙')).toMatchObject({ lat: null, lng: null, geoSource: null });
  });

  it('imports competitor stores from .xlsx with their coordinate system; managers write, the selling roles read', async () => {
    const gcj = fromWgs84(offsetM(SHANGHAI, 2000, 180), 'gcj02');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('竞品门店');
    sheet.addRow(['门店名称', '品牌', '地址', '纬度', '经度', '坐标系', '区域', '备注']);
    sheet.addRow(['黄浦旗舰店', '德玛克', '上海市黄浦区中山南路 1 号', gcj.lat, gcj.lng, 'GCJ-02', '华东', '周末促销']);
    sheet.addRow(['徐汇体验店', '精诚设备', '上海市徐汇区', 31.19, 121.43, 'WGS-84', '华东', '']);
    sheet.addRow(['坏行', '精诚设备', '', 'abc', 121.43, 'WGS-84', '华东', '']);
    sheet.addRow(['未知区域店', '精诚设备', '', 31.1, 121.4, '', '火星', '']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    expect((await importFile(rep1, buffer, 'stores.xlsx', XLSX, {}, '/competitor-stores/import')).status).toBe(403);
    const r = await importFile(sup1, buffer, 'stores.xlsx', XLSX, {}, '/competitor-stores/import');
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ created: 2, failed: 2 });
    expect(r.body.errors.map((e: { row: number }) => e.row)).toEqual([4, 5]);
    const list = await rep1.get('/competitor-stores?q=黄浦');
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    expect(distanceM(list.body.items[0], offsetM(SHANGHAI, 2000, 180))).toBeLessThan(1);
    expect(list.body.items[0]).toMatchObject({ brand: '德玛克', region: '华东', notes: '周末促销' });
    // The same file again: duplicates, nothing created.
    const again = await importFile(sup1, buffer, 'stores.xlsx', XLSX, {}, '/competitor-stores/import');
    expect(again.body.created).toBe(0);
    expect((await finance.get('/competitor-stores')).status).toBe(403);
    expect((await rep1.post('/competitor-stores', { brand: 'X', name: 'Y', lat: 31, lng: 121 })).status).toBe(403);
    const created = await mgrEast.post('/competitor-stores', { brand: '恒力机械', name: '浦东店', lat: 31.22, lng: 121.54, region: '华东' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await auditOf('competitor_store', created.body.id)).map((e) => e.action)).toContain('competitor_store.create');
    expect((await auditOf('competitor_store')).map((e) => e.action)).toContain('competitor_store.import');
  });
});

describe('visits and check-ins', () => {
  let site: { id: string; name: string };
  let visitId: string;
  let checkinId: string;

  beforeAll(async () => {
    site = await customer(rep1, { name: '上海签到测试机械有限公司', lat: SHANGHAI.lat, lng: SHANGHAI.lng });
    const planned = await rep1.post('/visits', { customerId: site.id, date: '2026-12-01', plannedTime: '10:00', purpose: '现场演示' });
    expect(planned.status, JSON.stringify(planned.body)).toBe(201);
    expect(planned.body).toMatchObject({ status: 'planned', repId: org.ids.rep1, customerName: site.name, followupId: null });
    visitId = planned.body.id;
  });

  it('refuses a check-in 600 m away with TOO_FAR, the distance and the threshold', async () => {
    const r = await rep1.post('/checkins', at(offsetM(SHANGHAI, 600, 30), { customerId: site.id }));
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('TOO_FAR');
    expect(r.body.error.details).toEqual({ distanceM: 600, thresholdM: 500 });
    expect(r.body.error.message).toContain('600');
    expect(r.body.error.message).toContain('500');
    const en = await rep1.request('POST', '/checkins', JSON.stringify(at(offsetM(SHANGHAI, 600, 30), { customerId: site.id })), {
      'content-type': 'application/json',
      'accept-language': 'en',
    });
    expect(en.body.error.message).toMatch(/600 m .*500 m/);
    expect((await rep1.get(`/visits/${visitId}`)).body.status).toBe('planned');
    expect((await rep1.get('/checkins')).body.total).toBe(0);
  });

  it('refuses a position less accurate than the playbook allows, and customers without coordinates or out of scope', async () => {
    const vague = await rep1.post('/checkins', at(SHANGHAI, { customerId: site.id, accuracy: 5000 }));
    expect(vague.status).toBe(422);
    expect(vague.body.error.code).toBe('LOCATION_INACCURATE');
    const nowhere = await customer(rep1, { name: '无坐标客户' });
    const none = await rep1.post('/checkins', at(SHANGHAI, { customerId: nowhere.id }));
    expect(none.status).toBe(422);
    expect(none.body.error.code).toBe('NO_CUSTOMER_LOCATION');
    const south = await customer(rep3, { name: '广州某客户', region: '华南', lat: 23.1291, lng: 113.2644 });
    expect((await rep1.post('/checkins', at({ lat: 23.1291, lng: 113.2644 }, { customerId: south.id }))).status).toBe(404);
    expect((await rep1.post('/checkins', { ...at(SHANGHAI, { customerId: site.id }), coordSystem: 'utm' })).status).toBe(400);
  });

  it('accepts a check-in 300 m away: server time, the visit done, a visit follow-up still to record', async () => {
    const png = new PNG({ width: 2, height: 2 });
    const photo = await rep1.upload(PNG.sync.write(png), 'site.png', 'photo', 'image/png');
    expect(photo.status).toBe(201);
    const text = await uploadEvidence(rep1, 'photo');
    expect((await rep1.post('/checkins', at(offsetM(SHANGHAI, 300, 200), { customerId: site.id, photoFileId: text }))).body.error.code).toBe(
      'ATTACHMENT_INVALID',
    );
    const r = await rep1.post('/checkins', at(offsetM(SHANGHAI, 300, 200), { customerId: site.id, photoFileId: photo.body.id }));
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({
      repId: org.ids.rep1,
      customerId: site.id,
      visitId,
      distanceM: 300,
      coordSystem: 'wgs84',
      photoFileId: photo.body.id,
      followupId: null,
      date: '2026-12-01',
      checkedInAt: sh('2026-12-01T09:30:00').toISOString(),
      followupDraft: { targetType: 'customer', targetId: site.id, channel: 'visit' },
    });
    checkinId = r.body.id;
    expect((await rep1.get(`/visits/${visitId}`)).body).toMatchObject({ status: 'done', checkinId });
    const audit = await auditOf('checkin', checkinId);
    expect(audit.map((e) => e.action)).toEqual(['checkin.create']);
    // The audit log is kept forever: it names the distance, never the position.
    expect(JSON.stringify(audit[0].data)).not.toContain(String(r.body.lat).slice(0, 6));
    // A photo belongs to one check-in.
    const reused = await rep1.post('/checkins', at(SHANGHAI, { customerId: site.id, photoFileId: photo.body.id }));
    expect(reused.body.error.code).toBe('ATTACHMENT_INVALID');

    // The rep records the visit follow-up (with its own evidence): it links the check-in and the visit.
    const f = await rep1.post('/followups', {
      targetType: 'customer',
      targetId: site.id,
      channel: 'visit',
      valueTag: 'needs_discovery',
      content: '现场演示新机型，客户生产部确认安装条件。',
      attachmentIds: [await uploadEvidence(rep1, 'photo')],
    });
    expect(f.status, JSON.stringify(f.body)).toBe(201);
    expect((await rep1.get(`/checkins/${checkinId}`)).body.followupId).toBe(f.body.id);
    expect((await rep1.get(`/visits/${visitId}`)).body.followupId).toBe(f.body.id);
    expect((await rep1.post(`/visits/${visitId}/cancel`, {})).status).toBe(409);
  });

  it('converts a GCJ-02 position before measuring', async () => {
    const near = fromWgs84(offsetM(SHANGHAI, 100, 0), 'gcj02');
    // Taken as WGS-84 the same numbers are hundreds of metres off (GCJ-02 shifts by ~500 m in Shanghai).
    expect(distanceM(near, SHANGHAI)).toBeGreaterThan(300);
    const r = await rep1.post('/checkins', { customerId: site.id, lat: near.lat, lng: near.lng, accuracy: 15, coordSystem: 'gcj02' });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.distanceM).toBe(100);
    expect(r.body.visitId).toBeNull();
    expect(distanceM(r.body, toWgs84(near, 'gcj02'))).toBeLessThan(0.01);
  });

  it('shows a rep’s check-ins to the rep and the rep’s managers only; a peer gets 404 and sees none', async () => {
    for (const client of [rep1, sup1, mgrEast, director, t.admin]) {
      expect((await client.get(`/checkins/${checkinId}`)).status).toBe(200);
      expect((await client.get('/checkins?date=2026-12-01')).body.items.map((c: { id: string }) => c.id)).toContain(checkinId);
    }
    for (const client of [rep2, rep3, sup2, finance]) {
      expect((await client.get(`/checkins/${checkinId}`)).status).toBe(404);
      expect((await client.get('/checkins')).body.total).toBe(0);
    }
    expect((await rep2.get(`/visits/${visitId}`)).status).toBe(404);
    expect((await sup1.get(`/visits/${visitId}`)).status).toBe(200);

    const box = 'bbox=121.3,31.1,121.7,31.4';
    const own = await rep1.get(`/map/layers?${box}&date=2026-12-01`);
    expect(own.status).toBe(200);
    expect(own.body.reps.map((r: { repId: string }) => r.repId)).toEqual([org.ids.rep1]);
    const peer = await rep2.get(`/map/layers?${box}&date=2026-12-01`);
    expect(peer.body.reps).toEqual([]);
    expect(peer.body.visits).toEqual([]);
    expect(JSON.stringify(peer.body)).not.toContain(checkinId);
    const manager = await sup1.get(`/map/layers?${box}&date=2026-12-01`);
    expect(manager.body.reps).toHaveLength(1);
    expect(manager.body.reps[0]).toMatchObject({ repId: org.ids.rep1, customerId: site.id });
    expect(manager.body.visits.map((v: { id: string; status: string }) => [v.id, v.status])).toEqual([[visitId, 'done']]);
    expect((await sup2.get(`/map/layers?${box}&date=2026-12-01`)).body.reps).toEqual([]);
  });

  it('serves the map’s layers within the box and scope, converted on request; a bad bbox is 400', async () => {
    for (const bad of ['1,2,3', '121.7,31.1,121.3,31.4', 'a,b,c,d', '121,31,190,32']) {
      const r = await sup1.get(`/map/layers?bbox=${encodeURIComponent(bad)}`);
      expect(r.status, bad).toBe(400);
      expect(r.body.error.code).toBe('BAD_BBOX');
    }
    const r = await sup1.get('/map/layers?bbox=121.3,31.1,121.7,31.4&date=2026-12-01&coordSystem=gcj02');
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const names = r.body.customers.items.map((c: { name: string }) => c.name);
    expect(names).toContain('上海签到测试机械有限公司');
    expect(names).not.toContain('广州某客户');
    const c = r.body.customers.items.find((x: { name: string }) => x.name === '上海签到测试机械有限公司');
    expect(c).toMatchObject({ lat: SHANGHAI.lat, lng: SHANGHAI.lng, grade: 'B', silence: 'active' });
    expect(distanceM({ lat: c.mapLat, lng: c.mapLng }, fromWgs84(SHANGHAI, 'gcj02'))).toBeLessThan(0.01);
    expect(r.body.competitorStores.items.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(['黄浦旗舰店', '徐汇体验店', '浦东店']));
    const capped = await sup1.get('/map/layers?bbox=121.3,31.1,121.7,31.4&limit=1');
    expect(capped.body.customers.items).toHaveLength(1);
    expect(capped.body.customers.truncated).toBe(true);
    expect(capped.body.customers.total).toBeGreaterThan(1);
    // rep3 (华南) sees none of 华东's customers.
    expect((await rep3.get('/map/layers?bbox=121.3,31.1,121.7,31.4')).body.customers.total).toBe(0);
    expect((await finance.get('/map/layers')).status).toBe(403);
    const config = await rep1.get('/map/config');
    expect(config.body).toMatchObject({ coordSystem: 'wgs84', checkinMaxDistanceM: 500 });
    expect(config.body.tileUrl).toContain('{z}');
  });

  it('lets a manager plan for a rep they lead, not for others; marks yesterday’s planned visits missed', async () => {
    const forRep = await sup1.post('/visits', { customerId: site.id, repId: org.ids.rep1, date: '2026-12-01', purpose: '陪访' });
    expect(forRep.status, JSON.stringify(forRep.body)).toBe(201);
    expect((await sup1.post('/visits', { customerId: site.id, repId: org.ids.rep3, date: '2026-12-01', purpose: 'x' })).status).toBe(422);
    expect((await rep1.post('/visits', { customerId: site.id, date: '2026-11-30', purpose: 'x' })).status).toBe(422);
    const later = await rep1.post('/visits', { customerId: site.id, date: '2026-12-03', purpose: '再访' });
    const cancelled = await rep1.post(`/visits/${later.body.id}/cancel`, { reason: '客户出差' });
    expect(cancelled.body.status).toBe('cancelled');
    const mine = await rep1.get('/visits?date=2026-12-01&status=planned');
    expect(mine.body.items.map((v: { id: string }) => v.id)).toEqual([forRep.body.id]);
    t.clock.set(sh('2026-12-02T08:00:00'));
    await t.ctx.scheduler.tick();
    expect((await rep1.get(`/visits/${forRep.body.id}`)).body.status).toBe('missed');
    expect((await rep1.get(`/visits/${visitId}`)).body.status).toBe('done');
    expect((await auditOf('visit')).map((e) => e.action)).toContain('visit.missed');
  });

  it('purges check-in positions after the playbook’s retention, keeping the visit, audited', async () => {
    t.clock.set(sh('2027-02-28T08:00:00')); // 89 days later: still kept
    await t.ctx.scheduler.tick();
    expect((await rep1.get(`/checkins/${checkinId}`)).body.lat).not.toBeNull();
    t.clock.set(sh('2027-03-02T08:00:00')); // 91 days
    await t.ctx.scheduler.tick();
    const purged = await rep1.get(`/checkins/${checkinId}`);
    expect(purged.body).toMatchObject({ lat: null, lng: null, accuracyM: null, distanceM: null, customerId: site.id, visitId });
    expect(purged.body.purgedAt).not.toBeNull();
    const audit = (await auditOf('checkin')).filter((e) => e.action === 'checkin.location_purge');
    expect(audit).toHaveLength(1);
    expect(audit[0].data).toMatchObject({ retentionDays: 90, count: 2 });
    expect((await sup1.get('/map/layers?date=2026-12-01')).body.reps).toEqual([]);
    expect((await rep1.get(`/visits/${visitId}`)).body.status).toBe('done');
  });
});
