import type { Actor } from '../core/auth/actor.js';
import type { AppContext } from '../core/context.js';
import { readRecords, type ImportError } from '../core/import/sheet.js';
import { AppError, localise, type Locale } from '../core/http/errors.js';
import { summariseIssues } from '../core/http/validation.js';
import { PRODUCT_KINDS, productInput, type ProductRow } from './product.model.js';
import { insertProducts, prepareProduct } from './product.service.js';

type Field = 'sku' | 'name' | 'productLine' | 'kind' | 'unit' | 'listPrice' | 'compatibleModels' | 'active';

/** Column headers accepted in price-list files: the Chinese headers of the export, or the API's keys. */
const HEADERS: Record<string, Field> = {
  SKU: 'sku',
  sku: 'sku',
  编码: 'sku',
  名称: 'name',
  产品名称: 'name',
  name: 'name',
  产品线: 'productLine',
  productline: 'productLine',
  类别: 'kind',
  类型: 'kind',
  kind: 'kind',
  单位: 'unit',
  unit: 'unit',
  目录价: 'listPrice',
  单价: 'listPrice',
  listprice: 'listPrice',
  适配机型: 'compatibleModels',
  compatiblemodels: 'compatibleModels',
  启用: 'active',
  active: 'active',
};

/** The kinds as the export writes them in Chinese. */
export const KIND_LABELS: Record<(typeof PRODUCT_KINDS)[number], { 'zh-CN': string; en: string }> = {
  device: { 'zh-CN': '设备', en: 'Device' },
  consumable: { 'zh-CN': '耗材', en: 'Consumable' },
  spare_part: { 'zh-CN': '备件', en: 'Spare part' },
  service: { 'zh-CN': '服务', en: 'Service' },
  software: { 'zh-CN': '软件', en: 'Software' },
};

const kindOf = (text: string) =>
  PRODUCT_KINDS.find((k) => k === text.toLowerCase() || KIND_LABELS[k]['zh-CN'] === text || KIND_LABELS[k].en.toLowerCase() === text.toLowerCase()) ?? text;
const activeOf = (text: string) => !['否', 'no', 'false', '0', '停用', 'inactive'].includes(text.trim().toLowerCase());

/**
 * Each row is checked like POST /products (SKU unique in the file and the database); valid rows
 * are stored in one transaction, refused rows reported with their line number.
 */
export async function importProducts(ctx: AppContext, actor: Actor, filename: string, buffer: Buffer, locale: Locale) {
  const read = await readRecords<Field>(filename, buffer, HEADERS, { key: 'sku', label: 'SKU' }, locale);
  const errors: ImportError[] = read.errors;
  const rows: ProductRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, record } of read.records) {
    const candidate = {
      ...record,
      kind: record.kind ? kindOf(record.kind) : undefined,
      listPrice: record.listPrice === undefined ? undefined : Number(record.listPrice.replace(/[,，¥￥\s]/g, '')),
      compatibleModels: record.compatibleModels
        ? record.compatibleModels
            .split(/[,，;；、\n]/)
            .map((m) => m.trim())
            .filter(Boolean)
        : [],
      active: record.active === undefined ? true : activeOf(record.active),
    };
    const parsed = productInput.safeParse(candidate);
    if (!parsed.success) {
      errors.push({ row: line, message: summariseIssues(parsed.error.issues).summary });
      continue;
    }
    const earlier = seen.get(parsed.data.sku.toLowerCase());
    if (earlier !== undefined) {
      errors.push({ row: line, message: locale === 'en' ? `SKU repeats row ${earlier}` : `SKU 与第 ${earlier} 行重复` });
      continue;
    }
    seen.set(parsed.data.sku.toLowerCase(), line);
    try {
      rows.push(await prepareProduct(ctx, parsed.data));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      errors.push({ row: line, message: localise(error.code, error.params, locale) });
    }
  }
  await insertProducts(ctx, actor, rows, 'import');
  errors.sort((a, b) => a.row - b.row);
  return { created: rows.length, failed: errors.length, errors: errors.slice(0, 1000) };
}
