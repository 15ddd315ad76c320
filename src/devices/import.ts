import { inScope } from '../core/auth/scope.js';
import { combineChecks, defineImporter, parseRecord, type RowProblem } from '../core/import/importer.js';
import type { Locale } from '../core/i18n/locale.js';
import { DEVICE_STATUSES, deviceInput, faultCodeInput, type DeviceInput, type FaultCodeInput, type FaultCodeRow } from './device.model.js';
import { prepareDevice, writeDevices, type PreparedDevice } from './device.service.js';
import { prepareFaultCode, unknownParts, writeFaultCodes } from './fault-code.service.js';

/** The statuses as the export writes them in Chinese. */
export const STATUS_LABELS: Record<string, { 'zh-CN': string; en: string }> = {
  in_service: { 'zh-CN': '在用', en: 'In service' },
  under_repair: { 'zh-CN': '维修中', en: 'Under repair' },
  idle: { 'zh-CN': '停用', en: 'Idle' },
  retired: { 'zh-CN': '已报废', en: 'Retired' },
};

/** A date cell as YYYY-MM-DD: Excel dates arrive as ISO date-times, people type 2024/4/18. */
function normaliseDate(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})T/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const loose = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (loose) return `${loose[1]}-${loose[2].padStart(2, '0')}-${loose[3].padStart(2, '0')}`;
  return text;
}

const customerProblem = (locale: Locale, name: string, many: boolean): RowProblem => ({
  key: 'customer',
  message:
    locale === 'en'
      ? many
        ? `Several customers are named "${name}"`
        : `No customer "${name}" in your scope`
      : many
        ? `有多个客户名为「${name}」`
        : `找不到客户「${name}」（或不在您的范围内）`,
});

/** Devices from a spreadsheet: the customer by name (in the importer's scope), unique model + serial. */
export const deviceImporter = defineImporter<DeviceInput, PreparedDevice>({
  kind: 'devices',
  permission: 'records:write',
  title: { 'zh-CN': '设备', en: 'Devices' },
  columns: [
    {
      key: 'customer',
      header: { 'zh-CN': '客户', en: 'Customer' },
      aliases: ['客户名称', 'customerName'],
      required: true,
      example: '苏州恒瑞精密机械有限公司',
    },
    { key: 'model', header: { 'zh-CN': '型号', en: 'Model' }, aliases: ['设备型号', '机型'], required: true, example: 'PK-2000' },
    { key: 'serialNo', header: { 'zh-CN': '序列号', en: 'Serial number' }, aliases: ['SN', '出厂编号'], required: true, example: 'PK2000-24-0153' },
    { key: 'siteAddress', header: { 'zh-CN': '安装地址', en: 'Site address' }, example: '苏州工业园区星湖街 88 号' },
    { key: 'installDate', header: { 'zh-CN': '安装日期', en: 'Install date' }, example: '2024-04-18', note: { 'zh-CN': '格式 YYYY-MM-DD', en: 'YYYY-MM-DD' } },
    { key: 'warrantyEnd', header: { 'zh-CN': '保修截止', en: 'Warranty end' }, example: '2026-04-17', note: { 'zh-CN': '格式 YYYY-MM-DD', en: 'YYYY-MM-DD' } },
    {
      key: 'status',
      header: { 'zh-CN': '状态', en: 'Status' },
      options: DEVICE_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
      example: '在用',
    },
    { key: 'notes', header: { 'zh-CN': '备注', en: 'Notes' }, example: '' },
  ],
  duplicateLabel: { 'zh-CN': '型号和序列号', en: 'model and serial number' },
  validate: async (ctx, actor, record, locale) => {
    const problems: RowProblem[] = [];
    const name = typeof record.customer === 'string' ? record.customer.trim() : '';
    let customerId: string | undefined;
    if (name) {
      const found = await ctx.db.selectFrom('customers').select('id').where('name', '=', name).where(inScope(actor.scope, 'customers')).limit(2).execute();
      if (found.length === 1) customerId = found[0].id;
      else problems.push(customerProblem(locale, name, found.length > 1));
    }
    const { customer: _customer, ...rest } = record;
    const input = {
      ...rest,
      customerId: customerId ?? '00000000-0000-4000-8000-000000000000',
      installDate: normaliseDate(record.installDate),
      warrantyEnd: normaliseDate(record.warrantyEnd),
    };
    return combineChecks(problems, parseRecord(deviceInput, input, locale));
  },
  duplicateKeys: (d) => [`device:${d.model}\u0000${d.serialNo}`],
  storedDuplicates: async (ctx, _actor, devices, locale) => {
    const models = [...new Set(devices.map((d) => d.model))];
    const stored = await ctx.db.selectFrom('devices').select(['model', 'serial_no']).where('model', 'in', models).execute();
    const taken = new Set(stored.map((s) => `${s.model}\u0000${s.serial_no}`));
    return devices.map((d) =>
      taken.has(`${d.model}\u0000${d.serialNo}`)
        ? { message: locale === 'en' ? `Device ${d.model} ${d.serialNo} already exists` : `设备「${d.model} ${d.serialNo}」已存在` }
        : null,
    );
  },
  prepare: async (ctx, actor, devices) => {
    const rows: PreparedDevice[] = [];
    for (const device of devices) rows.push(await prepareDevice(ctx, actor, device));
    return rows;
  },
  write: (trx, ctx, actor, rows) => writeDevices(trx, ctx, actor, rows, 'import'),
});

