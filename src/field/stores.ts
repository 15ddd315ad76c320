import { syncImportRoute } from '../core/import/routes.js';
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../core/audit/audit.js';
import type { Actor } from '../core/auth/actor.js';
import { actorOf, requirePermission } from '../core/auth/guard.js';
import type { App, AppContext } from '../core/context.js';
import type { DB } from '../core/db/schema.js';
import { idParams, listOf, noContent, pageQuery } from '../core/http/common.js';
import { AppError, notFound } from '../core/http/errors.js';
import { combineChecks, defineImporter, parseRecord, playbookProblems, type ImportOption } from '../core/import/importer.js';
import { assertInPlaybook } from '../core/playbook/checks.js';
import { can } from '../core/auth/roles.js';
import {
  competitorStoreInput,
  competitorStoreSchema,
  competitorStoreUpdate,
  toCompetitorStore,
  type CompetitorStoreInput,
  type CompetitorStoreRow,
} from './field.model.js';
import { toWgs84 } from './geo.js';

/** Reading competitor stores: the selling roles (everyone with records:write). */
export function requireFieldReader(actor: Actor): void {
  if (!can(actor.role, 'records:write')) throw new AppError(403, 'FORBIDDEN');
}

export async function findStore(db: AppContext['db'] | Transaction<DB>, id: string): Promise<CompetitorStoreRow> {
  const row = await db.selectFrom('competitor_stores').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('competitorStore');
  return row;
}

export async function prepareStore(ctx: AppContext, actor: Actor, input: CompetitorStoreInput): Promise<CompetitorStoreRow> {
  if (input.region) assertInPlaybook((await ctx.playbook.active()).document, { region: input.region });
  const point = toWgs84({ lat: input.lat, lng: input.lng }, input.coordSystem ?? 'wgs84');
  const now = ctx.clock.now();
  return {
    id: randomUUID(),
    brand: input.brand,
    name: input.name,
    address: input.address || null,
    lat: point.lat,
    lng: point.lng,
    region: input.region || null,
    notes: input.notes || null,
    created_by: actor.id,
    created_at: now,
    updated_at: now,
  };
}

export async function writeStores(trx: Transaction<DB>, ctx: AppContext, actor: Actor, rows: CompetitorStoreRow[], via: 'api' | 'import') {
  if (rows.length === 0) return;
  await trx.insertInto('competitor_stores').values(rows).execute();
  await recordAudit(trx, ctx.clock, {
    actorId: actor.id,
    action: via === 'import' ? 'competitor_store.import' : 'competitor_store.create',
    entityType: 'competitor_store',
    entityId: rows.length === 1 ? rows[0].id : null,
    data: rows.length === 1 ? { ...rows[0], via } : { via, count: rows.length, names: rows.map((r) => `${r.brand} ${r.name}`).slice(0, 100) },
  });
}

const COORD_OPTIONS: readonly ImportOption[] = [
  { value: 'wgs84', label: { 'zh-CN': 'WGS-84', en: 'WGS-84' }, aliases: ['GPS', 'WGS84'] },
  { value: 'gcj02', label: { 'zh-CN': 'GCJ-02', en: 'GCJ-02' }, aliases: ['GCJ02', '高德', '腾讯', 'AMap'] },
  { value: 'bd09', label: { 'zh-CN': 'BD-09', en: 'BD-09' }, aliases: ['BD09', '百度', 'Baidu'] },
];
export { COORD_OPTIONS as COORD_SYSTEM_OPTIONS };

