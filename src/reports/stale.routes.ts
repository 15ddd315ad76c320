import ExcelJS from 'exceljs';
import { z } from 'zod';
import { actorOf } from '../core/auth/guard.js';
import type { App, AppContext } from '../core/context.js';
import { pageQuery } from '../core/http/common.js';
import { formatLocal } from '../core/calendar/working-time.js';
import { staleGroups, staleItems, staleThreshold, type StaleItem } from './stale.query.js';

const filters = {
  region: z.string().trim().min(1).optional(),
  productLine: z.string().trim().min(1).optional(),
  ownerId: z.uuid().optional(),
  teamId: z.uuid().optional(),
};

const group = z.object({ key: z.string().nullable(), label: z.string(), count: z.number().int() }).meta({ id: 'StaleGroup' });
const item = z
  .object({
    entityType: z.enum(['lead', 'opportunity']),
    id: z.string(),
    name: z.string(),
    region: z.string(),
    productLine: z.string(),
    ownerId: z.string().nullable(),
    ownerName: z.string().nullable(),
    teamId: z.string().nullable(),
    teamName: z.string().nullable(),
    status: z.string(),
    stage: z.string().nullable(),
    lastActivityAt: z.string(),
    idleHours: z.number().int(),
  })
  .meta({ id: 'StaleItem', description: 'An open lead or opportunity without update beyond the threshold' });

const EXPORT_LIMIT = 100_000;
const LEAD_STATUS: Record<string, string> = { new: '新线索', contacted: '已联系', qualified: '已确认需求' };

export function staleReportRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/reports/stale',
    {
      schema: {
        operationId: 'getStaleReport',
        tags: ['reports'],
        summary: '昨日断点清单: open leads and opportunities without update beyond the threshold (default 48 h)',
        querystring: z.object({ ...pageQuery, ...filters }),
        response: {
          200: z
            .object({
              generatedAt: z.string(),
              thresholdHours: z.number(),
              total: z.number().int(),
              page: z.number().int(),
              pageSize: z.number().int(),
              groups: z.object({ region: z.array(group), productLine: z.array(group), owner: z.array(group) }),
              items: z.array(item),
            })
            .meta({ id: 'StaleReport', description: 'Groups count the whole list; items are one page, the longest idle first' }),
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { page, pageSize, ...f } = request.query;
      const now = ctx.clock.now();
      const [{ hours }, grouped, items] = await Promise.all([
        staleThreshold(ctx, now),
        staleGroups(ctx, actor, f, now),
        staleItems(ctx, actor, f, now, pageSize, (page - 1) * pageSize),
      ]);
      return { generatedAt: now.toISOString(), thresholdHours: hours, total: grouped.total, page, pageSize, groups: grouped.groups, items };
    },
  );

  app.get(
    '/reports/stale.xlsx',
    {
      schema: {
        operationId: 'exportStaleReport',
        tags: ['reports'],
        summary: '昨日断点清单 as an Excel workbook',
        querystring: z.object(filters),
        download: {
          mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          description: 'The workbook (.xlsx): details, groups by region, product line and rep, and notes',
        },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const now = ctx.clock.now();
      const [{ hours }, grouped, items, { document }] = await Promise.all([
        staleThreshold(ctx, now),
        staleGroups(ctx, actor, request.query, now),
        staleItems(ctx, actor, request.query, now, EXPORT_LIMIT, 0),
        ctx.playbook.active(),
      ]);
      const stageLabel = new Map(document.stages.map((s) => [s.key, s.label]));
      const tz = document.sla.businessHours.timeZone;
      const workbook = new ExcelJS.Workbook();
      workbook.created = now;
      const detail = workbook.addWorksheet('断点明细');
      detail.columns = [
        { header: '类型', key: 'type', width: 8 },
        { header: '名称', key: 'name', width: 30 },
        { header: '区域', key: 'region', width: 10 },
        { header: '产品线', key: 'productLine', width: 12 },
        { header: '负责人', key: 'owner', width: 14 },
        { header: '团队', key: 'team', width: 14 },
        { header: '状态/阶段', key: 'stage', width: 12 },
        { header: '最后更新', key: 'last', width: 18 },
        { header: '未更新（小时）', key: 'idle', width: 14 },
      ];
      detail.getRow(1).font = { bold: true };
      detail.views = [{ state: 'frozen', ySplit: 1 }];
      const describe = (i: StaleItem) => (i.entityType === 'lead' ? (LEAD_STATUS[i.status] ?? i.status) : (stageLabel.get(i.stage ?? '') ?? i.stage ?? ''));
      for (const i of items) {
        detail.addRow({
          type: i.entityType === 'lead' ? '线索' : '商机',
          name: i.name,
          region: i.region,
          productLine: i.productLine,
          owner: i.ownerName ?? '公海（未分配）',
          team: i.teamName ?? '',
          stage: describe(i),
          last: formatLocal(new Date(i.lastActivityAt), tz),
          idle: i.idleHours,
        });
      }
      for (const [title, rows] of [
        ['按区域', grouped.groups.region],
        ['按产品线', grouped.groups.productLine],
        ['按销售', grouped.groups.owner],
      ] as const) {
        const sheet = workbook.addWorksheet(title);
        sheet.columns = [
          { header: title.slice(1), key: 'label', width: 20 },
          { header: '断点数', key: 'count', width: 10 },
        ];
        sheet.getRow(1).font = { bold: true };
        for (const g of rows) sheet.addRow({ label: g.label, count: g.count });
      }
      const info = workbook.addWorksheet('说明');
      info.addRow(['生成时间', formatLocal(now, tz)]);
      info.addRow(['规则', `进行中的线索和商机超过 ${hours} 小时无更新`]);
      info.addRow(['总数', grouped.total]);
      if (grouped.total > items.length) info.addRow(['注意', `明细仅导出最久未更新的 ${items.length} 条`]);
      const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
      const filename = encodeURIComponent(`昨日断点清单-${formatLocal(now, tz).slice(0, 10)}.xlsx`);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="stale.xlsx"; filename*=UTF-8''${filename}`)
        .send(buffer);
    },
  );
}
