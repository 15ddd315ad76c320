import { describe, expect, it } from 'vitest';
import type { NoticeMessageKey } from '../i18n/catalogue.js';
import { noticeContent, renderNotice, type NoticeDataOf } from './notice-text.js';

const TZ = 'Asia/Shanghai';
const due = '2026-11-24T03:00:00.000Z'; // 11:00 in Shanghai
const lead = { leadId: 'l1', leadName: '上海精工机械' };
const contract = { contractId: 'k1', contractTitle: '年度维保' };
const customer = { customerId: 'c1', customerName: '华东重工', ruleId: 'r' };

/** One example of every wording: the type makes a new wording without an example fail the typecheck. */
const examples: { [K in NoticeMessageKey]: NoticeDataOf[K] } = {
  'lead.sla.warning': { ...lead, leadType: 'B2B', dueAt: due },
  'lead.sla.breached': { ...lead, leadType: 'B2C', region: '华东', productLine: '工业设备', dueAt: due, escalationLevel: 1 },
  'lead.sla.breached#batch': { leadIds: ['a', 'b'], count: 7, names: ['甲', '乙'] },
  'lead.sla.escalated': { ...lead, dueAt: due, escalationLevel: 2 },
  'lead.sla.escalated#batch': { leadIds: ['a'], count: 1, names: ['甲'], escalationLevel: 2 },
  'lead.unassigned': { ...lead, region: '华东', productLine: '工业设备', minutes: 30 },
  'lead.unassigned#batch': { leadIds: ['a', 'b'], count: 2, names: ['甲', '乙'], minutes: 30 },
  'lead.recycle.reminder': { ...lead, taskId: 't', idleDays: 12, recycleAfterDays: 15, recycleAt: due },
  'lead.recycled': { ...lead, previousOwner: 'u', recycleAfterDays: 15 },
  'health.inactive': { ...customer, lastActivityAt: due, idleDays: 31, thresholdDays: 30 },
  'health.renewal': { ...customer, ...contract, endDate: '2026-07-10', daysLeft: 1, windowDays: 60, windowStart: due },
  'renewal.created': { ...contract, customerId: 'c', customerName: '华东重工', opportunityId: 'o', endDate: '2027-10-31', leadDays: 90 },
  'health.nps': { ...customer, npsResponseId: 'n', score: 20, threshold: 50, answeredAt: due, comment: '响应太慢', hasComment: true },
  'contract.confirmation': { ...contract, customerName: '华东重工', amount: 1234567.5, party: 'finance', round: 1 },
  'contract.confirmed': { ...contract, party: 'product', reason: null, hasReason: false },
  'contract.vetoed': { ...contract, party: 'finance', reason: '账期过长' },
  'contract.frozen': { ...contract, anomalyId: 'a', customerName: '华东重工', reason: '逾期未付' },
  'contract.approved': contract,
  'card.created': { ...contract, cardId: 'c', department: 'delivery', slaDays: 1 },
  'card.overdue': { ...contract, cardId: 'c', department: 'finance', slaDays: 2, dueAt: due },
  'card.rejected': { ...contract, cardId: 'c', reason: '需求不清' },
  'report.collaboration': { month: '2026-10', department: 'finance', ratePercent: 50, reasons: 0, topReason: null },
  'report.collaboration#empty': { month: '2026-10' },
  'report.stale': {
    teamId: 't',
    teamName: '华东一组',
    date: '2026-11-30',
    count: 3,
    hours: 48,
    reps: [
      { name: 'rep1', count: 2 },
      { name: null, count: 1 },
    ],
  },
  'authenticity.spot_check': { week: '2026-W49', count: 1 },
};

const stored = <K extends NoticeMessageKey>(key: K) => {
  const content = noticeContent(key, examples[key], TZ);
  return { kind: content.kind, title: content.title, body: content.body, data: JSON.parse(JSON.stringify(content.data)) as Record<string, unknown> };
};

describe('notices worded in the reader’s language', () => {
  it('words every notice in Chinese and English from its stored data', () => {
    for (const key of Object.keys(examples) as NoticeMessageKey[]) {
      const row = stored(key);
      expect(renderNotice(row, 'zh-CN', TZ)).toEqual({ title: row.title, body: row.body });
      // Apart from the names in the data, the English wording has no Chinese left.
      const values = JSON.stringify(examples[key]).match(/[^"\\[\]{},:]+/g) ?? [];
      const en = renderNotice(row, 'en', TZ);
      const rest = values.reduce((s, v) => s.split(v).join(''), `${en.title} ${en.body}`);
      expect([key, rest.match(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/g)]).toEqual([key, null]);
    }
  });

  it('stores the kind, the data and the Chinese wording, times in the business time zone', () => {
    const content = noticeContent('lead.sla.warning', examples['lead.sla.warning'], TZ);
    expect(content).toEqual({
      kind: 'lead.sla.warning',
      title: '线索「上海精工机械」即将超过响应时限',
      body: '请在 2026-11-24 11:00 前完成首次联系（B端黄金响应时效）。',
      data: examples['lead.sla.warning'],
    });
    const en = renderNotice({ ...content }, 'en', TZ);
    expect(en).toEqual({
      title: 'Lead “上海精工机械” is about to miss its response deadline',
      body: 'Make the first contact before 2026-11-24 11:00 (golden response time for B2B leads).',
    });
  });

  it('keeps the variant of a batch notice in its data and counts in English', () => {
    const seven = stored('lead.sla.breached#batch');
    expect(seven.kind).toBe('lead.sla.breached');
    expect(seven.data.variant).toBe('batch');
    expect(seven.title).toBe('7 条公海线索响应超时，请尽快分配');
    expect(seven.body).toBe('「甲」、「乙」 等 7 条超过黄金响应时效，至今无人联系。');
    expect(renderNotice(seven, 'en', TZ)).toEqual({
      title: '7 pool leads missed the response deadline; assign them soon',
      body: '“甲”, “乙” and 5 more passed the golden response time with no contact yet.',
    });
    const one = noticeContent('lead.sla.breached#batch', { leadIds: ['a'], count: 1, names: ['甲'] }, TZ);
    expect(renderNotice(one, 'en', TZ).title).toBe('1 pool lead missed the response deadline; assign them soon');
    expect(one.body).toBe('「甲」超过黄金响应时效，至今无人联系。');
  });

  it('words the stale digest rep by rep, the pool by its name', () => {
    const row = stored('report.stale');
    expect(row.body).toBe('rep1：2 条；公海：1 条');
    expect(renderNotice(row, 'en', TZ).body).toBe('rep1: 2 records; Pool: 1 record');
  });

  it('falls back to the stored text for unknown kinds and incomplete data', () => {
    const old = { kind: 'lead.sla.warning', title: '旧标题', body: '旧内容', data: { leadId: 'l1', dueAt: due } };
    expect(renderNotice(old, 'en', TZ)).toEqual({ title: '旧标题', body: '旧内容' });
    const oldBatch = { kind: 'lead.sla.breached', title: '3 条', body: '「甲」', data: { leadIds: ['a'], count: 3 } };
    expect(renderNotice(oldBatch, 'en', TZ)).toEqual({ title: '3 条', body: '「甲」' });
    const unknown = { kind: 'something.else', title: '标题', body: '内容', data: null };
    expect(renderNotice(unknown, 'en', TZ)).toEqual({ title: '标题', body: '内容' });
  });
});
