import type { Me } from '../api/types';

/**
 * What the UI offers, from the permissions GET /me reports for the user's role. The server
 * checks every call; these only decide which menus, pages and buttons are shown.
 */
/** A module the playbook switched off shows no menus and no panels (its routes answer 403 MODULE_DISABLED). */
export const moduleOn = (me: Me, key: keyof Me['modules']) => me.modules[key];

export const can = {
  /** Selling roles: they see leads, opportunities, their queue and the stale report, and write records. */
  writeSales: (me: Me) => me.permissions.includes('records:write'),
  seeLeads: (me: Me) => me.permissions.includes('records:write'),
  seeOpportunities: (me: Me) => me.permissions.includes('records:write'),
  seeQueue: (me: Me) => me.permissions.includes('records:write'),
  seeStaleReport: (me: Me) => me.permissions.includes('records:write'),
  /** 回款: selling roles over their scope, and finance. */
  seeReceivables: (me: Me) => me.permissions.includes('records:write') || me.role === 'finance',
  /** 续约 and 合同签署时效性 reports: selling roles over their scope, and finance. */
  seeContractReports: (me: Me) => me.permissions.includes('records:write') || me.role === 'finance',
  writeCustomers: (me: Me) => me.permissions.includes('records:write'),
  /** Every role reads customers (departments outside sales read only). */
  seeCustomers: (_me: Me) => true,
  assignLeads: (me: Me) => me.permissions.includes('leads:assign'),
  /** Spreadsheet imports of leads, customers and contacts (supervisors and above). */
  importRecords: (me: Me) => me.permissions.includes('leads:import'),
  /** Supervisors and above: sellers whose reads reach beyond their own records (team queue, reviews, contribution). */
  superviseTeams: (me: Me) => me.permissions.includes('records:write') && me.scope.kind !== 'own',
  editPlaybook: (me: Me) => me.permissions.includes('playbook:edit'),
  manageCalendar: (me: Me) => me.permissions.includes('calendar:manage'),
  /** Users, teams, tokens, audit and outbox pages. */
  admin: (me: Me) => me.permissions.includes('org:manage'),
  /** WeCom identities of the chat archive. */
  manageWecom: (me: Me) => me.permissions.includes('integrations:manage') && me.modules.chatArchive,
  /** 价格表: everyone signed in reads it; the product and admin roles keep it. */
  seeProducts: (_me: Me) => true,
  writeProducts: (me: Me) => me.permissions.includes('products:write'),
  approveQuotes: (me: Me) => me.permissions.includes('quotes:approve'),
  /** Outgoing webhooks and their delivery log. */
  manageWebhooks: (me: Me) => me.permissions.includes('webhooks:manage'),
  /** The time machine (moves the server clock and runs the time rules). */
  operate: (me: Me) => me.permissions.includes('system:operate'),
};
