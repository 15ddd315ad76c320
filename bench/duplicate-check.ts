/**
 * Latency of the near-duplicate check (防伪跟进) at scale.
 *
 *   npx tsx bench/duplicate-check.ts --followups 1000000
 *   npx tsx bench/duplicate-check.ts --database-url postgres://user@host:5432/postgres --followups 1000000
 *
 * Without --database-url a throwaway PostgreSQL 15 cluster is started (bench/lib/cluster.ts,
 * production-like settings, durability on) and removed afterwards. With it, the URL is used as
 * an admin connection: a fresh database `spm_dupcheck_<random>` is created there, migrated,
 * filled, measured and dropped (--keep keeps it).
 *
 * Fill: teams × reps (default 200 × 10) and N generated Chinese follow-ups over the last 90 days,
 * ~5 % near-duplicates of an earlier text of the same team (one or two characters edited), written
 * with bulk multi-row inserts (unnest arrays) into followups, followup_fingerprints and
 * followup_lsh_buckets (16 rows per follow-up) — the same fingerprints the app stores.
 *
 * Measure (sequentially, one connection, after ANALYZE and a warm-up):
 *  - lookup: `findSimilar` — the LSH probe through the (band, bucket, team_key, created_at) index
 *    and the exact Jaccard of the candidates — for --checks probes (default 1,000), half
 *    near-duplicates of stored texts, half new texts;
 *  - full: the whole `checkFollowup` of a new follow-up (lookup, fingerprint and bucket inserts,
 *    odd-hour and burst queries, flag insert) inside a transaction that is rolled back.
 * Reports p50/p90/p99/max in ms, the recall of the near-duplicate probes and the table sizes.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import pg from 'pg';
import { checkFollowup, findSimilar } from '../src/authenticity/checks.js';
import { fingerprint, splitmix32 } from '../src/authenticity/minhash.js';
import { jaccard } from '../src/authenticity/text.js';
import { connectDatabase } from '../src/core/db/connect.js';
import { migrateToLatest } from '../src/core/db/migrate.js';
import { defaultAuthenticity } from '../src/core/playbook/schema.js';
import { parseArgs } from './lib/args.js';
import { startBenchCluster, type Cluster } from './lib/cluster.js';

const args = parseArgs(process.argv.slice(2));
const FOLLOWUPS = Number(args.followups ?? 1_000_000);
const CHECKS = Number(args.checks ?? 1000);
const TEAMS = Number(args.teams ?? 200);
const REPS = Number(args['reps-per-team'] ?? 10);
const SEED = Number(args.seed ?? 42);
const BATCH = Number(args.batch ?? 5000);
const DUP_SHARE = Number(args['dup-share'] ?? 0.05);
const DAY = 86_400_000;

const rand = splitmix32(SEED);
const random = () => rand() / 2 ** 32;
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];

// ---- Chinese follow-up text ------------------------------------------------------------------
const ACTIONS = [
  '电话沟通',
  '上门拜访',
  '视频会议联系',
  '微信联系',
  '邮件回复',
  '现场演示后约谈',
  '陪同参观样板工厂时拜访',
  '展会现场交流',
  '线上会议对接',
  '再次电话回访',
];
const PEOPLE = [
  '采购部王经理',
  '设备科李工',
  '生产总监',
  '财务张总',
  '技术负责人陈工',
  '厂长',
  '质量部刘主任',
  '总经理助理',
  '信息部赵工',
  '仓储主管',
  '法务周律师',
  '项目经理孙工',
];
const TOPICS = [
  '年度设备预算',
  '产线换型时间',
  '备件清单和价格',
  '分期付款方式',
  '交付周期',
  '售后响应时效',
  'PLC 改造范围',
  '能耗数据',
  '操作培训安排',
  '第二版报价',
  '保密条款',
  '与金蝶系统的接口',
  '样机试用',
  '质保期延长',
  '安装环境条件',
];
const REACTIONS = [
  '表示认可方案方向',
  '提出价格偏高',
  '要求再降三个点',
  '希望先小批量试点',
  '需要内部评审后答复',
  '关注数据安全',
  '担心交期赶不上旺季',
  '对竞品报价更感兴趣',
  '同意进入商务谈判',
  '要求补充成功案例',
  '希望增加现场驻点',
  '对服务条款有异议',
];
const NEXT = [
  '约定下周二回访',
  '周五前提交改造方案',
  '安排工程师现场勘查',
  '发送同行业案例资料',
  '申请特价审批',
  '下周安排高层拜访',
  '月底前给出测算表',
  '准备技术答疑会',
  '寄送样品和检测报告',
  '等待客户评审结果后跟进',
];
const DETAILS = () =>
  pick([
    `涉及 ${2 + Math.floor(random() * 30)} 台设备`,
    `预算约 ${5 + Math.floor(random() * 300)} 万`,
    `${1 + Math.floor(random() * 12)} 月份交付`,
    `首付比例 ${10 + Math.floor(random() * 5) * 10}%`,
    `现场有 ${3 + Math.floor(random() * 20)} 条产线`,
    `对方联系电话已更新`,
    `会议纪要已上传附件`,
  ]);

function newText(): string {
  return `${pick(ACTIONS)}${pick(PEOPLE)}，沟通${pick(TOPICS)}，${DETAILS()}，对方${pick(REACTIONS)}，${pick(NEXT)}。`;
}

/** A near-duplicate: the same text with one or two characters changed, added or removed. */
function nearCopy(text: string): string {
  const chars = Array.from(text);
  const edits = 1 + Math.floor(random() * 2);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * chars.length);
    const op = random();
    if (op < 0.4) chars[at] = pick(['的', '了', '再', '已', '和', '。', '，']);
    else if (op < 0.8) chars.splice(at, 0, pick(['嗯', '也', '还', '都']));
    else if (chars.length > 10) chars.splice(at, 1);
  }
  return chars.join('');
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return {
    n: s.length,
    p50: percentile(s, 50),
    p90: percentile(s, 90),
    p99: percentile(s, 99),
    max: s[s.length - 1],
    mean: s.reduce((a, b) => a + b, 0) / s.length,
  };
};
const ms = (x: number) => x.toFixed(2);

