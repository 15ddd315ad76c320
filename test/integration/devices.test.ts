import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, importFile } from '../support/fixtures.js';
import { Client, createTestApp, type TestApp } from '../support/test-app.js';
import { sh } from '../support/time.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// A 1×1 PNG: a site photo as far as the upload cares.
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

let t: TestApp;
let org: Awaited<ReturnType<typeof createOrg>>;
let rep1: Client;
let rep3: Client;
let sup1: Client;
let delivery: Client;
const products: Record<string, string> = {};
let customerId: string;

const cookieOf = (client: Client) => ({ cookie: (client as unknown as { auth: { cookie: string } }).auth.cookie });
const raw = (client: Client, url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: cookieOf(client) });

/** Audit actions of an entity, whether already chained or still pending. */
async function auditActions(entityType: string, entityId: string): Promise<string[]> {
  const [pending, chained] = await Promise.all([
    t.ctx.db.selectFrom('audit_pending').select('action').where('entity_type', '=', entityType).where('entity_id', '=', entityId).execute(),
    t.ctx.db.selectFrom('audit_log').select('action').where('entity_type', '=', entityType).where('entity_id', '=', entityId).execute(),
  ]);
  return [...chained, ...pending].map((r) => r.action);
}

const count = async (table: 'quotes' | 'opportunities' | 'devices' | 'device_maintenance' | 'fault_codes') =>
  Number(
    (
      await t.ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const tokenOf = async (deviceId: string) =>
  (await t.ctx.db.selectFrom('devices').select('label_token').where('id', '=', deviceId).executeTakeFirstOrThrow()).label_token;

async function product(sku: string, body: Record<string, unknown>) {
  const r = await t.admin.post('/products', { sku, name: sku, productLine: '耗材配件', unit: '件', listPrice: 100, ...body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  products[sku] = r.body.id;
  return r.body;
}

async function device(client: Client, body: Record<string, unknown>) {
  const r = await client.post('/devices', { customerId, model: 'PK-2000', ...body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string; model: string; serialNo: string };
}

beforeAll(async () => {
  t = await createTestApp();
  org = await createOrg(t);
  t.clock.set(sh('2026-11-23T10:00:00'));
  [rep1, rep3, sup1, delivery] = await Promise.all([org.as('rep1'), org.as('rep3'), org.as('sup1'), org.as('delivery')]);
  await product('PK-FILM-500', { name: '热封膜卷', kind: 'consumable', listPrice: 320, compatibleModels: ['PK-2000'], stockQuantity: 86 });
  await product('PK-HT-01', { name: '加热管组件', kind: 'spare_part', listPrice: 680, compatibleModels: ['PK-2000', 'PK-1500'], stockQuantity: 12 });
  await product('PK-OLD-01', { name: '旧款密封圈', kind: 'spare_part', compatibleModels: ['PK-2000'], active: false });
  await product('LS-LENS', { name: '场镜', kind: 'spare_part', compatibleModels: ['LS-300'] });
  await product('SVC-HOUR', { name: '现场服务工时', kind: 'service', productLine: '软件服务', unit: '小时', listPrice: 350 });
  const c = await rep1.post('/customers', { name: '苏州恒瑞精密机械有限公司', type: 'B2B', grade: 'B', region: '华东' });
  expect(c.status).toBe(201);
  customerId = c.body.id;
  await rep1.post(`/customers/${customerId}/contacts`, { name: '王建国', title: '设备科长', mobile: '13812345678', role: 'technical' });
});
afterAll(() => t.close());

describe('devices', () => {
  it('are created, read and changed within the customer’s scope; others get 404; bad input changes nothing', async () => {
    const d = await device(rep1, { serialNo: 'SN-0001', siteAddress: '3 号车间', installDate: '2024-04-18', warrantyEnd: '2026-04-17' });
    expect(d).toMatchObject({
      customerId,
      customerName: '苏州恒瑞精密机械有限公司',
      model: 'PK-2000',
      serialNo: 'SN-0001',
      status: 'in_service',
      lastServiceAt: null,
    });
    expect((d as unknown as { labelUrl: string }).labelUrl).toBe(`${t.ctx.config.publicUrl}/d/${await tokenOf(d.id)}`);
    expect((await tokenOf(d.id)).length).toBeGreaterThanOrEqual(22);

    const dup = await rep1.post('/devices', { customerId, model: 'PK-2000', serialNo: 'SN-0001' });
    expect(dup.status).toBe(409);
    expect((await rep1.post('/devices', { customerId, model: 'PK-1500', serialNo: 'SN-0001' })).status).toBe(201);

    expect((await rep3.get(`/devices/${d.id}`)).status).toBe(404);
    expect((await rep3.get('/devices')).body.items).toEqual([]);
    expect((await rep3.post('/devices', { customerId, model: 'X', serialNo: '1' })).status).toBe(404);
    expect((await sup1.get(`/devices/${d.id}`)).status).toBe(200);
    expect((await delivery.get(`/devices/${d.id}`)).status).toBe(200);
    expect((await delivery.post('/devices', { customerId, model: 'X', serialNo: '2' })).status).toBe(403);
    expect((await rep1.get('/devices?q=SN-0001&model=PK-2000')).body.total).toBe(1);

    const before = await count('devices');
    const bad = await rep1.patch(`/devices/${d.id}`, { warrantyEnd: '2020-01-01' });
    expect(bad.status).toBe(400);
    expect((await rep1.post('/devices', { customerId, model: 'PK-2000', serialNo: 'SN-9', status: 'broken' })).status).toBe(400);
    expect(await count('devices')).toBe(before);
    expect((await rep1.get(`/devices/${d.id}`)).body.warrantyEnd).toBe('2026-04-17');

    const patched = await rep1.patch(`/devices/${d.id}`, { status: 'under_repair', siteAddress: '5 号车间' });
    expect(patched.body).toMatchObject({ status: 'under_repair', siteAddress: '5 号车间' });
    expect(await auditActions('device', d.id)).toEqual(expect.arrayContaining(['device.create', 'device.update']));
  });

  it('records maintenance at server time with parts from the price list and the caller’s own photos', async () => {
    const d = await device(rep1, { serialNo: 'SN-0002' });
    const photo = await rep1.upload(PHOTO, 'site.png', 'photo', 'image/png');
    expect(photo.status).toBe(201);
    const foreign = await rep3.upload(PHOTO, 'other.png', 'photo', 'image/png');

    // The time is the server's: a client-given time is refused.
    expect((await rep1.post(`/devices/${d.id}/maintenance`, { workDone: 'x', performedAt: '2020-01-01T00:00:00Z' })).status).toBe(400);
    const before = await count('device_maintenance');
    const unknownPart = await rep1.post(`/devices/${d.id}/maintenance`, { workDone: '更换', partsUsed: [{ productId: crypto.randomUUID(), quantity: 1 }] });
    expect(unknownPart.status).toBe(422);
    expect(unknownPart.body.error.code).toBe('INVALID_REFERENCE');
    const stolen = await rep1.post(`/devices/${d.id}/maintenance`, { workDone: '更换', photoFileIds: [foreign.body.id] });
    expect(stolen.status).toBe(422);
    expect(stolen.body.error.code).toBe('ATTACHMENT_INVALID');
    expect(await count('device_maintenance')).toBe(before);

    t.clock.set(sh('2026-11-23T14:30:00'));
    const r = await rep1.post(`/devices/${d.id}/maintenance`, {
      faultCodes: ['E07'],
      workDone: '热封温度波动，清理刀座，建议更换加热管',
      partsUsed: [{ productId: products['PK-FILM-500'], quantity: 2 }],
      photoFileIds: [photo.body.id],
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({
      performedAt: t.clock.now().toISOString(),
      engineerName: 'rep1',
      faultCodes: ['E07'],
      partsUsed: [{ productId: products['PK-FILM-500'], quantity: 2, sku: 'PK-FILM-500' }],
      photoFileIds: [photo.body.id],
    });
    // Whoever sees the device sees its service photos; others do not.
    expect((await sup1.get(`/files/${photo.body.id}`)).status).toBe(200);
    expect((await rep3.get(`/files/${photo.body.id}`)).status).toBe(404);
    // The photo belongs to this record now.
    expect((await rep1.post(`/devices/${d.id}/maintenance`, { workDone: '再用', photoFileIds: [photo.body.id] })).status).toBe(422);
    // A service engineer of the region records too; a rep of another region sees nothing.
    t.clock.set(sh('2026-11-23T15:00:00'));
    expect((await delivery.post(`/devices/${d.id}/maintenance`, { workDone: '复查正常' })).status).toBe(201);
    expect((await rep3.post(`/devices/${d.id}/maintenance`, { workDone: 'x' })).status).toBe(404);
    const history = await rep1.get(`/devices/${d.id}/maintenance`);
    expect(history.body.items.map((m: { workDone: string }) => m.workDone)).toEqual(['复查正常', '热封温度波动，清理刀座，建议更换加热管']);
    expect((await rep1.get(`/devices/${d.id}`)).body.lastServiceAt).toBe(t.clock.now().toISOString());
    expect(await auditActions('device', d.id)).toContain('device.maintenance');
  });

  it('keeps a fault-code dictionary per model, written by the product and admin roles', async () => {
    const r = await t.admin.post('/fault-codes', {
      model: 'PK-2000',
      code: 'E07',
      meaning: '热封温度异常',
      likelyCause: '加热管老化',
      recommendedAction: '测量加热管电阻，异常则更换',
      parts: ['PK-HT-01'],
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect((await t.admin.post('/fault-codes', { model: 'PK-2000', code: 'E07', meaning: '重复' })).status).toBe(409);
    expect((await t.admin.post('/fault-codes', { model: 'PK-2000', code: 'E99', meaning: 'x', parts: ['NO-SUCH'] })).status).toBe(422);
    expect((await rep1.post('/fault-codes', { model: 'PK-2000', code: 'E08', meaning: 'x' })).status).toBe(403);
    const list = await rep1.get('/fault-codes?model=PK-2000');
    expect(list.body.items.map((f: { code: string }) => f.code)).toEqual(['E07']);
    const patched = await t.admin.patch(`/fault-codes/${r.body.id}`, { parts: ['PK-HT-01', products['PK-FILM-500']] });
    expect(patched.body.parts).toHaveLength(2);
  });

  it('opens the scan page by label token (audited), 404 outside the scope and after the label is revoked', async () => {
    const d = await device(rep1, { serialNo: 'SN-0003' });
    await rep1.post(`/devices/${d.id}/maintenance`, { faultCodes: ['E07', 'E55'], workDone: '温度报警' });
    const token = await tokenOf(d.id);
    const scan = await rep1.get(`/devices/by-token/${token}`);
    expect(scan.status, JSON.stringify(scan.body)).toBe(200);
    expect(scan.body.device.id).toBe(d.id);
    expect(scan.body.customer.name).toBe('苏州恒瑞精密机械有限公司');
    expect(scan.body.contacts[0]).toMatchObject({ name: '王建国', mobile: '13812345678' });
    expect(scan.body.lastFaults[0]).toMatchObject({ code: 'E07', known: true, meaning: '热封温度异常', recommendedAction: '测量加热管电阻，异常则更换' });
    expect(scan.body.lastFaults[0].parts.map((p: { sku: string }) => p.sku).sort()).toEqual(['PK-FILM-500', 'PK-HT-01']);
    expect(scan.body.lastFaults[1]).toMatchObject({ code: 'E55', known: false, meaning: null });
    expect(scan.body.compatibleProducts.map((p: { sku: string; stockQuantity: number | null }) => [p.sku, p.stockQuantity])).toEqual([
      ['PK-FILM-500', 86],
      ['PK-HT-01', 12],
    ]);
    expect(scan.body.serviceProducts.map((p: { sku: string }) => p.sku)).toEqual(['SVC-HOUR']);
    expect(scan.body.labelUrl).toBe(`${t.ctx.config.publicUrl}/d/${token}`);
    expect(await auditActions('device', d.id)).toContain('device.scanned');
    // The delivery role reads masked mobiles.
    expect((await delivery.get(`/devices/by-token/${token}`)).body.contacts[0].mobile).toContain('****');

    expect((await rep3.get(`/devices/by-token/${token}`)).status).toBe(404);
    expect((await rep1.get('/devices/by-token/not-a-token')).status).toBe(404);
    expect((await t.anonymous.get(`/devices/by-token/${token}`)).status).toBe(401);

    expect((await rep1.post(`/devices/${d.id}/label-token`)).status).toBe(403);
    const replaced = await sup1.post(`/devices/${d.id}/label-token`);
    expect(replaced.status).toBe(200);
    const fresh = await tokenOf(d.id);
    expect(fresh).not.toBe(token);
    expect(replaced.body.labelUrl).toBe(`${t.ctx.config.publicUrl}/d/${fresh}`);
    expect((await rep1.get(`/devices/by-token/${token}`)).status).toBe(404);
    expect((await rep1.get(`/devices/by-token/${fresh}`)).status).toBe(200);
  });

  it('answers the public card only when the org enabled it, without prices, contacts or faults', async () => {
    const d = await device(rep1, { serialNo: 'SN-0004', installDate: '2024-05-01', warrantyEnd: '2026-04-30' });
    await rep1.post(`/devices/${d.id}/maintenance`, { faultCodes: ['E07'], workDone: '保养' });
    const token = await tokenOf(d.id);
    expect((await t.anonymous.get(`/public/devices/${token}`)).status).toBe(404);
    const setPublic = async (on: boolean) => {
      const doc = structuredClone((await t.admin.get('/playbook')).body.document);
      expect(doc.devices).toEqual({ publicView: !on });
      doc.devices.publicView = on;
      expect((await t.admin.put('/playbook', { document: doc, note: 'public device view' })).status).toBe(200);
    };
    await setPublic(true);
    const card = await t.anonymous.get(`/public/devices/${token}`);
    expect(card.status).toBe(200);
    expect(card.body).toEqual({
      model: 'PK-2000',
      serialNo: 'SN-0004',
      customerName: '苏州恒瑞精密机械有限公司',
      installDate: '2024-05-01',
      warrantyEnd: '2026-04-30',
      status: 'in_service',
      lastServiceDate: '2026-11-23',
    });
    expect((await t.anonymous.get('/public/devices/AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    await setPublic(false);
    expect((await t.anonymous.get(`/public/devices/${token}`)).status).toBe(404);
  });

  it('imports devices and fault codes from .xlsx made with exceljs, exports them and prints labels as a real PDF', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('设备');
    sheet.addRow(['客户', '型号', '序列号', '安装地址', '安装日期', '保修截止', '状态']);
    for (let i = 0; i < 25; i++)
      sheet.addRow(['苏州恒瑞精密机械有限公司', 'LS-300', `LS-${1000 + i}`, `${i} 号线`, new Date(Date.UTC(2024, 0, 1 + i)), '2027-01-01', '在用']);
    sheet.addRow(['不存在的客户', 'LS-300', 'LS-9999', '', '', '', '']);
    const result = await importFile(rep1, Buffer.from(await workbook.xlsx.writeBuffer()), 'devices.xlsx', XLSX, {}, '/devices/import');
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    expect(result.body.created).toBe(25);
    expect(result.body.failed).toBe(1);
    const imported = await rep1.get('/devices?model=LS-300&pageSize=100');
    expect(imported.body.total).toBe(25);
    expect(imported.body.items.find((x: { serialNo: string }) => x.serialNo === 'LS-1002').installDate).toBe('2024-01-03');

    const codes = new ExcelJS.Workbook();
    const codeSheet = codes.addWorksheet('故障代码');
    codeSheet.addRow(['型号', '故障代码', '含义', '可能原因', '建议处理', '常用备件']);
    codeSheet.addRow(['LS-300', 'L21', '激光功率衰减', '场镜污染', '清洁场镜', 'LS-LENS']);
    expect((await importFile(rep1, Buffer.from(await codes.xlsx.writeBuffer()), 'codes.xlsx', XLSX, {}, '/fault-codes/import')).status).toBe(403);
    const codeResult = await importFile(t.admin, Buffer.from(await codes.xlsx.writeBuffer()), 'codes.xlsx', XLSX, {}, '/fault-codes/import');
    expect(codeResult.body).toMatchObject({ created: 1, failed: 0 });

    const exported = await raw(rep1, '/devices.xlsx?model=LS-300');
    expect(exported.statusCode).toBe(200);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    expect(back.worksheets[0].rowCount).toBe(26);

    const ids = [...imported.body.items.map((x: { id: string }) => x.id), (await rep1.get('/devices?q=SN-0001')).body.items[0].id];
    const pdf = await raw(rep1, `/devices/labels.pdf?ids=${ids.join(',')}`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    const bytes = pdf.rawPayload;
    expect(bytes.subarray(0, 4).toString()).toBe('%PDF');
    expect(bytes.toString('latin1').match(/\/Type \/Page\b(?!s)/g)).toHaveLength(2);
    expect((await raw(rep3, `/devices/labels.pdf?ids=${ids[0]}`)).statusCode).toBe(404);
    const tooMany = Array.from({ length: 241 }, () => crypto.randomUUID()).join(',');
    expect((await raw(rep1, `/devices/labels.pdf?ids=${tooMany}`)).statusCode).toBe(400);
    expect((await raw(rep1, '/devices/labels.pdf?ids=nonsense-nonsense-nonsense-nonsense-00')).statusCode).toBe(400);
  });

  it('is writable by an ERP/MES with a bearer API token', async () => {
    const created = await t.admin.post('/tokens', { name: 'MES', scopes: ['read', 'write'], userId: org.ids.rep1 });
    expect(created.status).toBe(201);
    const mes = new Client(t.app, { bearer: created.body.token });
    const d = await mes.post('/devices', { customerId, model: 'PK-2000', serialNo: 'MES-0001' });
    expect(d.status, JSON.stringify(d.body)).toBe(201);
    const m = await mes.post(`/devices/${d.body.id}/maintenance`, { engineerName: '外协 赵工', faultCodes: ['E07'], workDone: 'MES 回传：更换加热管' });
    expect(m.status, JSON.stringify(m.body)).toBe(201);
    expect(m.body).toMatchObject({ engineerId: null, engineerName: '外协 赵工' });
    expect((await mes.patch(`/devices/${d.body.id}`, { status: 'under_repair' })).body.status).toBe('under_repair');

    const readOnly = new Client(t.app, { bearer: (await t.admin.post('/tokens', { name: 'BI', scopes: ['read'], userId: org.ids.rep1 })).body.token });
    expect((await readOnly.post('/devices', { customerId, model: 'PK-2000', serialNo: 'MES-0002' })).status).toBe(403);
    const adminToken = new Client(t.app, { bearer: (await t.admin.post('/tokens', { name: 'PLM', scopes: ['write'] })).body.token });
    expect((await adminToken.post('/fault-codes', { model: 'PK-2000', code: 'E12', meaning: '切刀卡滞' })).status).toBe(201);
  });

  it('makes a service quote that opens an opportunity of the customer’s owner, then joins it; bad input changes nothing', async () => {
    const d = await device(rep1, { serialNo: 'SN-Q1' });
    const before = { quotes: await count('quotes'), opportunities: await count('opportunities') };
    const notService = await rep1.post(`/devices/${d.id}/quotes`, { items: [], labour: { productId: products['PK-FILM-500'], quantity: 1 } });
    expect(notService.status).toBe(422);
    expect((await rep1.post(`/devices/${d.id}/quotes`, { items: [] })).status).toBe(400);
    expect((await rep1.post(`/devices/${d.id}/quotes`, { items: [{ productId: products['PK-OLD-01'], quantity: 1 }] })).status).toBe(422);
    const past = await rep1.post(`/devices/${d.id}/quotes`, { items: [{ productId: products['PK-HT-01'], quantity: 1 }], validUntil: '2020-01-01' });
    expect(past.status).toBe(400);
    expect((await rep3.post(`/devices/${d.id}/quotes`, { items: [{ productId: products['PK-HT-01'], quantity: 1 }] })).status).toBe(404);
    expect({ quotes: await count('quotes'), opportunities: await count('opportunities') }).toEqual(before);

    const first = await sup1.post(`/devices/${d.id}/quotes`, {
      items: [
        { productId: products['PK-HT-01'], quantity: 1 },
        { productId: products['PK-FILM-500'], quantity: 2 },
      ],
      labour: { productId: products['SVC-HOUR'], quantity: 2 },
    });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({
      opportunityCreated: true,
      number: expect.stringMatching(/^BJ-2026-\d{6}$/),
      pdfUrl: `/api/v1/quotes/${first.body.quoteId}/pdf`,
    });
    // 680 + 2 × 320 + 2 × 350 = 2020, plus 13 % tax.
    expect(first.body.total).toBe(2282.6);
    const opportunity = await rep1.get(`/opportunities/${first.body.opportunityId}`);
    expect(opportunity.body).toMatchObject({ name: 'PK-2000 SN-Q1 维保服务', ownerId: org.ids.rep1, customerId });
    const quote = await t.ctx.db.selectFrom('quotes').select(['device_id', 'owner_id']).where('id', '=', first.body.quoteId).executeTakeFirstOrThrow();
    expect(quote).toEqual({ device_id: d.id, owner_id: org.ids.rep1 });

    const second = await rep1.post(`/devices/${d.id}/quotes`, { items: [{ productId: products['PK-FILM-500'], quantity: 5 }], notes: '补充耗材' });
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ opportunityCreated: false, opportunityId: first.body.opportunityId });
    expect(await count('opportunities')).toBe(before.opportunities + 1);

    const pdf = await raw(rep1, second.body.pdfUrl.replace('/api/v1', ''));
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(await auditActions('device', d.id)).toEqual(expect.arrayContaining(['device.quote']));
    expect(await auditActions('quote', first.body.quoteId)).toContain('quote.create');
  });

  it('keeps the photos of maintenance records through the sweep of unattached uploads', async () => {
    const d = await device(rep1, { serialNo: 'SN-PHOTO' });
    const photo = await rep1.upload(PHOTO, 'nozzle.png', 'photo', 'image/png');
    const orphan = await rep1.upload(PHOTO, 'unused.png', 'photo', 'image/png');
    expect((await rep1.post(`/devices/${d.id}/maintenance`, { workDone: '清洗喷嘴', photoFileIds: [photo.body.id] })).status).toBe(201);
    t.clock.advance(25 * 3600_000);
    await t.ctx.scheduler.tick();
    expect((await rep1.get(`/files/${orphan.body.id}/meta`)).status).toBe(404);
    expect((await rep1.get(`/files/${photo.body.id}/meta`)).status).toBe(200);
  });
});
