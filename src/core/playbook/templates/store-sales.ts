import { defaultPlaybook } from '../default-playbook.js';
import type { PlaybookDocument } from '../schema.js';

/** 门店销售: short B2C cycles from a walk-in to a sale, answered within the hour. */
export const storeSalesPlaybook: PlaybookDocument = {
  ...defaultPlaybook,
  name: '门店销售流程手册',
  stages: [
    { key: 'walk_in', label: '到店咨询', labelEn: 'Walk-in', kind: 'open' },
    { key: 'experience', label: '体验试用', labelEn: 'Try-out', kind: 'open' },
    { key: 'quote', label: '报价成交', labelEn: 'Quote', kind: 'open' },
    { key: 'won', label: '成交', labelEn: 'Sold', kind: 'won' },
    { key: 'lost', label: '流失', labelEn: 'Lost', kind: 'lost' },
  ],
  fields: [
    { key: 'shopperNeeds', label: '顾客需求', labelEn: 'Shopper needs', type: 'text', minLength: 4, hint: '顾客想买什么、预算和用途' },
    { key: 'nextFollowUpAt', label: '下次回访时间', labelEn: 'Next call-back', type: 'datetime', future: true },
  ],
  channels: [
    { key: 'store_visit', label: '到店', labelEn: 'Store visit' },
    { key: 'phone', label: '电话', labelEn: 'Phone' },
    { key: 'wechat', label: '微信', labelEn: 'WeChat' },
  ],
  valueTags: [
    { key: 'needs_discovery', label: '需求挖掘', labelEn: 'Needs discovery' },
    { key: 'product_demo', label: '产品体验', labelEn: 'Product demo' },
    { key: 'closing', label: '促成交易', labelEn: 'Closing' },
    { key: 'customer_success', label: '售后关怀', labelEn: 'After-sales care' },
  ],
  fileKinds: [
    { key: 'photo', label: '到店照片', labelEn: 'Store photo' },
    { key: 'receipt', label: '小票', labelEn: 'Receipt' },
    { key: 'other', label: '其他', labelEn: 'Other' },
  ],
  regions: ['城东店', '城西店', '城南店', '城北店'],
  productLines: ['家电', '数码', '配件'],
  leadSources: ['到店自然客流', '线上预约', '老客转介绍', '商场活动'],
  rules: {
    stageFields: [
      {
        id: 'store_required_fields',
        name: '推进前须记录顾客需求与回访时间',
        enabled: true,
        scope: {},
        stages: ['walk_in', 'experience'],
        fields: ['shopperNeeds', 'nextFollowUpAt'],
      },
    ],
    gradeRules: [
      {
        id: 'grade_a_try_before_quote',
        name: 'A类顾客报价前：≥1次到店体验',
        enabled: true,
        scope: { grades: ['A'] },
        toStage: 'quote',
        requirements: [{ kind: 'followups', channel: 'store_visit', min: 1 }],
      },
    ],
  },
  thresholds: { staleHours: 24, inactiveCustomerDays: 14, renewalWarningDays: 30, npsAlertBelow: 40 },
  sla: {
    ...defaultPlaybook.sla,
    businessHours: { start: '10:00', end: '22:00', timeZone: 'Asia/Shanghai' },
    responsePolicies: [
      { type: 'B2C', hours: 1, clock: 'natural' },
      { type: 'B2B', hours: 4, clock: 'business' },
    ],
    qualifyingChannels: ['store_visit', 'phone', 'wechat'],
  },
  contribution: { ...defaultPlaybook.contribution, customerSuccessTags: ['customer_success'] },
  forecast: { stageProbabilities: { walk_in: 10, experience: 30, quote: 60, won: 100, lost: 0 } },
  modules: { collaboration: false, authenticity: true, analytics: true, chatArchive: true, field: false },
};