async function main() {
  let cluster: Cluster | undefined;
  let adminUrl = args['database-url'];
  if (!adminUrl) {
    console.log('starting a throwaway PostgreSQL cluster …');
    cluster = await startBenchCluster();
    adminUrl = cluster.url('postgres');
  }
  const dbName = `spm_dupcheck_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const handle = await connectDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  const db = handle.db;
  const started = performance.now();
  try {
    await migrateToLatest(db);
    const version = (await sql<{ v: string }>`select version() as v`.execute(db)).rows[0].v;
    console.log(version);

    // Organisation: TEAMS teams of REPS reps.
    const now = new Date();
    const teams = Array.from({ length: TEAMS }, (_, i) => ({ id: randomUUID(), name: `团队 ${i + 1}` }));
    const reps = teams.flatMap((team, t) => Array.from({ length: REPS }, (_, r) => ({ id: randomUUID(), teamId: team.id, username: `rep_${t}_${r}` })));
    await sql`insert into teams (id, name, region, supervisor_id, parent_team_id, created_at, updated_at)
      select id, name, '华东', null, null, ${now}, ${now} from unnest(${teams.map((t) => t.id)}::uuid[], ${teams.map((t) => t.name)}::text[]) as x(id, name)`.execute(
      db,
    );
    await sql`insert into users (id, username, password_hash, display_name, role, team_id, active, locale, created_at, updated_at)
      select id, username, 'x', username, 'sales', team_id, true, 'zh-CN', ${now}, ${now}
      from unnest(${reps.map((r) => r.id)}::uuid[], ${reps.map((r) => r.username)}::text[], ${reps.map((r) => r.teamId)}::uuid[]) as x(id, username, team_id)`.execute(
      db,
    );

    // Follow-ups in time order over the last 90 days; near-duplicates copy an earlier text of the team.
    const recentByTeam = new Map<string, string[]>();
    const reservoir: { text: string; teamId: string }[] = [];
    const t0 = now.getTime() - 90 * DAY;
    const step = (90 * DAY - 60_000) / FOLLOWUPS;
    let duplicates = 0;
    let bucketRows = 0;
    const fillStart = performance.now();
    let hashMs = 0;
    for (let offset = 0; offset < FOLLOWUPS; offset += BATCH) {
      const n = Math.min(BATCH, FOLLOWUPS - offset);
      const rows: { id: string; rep: (typeof reps)[number]; text: string; print: ReturnType<typeof fingerprint>; at: string }[] = [];
      for (let i = 0; i < n; i++) {
        const rep = pick(reps);
        const recent = recentByTeam.get(rep.teamId) ?? [];
        let text: string;
        if (recent.length > 0 && random() < DUP_SHARE) {
          text = nearCopy(pick(recent));
          duplicates++;
        } else text = newText();
        recent.push(text);
        if (recent.length > 200) recent.shift();
        recentByTeam.set(rep.teamId, recent);
        if (reservoir.length < 5000) reservoir.push({ text, teamId: rep.teamId });
        else if (random() < 5000 / (offset + i + 1)) reservoir[Math.floor(random() * 5000)] = { text, teamId: rep.teamId };
        const h = performance.now();
        const print = fingerprint(text);
        hashMs += performance.now() - h;
        rows.push({ id: randomUUID(), rep, text, print, at: new Date(t0 + (offset + i) * step).toISOString() });
      }
      await db.transaction().execute(async (trx) => {
        await sql`insert into followups (id, target_type, target_id, channel, value_tag, content, author_id, team_id, created_at)
          select id, 'customer', target_id, 'phone', 'needs_discovery', content, author_id, team_id, created_at
          from unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map(() => randomUUID())}::uuid[], ${rows.map((r) => r.text)}::text[],
                      ${rows.map((r) => r.rep.id)}::uuid[], ${rows.map((r) => r.rep.teamId)}::uuid[], ${rows.map((r) => r.at)}::timestamptz[])
            as x(id, target_id, content, author_id, team_id, created_at)`.execute(trx);
        await sql`insert into followup_fingerprints (followup_id, author_id, team_key, normalized, created_at)
          select * from unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.rep.id)}::uuid[], ${rows.map((r) => r.rep.teamId)}::uuid[],
                               ${rows.map((r) => r.print.normalized)}::text[], ${rows.map((r) => r.at)}::timestamptz[])`.execute(trx);
        const buckets = rows.flatMap((r) => r.print.buckets.map((bucket, band) => ({ band, bucket, r })));
        bucketRows += buckets.length;
        await sql`insert into followup_lsh_buckets (band, bucket, team_key, created_at, followup_id)
          select * from unnest(${buckets.map((b) => b.band)}::smallint[], ${buckets.map((b) => b.bucket)}::integer[], ${buckets.map((b) => b.r.rep.teamId)}::uuid[],
                               ${buckets.map((b) => b.r.at)}::timestamptz[], ${buckets.map((b) => b.r.id)}::uuid[])`.execute(trx);
      });
      if ((offset / BATCH) % 20 === 0 || offset + n >= FOLLOWUPS) {
        const done = offset + n;
        const secs = (performance.now() - fillStart) / 1000;
        console.log(
          `  ${done.toLocaleString()} follow-ups, ${bucketRows.toLocaleString()} bucket rows, ${secs.toFixed(0)} s (${Math.round(done / secs).toLocaleString()}/s)`,
        );
      }
    }
    const fillSeconds = (performance.now() - fillStart) / 1000;
    console.log('ANALYZE …');
    await sql`analyze followups`.execute(db);
    await sql`analyze followup_fingerprints`.execute(db);
    await sql`analyze followup_lsh_buckets`.execute(db);
    const sizes = (
      await sql<{ name: string; size: string }>`
        select c.relname as name, pg_size_pretty(pg_total_relation_size(c.oid)) as size from pg_class c
        where c.relname in ('followups','followup_fingerprints','followup_lsh_buckets','followup_lsh_buckets_probe_idx') order by c.relname`.execute(db)
    ).rows;

    // Probes: half near-duplicates of stored texts (same team), half new texts.
    const probes = Array.from({ length: CHECKS }, (_, i) => {
      if (i % 2 === 0) {
        const source = pick(reservoir);
        return { text: nearCopy(source.text), teamId: source.teamId, source: source.text };
      }
      return { text: newText(), teamId: pick(teams).id, source: null as string | null };
    });
    const at = new Date(now.getTime());
    for (const p of probes.slice(0, 50)) await findSimilar(db, { id: randomUUID(), teamKey: p.teamId, content: p.text, createdAt: at, lookbackDays: 90 });

    const lookup: number[] = [];
    const candidates: number[] = [];
    let expected = 0;
    let found = 0;
    let flaggedNew = 0;
    for (const p of probes) {
      const t = performance.now();
      const { best, candidates: c } = await findSimilar(db, { id: randomUUID(), teamKey: p.teamId, content: p.text, createdAt: at, lookbackDays: 90 });
      lookup.push(performance.now() - t);
      candidates.push(c);
      if (p.source !== null) {
        const truth = jaccard(fingerprint(p.text).shingles, fingerprint(p.source).shingles);
        if (truth >= defaultAuthenticity.similarityThreshold) {
          expected++;
          if (best && best.similarity >= defaultAuthenticity.similarityThreshold) found++;
        }
      } else if (best && best.similarity >= defaultAuthenticity.similarityThreshold) flaggedNew++;
    }

    // The whole check of a new follow-up, writes included, rolled back.
    const full: number[] = [];
    const rollback = new Error('rollback');
    for (const p of probes) {
      const rep = reps.find((r) => r.teamId === p.teamId)!;
      const id = randomUUID();
      const t = performance.now();
      await db
        .transaction()
        .execute(async (trx) => {
          await trx
            .insertInto('followups')
            .values({
              id,
              target_type: 'customer',
              target_id: randomUUID(),
              lead_id: null,
              customer_id: null,
              opportunity_id: null,
              channel: 'phone',
              value_tag: 'needs_discovery',
              content: p.text,
              next_follow_up_at: null,
              stage: null,
              author_id: rep.id,
              team_id: rep.teamId,
              corrects_id: null,
              created_at: at,
            })
            .execute();
          await checkFollowup(
            trx,
            { id, authorId: rep.id, teamId: rep.teamId, content: p.text, createdAt: at },
            { policy: defaultAuthenticity, timeZone: 'Asia/Shanghai', playbookVersion: 1 },
          );
          throw rollback;
        })
        .catch((e) => {
          if (e !== rollback) throw e;
        });
      full.push(performance.now() - t);
    }

    const l = stats(lookup);
    const f = stats(full);
    const c = stats(candidates);
    console.log('\n## Near-duplicate check latency (PostgreSQL)\n');
    console.log(
      `follow-ups: ${FOLLOWUPS.toLocaleString()} (${duplicates.toLocaleString()} near-duplicates, ${((duplicates / FOLLOWUPS) * 100).toFixed(1)} %), ${TEAMS} teams × ${REPS} reps, 90 days`,
    );
    console.log(
      `bucket rows: ${bucketRows.toLocaleString()}; fill ${fillSeconds.toFixed(0)} s (${Math.round(FOLLOWUPS / fillSeconds).toLocaleString()} follow-ups/s incl. MinHash ${(hashMs / 1000).toFixed(0)} s)`,
    );
    console.log(`sizes: ${sizes.map((s) => `${s.name} ${s.size}`).join(', ')}`);
    console.log('');
    console.log('| measurement | n | p50 ms | p90 ms | p99 ms | max ms | mean ms |');
    console.log('|---|---|---|---|---|---|---|');
    console.log(`| lookup (LSH probe + Jaccard) | ${l.n} | ${ms(l.p50)} | ${ms(l.p90)} | ${ms(l.p99)} | ${ms(l.max)} | ${ms(l.mean)} |`);
    console.log(`| full check in a transaction (rolled back) | ${f.n} | ${ms(f.p50)} | ${ms(f.p90)} | ${ms(f.p99)} | ${ms(f.max)} | ${ms(f.mean)} |`);
    console.log('');
    console.log(`candidates per check: p50 ${c.p50}, p99 ${c.p99}, max ${c.max}`);
    console.log(
      `recall: ${found}/${expected} near-duplicate probes with true Jaccard ≥ ${defaultAuthenticity.similarityThreshold} were flagged; ${flaggedNew}/${CHECKS / 2} new texts matched an accidental look-alike`,
    );
    console.log(`total ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await handle.close();
    if (!args.keep) await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
    cluster?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
