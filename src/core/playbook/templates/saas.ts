import { defaultPlaybook } from '../default-playbook.js';
import type { PlaybookDocument } from '../schema.js';

/** SaaS 订阅: demo, a trial with success criteria, a subscription, renewals well ahead. */
export const saasPlaybook: PlaybookDocument = {
  ...defaultPlaybook,
  name: 'SaaS 订阅销售流程手册',
  stages: [
    { key: 'discovery', label: '需求发现', labelEn: 'Discovery', kind: 'open' },
    { key: 'demo', label: '产品演示', labelEn: 'Demo', kind: 'open' },
    { key: 'trial', label: '试用', labelEn: 'Trial', kind: 'open' },
    { key: 'proposal', label: '商务报价', labelEn: 'Proposal', kind: 'open' },
    { key: 'contract', label: '签约订阅', labelEn: 'Subscription', kind: 'open' },
    { key: 'won', label: '赢单', labelEn: 'Won', kind: 'won' },
    { key: 'lost', label: '输单', labelEn: 'Lost', kind: 'lost' },
  ],
  fields: [
    ...defaultPlaybook.fields,
    { key: 'trialSuccess', label: '试用成功标准', labelEn: 'Trial success criteria', type: 'text', minLength: 5, hint: '客户认可的试用目标与衡量方式' },
  ],
  productLines: ['基础版', '专业版', '企业版'],
  leadSources: ['官网注册', '免费试用', '内容营销', '合作伙伴', '老客户推荐'],
  rules: {
    stageFields: [
      {
        id: 'stage_required_fields',
        name: '阶段必填字段锁',
        enabled: true,
        scope: {},
        stages: ['discovery', 'demo', 'trial', 'proposal', 'contract'],
        fields: ['painPoints', 'nextFollowUpAt'],
      },
      { id: 'trial_success_required', name: '试用须约定成功标准', enabled: true, scope: {}, stages: ['trial'], fields: ['trialSuccess'] },
    ],
    gradeRules: [
      {
        id: 'grade_a_before_contract',
        name: 'A类客户签约前：≥2次会议 + ≥1份定制化方案',
        enabled: true,
        scope: { grades: ['A'] },
        toStage: 'contract',
        requirements: [
          { kind: 'followups', channel: 'meeting', min: 2 },
          { kind: 'files', fileKind: 'proposal', min: 1 },
        ],
      },
    ],
  },
  thresholds: { staleHours: 48, inactiveCustomerDays: 21, renewalWarningDays: 90, npsAlertBelow: 30 },
  sla: {
    ...defaultPlaybook.sla,
    responsePolicies: [
      { type: 'B2B', hours: 1, clock: 'business' },
      { type: 'B2C', hours: 4, clock: 'natural' },
    ],
  },
  forecast: { stageProbabilities: { discovery: 10, demo: 25, trial: 40, proposal: 60, contract: 80, won: 100, lost: 0 } },
  modules: { collaboration: true, authenticity: true, analytics: true, chatArchive: true, field: false },
};
