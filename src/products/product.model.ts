import { z } from 'zod';
import { dateTimeString, iso, storedEnum, uuidString } from '../core/http/common.js';

export const PRODUCT_KINDS = ['device', 'consumable', 'spare_part', 'service', 'software'] as const;
export const productKindSchema = z
  .enum(PRODUCT_KINDS)
  .meta({ id: 'ProductKind', description: '设备 device, 耗材 consumable, 备件 spare_part, 服务 service, 软件 software' });

export const productInput = z
  .object({
    sku: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .regex(/^[A-Za-z0-9][A-Za-z0-9._\-/]*$/, 'SKU: letters, digits and . _ - /'),
    name: z.string().trim().min(1).max(200),
    productLine: z.string().trim().min(1).max(100).meta({ description: 'One of the playbook’s product lines' }),
    kind: productKindSchema,
    unit: z.string().trim().min(1).max(20).meta({ description: 'e.g. 台, 套, 个, 年' }),
    listPrice: z.number().min(0).max(1e12).meta({ description: 'List price per unit in yuan, before tax' }),
    compatibleModels: z.array(z.string().trim().min(1).max(100)).max(200).default([]).meta({ description: 'Device models it fits (consumables, spare parts)' }),
    active: z.boolean().default(true),
    stockQuantity: z.number().min(0).max(1e12).nullable().optional().meta({ description: '库存 on hand; null: not kept here' }),
  })
  .strict()
  .meta({ id: 'CreateProductRequest', description: 'A product of the price list' });
export type ProductInput = z.infer<typeof productInput>;

// Without the create defaults: a field left out keeps its value (zod applies defaults inside partial()).
export const productUpdate = productInput
  .extend({ compatibleModels: productInput.shape.compatibleModels.unwrap().optional(), active: z.boolean().optional() })
  .partial()
  .strict()
  .meta({ id: 'UpdateProductRequest', description: 'The fields to change' });

export const productSchema = z
  .object({
    id: uuidString,
    sku: z.string(),
    name: z.string(),
    productLine: z.string(),
    kind: storedEnum(productKindSchema),
    unit: z.string(),
    listPrice: z.number(),
    compatibleModels: z.array(z.string()),
    active: z.boolean(),
    stockQuantity: z.number().nullable().meta({ description: '库存 on hand; null: not kept here' }),
    createdAt: dateTimeString,
    updatedAt: dateTimeString,
  })
  .meta({ id: 'Product', description: '产品（价目表）' });

export interface ProductRow {
  id: string;
  sku: string;
  name: string;
  product_line: string;
  kind: string;
  unit: string;
  list_price: number;
  compatible_models: string[];
  active: boolean;
  created_at: Date;
  updated_at: Date;
  /** pg answers numerics as strings. */
  stock_quantity?: number | string | null;
}

export const toProduct = (p: ProductRow): z.infer<typeof productSchema> => ({
  id: p.id,
  sku: p.sku,
  name: p.name,
  productLine: p.product_line,
  kind: p.kind as ProductInput['kind'],
  unit: p.unit,
  listPrice: Number(p.list_price),
  compatibleModels: p.compatible_models,
  active: p.active,
  stockQuantity: p.stock_quantity === null || p.stock_quantity === undefined ? null : Number(p.stock_quantity),
  createdAt: iso(p.created_at)!,
  updatedAt: iso(p.updated_at)!,
});
