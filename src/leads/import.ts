import { LEAD_OR_CUSTOMER_DUPLICATE_LABEL, probeRowKeys, storedLeadOrCustomerDuplicates } from '../core/duplicates/import.js';
import { CUSTOMER_TYPE_OPTIONS, combineChecks, defineImporter, parseRecord, playbookProblems } from '../core/import/importer.js';
import { leadInput, type LeadInput, type LeadRow } from './lead.model.js';
import { prepareLead, writeLeads } from './lead.service.js';

/**
 * Leads from a spreadsheet: each row is checked like POST /leads (all its problems), rows whose
 * phone or company repeats an earlier row or a stored lead or customer are reported, not created.
 */
export const leadImporter = defineImporter<LeadInput, LeadRow>({
  kind: 'leads',
  permission: 'leads:import',
  title: { 'zh-CN': '线索', en: 'Leads' },
  columns: [
    { key: 'name', header: { 'zh-CN': '名称', en: 'Name' }, aliases: ['姓名', '线索名称'], required: true, example: '苏州精工机械' },
    { key: 'type', header: { 'zh-CN': '类型', en: 'Type' }, required: true, options: CUSTOMER_TYPE_OPTIONS, example: 'B端' },
    {
      key: 'region',
      header: { 'zh-CN': '区域', en: 'Region' },
      required: true,
      example: '华东',
      note: { 'zh-CN': '销售流程手册中的区域', en: 'A region of the playbook' },
    },
    {
      key: 'productLine',
      header: { 'zh-CN': '产品线', en: 'Product line' },
      required: true,
      example: '工业设备',
      note: { 'zh-CN': '销售流程手册中的产品线', en: 'A product line of the playbook' },
    },
    { key: 'phone', header: { 'zh-CN': '电话', en: 'Phone' }, aliases: ['手机', '联系电话'], example: '13800000000' },
    { key: 'company', header: { 'zh-CN': '公司', en: 'Company' }, aliases: ['公司名称'], example: '苏州精工机械有限公司' },
    { key: 'source', header: { 'zh-CN': '来源', en: 'Source' }, example: '展会' },
  ],
  duplicateLabel: LEAD_OR_CUSTOMER_DUPLICATE_LABEL,
  validate: async (ctx, _actor, record, locale) =>
    combineChecks(playbookProblems((await ctx.playbook.active()).document, record, locale), parseRecord(leadInput, record, locale)),
  duplicateKeys: (lead) => probeRowKeys({ phone: lead.phone, companyName: lead.company }),
  storedDuplicates: (ctx, actor, leads, locale) =>
    storedLeadOrCustomerDuplicates(
      ctx.db,
      actor.scope,
      leads.map((l) => ({ phone: l.phone, companyName: l.company })),
      locale,
    ),
  // Owners are picked (round robin) only for rows that are written, never for a preview.
  prepare: async (ctx, actor, leads) => {
    const rows: LeadRow[] = [];
    for (const lead of leads) rows.push(await prepareLead(ctx, actor, lead));
    return rows;
  },
  write: (trx, ctx, actor, rows) => writeLeads(trx, ctx, actor, rows, 'import'),
});
