import { defaultAssignment, defaultAuthenticity, defaultCollaboration, defaultContribution, defaultHealth, defaultKpi, defaultSla, type PlaybookDocument } from './schema.js';

/** The article's playbook, in Chinese: the document a new installation starts from. */
export const defaultPlaybook: PlaybookDocument = {
  name: '默认销售流程手册',
  stages: [
    { key: 'initial', label: '初步接洽', labelEn: 'Initial contact', kind: 'open' },
    { key: 'needs', label: '需求确认', labelEn: 'Needs confirmed', kind: 'open' },
    { key: 'proposal', label: '方案报价', labelEn: 'Proposal', kind: 'open' },
    { key: 'negotiation', label: '商务谈判', labelEn: 'Negotiation', kind: 'open' },
    { key: 'contract', label: '合同签订', labelEn: 'Contract', kind: 'open' },
    { key: 'won', label: '赢单', labelEn: 'Won', kind: 'won' },
    { key: 'lost', label: '输单', labelEn: 'Lost', kind: 'lost' },
  ],
  fields: [
    { key: 'painPoints', label: '客户痛点确认记录', labelEn: 'Confirmed customer pain points', type: 'text', minLength: 5, hint: '客户明确认可的痛点，以及确认的方式和对象' },
    { key: 'competitorResponse', label: '竞品应对话术', labelEn: 'Competitor response', type: 'text', minLength: 5, hint: '客户在比较的竞品，以及我方的应对话术' },
    { key: 'nextFollowUpAt', label: '下次跟进时间', labelEn: 'Next follow-up time', type: 'datetime', future: true },
  ],
  channels: [
    { key: 'visit', label: '线下拜访', labelEn: 'On-site visit' },
    { key: 'phone', label: '电话', labelEn: 'Phone' },
    { key: 'wechat', label: '微信', labelEn: 'WeChat' },
    { key: 'meeting', label: '会议', labelEn: 'Meeting' },
    { key: 'email', label: '邮件', labelEn: 'E-mail' },
  ],
  valueTags: [
    { key: 'needs_discovery', label: '需求挖掘', labelEn: 'Needs discovery' },
    { key: 'objection_handling', label: '异议处理', labelEn: 'Objection handling' },
    { key: 'value_presentation', label: '价值呈现', labelEn: 'Value presentation' },
    { key: 'solution_demo', label: '方案演示', labelEn: 'Solution demo' },
    { key: 'negotiation', label: '商务谈判', labelEn: 'Negotiation' },
    { key: 'customer_success', label: '客户成功', labelEn: 'Customer success' },
  ],
  fileKinds: [
    { key: 'recording', label: '录音转写稿', labelEn: 'Call transcript' },
    { key: 'screenshot', label: '会议截图', labelEn: 'Meeting screenshot' },
    { key: 'email', label: '需求确认邮件', labelEn: 'Confirmation e-mail' },
    { key: 'proposal', label: '定制化方案', labelEn: 'Customised proposal' },
    { key: 'photo', label: '现场照片', labelEn: 'Site photo' },
    { key: 'other', label: '其他', labelEn: 'Other' },
  ],
  regions: ['华东', '华南', '华北', '华中', '西南', '西北', '东北'],
  productLines: ['工业设备', '软件服务', '耗材配件'],
  leadSources: ['官网表单', '展会', '市场活动', '电话咨询', '老客户推荐', '渠道伙伴'],
  rules: {
    stageFields: [
      {
        id: 'stage_required_fields',
        name: '阶段必填字段锁',
        enabled: true,
        scope: {},
        stages: ['initial', 'needs', 'proposal', 'negotiation', 'contract'],
        fields: ['painPoints', 'competitorResponse', 'nextFollowUpAt'],
      },
    ],
    gradeRules: [
      {
        id: 'grade_a_before_contract',
        name: 'A类客户进入合同签订前：≥3次线下拜访 + ≥1份定制化方案',
        enabled: true,
        scope: { grades: ['A'] },
        toStage: 'contract',
        requirements: [
          { kind: 'followups', channel: 'visit', min: 3 },
          { kind: 'files', fileKind: 'proposal', min: 1 },
        ],
      },
    ],
  },
  thresholds: { staleHours: 48, inactiveCustomerDays: 30, renewalWarningDays: 60, npsAlertBelow: 30 },
  sla: defaultSla,
  assignment: defaultAssignment,
  schedules: { staleDigestAt: '08:30' },
  collaboration: defaultCollaboration(),
  authenticity: defaultAuthenticity,
  contribution: defaultContribution(),
  health: defaultHealth,
  kpi: defaultKpi,
};