/** The fault-code dictionary from a spreadsheet; parts by SKU (or product id), each in the price list. */
export const faultCodeImporter = defineImporter<FaultCodeInput, FaultCodeRow>({
  kind: 'fault_codes',
  permission: 'products:write',
  title: { 'zh-CN': '故障代码', en: 'Fault codes' },
  columns: [
    { key: 'model', header: { 'zh-CN': '型号', en: 'Model' }, aliases: ['机型'], required: true, example: 'PK-2000' },
    { key: 'code', header: { 'zh-CN': '故障代码', en: 'Code' }, aliases: ['代码'], required: true, example: 'E07' },
    { key: 'meaning', header: { 'zh-CN': '含义', en: 'Meaning' }, aliases: ['故障含义'], required: true, example: '热封温度异常' },
    { key: 'likelyCause', header: { 'zh-CN': '可能原因', en: 'Likely cause' }, example: '加热管老化或温控器故障' },
    { key: 'recommendedAction', header: { 'zh-CN': '建议处理', en: 'Recommended action' }, example: '检测加热管电阻，必要时更换' },
    {
      key: 'parts',
      header: { 'zh-CN': '常用备件', en: 'Usual parts' },
      type: 'list',
      example: 'PK-HT-01, PK-TC-02',
      note: { 'zh-CN': '备件 SKU，多个用逗号分隔', en: 'Part SKUs, separated by commas' },
    },
  ],
  duplicateLabel: { 'zh-CN': '型号和故障代码', en: 'model and code' },
  validate: async (ctx, _actor, record, locale) => {
    const check = parseRecord(faultCodeInput, record, locale);
    if (!check.ok) return check;
    const unknown = await unknownParts(ctx.db, check.value.parts);
    if (unknown.length)
      return {
        ok: false,
        problems: [{ key: 'parts', message: locale === 'en' ? `Not in the price list: ${unknown.join(', ')}` : `价目表中没有：${unknown.join('、')}` }],
      };
    return check;
  },
  duplicateKeys: (f) => [`fault:${f.model}\u0000${f.code}`],
  storedDuplicates: async (ctx, _actor, codes, locale) => {
    const models = [...new Set(codes.map((c) => c.model))];
    const stored = await ctx.db.selectFrom('fault_codes').select(['model', 'code']).where('model', 'in', models).execute();
    const taken = new Set(stored.map((s) => `${s.model}\u0000${s.code}`));
    return codes.map((c) =>
      taken.has(`${c.model}\u0000${c.code}`) ? { message: locale === 'en' ? `${c.model} ${c.code} already exists` : `「${c.model} ${c.code}」已存在` } : null,
    );
  },
  prepare: async (ctx, _actor, codes) => codes.map((c) => prepareFaultCode(ctx, c)),
  write: (trx, ctx, actor, rows) => writeFaultCodes(trx, ctx, actor, rows, 'import'),
});
