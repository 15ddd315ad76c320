import { sql, type SqlBool } from 'kysely';
import { z } from 'zod';
import { actorOf, requirePermission } from '../core/auth/guard.js';
import { inScope } from '../core/auth/scope.js';
import type { App, AppContext } from '../core/context.js';
import { dateString, dateTimeString, uuidString } from '../core/http/common.js';
import { AppError } from '../core/http/errors.js';
import { readContext } from '../core/http/read-side.js';
import { repVisible } from './access.js';
import { coordSystemSchema, visitStatusSchema } from './field.model.js';
import { fromWgs84, parseBbox, type BBox, type CoordSystem } from './geo.js';
import { localToday } from './visits.js';

const DEFAULT_CAP = 500;

const mapPoint = {
  lat: z.number().meta({ description: 'WGS-84' }),
  lng: z.number().meta({ description: 'WGS-84' }),
  mapLat: z.number().optional().meta({ description: 'In the asked `coordSystem` (only when it is gcj02 or bd09)' }),
  mapLng: z.number().optional(),
};

const repMarker = z
  .object({
    ...mapPoint,
    repId: uuidString,
    repName: z.string(),
    teamId: uuidString.nullable(),
    checkinId: uuidString,
    customerId: uuidString,
    customerName: z.string(),
    accuracyM: z.number().nullable(),
    checkedInAt: dateTimeString,
  })
  .meta({ id: 'MapRep', description: 'A rep’s latest check-in of the day' });

const visitMarker = z
  .object({
    ...mapPoint,
    id: uuidString,
    status: visitStatusSchema,
    repId: uuidString,
    repName: z.string(),
    customerId: uuidString,
    customerName: z.string(),
    plannedTime: z.string().nullable(),
    purpose: z.string(),
  })
  .meta({ id: 'MapVisit', description: 'A visit of the day at its customer’s position' });

const customerMarker = z
  .object({
    ...mapPoint,
    id: uuidString,
    name: z.string(),
    grade: z.string(),
    region: z.string(),
    address: z.string().nullable(),
    ownerName: z.string().nullable(),
    lastActivityAt: dateTimeString,
    silentDays: z.number().int().meta({ description: 'Whole days since the last activity' }),
    silence: z
      .enum(['active', 'quiet', 'silent'])
      .meta({ description: 'silent: no activity for the playbook’s `thresholds.inactiveCustomerDays`; quiet: for half of it' }),
  })
  .meta({ id: 'MapCustomer', description: 'A customer with its grade and how long it has been silent' });

const storeMarker = z
  .object({
    ...mapPoint,
    id: uuidString,
    brand: z.string(),
    name: z.string(),
    address: z.string().nullable(),
    region: z.string().nullable(),
    notes: z.string().nullable(),
  })
  .meta({ id: 'MapCompetitorStore' });

const capped = <T extends z.ZodType>(item: T, id: string) =>
  z
    .object({
      items: z.array(item),
      total: z.number().int().meta({ description: 'How many are in the box; at most `limit` are listed' }),
      truncated: z.boolean(),
    })
    .meta({ id });

export const mapLayersSchema = z
  .object({
    date: dateString,
    coordSystem: coordSystemSchema,
    bbox: z.array(z.number()).nullable().meta({ description: '[minLng, minLat, maxLng, maxLat] as asked (WGS-84), null for everywhere' }),
    reps: z.array(repMarker).meta({ description: 'Each visible rep’s latest check-in of the date (a rep sees only their own)' }),
    visits: z.array(visitMarker),
    customers: capped(customerMarker, 'MapCustomers'),
    competitorStores: capped(storeMarker, 'MapCompetitorStores'),
  })
  .meta({ id: 'MapLayers', description: 'The map’s layers within the caller’s scope' });

const layersQuery = z.object({
  bbox: z.string().max(200).optional().meta({ description: 'minLng,minLat,maxLng,maxLat (WGS-84); everywhere when absent', example: '119.5,29.8,122.2,31.9' }),
  date: z.iso.date().optional().meta({ description: 'Local date of the check-ins and visits (default today)' }),
  teamId: z.uuid().optional(),
  region: z.string().trim().max(50).optional(),
  coordSystem: coordSystemSchema.optional().meta({ description: 'Also answer each point in this system (mapLat/mapLng)' }),
  limit: z.coerce.number().int().min(1).max(5000).default(DEFAULT_CAP).meta({ description: 'At most this many customers and stores each' }),
});

