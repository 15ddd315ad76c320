import { createHash } from 'node:crypto';
import { fingerprintRows, teamKeyOf, type FollowupText } from '../src/authenticity/index.js';
import { hashPassword } from '../src/core/auth/password.js';
import { baseDay } from '../src/core/calendar/official-days.js';
import { localParts } from '../src/core/calendar/working-time.js';
import { defaultPlaybook } from '../src/core/playbook/default-playbook.js';
import { responseDeadline, secondEscalationAt } from '../src/leads/index.js';
import { idFor, Rng, weighted } from './lib/prng.js';
import { Batch, Loader, type Sink } from './lib/sink.js';

/**
 * Builds a large sales organisation directly in a migrated, empty database: users and teams in
 * the playbook's regions, leads in every status with consistent SLA/pool columns, customers and
 * opportunities from converted leads, follow-ups with Chinese text and one attachment each, and
 * their 防伪跟进 fingerprints and LSH buckets computed by the app's own pure functions, so the
 * near-duplicate check of new follow-ups runs against a fingerprinted history. Deterministic for a
 * seed and a reference time `now`.
 */

export interface GenerateOptions {
  leads: number;
  followups: number;
  users: number;
  seed: number;
  /** Reference time of the data set (ms); the history lies in the 90 days before it. */
  now: number;
  log?: (line: string) => void;
}

export interface GenerateResult {
  counts: Record<string, number>;
  seconds: { users: number; load: number; indexes: number; vacuum: number; total: number };
  rowsPerSecond: { load: number; overall: number };
  schemaIdentical: boolean;
  schemaFingerprint: string;
  password: string;
}

/** Password of every generated user. */
export const GENERATED_PASSWORD = 'bench1234';

const MIN = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const K = { team: 1, user: 2, lead: 3, customer: 4, opportunity: 5, followup: 6, file: 7 } as const;

const pb = defaultPlaybook;
const REGIONS = pb.regions;
const REGION_WEIGHT: Record<string, number> = { 华东: 25, 华南: 20, 华北: 18, 华中: 12, 西南: 10, 西北: 7, 东北: 8 };
const CITIES: Record<string, string[]> = {
  华东: ['上海', '杭州', '南京', '苏州', '宁波', '合肥', '济南', '青岛', '福州', '厦门'],
  华南: ['广州', '深圳', '东莞', '佛山', '南宁', '海口'],
  华北: ['北京', '天津', '石家庄', '太原', '呼和浩特'],
  华中: ['武汉', '长沙', '郑州', '南昌'],
  西南: ['成都', '重庆', '昆明', '贵阳'],
  西北: ['西安', '兰州', '银川', '乌鲁木齐'],
  东北: ['沈阳', '大连', '长春', '哈尔滨'],
};
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈'.split('');
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '霞',
  '平',
  '刚',
  '桂英',
  '华',
  '建国',
  '志强',
  '晓东',
  '海燕',
  '文',
  '斌',
  '宇',
  '欣怡',
  '子涵',
  '浩然',
  '雨桐',
  '俊杰',
];
const TITLES = ['总', '经理', '主任', '工', '处长', '老师'];
const BRAND = [
  '恒通',
  '华瑞',
  '新元',
  '宏达',
  '金泰',
  '中科',
  '天成',
  '鼎盛',
  '博远',
  '联创',
  '众合',
  '瑞丰',
  '广汇',
  '德隆',
  '盛世',
  '永兴',
  '海通',
  '安泰',
  '启明',
  '卓越',
  '凯旋',
  '九洲',
  '正泰',
  '远大',
];
const INDUSTRY = ['精密机械', '电子科技', '化工', '物流', '医疗器械', '食品', '纺织', '新能源', '汽车零部件', '建材', '信息技术', '环保设备'];
const SUFFIX = ['有限公司', '股份有限公司', '集团有限公司', '科技有限公司'];
const ROLES = ['采购经理', '技术负责人', '总经理', '生产主管', 'IT负责人', '财务总监', '设备科长', '项目经理'];
const PRODUCTS: Record<string, string[]> = {
  工业设备: ['数控机床', '注塑机', '空压机', '自动化产线', '工业机器人', '激光切割机'],
  软件服务: ['ERP系统', 'MES系统', 'CRM平台', '数据中台', 'SaaS订阅', '仓储管理系统'],
  耗材配件: ['硬质合金刀具', '轴承', '密封件', '滤芯', '润滑油', '气动元件'],
};
const TOPICS = ['报价', '交付周期', '技术参数', '售后服务', '付款方式', '试用方案', '竞品对比', '现场演示', '合同条款', '培训安排', '安装调试', '备件供应'];
const REACTIONS = [
  '比较感兴趣',
  '态度积极',
  '还在犹豫',
  '比较关注价格',
  '认可我们的方案',
  '提出了新的需求',
  '需要内部评审',
  '希望再降价',
  '对交付时间有顾虑',
  '倾向于竞品',
  '要求提供案例',
];
const NEXT = [
  '下周安排现场演示',
  '三天内发送正式报价',
  '约技术团队做深度交流',
  '提交定制化方案',
  '等待客户内部立项',
  '邀请客户参观工厂',
  '跟进试用反馈',
  '准备合同初稿',
  '约老板见面',
  '补充资质材料',
];
const LOST = ['价格高于竞品', '预算取消', '选择了竞品', '需求变更', '客户内部调整'];
const STAGES = pb.stages.map((s) => s.key);
const OPEN_STAGES = pb.stages.filter((s) => s.kind === 'open').map((s) => s.key);
const CHANNEL_WEIGHTS: [string, number][] = [
  ['visit', 15],
  ['phone', 35],
  ['wechat', 30],
  ['meeting', 10],
  ['email', 10],
];
const VALUE_TAGS = pb.valueTags.map((v) => v.key);
const KIND_OF_CHANNEL: Record<string, [string, string, string]> = {
  visit: ['photo', 'jpg', 'image/jpeg'],
  phone: ['recording', 'txt', 'text/plain'],
  wechat: ['screenshot', 'png', 'image/png'],
  meeting: ['screenshot', 'png', 'image/png'],
  email: ['email', 'eml', 'message/rfc822'],
};
const KIND_LABEL = new Map(pb.fileKinds.map((k) => [k.key, k.label]));

