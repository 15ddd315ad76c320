import { syncImportRoute } from '../core/import/routes.js';
import { z } from 'zod';
import { actorOf, requirePermission } from '../core/auth/guard.js';
import type { App, AppContext } from '../core/context.js';
import { idParams, listOf, pageQuery, queryBoolean } from '../core/http/common.js';
import { orderOf, sendSheet, sortQuery, xlsxDownload } from '../core/http/list.js';
import { readerLocale } from '../core/i18n/reader.js';
import { KIND_LABELS } from './import.js';
import { productInput, productKindSchema, productSchema, productUpdate, toProduct, type ProductRow } from './product.model.js';
import { findProduct, insertProducts, prepareProduct, updateProduct } from './product.service.js';

const filters = {
  q: z.string().trim().max(100).optional().meta({ description: 'Part of the SKU, name or a compatible model' }),
  productLine: z.string().optional(),
  kind: productKindSchema.optional(),
  active: queryBoolean.optional(),
  sort: sortQuery(['sku', 'name', 'listPrice', 'productLine', 'updatedAt'], 'sku'),
};
const SORT_COLUMNS = {
  sku: 'products.sku',
  name: 'products.name',
  listPrice: 'products.list_price',
  productLine: 'products.product_line',
  updatedAt: 'products.updated_at',
} as const;

const importResultSchema = z
  .object({
    created: z.number().int(),
    failed: z.number().int(),
    errors: z
      .array(
        z.object({
          row: z.number().int(),
          message: z.string(),
          code: z.enum(['DUPLICATE']).optional().meta({ description: 'DUPLICATE: the SKU repeats an earlier row or a stored product' }),
          duplicateOfRow: z.number().int().optional().meta({ description: 'The earlier row of the file it repeats' }),
        }),
      )
      .meta({ description: 'Refused rows with their line number (at most 1000)' }),
  })
  .meta({ id: 'ProductImportResult' });

const importBody = z.object({
  file: z.file().meta({ description: '.xlsx or .csv; first row: SKU/名称/产品线/类别/单位/目录价/适配机型/启用 (or the API’s keys), as the export writes it' }),
});

function productsQuery(ctx: AppContext, q: { q?: string; productLine?: string; kind?: string; active?: boolean }) {
  let query = ctx.db.selectFrom('products');
  if (q.productLine) query = query.where('products.product_line', '=', q.productLine);
  if (q.kind) query = query.where('products.kind', '=', q.kind);
  if (q.active !== undefined) query = query.where('products.active', '=', q.active);
  if (q.q) {
    const like = `%${q.q.replace(/[%_\\]/g, '\\$&')}%`;
    query = query.where((eb) =>
      eb.or([eb('products.sku', 'ilike', like), eb('products.name', 'ilike', like), eb(eb.cast('products.compatible_models', 'text'), 'ilike', like)]),
    );
  }
  return query;
}

