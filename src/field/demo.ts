import { randomUUID } from 'node:crypto';
import { recordAudit } from '../core/audit/audit.js';
import type { Actor } from '../core/auth/actor.js';
import { resolveScope } from '../core/auth/scope.js';
import type { Role } from '../core/auth/roles.js';
import type { AppContext } from '../core/context.js';
import { checkIn } from './checkins.js';
import { offsetM, type LatLng } from './geo.js';
import { localToday } from './visits.js';

/** City centres (WGS-84) the demo places its customers around. */
const CITIES: Record<string, LatLng> = {
  上海: { lat: 31.2304, lng: 121.4737 },
  苏州: { lat: 31.2989, lng: 120.5853 },
  杭州: { lat: 30.2741, lng: 120.1551 },
  宁波: { lat: 29.8683, lng: 121.544 },
  无锡: { lat: 31.4912, lng: 120.3119 },
  南京: { lat: 32.0603, lng: 118.7969 },
  合肥: { lat: 31.8206, lng: 117.2272 },
  常州: { lat: 31.8112, lng: 119.9741 },
  嘉兴: { lat: 30.7462, lng: 120.7555 },
  广州: { lat: 23.1291, lng: 113.2644 },
  深圳: { lat: 22.5431, lng: 114.0579 },
  东莞: { lat: 23.0207, lng: 113.7518 },
  佛山: { lat: 23.0215, lng: 113.1214 },
  厦门: { lat: 24.4798, lng: 118.0894 },
  珠海: { lat: 22.2707, lng: 113.5767 },
  北京: { lat: 39.9042, lng: 116.4074 },
  天津: { lat: 39.3434, lng: 117.3616 },
  石家庄: { lat: 38.0428, lng: 114.5149 },
  青岛: { lat: 36.0671, lng: 120.3826 },
  保定: { lat: 38.8739, lng: 115.4646 },
};
const REGION_CITY: Record<string, string> = { 华东: '上海', 华南: '广州', 华北: '北京' };
const STREETS = ['高新区科技大道', '经济开发区创业路', '工业园区星湖街', '滨江路', '建设北路', '长江西路', '人民南路', '新华路'];

const STORES: [brand: string, name: string, city: string][] = [
  ['德玛克', '上海浦东旗舰店', '上海'],
  ['德玛克', '苏州工业园区店', '苏州'],
  ['精诚设备', '杭州滨江体验中心', '杭州'],
  ['精诚设备', '南京江宁服务站', '南京'],
  ['恒力机械', '广州天河展厅', '广州'],
  ['恒力机械', '深圳南山店', '深圳'],
  ['德玛克', '北京亦庄体验中心', '北京'],
  ['精诚设备', '天津滨海服务站', '天津'],
];

/** A deterministic spread around a centre: n-th point, up to ~8 km away. */
const around = (centre: LatLng, n: number) => offsetM(centre, 1500 + ((n * 1733) % 6500), (n * 137) % 360);

async function actorOf(ctx: AppContext, userId: string): Promise<Actor> {
  const user = await ctx.db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirstOrThrow();
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    role: user.role as Role,
    teamId: user.team_id,
    locale: 'zh-CN',
    via: 'internal',
    tokenScopes: null,
    scope: await resolveScope(ctx.db, { id: user.id, role: user.role as Role, team_id: user.team_id, region: user.region }),
  };
}

/**
 * The demo's field work: addresses and coordinates for its customers (around their city), some
 * competitor stores, two planned visits today per rep and a check-in at the first one of the
 * first rep of each team (through the check-in service: server time, distance, audit).
 */
export async function seedFieldDemo(ctx: AppContext): Promise<{ located: number; stores: number; visits: number; checkins: number }> {
  const counts = { located: 0, stores: 0, visits: 0, checkins: 0 };
  const customers = await ctx.db
    .selectFrom('customers')
    .select(['id', 'name', 'region', 'owner_id'])
    .where('lat', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const now = ctx.clock.now();
  const today = await localToday(ctx);
  const byOwner = new Map<string, { id: string; point: LatLng }[]>();
  await ctx.db.transaction().execute(async (trx) => {
    for (const [n, c] of customers.entries()) {
      const city = Object.keys(CITIES).find((name) => c.name.includes(name)) ?? REGION_CITY[c.region] ?? '上海';
      const point = around(CITIES[city], n + 1);
      const address = `${city}市${STREETS[n % STREETS.length]} ${100 + ((n * 37) % 800)} 号`;
      await trx.updateTable('customers').set({ address, lat: point.lat, lng: point.lng, geo_source: 'demo' }).where('id', '=', c.id).execute();
      counts.located++;
      if (c.owner_id) byOwner.set(c.owner_id, [...(byOwner.get(c.owner_id) ?? []), { id: c.id, point }]);
    }
    for (const [n, [brand, name, city]] of STORES.entries()) {
      const point = around(CITIES[city], n + 11);
      await trx
        .insertInto('competitor_stores')
        .values({
          id: randomUUID(),
          brand,
          name,
          address: `${city}市${STREETS[(n + 3) % STREETS.length]} ${200 + n * 11} 号`,
          lat: point.lat,
          lng: point.lng,
          region:
            Object.entries(REGION_CITY).find(([, c]) => c === city)?.[0] ??
            (['苏州', '杭州', '南京'].includes(city) ? '华东' : ['深圳'].includes(city) ? '华南' : '华北'),
          notes: n % 2 === 0 ? '周末促销力度大' : '价格比我们低约 8%',
          created_by: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      counts.stores++;
    }
    for (const [repId, list] of byOwner) {
      for (const [k, c] of list.slice(0, 2).entries()) {
        const id = randomUUID();
        const row = {
          id,
          customer_id: c.id,
          rep_id: repId,
          visit_date: today,
          planned_time: k === 0 ? '10:00' : '15:00',
          purpose: k === 0 ? '现场演示新机型，确认安装条件' : '回访设备使用情况，收集改进意见',
          status: 'planned',
          checkin_id: null,
          followup_id: null,
          created_at: now,
          updated_at: now,
        };
        await trx.insertInto('visits').values(row).execute();
        await recordAudit(trx, ctx.clock, { actorId: repId, action: 'visit.plan', entityType: 'visit', entityId: id, data: row });
        counts.visits++;
      }
    }
    await recordAudit(trx, ctx.clock, { actorId: null, action: 'demo.seed_field', entityType: 'system', entityId: null, data: { ...counts } });
  });
  // The first rep of each team has checked in at their first customer (80 m away).
  const seenTeams = new Set<string>();
  for (const [repId, list] of byOwner) {
    const actor = await actorOf(ctx, repId);
    if (!actor.teamId || seenTeams.has(actor.teamId) || list.length === 0) continue;
    seenTeams.add(actor.teamId);
    const at = offsetM(list[0].point, 80, 45);
    await checkIn(ctx, actor, { customerId: list[0].id, lat: at.lat, lng: at.lng, accuracy: 20, coordSystem: 'wgs84' });
    counts.checkins++;
  }
  return counts;
}
