/**
 * 联系人: a customer's contact persons (decision maker, influencer…), one primary; their WeCom
 * external user id links archived chats to the customer (`contact.saved`). Roles outside sales
 * read mobile numbers masked.
 */
import type { CapabilityModule } from '../core/module.js';
import { contactRoutes } from './contacts.routes.js';
import { contactImporter } from './import.js';

export const contactsModule: CapabilityModule = {
  name: 'contacts',
  summary: 'Contact persons of customers, one primary; mobiles masked outside sales',
  routes: contactRoutes,
  publishes: ['contact.saved'],
  importers: [contactImporter],
  permissions: ['records:write'],
};

export { CONTACT_ROLES, contactRoleSchema } from './contact.model.js';
