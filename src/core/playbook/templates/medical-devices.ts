import { defaultPlaybook } from '../default-playbook.js';
import type { PlaybookDocument } from '../schema.js';

/** 医疗器械: long hospital cycles through department review and tenders, installation, and the installed base's service. */
export const medicalDevicesPlaybook: PlaybookDocument = {
  ...defaultPlaybook,
  name: '医疗器械销售流程手册',
  stages: [
    { key: 'survey', label: '需求调研', labelEn: 'Survey', kind: 'open' },
    { key: 'department', label: '科室论证', labelEn: 'Department review', kind: 'open' },
    { key: 'tender_prep', label: '招标准备', labelEn: 'Tender preparation', kind: 'open' },
    { key: 'bidding', label: '投标', labelEn: 'Bidding', kind: 'open' },
    { key: 'contract', label: '合同签订', labelEn: 'Contract', kind: 'open' },
    { key: 'installation', label: '装机验收', labelEn: 'Installation', kind: 'open' },
    { key: 'won', label: '赢单', labelEn: 'Won', kind: 'won' },
    { key: 'lost', label: '输单', labelEn: 'Lost', kind: 'lost' },
  ],
  fields: [
    ...defaultPlaybook.fields,
    { key: 'fundingSource', label: '资金来源', labelEn: 'Funding source', type: 'text', minLength: 2, hint: '财政拨款、自筹或专项资金' },
    { key: 'tenderNumber', label: '招标编号', labelEn: 'Tender number', type: 'text', minLength: 4, hint: '招标公告上的项目编号' },
  ],
  fileKinds: [...defaultPlaybook.fileKinds, { key: 'tender', label: '招标文件', labelEn: 'Tender document' }],
  productLines: ['影像设备', '体外诊断', '手术器械', '维保服务'],
  leadSources: ['医院采购公告', '学术会议', '经销商', '老客户推荐', '政府招标网'],
  rules: {
    stageFields: [
      {
        id: 'stage_required_fields',
        name: '阶段必填字段锁',
        enabled: true,
        scope: {},
        stages: ['survey', 'department', 'tender_prep', 'bidding', 'contract', 'installation'],
        fields: ['painPoints', 'competitorResponse', 'nextFollowUpAt'],
      },
      { id: 'funding_before_tender', name: '招标准备前须确认资金来源', enabled: true, scope: {}, stages: ['department'], fields: ['fundingSource'] },
      { id: 'tender_number_to_bid', name: '投标须登记招标编号', enabled: true, scope: {}, stages: ['tender_prep'], fields: ['tenderNumber'] },
    ],
    gradeRules: [
      {
        id: 'grade_a_before_bidding',
        name: 'A类医院投标前：≥3次线下拜访 + ≥1份招标文件',
        enabled: true,
        scope: { grades: ['A'] },
        toStage: 'bidding',
        requirements: [
          { kind: 'followups', channel: 'visit', min: 3 },
          { kind: 'files', fileKind: 'tender', min: 1 },
        ],
      },
    ],
  },
  thresholds: { staleHours: 72, inactiveCustomerDays: 45, renewalWarningDays: 90, npsAlertBelow: 30 },
  forecast: { stageProbabilities: { survey: 5, department: 15, tender_prep: 30, bidding: 50, contract: 75, installation: 90, won: 100, lost: 0 } },
  modules: { collaboration: true, authenticity: true, analytics: true, chatArchive: true, field: false },
};
