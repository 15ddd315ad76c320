import ExcelJS from 'exceljs';
import { DATE_TIME_FORMAT, localDateCell, workbookBuffer } from '../core/export/workbook.js';
import { z } from 'zod';
import { actorOf } from '../core/auth/guard.js';
import type { App, AppContext } from '../core/context.js';
import { pageQuery } from '../core/http/common.js';
import { formatLocal } from '../core/calendar/working-time.js';
import { textsIn } from '../core/i18n/catalogue.js';
import { readerLocale } from '../core/i18n/reader.js';
import { labelOf } from '../core/playbook/service.js';
import { staleGroups, staleItems, staleThreshold, type StaleItem } from './stale.query.js';
import { readContext } from '../core/http/read-side.js';

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
    async (request, reply) => {
      const actor = actorOf(request);
      const { page, pageSize, ...f } = request.query;
      const now = ctx.clock.now();
      const reads = await readContext(ctx, reply);
      const [{ hours }, grouped, items] = await Promise.all([
        staleThreshold(ctx, now),
        staleGroups(reads, actor, f, now),
        staleItems(reads, actor, f, now, pageSize, (page - 1) * pageSize),
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
      const reads = await readContext(ctx, reply);
      const [{ hours }, grouped, items, { document }] = await Promise.all([
        staleThreshold(ctx, now),
        staleGroups(reads, actor, request.query, now),
        staleItems(reads, actor, request.query, now, EXPORT_LIMIT, 0),
        ctx.playbook.active(),
      ]);
      const locale = readerLocale(request);
      const t = textsIn(locale);
      const stageLabel = new Map(document.stages.map((s) => [s.key, labelOf(s, locale, s.key)]));
      const tz = document.sla.businessHours.timeZone;
      const workbook = new ExcelJS.Workbook();
      workbook.created = now;
      const detail = workbook.addWorksheet(t('sheet.stale.detail'));
      detail.columns = [
        { header: t('sheet.stale.type'), key: 'type', width: 8 },
        { header: t('sheet.stale.name'), key: 'name', width: 30 },
        { header: t('sheet.stale.region'), key: 'region', width: 10 },
        { header: t('sheet.stale.productLine'), key: 'productLine', width: 12 },
        { header: t('sheet.stale.owner'), key: 'owner', width: 14 },
        { header: t('sheet.stale.team'), key: 'team', width: 14 },
        { header: t('sheet.stale.stage'), key: 'stage', width: 12 },
        { header: t('sheet.stale.last'), key: 'last', width: 20, style: { numFmt: DATE_TIME_FORMAT[locale] } },
        { header: t('sheet.stale.idle'), key: 'idle', width: 14 },
      ];
      detail.getRow(1).font = { bold: true };
      detail.views = [{ state: 'frozen', ySplit: 1 }];
      const describe = (i: StaleItem) =>
        i.entityType === 'lead' ? t('sheet.stale.status', { status: i.status }) : (stageLabel.get(i.stage ?? '') ?? i.stage ?? '');
      for (const i of items) {
        detail.addRow({
          type: t('sheet.stale.entity', { entity: i.entityType }),
          name: i.name,
          region: i.region,
          productLine: i.productLine,
          owner: i.ownerName ?? t('sheet.stale.pool'),
          team: i.teamName ?? '',
          stage: describe(i),
          last: localDateCell(new Date(i.lastActivityAt), tz),
          idle: i.idleHours,
        });
      }
      for (const [title, header, rows] of [
        [t('sheet.stale.byRegion'), t('sheet.stale.groupRegion'), grouped.groups.region],
        [t('sheet.stale.byProductLine'), t('sheet.stale.groupProductLine'), grouped.groups.productLine],
        [t('sheet.stale.byOwner'), t('sheet.stale.groupOwner'), grouped.groups.owner.map((g) => (g.key === null ? { ...g, label: t('sheet.stale.pool') } : g))],
      ] as const) {
        const sheet = workbook.addWorksheet(title);
        sheet.columns = [
          { header, key: 'label', width: 20 },
          { header: t('sheet.stale.count'), key: 'count', width: 10 },
        ];
        sheet.getRow(1).font = { bold: true };
        for (const g of rows) sheet.addRow({ label: g.label, count: g.count });
      }
      const info = workbook.addWorksheet(t('sheet.stale.info'));
      info.addRow([t('sheet.stale.generatedAt'), localDateCell(now, tz)]).getCell(2).numFmt = DATE_TIME_FORMAT[locale];
      info.getColumn(1).width = 16;
      info.getColumn(2).width = 40;
      info.addRow([t('sheet.stale.rule'), t('sheet.stale.ruleText', { hours })]);
      info.addRow([t('sheet.stale.total'), grouped.total]);
      if (grouped.total > items.length) info.addRow([t('sheet.stale.notice'), t('sheet.stale.truncated', { count: items.length })]);
      const buffer = await workbookBuffer(workbook);
      const filename = encodeURIComponent(t('sheet.stale.file', { date: formatLocal(now, tz).slice(0, 10) }));
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="stale.xlsx"; filename*=UTF-8''${filename}`)
        .send(buffer);
    },
  );
}
