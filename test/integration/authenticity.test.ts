import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKFILL_RULE_ID, fingerprintBackfillRule } from '../../src/authenticity/fingerprint-backfill.js';
import { drawSpotCheckSample, SPOT_CHECK_JOB, weekRange } from '../../src/authenticity/spot-check.js';
import { createOrg, uploadEvidence } from '../support/fixtures.js';
import { createTestApp, type Client, type TestApp } from '../support/test-app.js';
import { sh } from '../support/time.js';

const FAKE_TEXT = '已联系，客户表示再考虑';
const TZ = 'Asia/Shanghai';

/** Varied, genuine-looking follow-ups: different customers, facts and next steps. */
const HONEST = [
  '上门拜访设备科李工，查看了三号产线的换型流程，记录了停机时间过长的问题，约定周五前提交改造方案',
  '电话沟通采购部王经理，确认年度预算已获批，对方要求报价单包含两年维保和备件清单',
  '在客户会议室演示 PLC 远程诊断功能，生产总监关注数据安全，需要补充私有化部署说明',
  '微信发送了同行业案例资料，客户技术负责人回复下周二安排内部评审，评审后反馈意见',
  '与财务对接付款方式，客户希望分三期付款，首付比例 30%，已请示主管是否可接受',
  '客户反馈竞品报价低 8%，我方强调本地化 24 小时响应和备件库存，客户同意继续比较服务条款',
];

/** Week 2026-W49: other genuine entries, each about something else. */
const WEEK = [
  '客户质量部反馈上批次传感器漂移，带工程师现场标定了十二个点位，出具了校准报告',
  '陪同客户参观杭州样板工厂，对方设备主管对自动上料模块很感兴趣，索要了能耗数据',
  '客户法务对保密条款提出修改，删除了违约金上限，已转交我方法务评估风险',
  '电话回访使用部门，操作员反映界面英文太多，承诺下个版本提供全中文菜单',
  '提交了第二版报价，拆分硬件和软件授权两部分，客户采购要求硬件再降三个点',
  '客户新任厂长到岗，重新介绍项目背景，他更关心投资回收期，约好下周给测算表',
  '在线演示排产看板，计划科提出要对接现有金蝶系统，需确认接口方案与工期',
  '走访客户仓库，发现备件库存管理混乱，建议把备件包纳入二期合同范围',
  '客户财务询问能否开具专票并分两次开票，已与我方财务确认可以按里程碑开具',
  '培训客户维修班组更换伺服驱动器，班组长签字确认培训完成，拍照上传了签到表',
  '客户因疫情停产两周，项目暂缓，约定复工后第一周重新确认交付时间窗口',
  '竞品上门做了免费试用，客户倾向先小批量试点，我方提出两台设备三个月试用方案',
];