/** 竞品门店 from a spreadsheet: brand, name, address, coordinates in a named system, region, notes. */
export const competitorStoreImporter = defineImporter<CompetitorStoreInput, CompetitorStoreRow>({
  kind: 'competitor_stores',
  permission: 'leads:import',
  title: { 'zh-CN': '竞品门店', en: 'Competitor stores' },
  columns: [
    { key: 'name', header: { 'zh-CN': '门店名称', en: 'Name' }, aliases: ['名称', '门店'], required: true, example: '某品牌杭州滨江旗舰店' },
    { key: 'brand', header: { 'zh-CN': '品牌', en: 'Brand' }, aliases: ['竞品品牌'], required: true, example: '德玛克' },
    { key: 'address', header: { 'zh-CN': '地址', en: 'Address' }, example: '杭州市滨江区江南大道 588 号' },
    { key: 'lat', header: { 'zh-CN': '纬度', en: 'Latitude' }, aliases: ['lat'], required: true, type: 'number', example: '30.2084' },
    { key: 'lng', header: { 'zh-CN': '经度', en: 'Longitude' }, aliases: ['lng', 'lon'], required: true, type: 'number', example: '120.2119' },
    {
      key: 'coordSystem',
      header: { 'zh-CN': '坐标系', en: 'Coordinate system' },
      options: COORD_OPTIONS,
      example: 'GCJ-02',
      note: {
        'zh-CN': '经纬度所用坐标系：GPS 为 WGS-84，高德/腾讯为 GCJ-02，百度为 BD-09（默认 WGS-84）',
        en: 'GPS: WGS-84, AMap/Tencent: GCJ-02, Baidu: BD-09 (default WGS-84)',
      },
    },
    { key: 'region', header: { 'zh-CN': '区域', en: 'Region' }, example: '华东', note: { 'zh-CN': '销售流程手册中的区域', en: 'A region of the playbook' } },
    { key: 'notes', header: { 'zh-CN': '备注', en: 'Notes' }, example: '周末促销力度大' },
  ],
  duplicateLabel: { 'zh-CN': '品牌与门店名称', en: 'brand and name' },
  validate: async (ctx, _actor, record, locale) =>
    combineChecks(playbookProblems((await ctx.playbook.active()).document, record, locale), parseRecord(competitorStoreInput, record, locale)),
  duplicateKeys: (s) => [`store:${s.brand.toLowerCase()}|${s.name.toLowerCase()}`],
  storedDuplicates: async (ctx, _actor, stores, locale) => {
    const names = [...new Set(stores.map((s) => s.name))];
    const stored = names.length ? await ctx.db.selectFrom('competitor_stores').select(['brand', 'name']).where('name', 'in', names).execute() : [];
    const taken = new Set(stored.map((s) => `${s.brand.toLowerCase()}|${s.name.toLowerCase()}`));
    return stores.map((s) =>
      taken.has(`${s.brand.toLowerCase()}|${s.name.toLowerCase()}`)
        ? { message: locale === 'en' ? `${s.brand} ${s.name} already exists` : `竞品门店「${s.brand} ${s.name}」已存在` }
        : null,
    );
  },
  prepare: async (ctx, actor, stores) => {
    const rows: CompetitorStoreRow[] = [];
    for (const store of stores) rows.push(await prepareStore(ctx, actor, store));
    return rows;
  },
  write: (trx, ctx, actor, rows) => writeStores(trx, ctx, actor, rows, 'import'),
});

const listQuery = z.object({
  ...pageQuery,
  q: z.string().trim().max(100).optional().meta({ description: 'Part of the brand, name or address' }),
  brand: z.string().trim().max(100).optional(),
  region: z.string().trim().max(50).optional(),
});

const importResultSchema = z
  .object({
    created: z.number().int(),
    failed: z.number().int(),
    errors: z.array(
      z.object({ row: z.number().int(), message: z.string(), code: z.enum(['DUPLICATE']).optional(), duplicateOfRow: z.number().int().optional() }),
    ),
  })
  .meta({ id: 'CompetitorStoreImportResult' });