const STATUS = ['new', 'contacted', 'qualified', 'converted', 'disqualified'] as const;
const S_NEW = 0;
const S_CONTACTED = 1;
const S_QUALIFIED = 2;
const S_CONVERTED = 3;
const S_DISQUALIFIED = 4;

const workingCache = new Map<string, boolean>();
const isWorkingDay = (date: string) => {
  let w = workingCache.get(date);
  if (w === undefined) workingCache.set(date, (w = baseDay(date).working));
  return w;
};

const person = (rng: Rng) => rng.pick(SURNAMES) + rng.pick(GIVEN);
const phone = (rng: Rng) => `1${rng.pick([3, 5, 7, 8, 9])}${String(rng.int(0, 99_999_999)).padStart(9, '0')}`;

/** A follow-up text in the style of the channel: a template filled with random words. */
export function followupText(fr: Rng, channel: string, company: string, product: string): string {
  const contact = `${fr.pick(SURNAMES)}${fr.pick(TITLES)}`;
  const topic = fr.pick(TOPICS);
  const reaction = fr.pick(REACTIONS);
  const next = fr.pick(NEXT);
  const extra = fr.chance(0.4) ? `预计采购${fr.int(1, 50)}台/套，预算约${fr.int(5, 800)}万元。` : '';
  switch (channel) {
    case 'visit':
      return `拜访${company}，与${contact}（${fr.pick(ROLES)}）面谈，重点沟通了${product}的${topic}。客户${reaction}，${next}。${extra}`;
    case 'phone':
      return `电话联系${contact}，确认${product}${topic}相关问题，客户${reaction}。约定${next}。${extra}`;
    case 'wechat':
      return `微信沟通：${contact}询问${product}的${topic}，已发送资料。客户${reaction}，${next}。${extra}`;
    case 'meeting':
      return `与${company}召开线上会议，参会人：${contact}、${fr.pick(SURNAMES)}${fr.pick(TITLES)}。议题：${product}${topic}。结论：客户${reaction}，${next}。${extra}`;
    default:
      return `邮件发送${product}${topic}说明给${contact}，客户回复${reaction}。下一步：${next}。${extra}`;
  }
}

/** A random channel and text for a benchmark follow-up. */
export function randomFollowup(fr: Rng): { channel: string; valueTag: string; content: string } {
  const line = fr.pick(pb.productLines);
  const channel = weighted(fr, CHANNEL_WEIGHTS);
  return {
    channel,
    valueTag: fr.pick(VALUE_TAGS),
    content: followupText(
      fr,
      channel,
      `${fr.pick(CITIES['华东'])}${fr.pick(BRAND)}${fr.pick(INDUSTRY)}${fr.pick(SUFFIX)}`,
      fr.pick(PRODUCTS[line] ?? ['产品']),
    ),
  };
}

/** Tables whose keys, indexes and foreign keys are dropped for the load and rebuilt after it. */
const BULK_TABLES = ['leads', 'customers', 'opportunities', 'followups', 'files', 'followup_attachments', 'followup_fingerprints', 'followup_lsh_buckets'];

export async function schemaFingerprint(sink: Sink): Promise<{ hash: string; lines: string[] }> {
  const { rows } = await sink.query(`
    select 'index ' || tablename || ' ' || indexname || ' ' || indexdef as line from pg_indexes where schemaname = 'public'
    union all
    select 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) || ' validated=' || convalidated from pg_constraint where connamespace = 'public'::regnamespace
    union all
    select 'trigger ' || tgrelid::regclass::text || ' ' || tgname || ' ' || pg_get_triggerdef(oid) from pg_trigger where not tgisinternal
    union all
    select 'column ' || table_name || ' ' || column_name || ' ' || data_type || ' ' || coalesce(column_default, '') || ' ' || is_nullable from information_schema.columns where table_schema = 'public'
    order by 1`);
  const lines = rows.map((r) => String(r.line));
  return { hash: createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16), lines };
}

interface Deferred {
  drop: string[];
  build: string[];
  foreignKeys: string[];
}

