import type pg from 'pg';
import { Rng, weighted } from './lib/prng.js';

/**
 * Chat-archive ingest: WeCom SDK records posted to `POST /api/v1/integrations/wecom/archive` in
 * batches of 1,000, one call after the other (as a sidecar sends them), against plain multi-row
 * INSERTs of the same rows into a copy of the table (the floor: no parsing, masking, concern
 * tagging, identity linking, consent, recall or idempotency checks, HTTP or JSON).
 */

const CUSTOMER_LINES = [
  '你们的报价太贵了，能不能再给点折扣？',
  '交付周期大概多久？我们月底前要上线',
  '售后服务怎么保障，坏了多久能上门维修？',
  '友商的方案比你们便宜两成',
  '付款能分期吗？发票什么时候开？',
  '能不能定制一个接口对接我们的ERP',
  '上线后需要给操作员做培训',
  '这批货的质量不稳定，良率太低',
  '好的，收到，谢谢',
  '明天下午开会再细聊',
  '合同条款我们法务还在看',
  '现场部署需要几个工程师？',
];
const STAFF_LINES = [
  '王总您好，方案已经发您邮箱了',
  '价格这块我再跟领导申请一下',
  '交期可以排到下周三，具体以排产为准',
  '好的，我安排技术同事跟进',
  '合同我今天下午发您确认',
];

/** A realistic mix of WeCom records: mostly text, some with a phone or ID number, media, links, group chats. */
export function chatRecords(seed: number, stream: number, count: number, startMs: number, staff: string[], contacts: string[], prefix: string): object[] {
  const rng = new Rng(seed, 900 + stream);
  const records: object[] = [];
  for (let i = 0; i < count; i++) {
    const contact = rng.pick(contacts);
    const rep = rng.pick(staff);
    const inbound = rng.chance(0.55);
    const group = rng.chance(0.1);
    const from = inbound ? contact : rep;
    const base = {
      msgid: `${prefix}-${i}`,
      action: 'send',
      from,
      tolist: group ? [inbound ? rep : contact, rng.pick(staff)] : [inbound ? rep : contact],
      roomid: group ? `wrBenchRoom${rng.int(1, 200)}` : '',
      msgtime: startMs + i * 1000,
    };
    const kind = weighted(rng, [
      ['text', 80],
      ['image', 8],
      ['file', 4],
      ['link', 4],
      ['location', 2],
      ['mixed', 2],
    ] as const);
    let line = inbound ? rng.pick(CUSTOMER_LINES) : rng.pick(STAFF_LINES);
    if (rng.chance(0.1))
      line += ` 电话 1${rng.int(3, 9)}${rng.int(0, 9)}-${String(rng.int(0, 9999)).padStart(4, '0')}-${String(rng.int(0, 9999)).padStart(4, '0')}`;
    if (rng.chance(0.02)) line += ' 身份证11010519491231002X';
    switch (kind) {
      case 'text':
        records.push({ ...base, msgtype: 'text', text: { content: line } });
        break;
      case 'image':
        records.push({ ...base, msgtype: 'image', image: { md5sum: rng.hex(16), filesize: rng.int(10_000, 900_000), sdkfileid: `SDK${rng.hex(24)}` } });
        break;
      case 'file':
        records.push({
          ...base,
          msgtype: 'file',
          file: { md5sum: rng.hex(16), filename: '报价单.pdf', fileext: 'pdf', filesize: 80_000, sdkfileid: `SDK${rng.hex(24)}` },
        });
        break;
      case 'link':
        records.push({
          ...base,
          msgtype: 'link',
          link: { title: '产品白皮书', description: line, link_url: 'https://docs.example.com/whitepaper', image_url: '' },
        });
        break;
      case 'location':
        records.push({
          ...base,
          msgtype: 'location',
          location: { longitude: 121.47, latitude: 31.23, address: '上海市浦东新区张江路88号', title: '张江大厦', zoom: 15 },
        });
        break;
      case 'mixed':
        records.push({
          ...base,
          msgtype: 'mixed',
          mixed: {
            item: [
              { type: 'text', content: JSON.stringify({ content: line }) },
              { type: 'image', content: JSON.stringify({ md5sum: rng.hex(16), sdkfileid: `SDK${rng.hex(24)}` }) },
            ],
          },
        });
        break;
    }
  }
  return records;
}

export interface ChatIngestResult {
  messages: number;
  batch: number;
  appMs: number;
  appPerSecond: number;
  baselineMs: number;
  baselinePerSecond: number;
  stored: number;
  withConcerns: number;
  unmaskedPhones: number;
  replayDuplicates: number;
}

type Api = (method: string, path: string, headers: Record<string, string>, body?: unknown) => Promise<{ status: number; json: any }>;

/**
 * Maps `staffUsers` and `customers` as WeCom identities, warms up, then posts `batches` × `batch`
 * records one call after the other and replays the first batch (all duplicates). The baseline
 * inserts rows of the same shape into `bench_chat_baseline` (a copy of chat_messages with its
 * indexes) with multi-row INSERTs, one transaction per batch.
 */
