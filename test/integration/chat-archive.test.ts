import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, rowCount, uploadEvidence } from '../support/fixtures.js';
import { Client, createTestApp, type TestApp } from '../support/test-app.js';
import { sh } from '../support/time.js';
import { archiveFixture, FIRST_PASS, RAW, T } from '../support/wecom-fixture.js';

/** A tiny PNG: the bytes of the fixture's image. */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4a10000000049454e44ae426082',
  'hex',
);

function multipart(fields: Record<string, string>, file: Buffer, filename: string) {
  const boundary = '----wecom' + Math.random().toString(16).slice(2);
  const parts = [
    ...Object.entries(fields).map(([k, v]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ];
  return { body: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Every text of every row of every table, and every file under the data directory. */
async function everything(t: TestApp): Promise<string> {
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`.execute(t.ctx.db);
  const chunks: string[] = [];
  for (const { table_name } of tables.rows) {
    const rows = await sql<{ row: string }>`select t::text as row from ${sql.table(table_name)} t`.execute(t.ctx.db);
    chunks.push(...rows.rows.map((r) => r.row));
  }
  const walk = (dir: string): string[] =>
    fs.existsSync(dir)
      ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
      : [];
  for (const file of walk(t.dataDir)) chunks.push(fs.readFileSync(file).toString('latin1'), fs.readFileSync(file).toString('utf8'));
  return chunks.join('\n');
}

describe('WeCom chat archive', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof createOrg>>;
  let rep1: Client;
  let rep2: Client;
  let sup2: Client;
  let integration: Client;
  let readWriteToken: Client;
  const customers = { a: '', b: '', c: '' };

  beforeAll(async () => {
    t = await createTestApp({ env: { WEBHOOK_ALLOW_PRIVATE: '1' } });
    org = await createOrg(t);
    [rep1, rep2, sup2] = await Promise.all(['rep1', 'rep2', 'sup2'].map((u) => org.as(u)));
    customers.a = (await rep1.post('/customers', { name: '甲·华东精密机械', type: 'B2B', grade: 'A', region: '华东' })).body.id;
    customers.c = (await rep2.post('/customers', { name: '丙·杭州智造', type: 'B2B', grade: 'B', region: '华东' })).body.id;
    const rep3 = await org.as('rep3');
    customers.b = (await rep3.post('/customers', { name: '乙·南方电子', type: 'B2B', grade: 'B', region: '华南' })).body.id;
    // Two integrators listen to the concerns raised (each gets its own delivery of every event).
    for (const url of ['http://127.0.0.1:9/crm', 'http://127.0.0.1:9/bi'])
      expect((await t.admin.post('/webhooks', { url, events: ['chat.concern_raised'] })).status).toBe(201);
    const token = await t.admin.post('/tokens', { name: 'wecom sidecar', scopes: ['integrations'] });
    expect(token.status).toBe(201);
    integration = new Client(t.app, { bearer: token.body.token });
    const readWrite = await t.admin.post('/tokens', { name: 'erp', scopes: ['read', 'write'] });
    readWriteToken = new Client(t.app, { bearer: readWrite.body.token });
  });
  afterAll(() => t.close());

  it('takes identities from an integrations token only, and lists them', async () => {
    const body = {
      staff: [
        { wecomUserId: 'zhangsan', userId: org.ids.rep1 },
        { wecomUserId: 'lisi', userId: org.ids.rep2 },
        { wecomUserId: 'wangwu', userId: org.ids.rep3 },
      ],
      externalContacts: [
        { externalUserId: 'wmA01', customerId: customers.a, name: '王总' },
        { externalUserId: 'wmA02', customerId: customers.a, name: '李经理' },
        { externalUserId: 'wmB01', customerId: customers.b, name: '陈总' },
        { externalUserId: 'wmC01', customerId: customers.c, name: '赵工' },
      ],
    };
    expect((await readWriteToken.post('/integrations/wecom/identities', body)).body.error.code).toBe('TOKEN_SCOPE');
    expect((await integration.get('/customers')).body.error.code).toBe('TOKEN_SCOPE');
    expect((await rep1.post('/integrations/wecom/identities', body)).status).toBe(403);
    const bad = await integration.post('/integrations/wecom/identities', { staff: [{ wecomUserId: 'x', userId: customers.a }] });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('INVALID_REFERENCE');
    const r = await integration.post('/integrations/wecom/identities', body);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toEqual({ staff: 3, externalContacts: 4 });
    // An admin session may do the same; upserting again changes nothing.
    expect((await t.admin.post('/integrations/wecom/identities', body)).body).toEqual({ staff: 3, externalContacts: 4 });
    const list = await t.admin.get('/integrations/wecom/identities');
    expect(list.status).toBe(200);
    expect(list.body.staff.map((s: any) => [s.wecomUserId, s.userName])).toEqual([
      ['lisi', 'rep2'],
      ['wangwu', 'rep3'],
      ['zhangsan', 'rep1'],
    ]);
    expect(list.body.externalContacts).toHaveLength(4);
  });

  it('archives a realistic export: masked, linked, recalled, consent respected, idempotent', async () => {
    // 丙's first messages arrive before their disagree: stored for now.
    const early = archiveFixture().filter((r: any) => r.msgid === 'msg-c13' || r.msgid === 'msg-c14');
    const e = await integration.post('/integrations/wecom/archive', { records: early });
    expect(e.body.results.map((x: any) => x.status)).toEqual(['stored', 'stored']);
    expect((await rep2.get(`/customers/${customers.c}/conversations`)).body.total).toBe(2);

    // Time moves on: the follow-ups of the heat-map test are written at TEST_START; the fixture's
    // last message (丙, after the agree) is later.
    t.clock.set(sh('2026-11-22T10:00:00'));
    const first = await integration.post('/integrations/wecom/archive', { records: archiveFixture() });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.results.map((x: any) => [x.msgid, x.status])).toEqual(FIRST_PASS);
    expect(first.body.results.find((x: any) => x.msgid === 'msg-switch-1').error).toContain('切换企业');
    expect(first.body.results.find((x: any) => x.msgid === 'msg-c16').error).toContain('未同意');
    expect(first.body.results.at(-1).error).toBe('缺少字段 msgid');
    expect(first.body.counts).toEqual({ stored: 17, duplicate: 1, recalled: 1, skipped: 4, rejected: 1 });

    // 丙 withdrew consent: the two early messages are purged; only the message after the agree stays.
    const c = await rep2.get(`/customers/${customers.c}/conversations`);
    expect(c.body.items.map((m: any) => m.msgid)).toEqual(['msg-c18']);

    // Media: attached to the message naming the sdkfileid; unknown ids are refused.
    const img = multipart({ sdkfileid: 'SDK-IMG-1' }, PNG, 'a.png');
    const m1 = await integration.request('POST', '/integrations/wecom/media', img.body, img.headers);
    expect(m1.status, JSON.stringify(m1.body)).toBe(201);
    expect(m1.body).toMatchObject({ sdkfileid: 'SDK-IMG-1', msgid: 'msg-a3', mime: 'image/png', size: PNG.length });
    const again = await integration.request('POST', '/integrations/wecom/media', img.body, img.headers);
    expect(again.status).toBe(200);
    const mix = multipart({ sdkfileid: 'SDK-MIX-1' }, PNG, 'b.png');
    expect((await integration.request('POST', '/integrations/wecom/media', mix.body, mix.headers)).body.msgid).toBe('msg-b22');
    const unknown = multipart({ sdkfileid: 'SDK-NOPE' }, PNG, 'c.png');
    expect((await integration.request('POST', '/integrations/wecom/media', unknown.body, unknown.headers)).status).toBe(404);

    // One chat.concern_raised per customer and call, to each webhook, in order; never the text.
    const deliveries = await t.ctx.db.selectFrom('outbox').select(['target', 'message']).where('channel', '=', 'webhook').orderBy('id').execute();
    const events = deliveries.map((d) => d.message as unknown as { id: string; type: string; data: any });
    expect(new Set(deliveries.map((d) => (d.target as { deliveryId: string }).deliveryId)).size).toBe(8);
    expect(events.map((e) => [e.type, e.data.customerId, e.data.msgids])).toEqual(
      [
        ['chat.concern_raised', customers.c, ['msg-c13', 'msg-c14']],
        ['chat.concern_raised', customers.a, ['msg-a1', 'msg-a6']],
        ['chat.concern_raised', customers.b, ['msg-b11', 'msg-b22']],
        ['chat.concern_raised', customers.c, ['msg-c18']],
      ].flatMap((e) => [e, e]),
    );
    expect(events[2].data).toMatchObject({
      ownerId: org.ids.rep1,
      concerns: [
        { category: 'price', label: '价格', count: 1 },
        { category: 'delivery_time', label: '交付周期', count: 1 },
        { category: 'after_sales', label: '售后', count: 1 },
        { category: 'payment', label: '付款', count: 1 },
      ],
      firstRaisedAt: new Date(T.a1).toISOString(),
      lastRaisedAt: new Date(T.a6).toISOString(),
    });
    expect(events[2].id).toBe(events[3].id);
    expect(JSON.stringify(events)).not.toContain('报价');

    // The second run of the same export changes nothing.
    const before = await everything(t);
    const countBefore = await t.ctx.db
      .selectFrom('chat_messages')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const second = await integration.post('/integrations/wecom/archive', { records: archiveFixture() });
    expect(second.body.results.map((x: any) => x.status)).toEqual(
      FIRST_PASS.map(([, status]) => (status === 'skipped' || status === 'rejected' ? status : 'duplicate')),
    );
    const countAfter = await t.ctx.db
      .selectFrom('chat_messages')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(countAfter.n)).toBe(Number(countBefore.n));
    expect(Number(countAfter.n)).toBe(15);
    expect(
      Number(
        (
          await t.ctx.db
            .selectFrom('outbox')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(8);
    const after = await everything(t);
    // Only the audit queue grows (one entry per call).
    expect(after.length).toBeGreaterThanOrEqual(before.length);

    // The conversation of 甲 as the rep sees it: masked, the recall shown as such, linked to names.
    const a = await rep1.get(`/customers/${customers.a}/conversations?pageSize=50`);
    expect(a.status).toBe(200);
    const byId = new Map(a.body.items.map((m: any) => [m.msgid, m]));
    expect(a.body.total).toBe(10);
    expect(byId.get('msg-a1')).toMatchObject({
      direction: 'in',
      fromName: '王总',
      msgtype: 'text',
      text: '张经理，你们的报价太贵了，交付周期能不能缩短？我电话 138****1234',
      concerns: ['price', 'delivery_time'],
      recalled: false,
      roomId: null,
      customerId: customers.a,
    });
    expect(byId.get('msg-a2')).toMatchObject({
      direction: 'out',
      fromName: 'rep1',
      text: '王总，价格可以申请折扣，方案发您邮箱了，我的邮箱 z***@example.com',
      concerns: [],
    });
    expect(byId.get('msg-a3')).toMatchObject({ msgtype: 'image', text: '[图片]', media: [{ sdkfileid: 'SDK-IMG-1', mime: 'image/png', size: PNG.length }] });
    expect(byId.get('msg-a4')).toMatchObject({ fromName: '李经理', text: '[文件] 身份证110105********002X.pdf' });
    expect(byId.get('msg-a5')).toMatchObject({ text: '[链接] 产品白皮书 下载后致电 138****1234 docs.example.com' });
    expect(byId.get('msg-a6')).toMatchObject({
      text: '[聊天记录]\n王总和采购的聊天记录\n售后服务怎么保障？\n预付款打到卡号6222***********0128',
      concerns: ['after_sales', 'payment'],
    });
    expect(byId.get('msg-a7')).toMatchObject({ text: '[位置] 广东省深圳市' });
    expect(byId.get('msg-a9')).toMatchObject({ recalled: true, text: '已撤回', concerns: [] });
    expect(byId.get('msg-todo')).toMatchObject({ text: '[待办] 回电 周五前回电 138****1234' });
    expect(byId.get('msg-unknown')).toMatchObject({ msgtype: 'hologram_card', text: '[hologram_card] 名片电话 138****1234' });
    const en = await rep1.get(`/customers/${customers.a}/conversations?pageSize=50`, { 'accept-language': 'en' });
    expect(en.body.items.find((m: any) => m.msgid === 'msg-a9').text).toBe('Recalled');

    // 乙's group chat: linked through the mapped contact; the rep's reply is "out".
    const b = await sup2.get(`/customers/${customers.b}/conversations`);
    expect(b.body.items.map((m: any) => [m.msgid, m.direction, m.roomId])).toEqual([
      ['msg-b22', 'in', null],
      ['msg-b12', 'out', 'wrRoomB'],
      ['msg-b11', 'in', 'wrRoomB'],
    ]);
    // Out of scope: another team's customer.
    expect((await rep1.get(`/customers/${customers.b}/conversations`)).status).toBe(404);

    // The unmapped contact is listed for the settings page; mapping it links its messages.
    const ids = await integration.get('/integrations/wecom/identities');
    expect(ids.body.unmatched.externalContacts.map((u: any) => [u.id, u.messages])).toEqual([['wmZZ99', 1]]);
    expect(ids.body.externalContacts.find((c: any) => c.externalUserId === 'wmC01').consent).toBe('agreed');

    // A mapping removed and added again: its messages lose and regain their customer.
    const zz = await t.admin.post('/integrations/wecom/identities', { externalContacts: [{ externalUserId: 'wmZZ99', customerId: customers.a }] });
    expect(zz.status).toBe(200);
    expect((await rep1.get(`/customers/${customers.a}/conversations?pageSize=50`)).body.total).toBe(11);
    expect((await integration.delete('/integrations/wecom/identities/external-contacts/wmZZ99')).status).toBe(204);
    expect((await integration.delete('/integrations/wecom/identities/external-contacts/wmZZ99')).status).toBe(404);
    expect((await rep1.get(`/customers/${customers.a}/conversations?pageSize=50`)).body.total).toBe(10);
    expect((await t.admin.delete('/integrations/wecom/identities/staff/nobody')).status).toBe(404);

    // Nothing raw anywhere: not in any column of any table, not in the data directory.
    for (const raw of [RAW.phone, '138-1234-1234', RAW.idCard, RAW.bankCard, RAW.email, RAW.street, RAW.placeName, '113.943', '竞品报价比你们低两成'])
      expect(after, raw).not.toContain(raw);
  });

  it('refuses calls it cannot take, before storing anything', async () => {
    const tooMany = Array.from({ length: 5001 }, (_, i) => ({ msgid: `x${i}` }));
    expect((await integration.post('/integrations/wecom/archive', { records: tooMany })).status).toBe(400);
    expect((await integration.post('/integrations/wecom/archive', { records: [] })).status).toBe(400);
    expect((await rep1.post('/integrations/wecom/archive', { records: [{ msgid: 'a' }] })).status).toBe(403);
    const boundary = '----nofile';
    const noFile = await integration.request(
      'POST',
      '/integrations/wecom/media',
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="sdkfileid"\r\n\r\nSDK-IMG-1\r\n--${boundary}--\r\n`),
      { 'content-type': `multipart/form-data; boundary=${boundary}` },
    );
    expect(noFile.status).toBe(400);
    expect(noFile.body.error.code).toBe('FILE_REQUIRED');
  });

  it('draws the concern heat map and the blind spots as computed by hand', async () => {
    t.clock.set(sh('2026-11-22T11:00:00'));
    // 甲's rep answers the price concern after it was raised; 丙's rep writes about something else.
    const followUp = async (client: Client, customerId: string, content: string) => {
      const file = await uploadEvidence(client);
      const r = await client.post('/followups', {
        targetType: 'customer',
        targetId: customerId,
        channel: 'wechat',
        valueTag: 'objection_handling',
        content,
        attachmentIds: [file],
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    };
    await followUp(rep1, customers.a, '已把折扣后的价格方案发给王总确认');
    // After its last delivery-time question, but about training, which 丙 raised only in purged messages.
    await followUp(rep2, customers.c, '约了下周给操作员做培训');

    const q = '/analytics/concerns?from=2026-11-01&to=2026-11-22';
    const admin = await t.admin.get(`${q}&groupBy=customer`);
    expect(admin.status, JSON.stringify(admin.body)).toBe(200);
    expect(admin.body.categories.slice(0, 8).map((c: any) => c.label)).toEqual(['价格', '交付周期', '质量', '售后', '竞品', '付款', '功能需求', '培训']);
    expect(admin.body.rows).toEqual([
      { key: customers.a, label: '甲·华东精密机械' },
      { key: customers.b, label: '乙·南方电子' },
      { key: customers.c, label: '丙·杭州智造' },
    ]);
    expect(admin.body.cells).toEqual([
      { row: customers.a, category: 'price', count: 1 },
      { row: customers.a, category: 'delivery_time', count: 1 },
      { row: customers.a, category: 'after_sales', count: 1 },
      { row: customers.a, category: 'payment', count: 1 },
      { row: customers.b, category: 'quality', count: 1 },
      { row: customers.b, category: 'payment', count: 1 },
      { row: customers.c, category: 'delivery_time', count: 1 },
    ]);
    const iso = (ms: number) => new Date(ms).toISOString();
    expect(admin.body.blindSpots).toEqual([
      {
        customerId: customers.a,
        customerName: '甲·华东精密机械',
        ownerId: org.ids.rep1,
        ownerName: 'rep1',
        category: 'delivery_time',
        label: '交付周期',
        lastRaisedAt: iso(T.a1),
        count: 1,
      },
      {
        customerId: customers.a,
        customerName: '甲·华东精密机械',
        ownerId: org.ids.rep1,
        ownerName: 'rep1',
        category: 'after_sales',
        label: '售后',
        lastRaisedAt: iso(T.a6),
        count: 1,
      },
      {
        customerId: customers.a,
        customerName: '甲·华东精密机械',
        ownerId: org.ids.rep1,
        ownerName: 'rep1',
        category: 'payment',
        label: '付款',
        lastRaisedAt: iso(T.a6),
        count: 1,
      },
      {
        customerId: customers.b,
        customerName: '乙·南方电子',
        ownerId: org.ids.rep3,
        ownerName: 'rep3',
        category: 'payment',
        label: '付款',
        lastRaisedAt: iso(T.b11),
        count: 1,
      },
      {
        customerId: customers.b,
        customerName: '乙·南方电子',
        ownerId: org.ids.rep3,
        ownerName: 'rep3',
        category: 'quality',
        label: '质量',
        lastRaisedAt: iso(T.b22),
        count: 1,
      },
      {
        customerId: customers.c,
        customerName: '丙·杭州智造',
        ownerId: org.ids.rep2,
        ownerName: 'rep2',
        category: 'delivery_time',
        label: '交付周期',
        lastRaisedAt: iso(T.c18),
        count: 1,
      },
    ]);

    const region = await t.admin.get(`${q}&groupBy=region`, { 'accept-language': 'en' });
    expect(region.body.rows).toEqual([
      { key: '华东', label: '华东' },
      { key: '华南', label: '华南' },
    ]);
    expect(region.body.cells).toEqual([
      { row: '华东', category: 'price', count: 1 },
      { row: '华东', category: 'delivery_time', count: 2 },
      { row: '华东', category: 'after_sales', count: 1 },
      { row: '华东', category: 'payment', count: 1 },
      { row: '华南', category: 'quality', count: 1 },
      { row: '华南', category: 'payment', count: 1 },
    ]);
    expect(region.body.blindSpots[0].label).toBe('Delivery time');

    const week = await t.admin.get(`${q}&groupBy=week`);
    expect(week.body.rows).toEqual([{ key: '2026-W47', label: '2026-W47' }]);
    expect(week.body.cells.reduce((s: number, c: any) => s + c.count, 0)).toBe(7);

    const rep = await t.admin.get(`${q}&groupBy=rep`);
    expect(rep.body.rows).toEqual([
      { key: org.ids.rep1, label: 'rep1' },
      { key: org.ids.rep3, label: 'rep3' },
      { key: org.ids.rep2, label: 'rep2' },
    ]);

    // Scope: a rep sees their own customers only, a supervisor their team, a team filter narrows.
    const own = await rep1.get(`${q}&groupBy=customer`);
    expect(own.body.rows.map((r: any) => r.key)).toEqual([customers.a]);
    expect(own.body.blindSpots.every((s: any) => s.customerId === customers.a)).toBe(true);
    const south = await sup2.get(`${q}&groupBy=customer`);
    expect(south.body.rows.map((r: any) => r.key)).toEqual([customers.b]);
    const east = await t.admin.get(`${q}&groupBy=customer&teamId=${org.ids.east}`);
    expect(east.body.rows.map((r: any) => r.key)).toEqual([customers.a, customers.c]);

    // A period without messages; a period ending before it starts.
    expect((await t.admin.get('/analytics/concerns?from=2026-10-01&to=2026-10-31')).body).toMatchObject({ rows: [], cells: [], blindSpots: [] });
    expect((await t.admin.get('/analytics/concerns?from=2026-11-10&to=2026-11-01')).status).toBe(422);

    // The messages behind a cell.
    const cell = await t.admin.get(
      `/analytics/concerns/messages?from=2026-11-01&to=2026-11-22&groupBy=region&row=${encodeURIComponent('华东')}&category=delivery_time`,
    );
    expect(cell.status, JSON.stringify(cell.body)).toBe(200);
    expect(cell.body.total).toBe(2);
    expect(cell.body.items.map((m: any) => m.msgid)).toEqual(['msg-c18', 'msg-a1']);
    expect((await rep1.get(`/analytics/concerns/messages?groupBy=customer&row=${customers.c}&category=delivery_time&from=2026-11-01`)).body.total).toBe(0);
  });

  it('flags WeChat follow-ups without a conversation that day and shows the conversation in the spot check', async () => {
    const [sup1, rep3] = await Promise.all([org.as('sup1'), org.as('rep3')]);
    // Sunday 2026-11-22: 王总 (甲) writes to zhangsan in the morning; 丙 and 乙 write nothing that day.
    const morning = sh('2026-11-22T09:00:00').getTime();
    const today = await integration.post('/integrations/wecom/archive', {
      records: [
        {
          msgid: 'msg-a-today',
          action: 'send',
          from: 'wmA01',
          tolist: ['zhangsan'],
          roomid: '',
          msgtime: morning,
          msgtype: 'text',
          text: { content: '方案收到了' },
        },
      ],
    });
    expect(today.body.results[0].status).toBe('stored');
    const d = (await rep1.post('/customers', { name: '丁·未接入会话存档', type: 'B2B', grade: 'C', region: '华东' })).body.id as string;
    const followUp = async (client: Client, customerId: string, channel: string) => {
      const file = await uploadEvidence(client);
      const r = await client.post('/followups', {
        targetType: 'customer',
        targetId: customerId,
        channel,
        valueTag: 'needs_discovery',
        content: `微信沟通了需求细节 ${Math.random()}`,
        attachmentIds: [file],
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body.id as string;
    };
    const onA = await followUp(rep1, customers.a, 'wechat'); // a conversation that day: no flag
    const onB = await followUp(rep3, customers.b, 'wechat'); // archived customer, nothing that day: flag
    const onC = await followUp(rep2, customers.c, 'wechat'); // idem
    const onD = await followUp(rep1, d, 'wechat'); // no archive at all for 丁: no flag
    const byPhone = await followUp(rep2, customers.c, 'phone'); // not a WeChat follow-up: no flag

    // Monday morning the check runs once over the past week.
    t.clock.set(sh('2026-11-23T07:00:00'));
    const fired = await t.ctx.scheduler.tick();
    // The heat-map test's two WeChat follow-ups of Sunday (甲 at 11:00, after the morning message; 丙) count too.
    expect(fired['chat-evidence']).toBe(3);
    expect((await t.ctx.scheduler.tick())['chat-evidence']).toBe(0);
    const flags = await t.admin.get('/followup-flags?kind=evidence&pageSize=50');
    expect(flags.status, JSON.stringify(flags.body)).toBe(200);
    const flagged = new Map(flags.body.items.map((f: any) => [f.followupId, f]));
    expect(flagged.has(onA)).toBe(false);
    expect(flagged.has(onD)).toBe(false);
    expect(flagged.has(byPhone)).toBe(false);
    expect(flagged.get(onB)).toMatchObject({ kind: 'evidence', reason: 'no_chat_evidence', label: '缺少会话存档', status: 'pending' });
    expect((flagged.get(onC) as any).explanation).toBe('微信跟进当天（2026-11-22）会话存档中没有该销售与客户的消息（该客户共有 1 条存档消息）');
    const en = await t.admin.get('/followup-flags?kind=evidence&pageSize=50', { 'accept-language': 'en' });
    expect(en.body.items[0].label).toBe('No chat evidence');
    // The flag reaches the webhooks subscribed to followup.flagged like any other (none here) and the audit log.
    const audited = await t.ctx.db.selectFrom('audit_pending').select('entity_id').where('action', '=', 'followup.flag').execute();
    const chained = await t.ctx.db.selectFrom('audit_log').select('entity_id').where('action', '=', 'followup.flag').execute();
    expect([...audited, ...chained].map((a) => a.entity_id)).toEqual(expect.arrayContaining([onB, onC]));

    // At 09:00 the weekly spot check samples last week's follow-ups (all of them here), each beside
    // the conversation of ±3 days.
    const playbook = structuredClone((await t.admin.get('/playbook')).body.document);
    playbook.authenticity.spotCheck.size = 20;
    expect((await t.admin.put('/playbook', { document: playbook, note: 'sample every follow-up' })).status).toBe(200);
    t.clock.set(sh('2026-11-23T09:30:00'));
    await t.ctx.scheduler.tick();
    const checks = await sup1.get('/spot-checks?week=2026-W47');
    expect(checks.status, JSON.stringify(checks.body)).toBe(200);
    const item = (followupId: string) => checks.body.items.find((i: any) => i.followup.id === followupId);
    expect(item(onA).evidence.chatArchive).toBe('available');
    expect(item(onA).evidence.chatMessages.map((m: any) => m.msgid)).toEqual(['msg-a-today']);
    expect(item(onC).evidence.chatMessages.map((m: any) => [m.msgid, m.text])).toEqual([['msg-c18', '交付周期多久？']]);
    expect(item(onC).followup.flags.map((f: any) => f.reason)).toEqual(['no_chat_evidence']);
    expect(item(onD).evidence).toMatchObject({ chatArchive: 'unavailable', chatMessages: [] });
  });

  it('deletes messages and their media past the retention, every working day', async () => {
    const count = () => rowCount(t, 'chat_messages');
    const mediaFiles = () => {
      const dir = path.join(t.dataDir, 'files', 'chat-media');
      const walk = (d: string): string[] =>
        fs.existsSync(d) ? fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [e.name])) : [];
      return walk(dir);
    };
    expect(await count()).toBe(16);
    expect(mediaFiles()).toHaveLength(2);
    // 180 days after every message but 丙's last one (2026-11-21) and 甲's of 2026-11-22.
    t.clock.set(sh('2027-05-19T03:30:00'));
    await t.ctx.scheduler.tick();
    expect(await count()).toBe(2);
    expect((await t.admin.get(`/customers/${customers.c}/conversations`)).body.items.map((m: any) => m.msgid)).toEqual(['msg-c18']);
    expect(mediaFiles()).toHaveLength(0);
    // Once a day: a second tick the same day deletes nothing more.
    t.clock.set(sh('2027-05-19T09:00:00'));
    await t.ctx.scheduler.tick();
    expect(await count()).toBe(2);
    // A replayed export does not bring expired messages back.
    const replay = await integration.post('/integrations/wecom/archive', { records: archiveFixture() });
    const status = new Map(replay.body.results.reverse().map((r: any) => [r.msgid, r])); // the first result of a repeated msgid
    expect(status.get('msg-a1')).toMatchObject({ status: 'skipped', error: '早于保留期限（180 天）' });
    expect(status.get('msg-a8-recall')).toMatchObject({ status: 'skipped' });
    expect(status.get('msg-c18')).toMatchObject({ status: 'duplicate' });
    expect(await count()).toBe(2);
    t.clock.set(sh('2027-05-25T03:30:00'));
    await t.ctx.scheduler.tick();
    expect(await count()).toBe(0);
  });
});
