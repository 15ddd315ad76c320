import { combineChecks, defineImporter, parseRecord, playbookProblems } from '../core/import/importer.js';
import { PRODUCT_KINDS, productInput, type ProductInput, type ProductRow } from './product.model.js';
import { prepareProduct, writeProducts } from './product.service.js';

/** The kinds as the export writes them in Chinese. */
export const KIND_LABELS: Record<(typeof PRODUCT_KINDS)[number], { 'zh-CN': string; en: string }> = {
  device: { 'zh-CN': '设备', en: 'Device' },
  consumable: { 'zh-CN': '耗材', en: 'Consumable' },
  spare_part: { 'zh-CN': '备件', en: 'Spare part' },
  service: { 'zh-CN': '服务', en: 'Service' },
  software: { 'zh-CN': '软件', en: 'Software' },
};

/** The price list from a spreadsheet (the export's headers read back); SKUs are unique in the file and the database. */
export const productImporter = defineImporter<ProductInput, ProductRow>({
  kind: 'products',
  permission: 'products:write',
  title: { 'zh-CN': '产品', en: 'Products' },
  columns: [
    { key: 'sku', header: { 'zh-CN': 'SKU', en: 'SKU' }, aliases: ['编码'], required: true, example: 'PK-2000' },
    { key: 'name', header: { 'zh-CN': '名称', en: 'Name' }, aliases: ['产品名称'], required: true, example: '全自动包装机 PK-2000' },
    { key: 'productLine', header: { 'zh-CN': '产品线', en: 'Product line' }, required: true, example: '工业设备' },
    {
      key: 'kind',
      header: { 'zh-CN': '类别', en: 'Kind' },
      aliases: ['类型'],
      required: true,
      options: PRODUCT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] })),
      example: '设备',
    },
    { key: 'unit', header: { 'zh-CN': '单位', en: 'Unit' }, required: true, example: '台' },
    { key: 'listPrice', header: { 'zh-CN': '目录价', en: 'List price' }, aliases: ['单价'], required: true, type: 'number', example: '128000' },
    {
      key: 'compatibleModels',
      header: { 'zh-CN': '适配机型', en: 'Compatible models' },
      type: 'list',
      example: 'PK-1000, PK-1500',
      note: { 'zh-CN': '多个机型用逗号或顿号分隔', en: 'Separate models with commas' },
    },
    { key: 'active', header: { 'zh-CN': '启用', en: 'Active' }, type: 'boolean', example: '是' },
    { key: 'stockQuantity', header: { 'zh-CN': '库存', en: 'Stock' }, type: 'number', example: '12' },
  ],
  duplicateLabel: { 'zh-CN': 'SKU', en: 'SKU' },
  validate: async (ctx, _actor, record, locale) =>
    combineChecks(playbookProblems((await ctx.playbook.active()).document, record, locale), parseRecord(productInput, record, locale)),
  duplicateKeys: (p) => [`sku:${p.sku.toLowerCase()}`],
  storedDuplicates: async (ctx, _actor, products, locale) => {
    const skus = [...new Set(products.map((p) => p.sku.toLowerCase()))];
    const stored = await ctx.db
      .selectFrom('products')
      .select('sku')
      .where((eb) => eb(eb.fn('lower', ['sku']), 'in', skus))
      .execute();
    const taken = new Set(stored.map((s) => s.sku.toLowerCase()));
    return products.map((p) =>
      taken.has(p.sku.toLowerCase()) ? { message: locale === 'en' ? `SKU ${p.sku} already exists` : `SKU「${p.sku}」已存在` } : null,
    );
  },
  prepare: async (ctx, _actor, products) => {
    const rows: ProductRow[] = [];
    for (const product of products) rows.push(await prepareProduct(ctx, product));
    return rows;
  },
  write: (trx, ctx, actor, rows) => writeProducts(trx, ctx, actor, rows, 'import'),
});
