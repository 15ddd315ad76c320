/**
 * 外勤: customers' and competitor stores' locations (WGS-84, converted at the edges with gcoord),
 * planned visits, check-ins within the playbook's distance (positions visible to the rep and the
 * rep's managers only, purged after the retention period), and the map's layers.
 */
import type { App, AppContext } from '../core/context.js';
import type { CapabilityModule } from '../core/module.js';
import { checkinRoutes } from './checkins.js';
import { mapRoutes } from './map.js';
import { locationRetentionRule, missedVisitsRule } from './rules.js';
import { competitorStoreImporter, storeRoutes } from './stores.js';
import { linkVisitFollowup } from './subscribers.js';
import { visitRoutes } from './visits.js';

function fieldRoutes(app: App, ctx: AppContext): void {
  storeRoutes(app, ctx);
  visitRoutes(app, ctx);
  checkinRoutes(app, ctx);
  mapRoutes(app, ctx);
}

export const fieldModule: CapabilityModule = {
  name: 'field',
  summary: 'Field sales: locations, competitor stores, visits, check-ins within the playbook’s distance, the map',
  routes: fieldRoutes,
  timeRules: (ctx) => [locationRetentionRule(ctx), missedVisitsRule(ctx)],
  subscribers: [linkVisitFollowup],
  importers: [competitorStoreImporter],
  playbookSections: ['field'],
  permissions: ['records:write', 'leads:import'],
  switch: 'field',
};

export { COORD_SYSTEMS, convert, distanceM, fromWgs84, offsetM, toWgs84, type CoordSystem, type LatLng } from './geo.js';
export { COORD_SYSTEM_OPTIONS } from './stores.js';
export { checkIn } from './checkins.js';
export { seedFieldDemo } from './demo.js';
