import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, importFile, uploadEvidence, validStageFields } from '../support/fixtures.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';
import { sh } from '../support/time.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let t: TestApp;
let org: Awaited<ReturnType<typeof createOrg>>;
let rep1: Client;
let rep3: Client;
let sup1: Client;
let delivery: Client;

beforeAll(async () => {
  t = await createTestApp();
  org = await createOrg(t);
  t.clock.set(sh('2026-11-23T10:00:00'));
  [rep1, rep3, sup1, delivery] = await Promise.all([org.as('rep1'), org.as('rep3'), org.as('sup1'), org.as('delivery')]);
});
afterAll(() => t.close());

const cookieOf = (client: Client) => ({ cookie: (client as unknown as { auth: { cookie: string } }).auth.cookie });
const download = async (client: Client, url: string) => {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: cookieOf(client) });
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  return response;
};
const auditOf = async (entityType: string, entityId: string) =>
  (await t.admin.get(`/audit?entityType=${entityType}&entityId=${entityId}`)).body.items.map((e: { action: string }) => e.action) as string[];

async function customer(client: Client, body: Record<string, unknown>) {
  const r = await client.post('/customers', { type: 'B2B', grade: 'B', region: '华东', ...body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string; name: string };
}

describe('contacts', () => {
  it('adds contacts with one primary; delivery reads them with masked mobiles and may not write', async () => {
    const c = await customer(rep1, { name: '常州精工机床有限公司' });
    const first = await rep1.post(`/customers/${c.id}/contacts`, { name: '王建国', title: '生产部经理', mobile: '138 1234 5678', role: 'decision_maker' });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ name: '王建国', primary: true, mobile: '138 1234 5678', mobileMasked: false, role: 'decision_maker' });
    const second = await rep1.post(`/customers/${c.id}/contacts`, { name: '李娜', mobile: '13900001111', role: 'finance', primary: true });
    expect(second.body.primary).toBe(true);
    const list = await rep1.get(`/customers/${c.id}/contacts?sort=name`);
    expect(list.body.total).toBe(2);
    expect(list.body.items.filter((x: { primary: boolean }) => x.primary).map((x: { name: string }) => x.name)).toEqual(['李娜']);
    expect((await rep1.get(`/customers/${c.id}/contacts?role=finance`)).body.items).toHaveLength(1);

    const seen = await delivery.get(`/customers/${c.id}/contacts`);
    expect(seen.status).toBe(200);
    const wang = seen.body.items.find((x: { name: string }) => x.name === '王建国');
    expect(wang).toMatchObject({ mobile: '138 **** 5678', mobileMasked: true });
    expect((await delivery.post(`/customers/${c.id}/contacts`, { name: '赵六' })).status).toBe(403);
    expect((await delivery.patch(`/contacts/${first.body.id}`, { name: '改名' })).status).toBe(403);
    expect((await delivery.delete(`/contacts/${first.body.id}`)).status).toBe(403);
    // Someone outside the customer's scope sees nothing of it.
    expect((await rep3.get(`/customers/${c.id}/contacts`)).status).toBe(404);

    const exported = await download(delivery, `/customers/${c.id}/contacts.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const values = JSON.stringify(workbook.worksheets[0].getSheetValues());
    expect(values).toContain('138 **** 5678');
    expect(values).not.toContain('1234');

    const patched = await rep1.patch(`/contacts/${first.body.id}`, { title: null, primary: true });
    expect(patched.body).toMatchObject({ title: null, primary: true });
    expect((await rep1.get(`/customers/${c.id}/contacts?primary=true`)).body.items.map((x: { id: string }) => x.id)).toEqual([first.body.id]);
    expect(await auditOf('contact', first.body.id)).toEqual(expect.arrayContaining(['contact.create', 'contact.update']));
    expect((await rep1.delete(`/contacts/${second.body.id}`)).status).toBe(204);
    expect((await rep1.get(`/customers/${c.id}/contacts`)).body.total).toBe(1);
  });

  it('maps a contact’s WeCom external user id to the customer for the chat archive, once per id', async () => {
    const c = await customer(rep1, { name: '无锡华光电子有限公司' });
    const r = await rep1.post(`/customers/${c.id}/contacts`, { name: '周敏', wecomExternalUserId: 'wmAbC123xyz' });
    expect(r.status).toBe(201);
    const mapping = await t.ctx.db.selectFrom('chat_external_contacts').selectAll().where('external_user_id', '=', 'wmAbC123xyz').executeTakeFirst();
    expect(mapping?.customer_id).toBe(c.id);
    const again = await rep1.post(`/customers/${c.id}/contacts`, { name: '另一人', wecomExternalUserId: 'wmAbC123xyz' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('CONFLICT');
  });

  it('names the contacts a follow-up involved, only contacts of the same customer', async () => {
    const c = await customer(rep1, { name: '南通远洋船舶配件有限公司' });
    const other = await customer(rep1, { name: '扬州金桥化工有限公司' });
    const contact = await rep1.post(`/customers/${c.id}/contacts`, { name: '陈工', role: 'technical' });
    const stranger = await rep1.post(`/customers/${other.id}/contacts`, { name: '外人' });
    const body = {
      targetType: 'customer',
      targetId: c.id,
      channel: 'phone',
      valueTag: 'needs_discovery',
      content: '与陈工电话确认设备参数和现场电源条件。',
    };
    const refused = await rep1.post('/followups', { ...body, attachmentIds: [await uploadEvidence(rep1)], contactIds: [stranger.body.id] });
    expect(refused.status).toBe(422);
    const f = await rep1.post('/followups', { ...body, attachmentIds: [await uploadEvidence(rep1)], contactIds: [contact.body.id] });
    expect(f.status, JSON.stringify(f.body)).toBe(201);
    expect(f.body.contacts).toEqual([{ id: contact.body.id, name: '陈工', role: 'technical', title: null }]);
    const timeline = await rep1.get(`/followups?targetType=customer&targetId=${c.id}`);
    expect(timeline.body.items[0].contacts.map((x: { name: string }) => x.name)).toEqual(['陈工']);
  });
});

describe('duplicates', () => {
  it('answers 409 DUPLICATE for the same normalised phone or company name, with the matches the caller may see', async () => {
    const original = await customer(rep1, { name: '苏州恒瑞精密机械有限公司', phone: '0512-6688 1234' });
    const byPhone = await rep1.post('/customers', { name: '完全不同的名字', type: 'B2B', grade: 'C', region: '华东', phone: '(0512) 66881234' });
    expect(byPhone.status).toBe(409);
    expect(byPhone.body.error.code).toBe('DUPLICATE');
    expect(byPhone.body.error.details.matches).toEqual([
      { type: 'customer', id: original.id, name: '苏州恒瑞精密机械有限公司', ownerId: org.ids.rep1, ownerName: 'rep1', matchedOn: ['phone'] },
    ]);
    const byName = await rep1.post('/leads', {
      name: '张经理',
      type: 'B2B',
      region: '华东',
      productLine: '工业设备',
      company: '苏州恒瑞 精密机械股份有限公司',
    });
    expect(byName.status).toBe(409);
    expect(byName.body.error.details.matches[0]).toMatchObject({ type: 'customer', id: original.id, matchedOn: ['name'] });
    // A rep of another region learns only that such a record exists.
    const hidden = await rep3.post('/customers', { name: '苏州恒瑞精密机械', type: 'B2B', grade: 'C', region: '华南' });
    expect(hidden.status).toBe(409);
    expect(hidden.body.error.details.matches).toEqual([{ type: 'customer', hidden: true, matchedOn: ['name'] }]);
    expect(JSON.stringify(hidden.body)).not.toContain(original.id);
    const english = await rep1.post('/customers', { name: '苏州恒瑞精密机械公司', type: 'B2B', grade: 'C', region: '华东' }, { 'accept-language': 'en' });
    expect(english.body.error.message).toContain('allowDuplicate');
    // Saying it is not a duplicate creates it, and the audit trail keeps who said so.
    const forced = await rep3.post('/customers', { name: '苏州恒瑞精密机械', type: 'B2B', grade: 'C', region: '华南', allowDuplicate: true });
    expect(forced.status).toBe(201);
    expect(await auditOf('customer', forced.body.id)).toEqual(expect.arrayContaining(['customer.create', 'customer.duplicate_allowed']));
    const lead = await rep1.post('/leads', { name: '王先生', type: 'B2C', region: '华东', productLine: '耗材配件', phone: '+86 139-0000-2222' });
    expect(lead.status).toBe(201);
    const leadAgain = await rep1.post('/leads', { name: '王先生', type: 'B2C', region: '华东', productLine: '耗材配件', phone: '13900002222' });
    expect(leadAgain.status).toBe(409);
    expect(leadAgain.body.error.details.matches).toEqual([expect.objectContaining({ type: 'lead', id: lead.body.id, matchedOn: ['phone'] })]);
  });

  it('reports duplicates per row in an import, inside the file and against the database, and imports the rest', async () => {
    await customer(rep1, { name: '杭州新锐包装材料有限公司', phone: '0571-8888 0001' });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('线索');
    sheet.addRow(['名称', '类型', '区域', '产品线', '电话', '公司']);
    sheet.addRow(['刘总', 'B2B', '华东', '工业设备', '13700001234', '嘉兴宏达纺织有限公司']);
    sheet.addRow(['刘总助理', 'B2B', '华东', '工业设备', '137-0000-1234', '嘉兴宏达']);
    sheet.addRow(['采购部', 'B2B', '华东', '工业设备', '', '杭州新锐包装材料公司']);
    sheet.addRow(['孙工', 'B2B', '华东', '工业设备', '13600009999', '宁波海天注塑有限公司']);
    const r = await importFile(sup1, Buffer.from(await workbook.xlsx.writeBuffer()), '线索.xlsx', XLSX);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.created).toBe(2);
    expect(r.body.errors).toEqual([
      expect.objectContaining({ row: 3, code: 'DUPLICATE', duplicateOfRow: 2, message: expect.stringContaining('第 2 行') }),
      expect.objectContaining({ row: 4, code: 'DUPLICATE', matches: [expect.objectContaining({ type: 'customer', name: '杭州新锐包装材料有限公司' })] }),
    ]);
    const again = await importFile(sup1, Buffer.from(await workbook.xlsx.writeBuffer()), '线索.xlsx', XLSX);
    expect(again.body.created).toBe(0);
    expect(again.body.failed).toBe(4);
  });
});

describe('continuity', () => {
  it('shows a converted lead’s follow-ups on the customer’s and the opportunity’s timelines, and counts its visits', async () => {
    const lead = await rep1.post('/leads', { name: '钱总', type: 'B2B', region: '华东', productLine: '工业设备', company: '镇江永固建材有限公司' });
    expect(lead.status).toBe(201);
    for (let i = 0; i < 3; i++) {
      const f = await rep1.post('/followups', {
        targetType: 'lead',
        targetId: lead.body.id,
        channel: 'visit',
        valueTag: 'needs_discovery',
        content: `第 ${i + 1} 次上门拜访钱总，了解搅拌站改造计划。`,
        attachmentIds: [await uploadEvidence(rep1, 'photo', 'visit.txt')],
      });
      expect(f.status).toBe(201);
    }
    await rep1.patch(`/leads/${lead.body.id}`, { status: 'qualified' });
    const converted = await rep1.post(`/leads/${lead.body.id}/convert`, { grade: 'A', opportunity: { name: '搅拌站改造', amount: 800000 } });
    expect(converted.status, JSON.stringify(converted.body)).toBe(201);
    const customerTimeline = await rep1.get(`/followups?targetType=customer&targetId=${converted.body.customer.id}`);
    expect(customerTimeline.body.total).toBe(3);
    const opportunityId = converted.body.opportunity.id as string;
    const opportunityTimeline = await rep1.get(`/followups?targetType=opportunity&targetId=${opportunityId}`);
    expect(opportunityTimeline.body.total).toBe(3);
    for (const to of ['needs', 'proposal', 'negotiation']) {
      const moved = await rep1.post(`/opportunities/${opportunityId}/stage`, { to, fields: validStageFields(t.clock.now()) });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    }
    const gate = (await rep1.get(`/opportunities/${opportunityId}`)).body.gate;
    expect(gate.nextStage).toBe('contract');
    expect(gate.missing.map((m: { key: string }) => m.key)).not.toContain('followups:visit');
    expect(gate.missing.map((m: { key: string }) => m.key)).toContain('files:proposal');
  });
});

describe('price list', () => {
  it('lets product and admin roles write it, everyone read it, with unique SKUs and playbook product lines', async () => {
    const product = await t.admin.post('/users', { username: 'pm1', password: 'Lantern-Brisk-2026', displayName: 'pm1', role: 'product', teamId: null });
    expect(product.status).toBe(201);
    const pm = await t.login('pm1', 'Lantern-Brisk-2026');
    const created = await pm.post('/products', {
      sku: 'JX-300',
      name: 'JX-300 数控加工中心',
      productLine: '工业设备',
      kind: 'device',
      unit: '台',
      listPrice: 200000,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ sku: 'JX-300', kind: 'device', listPrice: 200000, compatibleModels: [], active: true });
    expect((await rep1.post('/products', { sku: 'X-1', name: 'x', productLine: '工业设备', kind: 'device', unit: '台', listPrice: 1 })).status).toBe(403);
    const dup = await pm.post('/products', { sku: 'jx-300', name: '重复', productLine: '工业设备', kind: 'device', unit: '台', listPrice: 1 });
    expect(dup.status).toBe(409);
    const badLine = await pm.post('/products', { sku: 'Z-1', name: 'z', productLine: '不存在', kind: 'device', unit: '台', listPrice: 1 });
    expect(badLine.status).toBe(422);
    const badKind = await pm.post('/products', { sku: 'Z-2', name: 'z', productLine: '工业设备', kind: 'gadget', unit: '台', listPrice: 1 });
    expect(badKind.status).toBe(400);
    const patched = await pm.patch(`/products/${created.body.id}`, { listPrice: 210000, compatibleModels: ['JX-200'] });
    expect(patched.body).toMatchObject({ listPrice: 210000, compatibleModels: ['JX-200'] });
    expect(await auditOf('product', created.body.id)).toEqual(expect.arrayContaining(['product.create', 'product.update']));
    const listed = await rep1.get('/products?productLine=工业设备&kind=device&q=JX-2');
    expect(listed.body.items.map((p: { sku: string }) => p.sku)).toEqual(['JX-300']);
  });

  it('imports and exports the price list as .xlsx, reporting bad rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('价目表');
    sheet.addRow(['SKU', '名称', '产品线', '类别', '单位', '目录价', '适配机型', '启用']);
    sheet.addRow(['HC-01', '切削液 20L', '耗材配件', '耗材', '桶', '1,280.50', 'JX-200, JX-300', '是']);
    sheet.addRow(['SV-01', '年度维保服务', '软件服务', 'service', '年', 36000, '', '']);
    sheet.addRow(['HC-01', '重复的', '耗材配件', '耗材', '桶', 1, '', '']);
    sheet.addRow(['BAD-1', '未知产品线', '无此线', '耗材', '桶', 1, '', '']);
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/v1/products/import',
      ...multipart(Buffer.from(await workbook.xlsx.writeBuffer()), '价目表.xlsx'),
      headers: {
        ...multipart(Buffer.alloc(0), '').headers,
        ...cookieOf(t.admin),
        'x-csrf-token': (t.admin as unknown as { auth: { csrf: string } }).auth.csrf,
      },
    });
    const body = JSON.parse(r.body);
    expect(r.statusCode, r.body).toBe(200);
    expect(body.created).toBe(2);
    expect(body.errors.map((e: { row: number }) => e.row)).toEqual([4, 5]);
    const consumable = (await rep1.get('/products?q=HC-01')).body.items[0];
    expect(consumable).toMatchObject({ kind: 'consumable', listPrice: 1280.5, compatibleModels: ['JX-200', 'JX-300'] });
    const exported = await download(rep1, '/products.xlsx?productLine=耗材配件');
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const rows = back.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[0].slice(1, 5)).toEqual(['SKU', '名称', '产品线', '类别']);
    expect(rows[1].slice(1, 7)).toEqual(['HC-01', '切削液 20L', '耗材配件', '耗材', '桶', 1280.5]);
  });
});

let boundary = '';
function multipart(content: Buffer, filename: string) {
  boundary ||= '----spm360' + Math.random().toString(16).slice(2);
  return {
    payload: Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${XLSX}\r\n\r\n`),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe('quotes', () => {
  let opportunityId: string;
  let customerId: string;
  let machine: string;
  let service: string;

  beforeAll(async () => {
    const c = await customer(rep1, { name: '上海申江重工集团有限公司', grade: 'A' });
    customerId = c.id;
    const o = await rep1.post('/opportunities', { customerId, name: '重型机床采购', amount: 500000, productLine: '工业设备' });
    opportunityId = o.body.id;
    machine = (
      await t.admin.post('/products', { sku: 'JX-500', name: 'JX-500 龙门加工中心', productLine: '工业设备', kind: 'device', unit: '台', listPrice: 10000 })
    ).body.id;
    service = (
      await t.admin.post('/products', { sku: 'SV-500', name: '安装调试服务', productLine: '软件服务', kind: 'service', unit: '次', listPrice: 2345.67 })
    ).body.id;
  });

  it('numbers quotes per year without gaps or repeats under concurrency', async () => {
    const body = { opportunityId, items: [{ productId: service, quantity: 1 }], validUntil: '2026-12-31' };
    const created = await Promise.all(Array.from({ length: 5 }, () => rep1.post('/quotes', body)));
    for (const r of created) expect(r.status, JSON.stringify(r.body)).toBe(201);
    const numbers = created.map((r) => r.body.number as string).sort();
    expect(new Set(numbers).size).toBe(5);
    for (const n of numbers) expect(n).toMatch(/^BJ-2026-\d{6}$/);
    const values = numbers.map((n) => Number(n.slice(-6)));
    expect(values[4] - values[0]).toBe(4);
    expect((await rep1.post('/quotes', { ...body, validUntil: '2026-11-01' })).status).toBe(400);
    expect((await rep1.post('/quotes', { ...body, items: [{ productId: customerId, quantity: 1 }] })).status).toBe(422);
    expect((await rep3.post('/quotes', body)).status).toBe(404);
  });

  it('prices with tax, holds a large discount for the supervisor, renders the PDF and stores it as the opportunity’s proposal when sent', async () => {
    const created = await rep1.post('/quotes', {
      opportunityId,
      items: [
        { productId: machine, quantity: 1, discountPct: 15 },
        { productId: service, quantity: 1 },
      ],
      validUntil: '2026-12-31',
      terms: '合同签订后预付 30%。',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const quote = created.body;
    expect(quote).toMatchObject({ status: 'draft', version: 1, needsApproval: true, subtotal: 10845.67, tax: 1409.94, total: 12255.61 });
    expect(quote.current.amountInWords).toBe('壹万贰仟贰佰伍拾伍元陆角壹分');

    const pdf = await download(rep1, `/quotes/${quote.id}/pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'quote-')), 'quote.pdf');
    fs.writeFileSync(file, pdf.rawPayload);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('上海申江重工集团有限公司');
    expect(text).toContain('JX-500 龙门加工中心');
    expect(text).toContain('安装调试服务');
    expect(text).toContain('壹万贰仟贰佰伍拾伍元陆角壹分');
    expect(text).toContain(quote.number);

    const early = await rep1.post(`/quotes/${quote.id}/send`);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('QUOTE_APPROVAL_REQUIRED');
    const submitted = await rep1.post(`/quotes/${quote.id}/submit`, {});
    expect(submitted.body.status).toBe('pending_approval');
    expect((await rep1.post(`/quotes/${quote.id}/approve`, {})).status).toBe(403);
    expect((await sup1.post(`/quotes/${quote.id}/reject`, {})).status).toBe(400);
    const rejected = await sup1.post(`/quotes/${quote.id}/reject`, { note: '折扣过大' });
    expect(rejected.body).toMatchObject({ status: 'rejected', decisionNote: '折扣过大', decidedById: org.ids.sup1 });

    // Editing writes version 2; version 1 stays readable.
    const edited = await rep1.patch(`/quotes/${quote.id}`, {
      items: [
        { productId: machine, quantity: 1, discountPct: 12 },
        { productId: service, quantity: 1 },
      ],
    });
    expect(edited.body).toMatchObject({ version: 2, status: 'draft', needsApproval: true, decidedById: null });
    const versions = await rep1.get(`/quotes/${quote.id}/versions`);
    expect(versions.body.items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect((await rep1.get(`/quotes/${quote.id}/versions/1`)).body.totals.total).toBe(12255.61);
    expect((await download(rep1, `/quotes/${quote.id}/pdf?version=1`)).headers['content-type']).toBe('application/pdf');

    await rep1.post(`/quotes/${quote.id}/submit`, {});
    const approved = await sup1.post(`/quotes/${quote.id}/approve`, { note: '同意' });
    expect(approved.body.status).toBe('approved');

    // The grade-A rule wants a proposal before the contract stage: the sent quote provides it.
    for (const to of ['needs', 'proposal', 'negotiation']) {
      const moved = await rep1.post(`/opportunities/${opportunityId}/stage`, { to, fields: validStageFields(t.clock.now()) });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    }
    const before = (await rep1.get(`/opportunities/${opportunityId}`)).body.gate.missing.map((m: { key: string }) => m.key);
    expect(before).toContain('files:proposal');
    const sent = await rep1.post(`/quotes/${quote.id}/send`);
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body.status).toBe('sent');
    const after = (await rep1.get(`/opportunities/${opportunityId}`)).body.gate.missing.map((m: { key: string }) => m.key);
    expect(after).not.toContain('files:proposal');
    expect(after).toContain('followups:visit');
    const meta = await rep1.get(`/files/${sent.body.sentFileId}/meta`);
    expect(meta.body).toMatchObject({ kind: 'proposal', mime: 'application/pdf' });
    expect((await rep3.get(`/files/${sent.body.sentFileId}/meta`)).status).toBe(404);
    expect((await rep1.post(`/quotes/${quote.id}/send`)).status).toBe(409);
    expect(await auditOf('quote', quote.id)).toEqual(
      expect.arrayContaining(['quote.create', 'quote.submit', 'quote.reject', 'quote.update', 'quote.approve', 'quote.send']),
    );
    // The stored PDF survives the sweep of unattached uploads.
    t.clock.set(sh('2026-11-25T10:00:00'));
    await t.ctx.scheduler.tick();
    expect((await rep1.get(`/files/${sent.body.sentFileId}/meta`)).status).toBe(200);
  });

  it('sends a quote without a large discount straight away; lists, filters and exports in scope; expires unsent ones', async () => {
    const plain = await rep1.post('/quotes', { opportunityId, items: [{ productId: machine, quantity: 2, unitPrice: 9500 }], validUntil: '2026-12-01' });
    expect(plain.body).toMatchObject({ needsApproval: false, total: 21470 });
    const sent = await rep1.post(`/quotes/${plain.body.id}/send`);
    expect(sent.body.status).toBe('sent');
    const mine = await rep1.get(`/quotes?opportunityId=${opportunityId}&status=sent&sort=-total`);
    expect(mine.body.items.map((q: { total: number }) => q.total)).toEqual([21470, 12594.61]);
    expect((await rep3.get(`/quotes?opportunityId=${opportunityId}`)).body.total).toBe(0);
    const xlsx = await download(rep1, `/quotes.xlsx?opportunityId=${opportunityId}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].rowCount).toBeGreaterThan(2);
    const draft = await rep1.post('/quotes', { opportunityId, items: [{ productId: machine, quantity: 1 }], validUntil: '2026-12-01' });
    t.clock.set(sh('2026-12-02T09:00:00'));
    await t.ctx.scheduler.tick();
    const expired = await rep1.get(`/quotes/${draft.body.id}`);
    expect(expired.body.status).toBe('expired');
    expect((await rep1.post(`/quotes/${draft.body.id}/send`)).body.error.code).toBe('QUOTE_EXPIRED');
    expect((await rep1.get(`/quotes/${sent.body.id}`)).body.status).toBe('sent');
  });
});

describe('forecast', () => {
  it('weights open opportunities by their own or the stage’s probability, by month, team and product line, in scope', async () => {
    const c = await customer(rep1, { name: '徐州汉王重机有限公司' });
    const a = await rep1.post('/opportunities', {
      customerId: c.id,
      name: '一期',
      amount: 300000,
      productLine: '工业设备',
      expectedCloseDate: '2027-02-20',
      competitors: ['德马吉', '马扎克'],
    });
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    expect(a.body).toMatchObject({ expectedCloseDate: '2027-02-20', winProbability: null, competitors: ['德马吉', '马扎克'] });
    const b = await rep1.post('/opportunities', {
      customerId: c.id,
      name: '二期',
      amount: 120000,
      productLine: '软件服务',
      expectedCloseDate: '2027-03-05',
      winProbability: 55,
    });
    expect(b.status).toBe(201);
    // 300000 × 10 % (initial) + 120000 × 55 %
    const r = await rep1.get('/forecast?closeFrom=2027-01-01');
    expect(r.status).toBe(200);
    expect(r.body.total).toMatchObject({ count: 2, amount: 420000, weighted: 96000 });
    expect(r.body.byMonth.map((m: { key: string; weighted: number }) => [m.key, m.weighted])).toEqual([
      ['2027-02', 30000],
      ['2027-03', 66000],
    ]);
    expect(r.body.byTeam).toEqual([expect.objectContaining({ key: org.ids.east, label: '华东一组', weighted: 96000 })]);
    expect(r.body.byProductLine.map((m: { key: string }) => m.key)).toEqual(['软件服务', '工业设备']);
    expect(r.body.stageProbabilities.initial).toBe(10);
    // Overriding and clearing the probability.
    const patched = await rep1.patch(`/opportunities/${a.body.id}`, { winProbability: 50, competitors: [] });
    expect(patched.body).toMatchObject({ winProbability: 50, competitors: [] });
    expect((await rep1.get('/forecast?closeFrom=2027-01-01')).body.total.weighted).toBe(216000);
    await rep1.patch(`/opportunities/${a.body.id}`, { winProbability: null });
    expect((await rep1.get('/forecast?closeFrom=2027-01-01')).body.total.weighted).toBe(96000);
    expect((await rep3.get('/forecast?closeFrom=2027-01-01')).body.total.count).toBe(0);
    expect((await rep1.patch(`/opportunities/${a.body.id}`, { winProbability: 101 })).status).toBe(400);
    const xlsx = await download(rep1, '/forecast.xlsx?closeFrom=2027-01-01');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(JSON.stringify(workbook.worksheets[0].getSheetValues())).toContain('2027-03');
  });
});