export function storeRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/competitor-stores',
    {
      schema: {
        operationId: 'listCompetitorStores',
        tags: ['field'],
        summary: 'Competitor stores (the selling roles read them)',
        querystring: listQuery,
        response: { 200: listOf(competitorStoreSchema, 'CompetitorStoreList') },
        errors: { 403: ['FORBIDDEN'] },
      },
    },
    async (request) => {
      requireFieldReader(actorOf(request));
      const q = request.query;
      let query = ctx.db.selectFrom('competitor_stores');
      if (q.brand) query = query.where('brand', '=', q.brand);
      if (q.region) query = query.where('region', '=', q.region);
      if (q.q) {
        const like = `%${q.q.replace(/[%_\\]/g, '\\$&')}%`;
        query = query.where((eb) => eb.or([eb('brand', 'ilike', like), eb('name', 'ilike', like), eb('address', 'ilike', like)]));
      }
      const [rows, count] = await Promise.all([
        query
          .selectAll()
          .orderBy('brand')
          .orderBy('name')
          .orderBy('id')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toCompetitorStore), total: Number(count.n), page: q.page, pageSize: q.pageSize };
    },
  );

  app.post(
    '/competitor-stores',
    {
      schema: {
        operationId: 'createCompetitorStore',
        tags: ['field'],
        summary: 'Add a competitor store (managers and admins); coordinates converted to WGS-84',
        body: competitorStoreInput,
        response: { 201: competitorStoreSchema },
        errors: { 422: ['UNKNOWN_REGION'] },
        examples: {
          gcj02: {
            summary: 'Coordinates picked on AMap (GCJ-02)',
            value: {
              brand: '德玛克',
              name: '杭州滨江旗舰店',
              address: '杭州市滨江区江南大道 588 号',
              lat: 30.2084,
              lng: 120.2119,
              coordSystem: 'gcj02',
              region: '华东',
            },
          },
        },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'leads:import');
      const row = await prepareStore(ctx, actor, request.body);
      await ctx.db.transaction().execute((trx) => writeStores(trx, ctx, actor, [row], 'api'));
      return reply.status(201).send(toCompetitorStore(row));
    },
  );

  app.get(
    '/competitor-stores/:id',
    {
      schema: {
        operationId: 'getCompetitorStore',
        tags: ['field'],
        summary: 'One competitor store',
        params: idParams,
        response: { 200: competitorStoreSchema },
        errors: { 403: ['FORBIDDEN'], 404: ['NOT_FOUND'] },
      },
    },
    async (request) => {
      requireFieldReader(actorOf(request));
      return toCompetitorStore(await findStore(ctx.db, request.params.id));
    },
  );

  app.patch(
    '/competitor-stores/:id',
    {
      schema: {
        operationId: 'updateCompetitorStore',
        tags: ['field'],
        summary: 'Change a competitor store (managers and admins)',
        params: idParams,
        body: competitorStoreUpdate,
        response: { 200: competitorStoreSchema },
        errors: { 404: ['NOT_FOUND'], 422: ['UNKNOWN_REGION'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'leads:import');
      const body = request.body;
      const before = await findStore(ctx.db, request.params.id);
      if (body.region) assertInPlaybook((await ctx.playbook.active()).document, { region: body.region });
      if ((body.lat === undefined) !== (body.lng === undefined))
        throw new AppError(400, 'VALIDATION', { summary: 'lat / lng' }, { reason: 'lat and lng go together' });
      const point = body.lat !== undefined && body.lng !== undefined ? toWgs84({ lat: body.lat, lng: body.lng }, body.coordSystem ?? 'wgs84') : null;
      const changes = {
        brand: body.brand ?? before.brand,
        name: body.name ?? before.name,
        address: body.address === undefined ? before.address : body.address || null,
        lat: point?.lat ?? before.lat,
        lng: point?.lng ?? before.lng,
        region: body.region === undefined ? before.region : body.region || null,
        notes: body.notes === undefined ? before.notes : body.notes || null,
        updated_at: ctx.clock.now(),
      };
      await ctx.db.transaction().execute(async (trx) => {
        await trx.updateTable('competitor_stores').set(changes).where('id', '=', before.id).execute();
        await recordAudit(trx, ctx.clock, {
          actorId: actor.id,
          action: 'competitor_store.update',
          entityType: 'competitor_store',
          entityId: before.id,
          data: { changes },
        });
      });
      return toCompetitorStore(await findStore(ctx.db, before.id));
    },
  );

  app.delete(
    '/competitor-stores/:id',
    {
      schema: {
        operationId: 'deleteCompetitorStore',
        tags: ['field'],
        summary: 'Remove a competitor store (managers and admins; audited)',
        params: idParams,
        response: { 204: noContent },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'leads:import');
      const before = await findStore(ctx.db, request.params.id);
      await ctx.db.transaction().execute(async (trx) => {
        await trx.deleteFrom('competitor_stores').where('id', '=', before.id).execute();
        await recordAudit(trx, ctx.clock, {
          actorId: actor.id,
          action: 'competitor_store.delete',
          entityType: 'competitor_store',
          entityId: before.id,
          data: before,
        });
      });
      return reply.status(204).send();
    },
  );

  syncImportRoute(app, ctx, {
    url: '/competitor-stores/import',
    kind: 'competitor_stores',
    permission: 'leads:import',
    operationId: 'importCompetitorStores',
    tag: 'field',
    summary: 'Import competitor stores from .xlsx or .csv (multipart: file); also a kind of /imports',
    body: z.object({
      file: z.file().meta({ description: '.xlsx or .csv; first row: 门店名称/品牌/地址/纬度/经度/坐标系/区域/备注 (or the API’s keys)' }),
    }),
    result: importResultSchema,
  });
}
