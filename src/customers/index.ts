/** 客户: customers graded A/B/C/D, owned by a rep, within the caller's data scope. */
import type { CapabilityModule } from '../core/module.js';
import { customerRoutes } from './customers.routes.js';
import { touchCustomerOnFollowup } from './subscribers.js';
import { customerImporter } from './import.js';

export const customersModule: CapabilityModule = {
  name: 'customers',
  summary: 'Customers graded A–D, in the caller’s data scope',
  routes: customerRoutes,
  subscribers: [touchCustomerOnFollowup],
  importers: [customerImporter],
  permissions: ['records:write'],
};

export { GRADES, customerSchema, gradeSchema, toCustomer } from './customer.model.js';
export { insertCustomer, prepareCustomer } from './customer.service.js';
