import { z } from 'zod';
import { actorOf } from '../core/auth/guard.js';
import type { Actor } from '../core/auth/actor.js';
import { inScope } from '../core/auth/scope.js';
import type { App, AppContext } from '../core/context.js';
import { sendSheet, xlsxDownload } from '../core/http/list.js';
import { readerLocale } from '../core/i18n/reader.js';
import { forecast, type ForecastBucket } from './forecast.js';
import { readContext } from '../core/http/read-side.js';

const filters = {
  region: z.string().optional(),
  teamId: z.uuid().optional(),
  ownerId: z.uuid().optional(),
  productLine: z.string().optional(),
  closeFrom: z.iso.date().optional().meta({ description: 'Expected close date from (inclusive); opportunities without one are left out when set' }),
  closeTo: z.iso.date().optional().meta({ description: 'Expected close date to (inclusive)' }),
};
type Filters = { region?: string; teamId?: string; ownerId?: string; productLine?: string; closeFrom?: string; closeTo?: string };

const bucketSchema = z.object({
  key: z.string().meta({ description: 'Month YYYY-MM (or `unscheduled`), team id (or `none`), or product line' }),
  label: z.string(),
  count: z.number().int(),
  amount: z.number(),
  weighted: z.number().meta({ description: 'Σ amount × win probability' }),
});
const forecastSchema = z
  .object({
    total: bucketSchema,
    byMonth: z.array(bucketSchema),
    byTeam: z.array(bucketSchema),
    byProductLine: z.array(bucketSchema),
    stageProbabilities: z.record(z.string(), z.number()).meta({ description: 'The playbook’s default win probability per stage' }),
  })
  .meta({ id: 'Forecast', description: '销售预测: the weighted pipeline of open opportunities in the caller’s scope' });

async function computeForecast(ctx: AppContext, actor: Actor, q: Filters) {
  let query = ctx.db
    .selectFrom('opportunities')
    .leftJoin('teams', 'teams.id', 'opportunities.team_id')
    .select([
      'opportunities.amount',
      'opportunities.stage',
      'opportunities.win_probability',
      'opportunities.expected_close_date',
      'opportunities.team_id',
      'teams.name as team_name',
      'opportunities.product_line',
    ])
    .where('opportunities.status', '=', 'open')
    .where(inScope(actor.scope, 'opportunities'));
  if (q.region) query = query.where('opportunities.region', '=', q.region);
  if (q.teamId) query = query.where('opportunities.team_id', '=', q.teamId);
  if (q.ownerId) query = query.where('opportunities.owner_id', '=', q.ownerId);
  if (q.productLine) query = query.where('opportunities.product_line', '=', q.productLine);
  if (q.closeFrom) query = query.where('opportunities.expected_close_date', '>=', q.closeFrom);
  if (q.closeTo) query = query.where('opportunities.expected_close_date', '<=', q.closeTo);
  const rows = await query.execute();
  const { document } = await ctx.playbook.active();
  const stageProbabilities = document.forecast.stageProbabilities;
  const result = forecast(
    rows.map((r) => ({
      amount: Number(r.amount),
      stage: r.stage,
      winProbability: r.win_probability,
      expectedCloseDate: r.expected_close_date,
      teamId: r.team_id,
      teamName: r.team_name,
      productLine: r.product_line,
    })),
    stageProbabilities,
  );
  return { ...result, stageProbabilities };
}

export function forecastRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/forecast',
    {
      schema: {
        operationId: 'getForecast',
        tags: ['forecast'],
        summary: 'The weighted pipeline (amount × win probability) by close month, team and product line, in the caller’s scope',
        querystring: z.object(filters),
        response: { 200: forecastSchema },
      },
    },
    async (request, reply) => computeForecast(await readContext(ctx, reply), actorOf(request), request.query),
  );

  app.get(
    '/forecast.xlsx',
    {
      schema: {
        operationId: 'exportForecast',
        tags: ['forecast'],
        summary: 'The weighted pipeline as an Excel workbook (same filters and scope)',
        querystring: z.object(filters),
        download: xlsxDownload('One row per month, team and product line (.xlsx)'),
      },
    },
    async (request, reply) => {
      const result = await computeForecast(await readContext(ctx, reply), actorOf(request), request.query);
      const locale = readerLocale(request);
      const dimension = (name: Record<'zh-CN' | 'en', string>, buckets: ForecastBucket[]) => buckets.map((b) => ({ dimension: name[locale], ...b }));
      const rows = [
        ...dimension({ 'zh-CN': '月份', en: 'Month' }, result.byMonth),
        ...dimension({ 'zh-CN': '团队', en: 'Team' }, result.byTeam),
        ...dimension({ 'zh-CN': '产品线', en: 'Product line' }, result.byProductLine),
        { dimension: locale === 'en' ? 'Total' : '合计', ...result.total, label: '' },
      ];
      return sendSheet(reply, {
        sheet: { 'zh-CN': '销售预测', en: 'Forecast' },
        columns: [
          { header: { 'zh-CN': '维度', en: 'Dimension' }, width: 10, value: (r) => r.dimension },
          {
            header: { 'zh-CN': '分组', en: 'Group' },
            width: 20,
            value: (r) => (r.label === 'unscheduled' ? (locale === 'en' ? 'No close date' : '未定成交日期') : r.label),
          },
          { header: { 'zh-CN': '商机数', en: 'Opportunities' }, width: 10, value: (r) => r.count },
          { header: { 'zh-CN': '金额', en: 'Amount' }, width: 16, value: (r) => r.amount, numFmt: '#,##0.00' },
          { header: { 'zh-CN': '加权金额', en: 'Weighted' }, width: 16, value: (r) => r.weighted, numFmt: '#,##0.00' },
        ],
        rows,
        locale,
        asciiName: 'forecast.xlsx',
        localName: locale === 'en' ? 'forecast.xlsx' : '销售预测.xlsx',
        now: ctx.clock.now(),
      });
    },
  );
}
