import { LEAD_OR_CUSTOMER_DUPLICATE_LABEL, probeRowKeys, storedLeadOrCustomerDuplicates } from '../core/duplicates/import.js';
import { CUSTOMER_TYPE_OPTIONS, combineChecks, defineImporter, parseRecord, playbookProblems } from '../core/import/importer.js';
import { GRADES, customerInput, type CustomerInput, type CustomerRow } from './customer.model.js';
import { insertCustomer, prepareCustomer } from './customer.service.js';
import { COORD_SYSTEM_OPTIONS } from '../field/index.js';

/** Customers from a spreadsheet: checked like POST /customers, duplicates by phone or name reported. */
export const customerImporter = defineImporter<CustomerInput, CustomerRow>({
  kind: 'customers',
  permission: 'leads:import',
  title: { 'zh-CN': '客户', en: 'Customers' },
  columns: [
    { key: 'name', header: { 'zh-CN': '客户名称', en: 'Name' }, aliases: ['名称', '公司', '公司名称'], required: true, example: '杭州新锐包装材料有限公司' },
    { key: 'type', header: { 'zh-CN': '类型', en: 'Type' }, required: true, options: CUSTOMER_TYPE_OPTIONS, example: 'B端' },
    {
      key: 'grade',
      header: { 'zh-CN': '等级', en: 'Grade' },
      aliases: ['客户等级'],
      required: true,
      options: GRADES.map((g) => ({ value: g, label: { 'zh-CN': `${g}类`, en: g }, aliases: [`${g}级`] })),
      example: 'B类',
    },
    {
      key: 'region',
      header: { 'zh-CN': '区域', en: 'Region' },
      required: true,
      example: '华东',
      note: { 'zh-CN': '销售流程手册中的区域', en: 'A region of the playbook' },
    },
    { key: 'industry', header: { 'zh-CN': '行业', en: 'Industry' }, example: '包装' },
    { key: 'phone', header: { 'zh-CN': '电话', en: 'Phone' }, aliases: ['联系电话'], example: '0571-88886666' },
    { key: 'address', header: { 'zh-CN': '地址', en: 'Address' }, aliases: ['客户地址'], example: '杭州市余杭区文一西路 998 号' },
    { key: 'lat', header: { 'zh-CN': '纬度', en: 'Latitude' }, aliases: ['lat'], type: 'number', example: '30.2905' },
    { key: 'lng', header: { 'zh-CN': '经度', en: 'Longitude' }, aliases: ['lng', 'lon'], type: 'number', example: '120.0035' },
    {
      key: 'coordSystem',
      header: { 'zh-CN': '坐标系', en: 'Coordinate system' },
      options: COORD_SYSTEM_OPTIONS,
      example: 'WGS-84',
      note: { 'zh-CN': '经纬度所用坐标系；从高德/腾讯取的坐标填 GCJ-02，百度填 BD-09', en: 'Coordinates from AMap/Tencent are GCJ-02, from Baidu BD-09' },
    },
  ],
  duplicateLabel: LEAD_OR_CUSTOMER_DUPLICATE_LABEL,
  validate: async (ctx, _actor, record, locale) =>
    combineChecks(playbookProblems((await ctx.playbook.active()).document, record, locale), parseRecord(customerInput, record, locale)),
  duplicateKeys: (c) => probeRowKeys({ phone: c.phone, companyName: c.name }),
  storedDuplicates: (ctx, actor, customers, locale) =>
    storedLeadOrCustomerDuplicates(
      ctx.db,
      actor.scope,
      customers.map((c) => ({ phone: c.phone, companyName: c.name })),
      locale,
    ),
  prepare: async (ctx, actor, customers) => {
    const rows: CustomerRow[] = [];
    for (const customer of customers) rows.push(await prepareCustomer(ctx, actor, { ...customer, geoSource: customer.geoSource ?? 'import' }));
    return rows;
  },
  write: async (trx, ctx, actor, rows) => {
    for (const row of rows) await insertCustomer(trx, ctx, actor, row);
  },
});
