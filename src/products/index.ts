/** 价目表: products (SKU, product line, kind, unit, list price, compatible models), imported and exported as .xlsx. */
import type { CapabilityModule } from '../core/module.js';
import { productRoutes } from './products.routes.js';
import { productImporter } from './import.js';

export const productsModule: CapabilityModule = {
  name: 'products',
  summary: 'The price list: products by SKU, .xlsx import and export; product and admin roles write',
  routes: productRoutes,
  importers: [productImporter],
  permissions: ['products:write'],
};

export { productKindSchema, toProduct, type ProductRow } from './product.model.js';