/** Captures the exact definitions of keys, indexes and foreign keys of the bulk tables, then drops them. */
async function dropForLoad(sink: Sink): Promise<Deferred> {
  const tables = BULK_TABLES.map((t) => `'${t}'::regclass`).join(',');
  // Every column below is text.
  const cons = (
    await sink.query(`
    select conrelid::regclass::text as tbl, conname, contype, pg_get_constraintdef(oid) as def
    from pg_constraint
    where connamespace = 'public'::regnamespace and contype in ('p','u','f') and (conrelid in (${tables}) or confrelid in (${tables}))
    order by contype, conname`)
  ).rows as { tbl: string; conname: string; contype: string; def: string }[];
  const idx = (
    await sink.query(`
    select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
    from pg_index i
    where i.indrelid in (${tables}) and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid and c.contype in ('p','u'))
    order by 1`)
  ).rows as { name: string; def: string }[];
  const fks = cons.filter((c) => c.contype === 'f');
  const keys = cons.filter((c) => c.contype !== 'f');
  return {
    drop: [
      ...fks.map((c) => `alter table ${c.tbl} drop constraint ${c.conname}`),
      ...keys.map((c) => `alter table ${c.tbl} drop constraint ${c.conname}`),
      ...idx.map((i) => `drop index ${i.name}`),
    ],
    build: [...keys.map((c) => `alter table ${c.tbl} add constraint ${c.conname} ${c.def}`), ...idx.map((i) => i.def)],
    foreignKeys: fks.map((c) => `alter table ${c.tbl} add constraint ${c.conname} ${c.def}`),
  };
}