export async function measureChatIngest(options: {
  api: Api;
  adminAuth: Record<string, string>;
  db: pg.Client;
  staffUsers: string[];
  customers: string[];
  batches: number;
  batch: number;
  seed: number;
  log: (line: string) => void;
}): Promise<ChatIngestResult> {
  const { api, db, log } = options;
  const token = await api('POST', '/api/v1/tokens', options.adminAuth, { name: 'wecom sidecar (benchmark)', scopes: ['integrations'] });
  if (token.status !== 201) throw new Error(`integrations token: ${token.status} ${JSON.stringify(token.json)}`);
  const auth = { authorization: `Bearer ${token.json.token}` };
  const staff = options.staffUsers.map((_, i) => `benchrep${i}`);
  const contacts = options.customers.map((_, i) => `wmBench${i}X`);
  const ids = await api('POST', '/api/v1/integrations/wecom/identities', auth, {
    staff: options.staffUsers.map((userId, i) => ({ wecomUserId: staff[i], userId })),
    externalContacts: options.customers.map((customerId, i) => ({ externalUserId: contacts[i], customerId, name: `联系人${i}` })),
  });
  if (ids.status !== 200) throw new Error(`identities: ${ids.status} ${JSON.stringify(ids.json)}`);

  const now = Date.now();
  const total = options.batches * options.batch;
  const start = now - total * 1000 - 3_600_000;
  const post = async (records: object[]) => {
    const r = await api('POST', '/api/v1/integrations/wecom/archive', auth, { records });
    if (r.status !== 200) throw new Error(`archive: ${r.status} ${JSON.stringify(r.json).slice(0, 300)}`);
    return r.json as { counts: Record<string, number> };
  };
  // Warm-up: 5 batches of other messages (JIT, the segmenter's dictionary, the pool).
  const warm = chatRecords(options.seed, 1, 5 * options.batch, start - 10 * 86_400_000, staff, contacts, 'warm');
  for (let i = 0; i < warm.length; i += options.batch) await post(warm.slice(i, i + options.batch));

  const records = chatRecords(options.seed, 2, total, start, staff, contacts, 'bench');
  const bodies = Array.from({ length: options.batches }, (_, b) => records.slice(b * options.batch, (b + 1) * options.batch));
  let stored = 0;
  const t0 = performance.now();
  for (const body of bodies) stored += (await post(body)).counts.stored;
  const appMs = performance.now() - t0;
  const replay = await post(bodies[0]);
  const check = (
    await db.query(
      `select count(*) filter (where concerns <> '{}') as with_concerns,
              count(*) filter (where text ~ '1[3-9][0-9][- ]?[0-9]{4}[- ]?[0-9]{4}' or text like '%11010519491231002X%') as unmasked
       from chat_messages where msgid like 'bench-%'`,
    )
  ).rows[0];
  log(
    `chat-archive ingest: ${total.toLocaleString('en')} messages in ${Math.round(appMs)} ms (${Math.round(total / (appMs / 1000)).toLocaleString('en')} msg/s)`,
  );

  // Baseline: the same number of rows, plain multi-row INSERTs.
  await db.query('drop table if exists bench_chat_baseline');
  await db.query('create table bench_chat_baseline (like chat_messages including defaults including indexes)');
  const cols = ['msgid', 'msgtime', 'msgtype', 'direction', 'from_id', 'external_id', 'staff_id', 'room_id', 'text', 'sdkfileids', 'received_at'];
  const t1 = performance.now();
  for (const body of bodies) {
    const values: unknown[] = [];
    const tuples = body.map((r: any, i) => {
      const text = r.text?.content ?? r.link?.description ?? `[${r.msgtype}]`;
      values.push(
        r.msgid,
        new Date(r.msgtime),
        r.msgtype,
        r.from.startsWith('wm') ? 'in' : 'out',
        r.from,
        r.from.startsWith('wm') ? r.from : r.tolist[0],
        r.from.startsWith('wm') ? r.tolist[0] : r.from,
        r.roomid || null,
        text,
        r.image?.sdkfileid ? [r.image.sdkfileid] : [],
        new Date(),
      );
      return `(${cols.map((_, c) => `$${i * cols.length + c + 1}`).join(', ')})`;
    });
    await db.query('begin');
    await db.query(`insert into bench_chat_baseline (${cols.join(', ')}) values ${tuples.join(', ')}`, values);
    await db.query('commit');
  }
  const baselineMs = performance.now() - t1;
  await db.query('drop table bench_chat_baseline');
  log(`chat-archive baseline: plain INSERTs ${Math.round(baselineMs)} ms (${Math.round(total / (baselineMs / 1000)).toLocaleString('en')} rows/s)`);
  return {
    messages: total,
    batch: options.batch,
    appMs: Math.round(appMs),
    appPerSecond: Math.round(total / (appMs / 1000)),
    baselineMs: Math.round(baselineMs),
    baselinePerSecond: Math.round(total / (baselineMs / 1000)),
    stored,
    withConcerns: Number(check.with_concerns),
    unmaskedPhones: Number(check.unmasked),
    replayDuplicates: replay.counts.duplicate ?? 0,
  };
}