const within = (latColumn: string, lngColumn: string, box: BBox | null) =>
  box
    ? sql<SqlBool>`${sql.ref(latColumn)} between ${box.minLat} and ${box.maxLat} and ${sql.ref(lngColumn)} between ${box.minLng} and ${box.maxLng}`
    : sql<SqlBool>`${sql.ref(latColumn)} is not null`;

function converter(system: CoordSystem) {
  return <T extends { lat: number; lng: number }>(p: T): T & { mapLat?: number; mapLng?: number } => {
    if (system === 'wgs84') return p;
    const m = fromWgs84(p, system);
    return { ...p, mapLat: m.lat, mapLng: m.lng };
  };
}

export const mapConfigSchema = z
  .object({
    tileUrl: z.string().meta({ description: 'Leaflet URL template of the tiles (MAP_TILE_URL)' }),
    attribution: z.string(),
    subdomains: z.string().meta({ description: 'The values of `{s}` in the URL (MAP_TILE_SUBDOMAINS)' }),
    coordSystem: coordSystemSchema.meta({ description: 'The tiles’ system (MAP_COORD_SYSTEM): the web converts WGS-84 points to it' }),
    checkinMaxDistanceM: z.number().int(),
  })
  .meta({ id: 'MapConfig' });

export function mapRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/map/config',
    {
      schema: {
        operationId: 'getMapConfig',
        tags: ['field'],
        summary: 'The map’s tile layer (server configuration) and the check-in distance',
        response: { 200: mapConfigSchema },
      },
    },
    async (request) => {
      actorOf(request);
      const { document } = await ctx.playbook.active();
      return {
        tileUrl: ctx.config.mapTileUrl,
        attribution: ctx.config.mapTileAttribution,
        subdomains: ctx.config.mapTileSubdomains,
        coordSystem: ctx.config.mapCoordSystem,
        checkinMaxDistanceM: document.field.checkinMaxDistanceM,
      };
    },
  );

  app.get(
    '/map/layers',
    {
      schema: {
        operationId: 'getMapLayers',
        tags: ['field'],
        summary: 'Reps’ latest check-ins, the day’s visits, customers and competitor stores in a box, within the caller’s scope',
        description:
          'Served from the read replica when one is fresh enough (`x-read-source`). Reps’ positions: the rep and their managers only. Customers and stores are capped at `limit` with their total.',
        querystring: layersQuery,
        response: { 200: mapLayersSchema },
        errors: { 400: ['BAD_BBOX'], 403: ['FORBIDDEN'] },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'records:write');
      const q = request.query;
      const box = q.bbox === undefined ? null : parseBbox(q.bbox);
      if (q.bbox !== undefined && !box) throw new AppError(400, 'BAD_BBOX', {}, { bbox: q.bbox });
      const date = q.date ?? (await localToday(ctx));
      const system = q.coordSystem ?? 'wgs84';
      const at = converter(system);
      const read = await readContext(ctx, reply);
      const db = read.db;

      let reps = db
        .selectFrom('checkins')
        .innerJoin('users as rep', 'rep.id', 'checkins.rep_id')
        .leftJoin('teams', 'teams.id', 'rep.team_id')
        .innerJoin('customers', 'customers.id', 'checkins.customer_id')
        .distinctOn('checkins.rep_id')
        .select([
          'checkins.id',
          'checkins.rep_id',
          'rep.display_name as rep_name',
          'rep.team_id',
          'checkins.customer_id',
          'customers.name as customer_name',
          'checkins.lat',
          'checkins.lng',
          'checkins.accuracy_m',
          'checkins.checked_in_at',
        ])
        .where('checkins.local_date', '=', date)
        .where('checkins.lat', 'is not', null)
        .where(repVisible(actor, 'checkins.rep_id'))
        .where(within('checkins.lat', 'checkins.lng', box));
      if (q.teamId) reps = reps.where('rep.team_id', '=', q.teamId);
      if (q.region) reps = reps.where(sql<SqlBool>`coalesce(teams.region, rep.region) = ${q.region}`);

      let visits = db
        .selectFrom('visits')
        .innerJoin('users as rep', 'rep.id', 'visits.rep_id')
        .innerJoin('customers', 'customers.id', 'visits.customer_id')
        .select([
          'visits.id',
          'visits.status',
          'visits.rep_id',
          'rep.display_name as rep_name',
          'visits.customer_id',
          'customers.name as customer_name',
          'customers.lat',
          'customers.lng',
          'visits.planned_time',
          'visits.purpose',
        ])
        .where('visits.visit_date', '=', date)
        .where(repVisible(actor, 'visits.rep_id'))
        .where(within('customers.lat', 'customers.lng', box));
      if (q.teamId) visits = visits.where('rep.team_id', '=', q.teamId);
      if (q.region) visits = visits.where('customers.region', '=', q.region);

      let customers = db
        .selectFrom('customers')
        .where(inScope(actor.scope, 'customers'))
        .where('customers.lat', 'is not', null)
        .where(within('customers.lat', 'customers.lng', box));
      if (q.teamId) customers = customers.where('customers.team_id', '=', q.teamId);
      if (q.region) customers = customers.where('customers.region', '=', q.region);

      let stores = db.selectFrom('competitor_stores').where(within('competitor_stores.lat', 'competitor_stores.lng', box));
      if (q.region) stores = stores.where('competitor_stores.region', '=', q.region);

      const [repRows, visitRows, customerRows, customerCount, storeRows, storeCount] = await Promise.all([
        reps.orderBy('checkins.rep_id').orderBy('checkins.checked_in_at', 'desc').execute(),
        visits.orderBy('visits.planned_time').orderBy('visits.id').limit(5000).execute(),
        customers
          .leftJoin('users', 'users.id', 'customers.owner_id')
          .select([
            'customers.id',
            'customers.name',
            'customers.grade',
            'customers.region',
            'customers.address',
            'customers.lat',
            'customers.lng',
            'customers.last_activity_at',
            'users.display_name as owner_name',
          ])
          .orderBy('customers.grade')
          .orderBy('customers.id')
          .limit(q.limit)
          .execute(),
        customers.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
        stores.selectAll('competitor_stores').orderBy('competitor_stores.brand').orderBy('competitor_stores.id').limit(q.limit).execute(),
        stores.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      const { document } = await ctx.playbook.active();
      const now = ctx.clock.now().getTime();
      const inactiveDays = document.thresholds.inactiveCustomerDays;
      const customerTotal = Number(customerCount.n);
      const storeTotal = Number(storeCount.n);
      return {
        date,
        coordSystem: system,
        bbox: box ? [box.minLng, box.minLat, box.maxLng, box.maxLat] : null,
        reps: repRows.map((r) =>
          at({
            lat: r.lat!,
            lng: r.lng!,
            repId: r.rep_id,
            repName: r.rep_name,
            teamId: r.team_id,
            checkinId: r.id,
            customerId: r.customer_id,
            customerName: r.customer_name,
            accuracyM: r.accuracy_m,
            checkedInAt: r.checked_in_at.toISOString(),
          }),
        ),
        visits: visitRows.map((v) =>
          at({
            lat: v.lat!,
            lng: v.lng!,
            id: v.id,
            status: v.status as z.infer<typeof visitStatusSchema>,
            repId: v.rep_id,
            repName: v.rep_name,
            customerId: v.customer_id,
            customerName: v.customer_name,
            plannedTime: v.planned_time,
            purpose: v.purpose,
          }),
        ),
        customers: {
          items: customerRows.map((c) => {
            const silentDays = Math.max(0, Math.floor((now - c.last_activity_at.getTime()) / 86_400_000));
            return at({
              lat: c.lat!,
              lng: c.lng!,
              id: c.id,
              name: c.name,
              grade: c.grade,
              region: c.region,
              address: c.address,
              ownerName: c.owner_name,
              lastActivityAt: c.last_activity_at.toISOString(),
              silentDays,
              silence: silentDays >= inactiveDays ? ('silent' as const) : silentDays >= inactiveDays / 2 ? ('quiet' as const) : ('active' as const),
            });
          }),
          total: customerTotal,
          truncated: customerTotal > customerRows.length,
        },
        competitorStores: {
          items: storeRows.map((s) =>
            at({ lat: s.lat, lng: s.lng, id: s.id, brand: s.brand, name: s.name, address: s.address, region: s.region, notes: s.notes }),
          ),
          total: storeTotal,
          truncated: storeTotal > storeRows.length,
        },
      };
    },
  );
}