export function productRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/products',
    {
      schema: {
        operationId: 'listProducts',
        tags: ['products'],
        summary: 'The price list (everyone signed in reads it)',
        querystring: z.object({ ...pageQuery, ...filters }),
        response: { 200: listOf(productSchema, 'ProductList') },
      },
    },
    async (request) => {
      actorOf(request);
      const q = request.query;
      const query = productsQuery(ctx, q);
      const { key, direction } = orderOf(q.sort);
      const [rows, count] = await Promise.all([
        query
          .selectAll('products')
          .orderBy(SORT_COLUMNS[key], direction)
          .orderBy('products.id')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toProduct), total: count.n, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/products.xlsx',
    {
      schema: {
        operationId: 'exportProducts',
        tags: ['products'],
        summary: 'The price list as an Excel workbook (same filters; the file imports back)',
        querystring: z.object(filters),
        download: xlsxDownload('The price list (.xlsx), with the headers the import reads'),
      },
    },
    async (request, reply) => {
      actorOf(request);
      const { key, direction } = orderOf(request.query.sort);
      const rows = await productsQuery(ctx, request.query)
        .selectAll('products')
        .orderBy(SORT_COLUMNS[key], direction)
        .orderBy('products.id')
        .limit(50000)
        .execute();
      const locale = readerLocale(request);
      return sendSheet<ProductRow>(reply, {
        sheet: { 'zh-CN': '价目表', en: 'Price list' },
        columns: [
          { header: { 'zh-CN': 'SKU', en: 'sku' }, width: 16, value: (r) => r.sku },
          { header: { 'zh-CN': '名称', en: 'name' }, width: 30, value: (r) => r.name },
          { header: { 'zh-CN': '产品线', en: 'productLine' }, width: 12, value: (r) => r.product_line },
          {
            header: { 'zh-CN': '类别', en: 'kind' },
            width: 10,
            value: (r) => (locale === 'en' ? r.kind : (KIND_LABELS[r.kind as 'device']?.['zh-CN'] ?? r.kind)),
          },
          { header: { 'zh-CN': '单位', en: 'unit' }, width: 8, value: (r) => r.unit },
          { header: { 'zh-CN': '目录价', en: 'listPrice' }, width: 14, value: (r) => Number(r.list_price), numFmt: '#,##0.00' },
          { header: { 'zh-CN': '适配机型', en: 'compatibleModels' }, width: 30, value: (r) => r.compatible_models.join(', ') },
          { header: { 'zh-CN': '启用', en: 'active' }, width: 8, value: (r) => (locale === 'en' ? String(r.active) : r.active ? '是' : '否') },
          { header: { 'zh-CN': '库存', en: 'stockQuantity' }, width: 10, value: (r) => (r.stock_quantity == null ? null : Number(r.stock_quantity)) },
        ],
        rows,
        locale,
        asciiName: 'products.xlsx',
        localName: locale === 'en' ? 'price-list.xlsx' : '价目表.xlsx',
        now: ctx.clock.now(),
      });
    },
  );

  app.post(
    '/products',
    {
      schema: {
        operationId: 'createProduct',
        tags: ['products'],
        summary: 'Add a product to the price list (product and admin roles)',
        body: productInput,
        response: { 201: productSchema },
        errors: { 409: ['CONFLICT'], 422: ['UNKNOWN_PRODUCT_LINE'] },
        examples: {
          device: {
            summary: 'A machine of the 工业设备 line',
            value: { sku: 'JX-200', name: 'JX-200 数控加工中心', productLine: '工业设备', kind: 'device', unit: '台', listPrice: 160000 },
          },
        },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'products:write');
      const row = await prepareProduct(ctx, request.body);
      await insertProducts(ctx, actor, [row], 'api');
      return reply.status(201).send(toProduct(await findProduct(ctx, row.id)));
    },
  );

  app.get(
    '/products/:id',
    {
      schema: {
        operationId: 'getProduct',
        tags: ['products'],
        summary: 'One product',
        params: idParams,
        response: { 200: productSchema },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      actorOf(request);
      return toProduct(await findProduct(ctx, request.params.id));
    },
  );

  app.patch(
    '/products/:id',
    {
      schema: {
        operationId: 'updateProduct',
        tags: ['products'],
        summary: 'Change a product (a price change applies to new quotes only; deactivate instead of deleting)',
        params: idParams,
        body: productUpdate,
        response: { 200: productSchema },
        errors: { 404: ['NOT_FOUND'], 409: ['CONFLICT'], 422: ['UNKNOWN_PRODUCT_LINE'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'products:write');
      await updateProduct(ctx, actor, request.params.id, request.body);
      return toProduct(await findProduct(ctx, request.params.id));
    },
  );

  syncImportRoute(app, ctx, {
    url: '/products/import',
    kind: 'products',
    permission: 'products:write',
    operationId: 'importProducts',
    tag: 'products',
    summary: 'Import products from .xlsx or .csv (multipart: file); each row is checked like a new product',
    body: importBody,
    result: importResultSchema,
  });
}
