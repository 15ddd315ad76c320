import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../core/db/schema.js';
import { recordAudit } from '../core/audit/audit.js';
import type { Actor } from '../core/auth/actor.js';
import type { AppContext } from '../core/context.js';
import { AppError, notFound } from '../core/http/errors.js';
import { assertInPlaybook } from '../core/playbook/checks.js';
import type { ProductInput, ProductRow } from './product.model.js';

export async function findProduct(ctx: AppContext, id: string): Promise<ProductRow> {
  const row = await ctx.db.selectFrom('products').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('product');
  return row;
}

async function assertSkuFree(ctx: AppContext, sku: string, exceptId: string | null) {
  let query = ctx.db
    .selectFrom('products')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['sku']), '=', sku.toLowerCase()));
  if (exceptId) query = query.where('id', '<>', exceptId);
  if (await query.executeTakeFirst()) throw new AppError(409, 'CONFLICT', { what: `SKU ${sku}` });
}

/** Builds a product row after checking the product line and the SKU (unique, case-insensitive). */
export async function prepareProduct(ctx: AppContext, input: ProductInput): Promise<ProductRow> {
  const { document } = await ctx.playbook.active();
  assertInPlaybook(document, { productLine: input.productLine });
  await assertSkuFree(ctx, input.sku, null);
  const now = ctx.clock.now();
  return {
    id: randomUUID(),
    sku: input.sku,
    name: input.name,
    product_line: input.productLine,
    kind: input.kind,
    unit: input.unit,
    list_price: input.listPrice,
    compatible_models: input.compatibleModels,
    active: input.active,
    stock_quantity: input.stockQuantity ?? null,
    created_at: now,
    updated_at: now,
  };
}

/** Stores prepared products in one transaction (one POST, or the valid rows of an import). */
export async function insertProducts(ctx: AppContext, actor: Actor, rows: ProductRow[], via: 'api' | 'import'): Promise<void> {
  if (rows.length === 0) return;
  await ctx.db.transaction().execute((trx) => writeProducts(trx, ctx, actor, rows, via));
}

/** Stores prepared products inside the caller's transaction, with one audit entry. */
export async function writeProducts(trx: Transaction<DB>, ctx: AppContext, actor: Actor, rows: ProductRow[], via: 'api' | 'import'): Promise<void> {
  await trx
    .insertInto('products')
    .values(
      rows.map((r) => ({
        ...r,
        compatible_models: JSON.stringify(r.compatible_models),
        stock_quantity: r.stock_quantity == null ? null : Number(r.stock_quantity),
      })),
    )
    .execute();
  await recordAudit(trx, ctx.clock, {
    actorId: actor.id,
    action: via === 'import' ? 'product.import' : 'product.create',
    entityType: 'product',
    entityId: rows.length === 1 ? rows[0].id : null,
    data: rows.length === 1 ? { ...rows[0], via } : { via, count: rows.length, skus: rows.map((r) => r.sku) },
  });
}

export async function updateProduct(ctx: AppContext, actor: Actor, id: string, body: Partial<ProductInput>): Promise<void> {
  const before = await findProduct(ctx, id);
  const { document } = await ctx.playbook.active();
  assertInPlaybook(document, { productLine: body.productLine });
  if (body.sku && body.sku !== before.sku) await assertSkuFree(ctx, body.sku, id);
  const changes = {
    sku: body.sku ?? before.sku,
    name: body.name ?? before.name,
    product_line: body.productLine ?? before.product_line,
    kind: body.kind ?? before.kind,
    unit: body.unit ?? before.unit,
    list_price: body.listPrice ?? before.list_price,
    compatible_models: JSON.stringify(body.compatibleModels ?? before.compatible_models),
    active: body.active ?? before.active,
    stock_quantity: body.stockQuantity === undefined ? (before.stock_quantity == null ? null : Number(before.stock_quantity)) : body.stockQuantity,
    updated_at: ctx.clock.now(),
  };
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('products').set(changes).where('id', '=', id).execute();
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: 'product.update',
      entityType: 'product',
      entityId: id,
      data: { changes: body, previousListPrice: before.list_price },
    });
  });
}