export async function generate(sink: Sink, opts: GenerateOptions): Promise<GenerateResult> {
  const log = opts.log ?? (() => undefined);
  const { seed, now } = opts;
  const t0 = performance.now();
  const before = await schemaFingerprint(sink);
  const existing = await sink.query('select count(*)::int as n from leads');
  if (Number(existing.rows[0].n) > 0) throw new Error('The database already holds leads: the generator loads into an empty, migrated database');

  // ---------------------------------------------------------------- organisation
  const rng = new Rng(seed, 1);
  const U = opts.users;
  if (U < 60) throw new Error('--users must be at least 60');
  const teamCount = Math.max(REGIONS.length + 7, Math.round(U / 10));
  const salesTeams = teamCount - REGIONS.length;
  const teamId = (t: number) => idFor(seed, K.team, t);
  const userId = (u: number) => idFor(seed, K.user, u);
  const teamRegion: string[] = [];
  const teamParent: (number | null)[] = [];
  const teamName: string[] = [];
  REGIONS.forEach((r, i) => {
    teamRegion[i] = r;
    teamParent[i] = null;
    teamName[i] = `${r}大区管理部`;
  });
  const regionWeights = REGIONS.map((r) => [r, REGION_WEIGHT[r] ?? 10] as const);
  const perRegionCount = new Map<string, number>();
  for (let s = 0; s < salesTeams; s++) {
    const t = REGIONS.length + s;
    const region = s < REGIONS.length ? REGIONS[s] : weighted(rng, regionWeights);
    const n = (perRegionCount.get(region) ?? 0) + 1;
    perRegionCount.set(region, n);
    teamRegion[t] = region;
    teamParent[t] = REGIONS.indexOf(region);
    teamName[t] = `${region}-${CITIES[region]?.[(n - 1) % (CITIES[region]?.length ?? 1)] ?? region}销售${n}组`;
  }

  type UserSpec = { role: string; team: number | null };
  const users: UserSpec[] = [];
  const teamSupervisor: number[] = [];
  for (let r = 0; r < REGIONS.length; r++) {
    for (let k = 0; k < 2; k++) {
      if (k === 0) teamSupervisor[r] = users.length;
      users.push({ role: 'regional_manager', team: r });
    }
  }
  const add = (role: string, n: number, team: (i: number) => number | null) => {
    for (let i = 0; i < n; i++) users.push({ role, team: team(i) });
  };
  add('director', Math.max(1, Math.round(U * 0.003)), () => null);
  add('product', Math.max(1, Math.round(U * 0.01)), () => null);
  add('delivery', Math.max(1, Math.round(U * 0.02)), (i) => i % REGIONS.length);
  add('finance', Math.max(1, Math.round(U * 0.01)), () => null);
  for (let s = 0; s < salesTeams; s++) {
    teamSupervisor[REGIONS.length + s] = users.length;
    users.push({ role: 'supervisor', team: REGIONS.length + s });
  }
  const reps = U - users.length;
  if (reps < salesTeams) throw new Error('not enough users for one rep per team');
  const repsOfRegion = new Map<string, number[]>();
  for (let i = 0; i < reps; i++) {
    const team = REGIONS.length + (i % salesTeams);
    repsOfRegion.set(teamRegion[team], [...(repsOfRegion.get(teamRegion[team]) ?? []), users.length]);
    users.push({ role: 'sales', team });
  }
  const userTeam = users.map((u) => u.team);

  const passwordHash = await hashPassword(GENERATED_PASSWORD);
  const created = new Date(now - 400 * DAY);
  const teamBatch = new Batch('teams', [
    ['id', 'uuid'],
    ['name', 'text'],
    ['region', 'text'],
    ['supervisor_id', 'uuid'],
    ['parent_team_id', 'uuid'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ]);
  for (let t = 0; t < teamCount; t++)
    teamBatch.push(teamId(t), teamName[t], teamRegion[t], null, teamParent[t] === null ? null : teamId(teamParent[t]!), created, created);
  const userBatch = new Batch('users', [
    ['id', 'uuid'],
    ['username', 'text'],
    ['password_hash', 'text'],
    ['display_name', 'text'],
    ['role', 'text'],
    ['team_id', 'uuid'],
    ['active', 'bool'],
    ['locale', 'text'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ]);
  const displayName: string[] = [];
  users.forEach((u, i) => {
    displayName[i] = person(rng);
    userBatch.push(
      userId(i),
      `${u.role.replace('_', '')}${String(i).padStart(5, '0')}`,
      passwordHash,
      displayName[i],
      u.role,
      u.team === null ? null : teamId(u.team),
      true,
      'zh-CN',
      created,
      created,
    );
  });
  const orgLoader = new Loader(sink, 1);
  await orgLoader.flush(teamBatch);
  await orgLoader.flush(userBatch);
  await sink.query(`update teams t set supervisor_id = s.sup from unnest($1::uuid[], $2::uuid[]) as s(team, sup) where t.id = s.team`, [
    `{${teamSupervisor.map((_, t) => teamId(t)).join(',')}}`,
    `{${teamSupervisor.map((u) => userId(u)).join(',')}}`,
  ]);
  // History of the daily digest: the generated past already had its 08:30 runs.
  const slots = new Set<string>();
  for (let d = 0; d <= 14; d++) slots.add(localParts(new Date(now - d * DAY), 'Asia/Shanghai').date);
  for (const slot of slots) {
    await sink.query(
      `insert into job_runs (job, slot, node, started_at, finished_at, result) values ('stale-digest', $1, 'bench-generator', $2, $2, '{"generated":true}') on conflict do nothing`,
      [slot, new Date(now).toISOString()],
    );
  }
  const tUsers = performance.now();
  log(`  organisation: ${teamCount} teams, ${users.length} users (${reps} reps, ${salesTeams} sales teams in ${REGIONS.length} regions)`);

  // ---------------------------------------------------------------- drop keys for the load
  const deferred = await dropForLoad(sink);
  for (const s of deferred.drop) await sink.query(s);

  const loader = new Loader(sink, sink.kind === 'pglite' ? 1 : 3);
  const N = opts.leads;
  const leadStatus = new Int8Array(N);
  const leadAuthor = new Int32Array(N).fill(-1);
  const leadStart = new Float64Array(N);
  const leadLast = new Float64Array(N);
  const leadCustomer = new Int32Array(N).fill(-1);
  const leadNext = new Float64Array(N);
  // Customers come from converted leads; kept compactly for the follow-up pass.
  const custLead: number[] = [];
  const custOwner: number[] = [];
  const custCreated: number[] = [];
  const custLast: number[] = [];
  const custNext: number[] = [];
  const custName: string[] = [];
  const custGrade: string[] = [];

  const leadBatch = new Batch('leads', [
    ['id', 'uuid'],
    ['name', 'text'],
    ['type', 'text'],
    ['region', 'text'],
    ['product_line', 'text'],
    ['phone', 'text'],
    ['company', 'text'],
    ['source', 'text'],
    ['status', 'text'],
    ['owner_id', 'uuid'],
    ['team_id', 'uuid'],
    ['customer_id', 'uuid'],
    ['assigned_at', 'timestamptz'],
    ['first_contact_at', 'timestamptz'],
    ['next_follow_up_at', 'timestamptz'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
    ['last_activity_at', 'timestamptz'],
    ['response_due_at', 'timestamptz'],
    ['response_warn_at', 'timestamptz'],
    ['sla_status', 'text'],
    ['responded_at', 'timestamptz'],
    ['escalation_level', 'smallint'],
    ['next_escalation_at', 'timestamptz'],
    ['pool_since', 'timestamptz'],
    ['unassigned_alerted_at', 'timestamptz'],
    ['recycle_reminded_at', 'timestamptz'],
  ]);
  const customerBatch = new Batch('customers', [
    ['id', 'uuid'],
    ['name', 'text'],
    ['type', 'text'],
    ['grade', 'text'],
    ['region', 'text'],
    ['industry', 'text'],
    ['phone', 'text'],
    ['owner_id', 'uuid'],
    ['team_id', 'uuid'],
    ['lead_id', 'uuid'],
    ['next_follow_up_at', 'timestamptz'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
    ['last_activity_at', 'timestamptz'],
  ]);
  const leadProduct: string[] = [];
  const leadRegion: string[] = [];
  const leadCompany: string[] = [];

  const lr = new Rng(seed, 2);
  const d = (ms: number | null) => (ms === null ? null : new Date(ms));
  const sla = pb.sla;
  const regionList = REGIONS.map((r) => [r, REGION_WEIGHT[r] ?? 10] as const);
  for (let i = 0; i < N; i++) {
    // Arrivals over the last 90 days, mostly in office hours (Asia/Shanghai = UTC+8).
    const dayAgo = Math.floor(lr.next() * 90);
    const tod = lr.chance(0.8) ? (1 + lr.next() * 9) * HOUR : lr.next() * DAY;
    let createdAt = Math.floor((now - dayAgo * DAY) / DAY) * DAY - 8 * HOUR + tod;
    if (createdAt > now - MIN) createdAt = now - MIN - Math.floor(lr.next() * 6 * HOUR);
    const type = lr.chance(0.6) ? 'B2B' : 'B2C';
    const region = weighted(lr, regionList);
    const productLine = lr.pick(pb.productLines);
    const city = lr.pick(CITIES[region] ?? ['']);
    const company = type === 'B2B' ? `${city}${lr.pick(BRAND)}${lr.pick(INDUSTRY)}${lr.pick(SUFFIX)}` : null;
    const contact = person(lr);
    const name = type === 'B2B' ? `${company}-${contact.slice(0, 1)}${lr.pick(TITLES)}` : contact;
    const regionReps = repsOfRegion.get(region) ?? [];
    const arrivedInPool = lr.chance(0.15) || regionReps.length === 0;
    let owner = arrivedInPool ? -1 : lr.pick(regionReps);
    const deadline = responseDeadline(new Date(createdAt), type, sla, isWorkingDay)!;
    const due = deadline.dueAt.getTime();
    const warn = deadline.warnAt.getTime();
    const secondAt = secondEscalationAt(deadline.dueAt, type, sla, isWorkingDay)!.getTime();
    const ageDays = (now - createdAt) / DAY;
    const status =
      ageDays < 1
        ? weighted(lr, [
            [S_NEW, 65],
            [S_CONTACTED, 30],
            [S_QUALIFIED, 5],
          ] as const)
        : ageDays < 7
          ? weighted(lr, [
              [S_NEW, 30],
              [S_CONTACTED, 40],
              [S_QUALIFIED, 15],
              [S_CONVERTED, 5],
              [S_DISQUALIFIED, 10],
            ] as const)
          : weighted(lr, [
              [S_NEW, 18],
              [S_CONTACTED, 25],
              [S_QUALIFIED, 12],
              [S_CONVERTED, 15],
              [S_DISQUALIFIED, 30],
            ] as const);
    let assignedAt: number | null = owner >= 0 ? createdAt : null;
    let firstContact: number | null = null;
    let slaStatus: string;
    let respondedAt: number | null = null;
    let escalation = 0;
    let nextEscalation: number | null = null;
    let last = createdAt;
    if (status !== S_NEW) {
      const onTime = lr.chance(type === 'B2B' ? 0.75 : 0.85);
      firstContact = onTime ? createdAt + lr.next() * (due - createdAt) : due + lr.exp(type === 'B2B' ? DAY : 12 * HOUR);
      firstContact = Math.min(firstContact, now - MIN);
      if (firstContact <= createdAt) firstContact = createdAt + Math.min(MIN, (now - createdAt) / 2);
      if (owner < 0) {
        // Claimed from the pool by whoever called first.
        owner = regionReps.length ? lr.pick(regionReps) : -1;
        assignedAt = firstContact;
      }
      respondedAt = firstContact;
      if (firstContact <= due) slaStatus = 'met';
      else {
        slaStatus = 'breached';
        escalation = firstContact >= secondAt ? 2 : 1;
      }
      if (status === S_CONVERTED) last = firstContact + lr.next() * (Math.min(now, firstContact + 30 * DAY) - firstContact);
      else if (status === S_DISQUALIFIED) last = firstContact + lr.next() * (Math.min(now, firstContact + 14 * DAY) - firstContact);
      else last = firstContact + (now - firstContact) * Math.pow(lr.next(), 0.7);
    } else if (now < warn) slaStatus = 'pending';
    else if (now < due) slaStatus = 'warned';
    else {
      slaStatus = 'breached';
      escalation = now >= secondAt ? 2 : 1;
    }
    if (respondedAt === null) nextEscalation = secondAt;
    const author = owner;
    let poolSince: number | null = owner < 0 ? createdAt : null;
    let recycleReminded: number | null = null;
    let updatedAt = last;
    const open = status <= S_QUALIFIED;
    if (open && owner >= 0) {
      // The pool rules already ran over the generated past: idle leads went back to the pool.
      const idle = now - last;
      if (idle >= 15 * DAY) {
        poolSince = last + 15 * DAY;
        owner = -1;
        assignedAt = null;
        updatedAt = poolSince;
      } else if (idle >= 12 * DAY) recycleReminded = last + 12 * DAY;
    }
    const alerted = poolSince !== null && poolSince + 30 * MIN <= now ? poolSince + 30 * MIN : null;
    let nextFollowUp: number | null = null;
    if (open && owner >= 0 && status !== S_NEW && lr.chance(0.6)) nextFollowUp = last + lr.next() * 7 * DAY;
    let customerIdx = -1;
    if (status === S_CONVERTED) {
      customerIdx = custLead.length;
      const cLast = last + (now - last) * Math.pow(lr.next(), 0.5);
      custLead.push(i);
      custOwner.push(author);
      custCreated.push(last);
      custLast.push(cLast);
      custNext.push(lr.chance(0.5) ? cLast + lr.next() * 10 * DAY : -1);
      custName.push(company ?? contact);
      custGrade.push(
        weighted(lr, [
          ['A', 10],
          ['B', 30],
          ['C', 40],
          ['D', 20],
        ] as const),
      );
    }
    leadStatus[i] = status;
    leadAuthor[i] = author;
    leadStart[i] = firstContact ?? createdAt;
    leadLast[i] = last;
    leadCustomer[i] = customerIdx;
    leadNext[i] = nextFollowUp ?? -1;
    leadProduct[i] = productLine;
    leadRegion[i] = region;
    leadCompany[i] = company ?? contact;
    leadBatch.push(
      idFor(seed, K.lead, i),
      name,
      type,
      region,
      productLine,
      phone(lr),
      company,
      lr.pick(pb.leadSources),
      STATUS[status],
      owner >= 0 ? userId(owner) : null,
      owner >= 0 && userTeam[owner] !== null ? teamId(userTeam[owner]!) : null,
      customerIdx >= 0 ? idFor(seed, K.customer, customerIdx) : null,
      d(assignedAt),
      d(firstContact),
      d(nextFollowUp),
      d(createdAt),
      d(updatedAt),
      d(last),
      d(due),
      d(warn),
      slaStatus,
      d(respondedAt),
      escalation,
      d(nextEscalation),
      d(poolSince),
      d(alerted),
      d(recycleReminded),
    );
    await loader.add(leadBatch);
    if (i > 0 && i % 200_000 === 0) log(`  leads ${i.toLocaleString('en')}…`);
  }
  await loader.flush(leadBatch);

  const cr = new Rng(seed, 3);
  for (let c = 0; c < custLead.length; c++) {
    const i = custLead[c];
    const owner = custOwner[c];
    const isB2B = custName[c].length > 4;
    customerBatch.push(
      idFor(seed, K.customer, c),
      custName[c],
      isB2B ? 'B2B' : 'B2C',
      custGrade[c],
      leadRegion[i],
      isB2B ? cr.pick(INDUSTRY) : null,
      phone(cr),
      owner >= 0 ? userId(owner) : null,
      owner >= 0 && userTeam[owner] !== null ? teamId(userTeam[owner]) : null,
      idFor(seed, K.lead, i),
      custNext[c] >= 0 ? new Date(custNext[c]) : null,
      new Date(custCreated[c]),
      new Date(custLast[c]),
      new Date(custLast[c]),
    );
    await loader.add(customerBatch);
  }
  await loader.flush(customerBatch);

  // Opportunities of the customers, across the pipeline.
  const oppCustomer: number[] = [];
  const oppStage: number[] = [];
  const oppCreated: number[] = [];
  const oppLast: number[] = [];
  const oppNext: number[] = [];
  const oppBatch = new Batch('opportunities', [
    ['id', 'uuid'],
    ['customer_id', 'uuid'],
    ['name', 'text'],
    ['amount', 'numeric'],
    ['product_line', 'text'],
    ['region', 'text'],
    ['stage', 'text'],
    ['status', 'text'],
    ['lost_reason', 'text'],
    ['stage_entered_at', 'timestamptz'],
    ['stage_fields', 'jsonb'],
    ['owner_id', 'uuid'],
    ['team_id', 'uuid'],
    ['next_follow_up_at', 'timestamptz'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
    ['last_activity_at', 'timestamptz'],
  ]);
  const or = new Rng(seed, 4);
  const stageWeights = STAGES.map(
    (s) => [s, ({ initial: 20, needs: 18, proposal: 15, negotiation: 10, contract: 7, won: 18, lost: 12 } as Record<string, number>)[s] ?? 5] as const,
  );
  for (let c = 0; c < custLead.length; c++) {
    const count = weighted(or, [
      [0, 20],
      [1, 55],
      [2, 20],
      [3, 5],
    ] as const);
    const i = custLead[c];
    const owner = custOwner[c];
    for (let k = 0; k < count; k++) {
      const o = oppCustomer.length;
      const createdAt = custCreated[c] + or.next() * (now - custCreated[c]) * 0.3;
      const last = createdAt + (now - createdAt) * Math.pow(or.next(), 0.5);
      const stage = weighted(or, stageWeights);
      const stageIdx = STAGES.indexOf(stage);
      const kind = pb.stages[stageIdx].kind;
      const product = k === 0 ? leadProduct[i] : or.pick(pb.productLines);
      const fields: Record<string, Record<string, string>> = {};
      const passed = kind === 'open' ? stageIdx : OPEN_STAGES.length;
      for (let s = 0; s < Math.min(passed, OPEN_STAGES.length); s++) {
        fields[OPEN_STAGES[s]] = {
          painPoints: `客户${or.pick(ROLES)}确认：现有${or.pick(PRODUCTS[product] ?? ['设备'])}${or.pick(['效率低', '故障率高', '维护成本高', '数据不互通', '交期不稳定'])}`,
          competitorResponse: `客户在比较${or.pick(BRAND)}，我方强调${or.pick(['本地化服务', '交付速度', '总拥有成本', '行业案例', '定制能力'])}`,
          nextFollowUpAt: new Date(createdAt + (s + 1) * 5 * DAY).toISOString(),
        };
      }
      const status = kind === 'won' ? 'won' : kind === 'lost' ? 'lost' : 'open';
      const next = status === 'open' && or.chance(0.7) ? last + or.next() * 10 * DAY : -1;
      oppCustomer.push(c);
      oppStage.push(stageIdx);
      oppCreated.push(createdAt);
      oppLast.push(last);
      oppNext.push(next);
      oppBatch.push(
        idFor(seed, K.opportunity, o),
        idFor(seed, K.customer, c),
        `${custName[c]}-${or.pick(PRODUCTS[product] ?? ['设备'])}项目`,
        (or.int(1, 500) * 10_000 + or.int(0, 99) * 100).toFixed(2),
        product,
        leadRegion[i],
        stage,
        status,
        status === 'lost' ? or.pick(LOST) : null,
        new Date(createdAt + (last - createdAt) * or.next()),
        JSON.stringify(fields),
        owner >= 0 ? userId(owner) : null,
        owner >= 0 && userTeam[owner] !== null ? teamId(userTeam[owner]) : null,
        next >= 0 ? new Date(next) : null,
        new Date(createdAt),
        new Date(last),
        new Date(last),
      );
      await loader.add(oppBatch);
    }
  }
  await loader.flush(oppBatch);
  log(`  leads ${N.toLocaleString('en')}, customers ${custLead.length.toLocaleString('en')}, opportunities ${oppCustomer.length.toLocaleString('en')}`);

  // ---------------------------------------------------------------- follow-ups and their files
  const followupBatch = new Batch('followups', [
    ['id', 'uuid'],
    ['target_type', 'text'],
    ['target_id', 'uuid'],
    ['lead_id', 'uuid'],
    ['customer_id', 'uuid'],
    ['opportunity_id', 'uuid'],
    ['channel', 'text'],
    ['value_tag', 'text'],
    ['content', 'text'],
    ['next_follow_up_at', 'timestamptz'],
    ['stage', 'text'],
    ['author_id', 'uuid'],
    ['team_id', 'uuid'],
    ['corrects_id', 'uuid'],
    ['created_at', 'timestamptz'],
  ]);
  const fileBatch = new Batch('files', [
    ['id', 'uuid'],
    ['name', 'text'],
    ['kind', 'text'],
    ['mime', 'text'],
    ['size', 'bigint'],
    ['sha256', 'text'],
    ['storage_path', 'text'],
    ['uploaded_by', 'uuid'],
    ['created_at', 'timestamptz'],
    ['attached_at', 'timestamptz'],
  ]);
  const attachBatch = new Batch('followup_attachments', [
    ['followup_id', 'uuid'],
    ['file_id', 'uuid'],
  ]);
  const printBatch = new Batch('followup_fingerprints', [
    ['followup_id', 'uuid'],
    ['author_id', 'uuid'],
    ['team_key', 'uuid'],
    ['normalized', 'text'],
    ['created_at', 'timestamptz'],
  ]);
  const bucketBatch = new Batch('followup_lsh_buckets', [
    ['band', 'smallint'],
    ['bucket', 'int'],
    ['team_key', 'uuid'],
    ['created_at', 'timestamptz'],
    ['followup_id', 'uuid'],
  ]);
  // Follow-ups waiting for their fingerprints, computed in bulk by the same pure functions as the
  // live check and the backfill rule (src/authenticity/fingerprint-rows.ts).
  let unprinted: FollowupText[] = [];
  let fingerprintMs = 0;
  const fingerprintPending = async (force = false) => {
    if (unprinted.length === 0 || (!force && unprinted.length < 5000)) return;
    const t = performance.now();
    const { fingerprints, buckets } = fingerprintRows(unprinted);
    fingerprintMs += performance.now() - t;
    unprinted = [];
    for (const p of fingerprints) printBatch.push(p.followupId, p.authorId, p.teamKey, p.normalized, p.createdAt);
    for (const b of buckets) {
      bucketBatch.push(b.band, b.bucket, b.teamKey, b.createdAt, b.followupId);
      await loader.add(bucketBatch);
    }
    await loader.add(printBatch);
  };
  const fr = new Rng(seed, 5);
  const lastContentOf = new Map<number, string>();
  let nearDuplicates = 0;
  let f = 0;
  const content = (channel: string, company: string, product: string): string => followupText(fr, channel, company, product);

  interface Target {
    type: 'lead' | 'customer' | 'opportunity';
    id: string;
    leadId: string | null;
    customerId: string | null;
    opportunityId: string | null;
    author: number;
    start: number;
    end: number;
    next: number;
    stage: (j: number, k: number) => string | null;
    company: string;
    product: string;
  }
  const emit = async (t: Target, k: number) => {
    if (k <= 0 || t.author < 0) return;
    const authorId = userId(t.author);
    const team = userTeam[t.author] === null ? null : teamId(userTeam[t.author]!);
    const span = Math.max(t.end - t.start, MIN);
    let previous = t.start;
    for (let j = 0; j < k; j++) {
      const at = j === k - 1 ? t.end : Math.max(previous, t.start + span * ((j + fr.next()) / k));
      previous = at;
      const next = j < k - 1 ? t.start + span * ((j + 1.5) / k) : t.next;
      const channel = weighted(fr, CHANNEL_WEIGHTS);
      let text: string;
      const prior = lastContentOf.get(t.author);
      if (prior && fr.chance(0.05)) {
        // A near-duplicate of the author's previous entry: copied and lightly edited.
        text = fr.chance(0.5) ? prior.replace(/。$/, `，${fr.pick(['已补充说明', '同上', '客户再次确认'])}。`) : prior.replace(/\d+/, String(fr.int(1, 99)));
        nearDuplicates++;
      } else text = content(channel, t.company, t.product);
      lastContentOf.set(t.author, text);
      const id = idFor(seed, K.followup, f);
      const fileId = idFor(seed, K.file, f);
      const [kindKey, ext, mime] = t.type === 'opportunity' && fr.chance(0.1) ? (['proposal', 'pdf', 'application/pdf'] as const) : KIND_OF_CHANNEL[channel];
      const created = new Date(at);
      const fileAt = new Date(at - fr.next() * 10 * MIN);
      const iso = fileAt.toISOString();
      followupBatch.push(
        id,
        t.type,
        t.id,
        t.leadId,
        t.customerId,
        t.opportunityId,
        channel,
        fr.pick(VALUE_TAGS),
        text,
        next >= 0 ? new Date(next) : null,
        t.stage(j, k),
        authorId,
        team,
        null,
        created,
      );
      fileBatch.push(
        fileId,
        `${KIND_LABEL.get(kindKey) ?? kindKey}-${iso.slice(0, 10).replace(/-/g, '')}-${j + 1}.${ext}`,
        kindKey,
        mime,
        fr.int(8_000, 4_000_000),
        fr.hex(32),
        `${iso.slice(0, 4)}/${iso.slice(5, 7)}/${fileId}`,
        authorId,
        fileAt,
        created,
      );
      attachBatch.push(id, fileId);
      unprinted.push({ id, authorId, teamKey: teamKeyOf(team, authorId), content: text, createdAt: created });
      f++;
      await loader.add(followupBatch);
      await loader.add(fileBatch);
      await loader.add(attachBatch);
      await fingerprintPending();
      if (f % 1_000_000 === 0) log(`  follow-ups ${f.toLocaleString('en')}…`);
    }
  };

  // Follow-up counts per record by weight, rounded systematically so they add up to exactly F.
  const F = opts.followups;
  const leadWeight = [0, 3, 5, 6, 2];
  const oppWeight = (o: number) => (pb.stages[oppStage[o]].kind === 'open' ? 12 : pb.stages[oppStage[o]].kind === 'won' ? 14 : 8);
  let W = 0;
  for (let i = 0; i < N; i++) if (leadAuthor[i] >= 0) W += leadWeight[leadStatus[i]];
  for (let c = 0; c < custLead.length; c++) if (custOwner[c] >= 0) W += 4;
  for (let o = 0; o < oppCustomer.length; o++) if (custOwner[oppCustomer[o]] >= 0) W += oppWeight(o);
  let acc = 0;
  let emitted = 0;
  const share = (w: number) => {
    const before = Math.floor((acc * F) / W);
    acc += w;
    const k = Math.floor((acc * F) / W) - before;
    emitted += k;
    return k;
  };
  for (let i = 0; i < N; i++) {
    if (leadAuthor[i] < 0) continue;
    const status = leadStatus[i];
    const k = share(leadWeight[status]);
    const leadId = idFor(seed, K.lead, i);
    const end = leadLast[i];
    await emit(
      {
        type: 'lead',
        id: leadId,
        leadId,
        customerId: null,
        opportunityId: null,
        author: leadAuthor[i],
        start: leadStart[i],
        end,
        next: leadNext[i],
        stage: (j) => (j === 0 ? 'new' : status === S_QUALIFIED || status === S_CONVERTED ? 'qualified' : 'contacted'),
        company: leadCompany[i],
        product: fr.pick(PRODUCTS[leadProduct[i]] ?? ['产品']),
      },
      k,
    );
  }
  for (let c = 0; c < custLead.length; c++) {
    if (custOwner[c] < 0) continue;
    const customerId = idFor(seed, K.customer, c);
    await emit(
      {
        type: 'customer',
        id: customerId,
        leadId: null,
        customerId,
        opportunityId: null,
        author: custOwner[c],
        start: custCreated[c],
        end: custLast[c],
        next: custNext[c],
        stage: () => null,
        company: custName[c],
        product: fr.pick(PRODUCTS[leadProduct[custLead[c]]] ?? ['产品']),
      },
      share(4),
    );
  }
  for (let o = 0; o < oppCustomer.length; o++) {
    const c = oppCustomer[o];
    if (custOwner[c] < 0) continue;
    const opportunityId = idFor(seed, K.opportunity, o);
    const stageIdx = oppStage[o];
    await emit(
      {
        type: 'opportunity',
        id: opportunityId,
        leadId: null,
        customerId: idFor(seed, K.customer, c),
        opportunityId,
        author: custOwner[c],
        start: oppCreated[o],
        end: oppLast[o],
        next: oppNext[o],
        stage: (j, k) => STAGES[Math.min(stageIdx, Math.floor((j / k) * (stageIdx + 1)))],
        company: custName[c],
        product: fr.pick(PRODUCTS[leadProduct[custLead[c]]] ?? ['产品']),
      },
      share(oppWeight(o)),
    );
  }
  await fingerprintPending(true);
  await loader.flush(followupBatch, fileBatch, attachBatch, printBatch, bucketBatch);
  const tLoad = performance.now();
  log(
    `  follow-ups ${emitted.toLocaleString('en')} (${nearDuplicates.toLocaleString('en')} near-duplicates), files, attachments, fingerprints and LSH buckets loaded in ${((tLoad - tUsers) / 1000).toFixed(1)} s (fingerprints computed in ${(fingerprintMs / 1000).toFixed(1)} s)`,
  );

  // ---------------------------------------------------------------- keys, indexes, statistics
  await sink.parallel(deferred.build, sink.kind === 'postgres' ? 1 : 1);
  for (const s of deferred.foreignKeys) await sink.query(s);
  const tIndexes = performance.now();
  log(`  keys, ${deferred.build.length} indexes and ${deferred.foreignKeys.length} foreign keys rebuilt in ${((tIndexes - tLoad) / 1000).toFixed(1)} s`);
  for (const t of ['teams', 'users', ...BULK_TABLES, 'job_runs']) await sink.query(`vacuum (analyze) ${t}`);
  const tVacuum = performance.now();
  const after = await schemaFingerprint(sink);
  if (after.hash !== before.hash) {
    const missing = before.lines.filter((l) => !after.lines.includes(l));
    const extra = after.lines.filter((l) => !before.lines.includes(l));
    throw new Error(`schema differs from the migrations after the load:\n- ${missing.join('\n- ')}\n+ ${extra.join('\n+ ')}`);
  }
  const counts: Record<string, number> = { teams: teamCount, users: users.length, ...Object.fromEntries(loader.counts) };
  const loaded = Object.values(counts).reduce((s, n) => s + n, 0);
  const sec = (a: number, b: number) => Math.round((b - a) / 100) / 10;
  return {
    counts,
    seconds: { users: sec(t0, tUsers), load: sec(tUsers, tLoad), indexes: sec(tLoad, tIndexes), vacuum: sec(tIndexes, tVacuum), total: sec(t0, tVacuum) },
    rowsPerSecond: { load: Math.round(loaded / ((tLoad - tUsers) / 1000)), overall: Math.round(loaded / ((tVacuum - t0) / 1000)) },
    schemaIdentical: true,
    schemaFingerprint: after.hash,
    password: GENERATED_PASSWORD,
  };
}
