import { defaultPlaybook } from '../default-playbook.js';
import type { PlaybookDocument } from '../schema.js';
import { medicalDevicesPlaybook } from './medical-devices.js';
import { saasPlaybook } from './saas.js';
import { storeSalesPlaybook } from './store-sales.js';

/** The playbooks a company can start from (the setup wizard, the designer). */
export const playbookTemplates: readonly { key: string; name: string; nameEn: string; summary: string; summaryEn: string; document: PlaybookDocument }[] = [
  {
    key: 'b2b_manufacturing',
    name: 'B2B 制造业（文章方案）',
    nameEn: 'B2B manufacturing (the article)',
    summary: '初步接洽到合同签订的五阶段，A类客户合同前三次拜访加定制方案，跨部门协同',
    summaryEn: 'Five stages to the contract, A-grade rules before it, cross-department collaboration',
    document: defaultPlaybook,
  },
  {
    key: 'store_sales',
    name: '门店销售',
    nameEn: 'Store sales',
    summary: '到店咨询、体验、报价成交的短周期 B2C，1 小时内响应，关闭跨部门协同',
    summaryEn: 'Short B2C cycles from walk-in to sale, answered within the hour, no cross-department cards',
    document: storeSalesPlaybook,
  },
  {
    key: 'saas',
    name: 'SaaS 订阅',
    nameEn: 'SaaS subscriptions',
    summary: '演示、试用（约定成功标准）、签约订阅，提前 90 天续约提醒',
    summaryEn: 'Demo, a trial with success criteria, subscription, renewals 90 days ahead',
    document: saasPlaybook,
  },
  {
    key: 'medical_devices',
    name: '医疗器械',
    nameEn: 'Medical devices',
    summary: '科室论证、招标、投标、装机验收的长周期，资金来源与招标编号必填',
    summaryEn: 'Long cycles through department review, tenders and installation; funding and tender number required',
    document: medicalDevicesPlaybook,
  },
];