describe('防伪跟进: explainable flags, review, weekly spot check, effective action density', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof createOrg>>;
  let rep1: Client;
  let rep2: Client;
  let rep3: Client;
  let sup1: Client;
  let sup2: Client;
  let director: Client;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrg(t);
    [rep1, rep2, rep3, sup1, sup2, director] = await Promise.all(['rep1', 'rep2', 'rep3', 'sup1', 'sup2', 'director'].map((u) => org.as(u)));
  });
  afterAll(() => t.close());

  const customer = async (client: Client, name: string, region = '华东') => {
    const r = await client.post('/customers', { name, type: 'B2B', grade: 'B', region, ownerId: client.userId });
    expect(r.status).toBe(201);
    return r.body.id as string;
  };
  const followUp = async (client: Client, customerId: string, content: string, channel = 'phone', valueTag = 'needs_discovery') => {
    const r = await client.post('/followups', {
      targetType: 'customer',
      targetId: customerId,
      channel,
      valueTag,
      content,
      attachmentIds: [await uploadEvidence(client)],
    });
    expect(r.status).toBe(201);
    return r.body;
  };
  const kinds = (f: any) => f.flags.map((x: any) => `${x.kind}:${x.reason}`).sort();

  it('reproduces the article: a rep batch-writing "已联系，客户表示再考虑" at night is flagged on every entry; an honest rep is not', async () => {
    // Tuesday night 02:17–03:05, eight customers, the same sentence with other punctuation or a word added.
    const variants = [
      FAKE_TEXT,
      `${FAKE_TEXT}。`,
      '已联系 客户表示再考虑！',
      `${FAKE_TEXT}一下`,
      FAKE_TEXT,
      '已联系，客户表示 再考虑',
      `${FAKE_TEXT}…`,
      FAKE_TEXT,
    ];
    const fake: any[] = [];
    for (let i = 0; i < variants.length; i++) {
      t.clock.set(sh(`2026-11-25T02:${String(17 + i * 6).padStart(2, '0')}:00`));
      fake.push(await followUp(rep2, await customer(rep2, `夜间客户 ${i + 1}`), variants[i]));
    }
    // Every entry: 异常时段 (odd hours); from the second on: 疑似雷同 with the earlier record it repeats.
    expect(kinds(fake[0])).toEqual(['burst:odd_hours']);
    for (let i = 1; i < fake.length; i++) {
      expect(kinds(fake[i])).toEqual(['burst:odd_hours', 'similar:own']);
      const similar = fake[i].flags.find((f: any) => f.kind === 'similar');
      expect(similar.similarity).toBeGreaterThanOrEqual(0.8);
      expect(fake.slice(0, i).map((f) => f.id)).toContain(similar.matchedFollowupId);
      expect(similar).toMatchObject({
        status: 'pending',
        rule: 'near_duplicate',
        playbookVersion: 1,
        label: '疑似雷同',
        matchedAuthorId: org.ids.rep2,
        matchedAuthorName: 'rep2',
        matchedTarget: { type: 'customer' },
      });
      expect(similar.explanation).toMatch(/相似度 \d+%/);
    }
    // Identical text matches with similarity 1 and points at an identical earlier entry.
    const identical = fake[4].flags.find((f: any) => f.kind === 'similar');
    expect(identical.similarity).toBe(1);
    const night = fake[7].flags.find((f: any) => f.reason === 'odd_hours');
    expect(night).toMatchObject({ label: '异常时段', details: { localTime: '02:59', from: '00:00', to: '05:00', entriesInWindow: 8 } });

    // The honest rep: varied entries in working hours, no marks at all.
    const honest: any[] = [];
    for (let i = 0; i < HONEST.length; i++) {
      t.clock.set(sh(`2026-11-25T${String(10 + i).padStart(2, '0')}:05:00`));
      honest.push(await followUp(rep1, await customer(rep1, `白天客户 ${i + 1}`), HONEST[i], 'visit', 'value_presentation'));
    }
    expect(honest.map((f) => f.flags)).toEqual(HONEST.map(() => []));

    // Copying a teammate's sentence is flagged too, naming the colleague; another team's rep is compared with their own team only.
    t.clock.set(sh('2026-11-25T16:30:00'));
    const copied = await followUp(rep1, await customer(rep1, '白天客户 7'), FAKE_TEXT);
    expect(kinds(copied)).toEqual(['similar:teammate']);
    expect(copied.flags[0]).toMatchObject({ matchedAuthorId: org.ids.rep2, matchedAuthorName: 'rep2' });
    expect(copied.flags[0].explanation).toContain('rep2');
    const otherTeam = await followUp(rep3, await customer(rep3, '华南客户', '华南'), FAKE_TEXT);
    expect(otherTeam.flags).toEqual([]);

    // The marks are part of every follow-up view, in English too.
    const timeline = await sup1.get(`/followups?targetType=customer&targetId=${fake[1].customerId}`, { 'accept-language': 'en' });
    expect(timeline.status).toBe(200);
    expect(timeline.body.items[0].flags.map((f: any) => f.label).sort()).toEqual(['Odd hours', 'Possible duplicate']);
    expect((await rep2.get(`/followups/${fake[3].id}`)).body.flags).toHaveLength(2);
  });

  it('a burst of more than 5 entries within 10 minutes marks the whole burst', async () => {
    const customerId = await customer(rep3, '华南展会客户', '华南');
    const entries: any[] = [];
    for (let i = 0; i < 6; i++) {
      t.clock.set(sh(`2026-11-25T17:0${i}:00`));
      entries.push(await followUp(rep3, customerId, `${HONEST[i]}（展会第 ${i + 1} 位）`));
    }
    expect(entries.slice(0, 5).map((f) => f.flags)).toEqual([[], [], [], [], []]);
    expect(kinds(entries[5])).toEqual(['burst:rate']);
    expect(entries[5].flags[0]).toMatchObject({ rule: 'burst', playbookVersion: 1 });
    expect(entries[5].flags[0].details).toMatchObject({ windowMinutes: 10, maxEntries: 5, count: 6 });
    // The five before it are part of the same burst.
    for (const f of entries.slice(0, 5)) expect(kinds((await rep3.get(`/followups/${f.id}`)).body)).toEqual(['burst:rate']);
  });

  it("flags are listed for supervisors in scope and reviewed by the author's supervisor; a dismissal restores the effective density", async () => {
    // Thursday: one genuine entry at 01:30 (a customer abroad) and two in the day.
    const customerId = await customer(rep1, '海外客户');
    t.clock.set(sh('2026-11-26T01:30:00'));
    const late = await followUp(rep1, customerId, '与德国总部视频会议，确认设备进口清关资料清单，对方周一寄出样机');
    expect(kinds(late)).toEqual(['burst:odd_hours']);
    t.clock.set(sh('2026-11-26T10:00:00'));
    await followUp(rep1, customerId, '整理清关资料，提交给物流代理审核，预计三个工作日完成');
    t.clock.set(sh('2026-11-26T11:00:00'));
    await followUp(rep1, customerId, '电话确认样机型号与合同附件一致，客户要求增加中文操作手册');

    const density = async (client: Client) => {
      const r = await client.get('/analytics/action-density?from=2026-11-26&to=2026-11-26');
      expect(r.status).toBe(200);
      return r.body;
    };
    const before = await density(sup1);
    expect(before.workingDays).toBe(1);
    expect(before.items.find((i: any) => i.userId === org.ids.rep1)).toMatchObject({ followups: 3, effective: 2, flagged: 1, density: 2 });
    // A rep sees their own line only; another team's supervisor does not see rep1.
    expect((await density(rep1)).items.map((i: any) => i.userId)).toEqual([org.ids.rep1]);
    expect((await density(sup2)).items.map((i: any) => i.userId)).not.toContain(org.ids.rep1);

    // Listing: supervisors and above, in scope.
    expect((await rep1.get('/followup-flags')).status).toBe(403);
    const listed = await sup1.get(`/followup-flags?status=pending&authorId=${org.ids.rep1}`);
    expect(listed.status).toBe(200);
    const item = listed.body.items.find((i: any) => i.followupId === late.id);
    expect(item).toMatchObject({
      kind: 'burst',
      reason: 'odd_hours',
      canReview: true,
      followup: { authorId: org.ids.rep1, authorName: 'rep1', teamName: '华东一组' },
    });
    expect(listed.body.counts.pending).toBeGreaterThanOrEqual(2);
    const southList = await sup2.get('/followup-flags');
    expect(southList.body.items.every((i: any) => i.followup.authorId === org.ids.rep3)).toBe(true);
    const byTeam = await director.get(`/followup-flags?teamId=${org.ids.east}&pageSize=200`);
    expect(byTeam.body.items.every((i: any) => i.followup.teamName === '华东一组')).toBe(true);
    expect(byTeam.body.total).toBe(byTeam.body.items.length);

    // Review: not the author, not another team's supervisor; a dismissal needs a reason.
    const flagId = item.id;
    expect((await rep1.post(`/followup-flags/${flagId}/review`, { decision: 'dismissed', comment: '时差' })).status).toBe(403);
    expect((await sup2.post(`/followup-flags/${flagId}/review`, { decision: 'dismissed', comment: '时差' })).status).toBe(404);
    expect((await sup1.post(`/followup-flags/${flagId}/review`, { decision: 'dismissed' })).status).toBe(400);
    t.clock.set(sh('2026-11-26T15:00:00'));
    const reviewed = await sup1.post(`/followup-flags/${flagId}/review`, { decision: 'dismissed', comment: '海外客户有时差，会议纪要已核实' });
    expect(reviewed.status).toBe(200);
    expect(reviewed.body).toMatchObject({
      status: 'dismissed',
      reviewedBy: org.ids.sup1,
      reviewerName: 'sup1',
      reviewComment: '海外客户有时差，会议纪要已核实',
      reviewedAt: sh('2026-11-26T15:00:00').toISOString(),
    });

    // Dismissed, not deleted: the mark stays visible with its review; the entry counts as effective again.
    expect((await rep1.get(`/followups/${late.id}`)).body.flags).toMatchObject([{ id: flagId, status: 'dismissed', reviewerName: 'sup1' }]);
    expect((await density(sup1)).items.find((i: any) => i.userId === org.ids.rep1)).toMatchObject({ followups: 3, effective: 3, flagged: 0, density: 3 });

    // Confirming a night entry of the batch writer keeps it out; the review is audited.
    const nightFlags = await sup1.get(`/followup-flags?authorId=${org.ids.rep2}&kind=similar&pageSize=200`);
    expect(nightFlags.body.total).toBe(7);
    expect((await sup1.post(`/followup-flags/${nightFlags.body.items[0].id}/review`, { decision: 'confirmed', comment: '批量补录' })).body.status).toBe(
      'confirmed',
    );
    const audit = await t.admin.get('/audit?entityType=followup_flag&pageSize=50');
    expect(audit.body.items.map((a: any) => a.action)).toEqual(['followup_flag.review', 'followup_flag.review']);
    expect(audit.body.items[1]).toMatchObject({
      entityId: flagId,
      actorId: org.ids.sup1,
      data: { decision: 'dismissed', flag: 'burst:odd_hours', rule: 'odd_hours', playbookVersion: 1, previous: { status: 'pending' } },
    });

    // Fake-follow-up rate for the night of the article case and the day after.
    const rate = await director.get('/analytics/fake-followup-rate?from=2026-11-25&to=2026-11-26');
    expect(rate.status).toBe(200);
    const east = rate.body.teams.find((x: any) => x.teamId === org.ids.east);
    // 华东: rep2's 8 night entries + rep1's copy are fake; rep1's 6 honest + 3 Thursday entries are not.
    expect(east).toMatchObject({ followups: 18, fake: 9, rate: 0.5, region: '华东' });
    const south = rate.body.teams.find((x: any) => x.teamId === org.ids.south);
    expect(south).toMatchObject({ followups: 7, fake: 6 });
    expect(rate.body.regions.map((r: any) => r.region).sort()).toEqual(['华东', '华南']);
    expect(rate.body.total).toMatchObject({ followups: 25, fake: 15, rate: 0.6 });
    expect((await sup2.get('/analytics/fake-followup-rate?from=2026-11-25&to=2026-11-26')).body.teams.map((x: any) => x.teamId)).toEqual([org.ids.south]);
    expect((await sup1.get(`/analytics/fake-followup-rate?from=2026-11-25&to=2026-11-26&region=华南`)).body.total.followups).toBe(0);
  });

  it('the weekly spot check gives each supervisor 5 distinct random follow-ups of last week, the same 5 on a re-run, once per week', async () => {
    // Week 2026-W49 (Mon 30 Nov – Sun 6 Dec): 9 entries of 华东 reps, 3 of 华南, 1 of the supervisor.
    const customers = {
      rep1: await customer(rep1, '抽检客户甲'),
      rep2: await customer(rep2, '抽检客户乙'),
      rep3: await customer(rep3, '抽检客户丙', '华南'),
      sup1: await customer(sup1, '主管客户'),
    };
    const opportunity = await rep1.post('/opportunities', { customerId: customers.rep1, name: '抽检商机', amount: 120000, productLine: '工业设备' });
    expect(opportunity.status).toBe(201);
    const east: string[] = [];
    const south: string[] = [];
    // Monday to Thursday, one round a day: rep1 (5 in all), rep2 (4), rep3 (3).
    const plan: [Client, keyof typeof customers, string[]][] = [
      [rep1, 'rep1', east],
      [rep2, 'rep2', east],
      [rep3, 'rep3', south],
      [rep1, 'rep1', east],
      [rep2, 'rep2', east],
      [rep3, 'rep3', south],
      [rep1, 'rep1', east],
      [rep2, 'rep2', east],
      [rep3, 'rep3', south],
      [rep1, 'rep1', east],
      [rep2, 'rep2', east],
      [rep1, 'rep1', east],
    ];
    for (let i = 0; i < plan.length; i++) {
      const [client, key, list] = plan[i];
      t.clock.set(sh(`2026-12-0${1 + Math.floor(i / 3)}T${10 + (i % 3)}:15:00`));
      const created = await followUp(client, customers[key], WEEK[i]);
      expect(created.flags).toEqual([]);
      list.push(created.id);
    }
    t.clock.set(sh('2026-12-04T17:00:00'));
    const own = (await followUp(sup1, customers.sup1, '主管陪同拜访，确认客户组织架构和决策链')).id;

    t.clock.set(sh('2026-12-07T08:59:00')); // Monday, before 09:00
    expect((await t.ctx.scheduler.tick())[SPOT_CHECK_JOB]).toBe(0);
    t.clock.set(sh('2026-12-07T09:00:00'));
    expect((await t.ctx.scheduler.tick())[SPOT_CHECK_JOB]).toBe(2);
    expect((await t.ctx.scheduler.tick())[SPOT_CHECK_JOB]).toBe(0);
    t.clock.set(sh('2026-12-07T15:00:00'));
    expect((await t.ctx.scheduler.tick())[SPOT_CHECK_JOB]).toBe(0);
    t.clock.set(sh('2026-12-08T09:30:00'));
    expect((await t.ctx.scheduler.tick())[SPOT_CHECK_JOB]).toBe(0);

    const checks = await sup1.get('/spot-checks');
    expect(checks.status).toBe(200);
    expect(checks.body.week).toBe('2026-W49');
    const sample: string[] = checks.body.items.map((i: any) => i.followup.id);
    expect(sample).toHaveLength(5);
    expect(new Set(sample).size).toBe(5);
    expect(sample.every((id) => east.includes(id))).toBe(true);
    expect(sample).not.toContain(own);
    const { start, end } = weekRange('2026-W49', TZ);
    for (const item of checks.body.items) {
      expect(new Date(item.followup.createdAt) >= start && new Date(item.followup.createdAt) < end).toBe(true);
      expect(item.verdict).toBeNull();
      expect(item.evidence.chatArchive).toBe('unavailable');
      expect(item.followup.attachments).toHaveLength(1);
    }
    // Beside each sample: the customer's other follow-ups and stage movements.
    // rep2 wrote only 4 of the 9: at least one sample is rep1's.
    const ofRep1 = checks.body.items.find((i: any) => i.followup.authorId === org.ids.rep1);
    expect(ofRep1.record).toMatchObject({ customerId: customers.rep1, customerName: '抽检客户甲' });
    expect(ofRep1.evidence.otherFollowups).toHaveLength(4);
    expect(ofRep1.evidence.stageChanges).toMatchObject([{ opportunityName: '抽检商机', from: null, to: 'initial' }]);
    const southChecks = await sup2.get('/spot-checks?week=2026-W49');
    expect(southChecks.body.items.map((i: any) => i.followup.id).sort()).toEqual([...south].sort());

    // Stored once per supervisor and week; the inbox says so.
    const stored = await t.ctx.db
      .selectFrom('spot_checks')
      .select(['followup_id', 'position'])
      .where('supervisor_id', '=', org.ids.sup1)
      .orderBy('position')
      .execute();
    expect(stored.map((r) => r.followup_id)).toEqual(sample);
    const inbox = (await sup1.get('/notifications?pageSize=200')).body.items.filter((n: any) => n.kind === 'authenticity.spot_check');
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({ link: '/authenticity/spot-check?week=2026-W49', data: { week: '2026-W49', count: 5 } });

    // Reproducibly random: drawn again for the same supervisor and week, the same 5 in the same order…
    expect(await drawSpotCheckSample(t.ctx.db, org.ids.sup1, '2026-W49', 5, TZ)).toEqual(sample);
    // …a prefix of the whole team's week in the same random order…
    const all = await drawSpotCheckSample(t.ctx.db, org.ids.sup1, '2026-W49', 50, TZ);
    expect(all.slice(0, 5)).toEqual(sample);
    expect([...all].sort()).toEqual([...east].sort());
    // …and re-running the week's rule from scratch issues exactly the same sample.
    await t.ctx.db.deleteFrom('spot_checks').where('supervisor_id', '=', org.ids.sup1).execute();
    await t.ctx.db.deleteFrom('job_runs').where('job', '=', SPOT_CHECK_JOB).where('slot', '=', `2026-W49:${org.ids.sup1}`).execute();
    t.clock.set(sh('2026-12-08T10:00:00'));
    expect((await t.ctx.scheduler.tick())[SPOT_CHECK_JOB]).toBe(1);
    const rerun = await sup1.get('/spot-checks?week=2026-W49');
    expect(rerun.body.items.map((i: any) => i.followup.id)).toEqual(sample);

    // Judging: only the supervisor it was issued to; an invalid verdict takes the entry out of the effective density.
    const target = rerun.body.items[0];
    const author = target.followup.authorId as string;
    const densityOf = async () => (await director.get('/analytics/action-density?from=2026-11-30&to=2026-12-06')).body;
    const before = await densityOf();
    expect(before.workingDays).toBe(5);
    const line = before.items.find((i: any) => i.userId === author);
    expect((await rep1.post(`/spot-checks/${target.id}`, { verdict: 'invalid' })).status).toBe(403);
    expect((await sup2.post(`/spot-checks/${target.id}`, { verdict: 'invalid' })).status).toBe(403);
    const judged = await sup1.post(`/spot-checks/${target.id}`, { verdict: 'invalid', comment: '附件与客户沟通内容不符' });
    expect(judged.status).toBe(200);
    expect(judged.body).toMatchObject({ verdict: 'invalid', comment: '附件与客户沟通内容不符', judgedAt: sh('2026-12-08T10:00:00').toISOString() });
    const after = (await densityOf()).items.find((i: any) => i.userId === author);
    expect(after).toMatchObject({ followups: line.followups, effective: line.effective - 1, invalid: 1 });
    expect(after.density).toBeCloseTo((line.effective - 1) / 5, 2);
    expect((await sup1.get('/spot-checks?week=2026-W49')).body.items[0]).toMatchObject({ verdict: 'invalid' });
    const audit = await t.admin.get(`/audit?entityType=spot_check&entityId=${target.id}`);
    expect(audit.body.items).toMatchObject([
      { action: 'spot_check.judge', actorId: org.ids.sup1, data: { verdict: 'invalid', followupId: target.followup.id } },
    ]);

    // Sales reps have no spot checks; a director may read a supervisor's.
    expect((await rep1.get('/spot-checks')).status).toBe(403);
    expect((await director.get(`/spot-checks?week=2026-W49&supervisorId=${org.ids.sup1}`)).body.items).toHaveLength(5);
    expect((await sup2.get(`/spot-checks?supervisorId=${org.ids.sup1}`)).status).toBe(403);
    expect(Number((await sql<{ n: number }>`select count(*)::int as n from spot_checks where week = '2026-W49'`.execute(t.ctx.db)).rows[0].n)).toBe(8);
  });

  it('follow-ups without a fingerprint (older data, rows loaded by SQL) get one on the next tick, exactly as the live check stores them', async () => {
    const victims = await t.ctx.db.selectFrom('followup_fingerprints').selectAll().orderBy('created_at').limit(3).execute();
    const ids = victims.map((v) => v.followup_id);
    const buckets = () =>
      t.ctx.db.selectFrom('followup_lsh_buckets').selectAll().where('followup_id', 'in', ids).orderBy('followup_id').orderBy('band').execute();
    const fingerprints = () => t.ctx.db.selectFrom('followup_fingerprints').selectAll().where('followup_id', 'in', ids).orderBy('created_at').execute();
    const before = await buckets();
    expect(before).toHaveLength(3 * 16);
    const forget = async () => {
      await t.ctx.db.deleteFrom('followup_lsh_buckets').where('followup_id', 'in', ids).execute();
      await t.ctx.db.deleteFrom('followup_fingerprints').where('followup_id', 'in', ids).execute();
    };
    await forget();
    expect(await fingerprints()).toEqual([]);

    // The declared time rule finds them on the next scheduler tick; no flag is raised for the past.
    const flagsBefore = await t.ctx.db.selectFrom('followup_flags').select('id').execute();
    expect((await t.ctx.scheduler.tick())[BACKFILL_RULE_ID]).toBe(3);
    expect(await buckets()).toEqual(before);
    expect(await fingerprints()).toEqual(victims);
    expect(await t.ctx.db.selectFrom('followup_flags').select('id').execute()).toHaveLength(flagsBefore.length);
    // Idempotent: nothing left to do, nothing stored twice.
    expect((await t.ctx.scheduler.tick())[BACKFILL_RULE_ID]).toBe(0);
    expect(await buckets()).toHaveLength(3 * 16);

    // In batches: three follow-ups with batches of two take two transactions in one run.
    await forget();
    expect(await fingerprintBackfillRule(t.ctx, { batch: 2 }).run(t.clock.now())).toBe(3);
    expect(await buckets()).toEqual(before);

    // A tick looks at a window of follow-ups in id order and the next tick continues after it:
    // with a window of one, each victim is found on the tick that reaches it, and only then.
    await forget();
    const all = (await t.ctx.db.selectFrom('followups').select('id').orderBy('id').execute()).map((r) => r.id);
    const positions = ids.map((id) => all.indexOf(id)).sort((x, y) => x - y);
    const oneByOne = fingerprintBackfillRule(t.ctx, { scan: 1 });
    const found: number[] = [];
    for (let tick = 0; tick < all.length; tick++) if ((await oneByOne.run(t.clock.now())) === 1) found.push(tick);
    expect(found).toEqual(positions);
    expect(await fingerprints()).toEqual(victims);
    expect(await oneByOne.run(t.clock.now())).toBe(0);
  });
});
