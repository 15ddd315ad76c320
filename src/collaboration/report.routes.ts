import ExcelJS from 'exceljs';
import { z } from 'zod';
import { actorOf } from '../core/auth/guard.js';
import { localParts } from '../core/calendar/working-time.js';
import type { App, AppContext } from '../core/context.js';
import { forbidden } from '../core/http/errors.js';
import type { DailyRule } from '../core/scheduler/time-rule.js';
import { collaborationReport, previousMonth } from './report.js';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

const reportSchema = z
  .object({
    month: z.string().meta({ description: 'YYYY-MM' }),
    steps: z.array(
      z.object({
        step: z.string(),
        label: z.string(),
        count: z.number().int(),
        avgWorkingDays: z.number().nullable().meta({ description: 'Average time per step in working days' }),
      }),
    ),
    rejectionReasons: z.array(z.object({ reason: z.string(), count: z.number().int() })).meta({ description: 'Top 3 veto and rejection reasons' }),
    disputedClauses: z
      .array(z.object({ key: z.string(), title: z.string(), count: z.number().int() }))
      .meta({ description: 'Clauses vetoes disputed most (top 5)' }),
    slaCompliance: z.array(
      z.object({
        department: z.string(),
        label: z.string(),
        completed: z.number().int(),
        onTime: z.number().int(),
        rate: z.number().nullable(),
        overdueOpen: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'CollaborationReport', description: '协作堵点分析报告 of a month' });
const READERS = ['supervisor', 'regional_manager', 'director', 'admin', 'product', 'finance', 'delivery'];

export function collaborationReportRoutes(app: App, ctx: AppContext): void {
  const load = async (request: { query: { month?: string } }) => {
    const calendar = await ctx.calendar.current();
    const current = localParts(ctx.clock.now(), calendar.hours.timeZone).date;
    return collaborationReport(ctx, request.query.month ?? previousMonth(current), calendar);
  };

  app.get(
    '/reports/collaboration',
    {
      schema: {
        operationId: 'getCollaborationReport',
        tags: ['reports'],
        summary: '协作堵点分析报告 for a month (default: last month)',
        querystring: z.object({ month: month.optional() }),
        response: { 200: reportSchema },
        errors: { 403: ['FORBIDDEN'] },
      },
    },
    async (request) => {
      if (!READERS.includes(actorOf(request).role)) throw forbidden();
      return load(request);
    },
  );

  app.get(
    '/reports/collaboration.xlsx',
    {
      schema: {
        operationId: 'exportCollaborationReport',
        tags: ['reports'],
        summary: '协作堵点分析报告 as an Excel workbook',
        querystring: z.object({ month: month.optional() }),
        download: {
          mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          description: 'The workbook (.xlsx): time per step, top rejection reasons, disputed clauses, SLA compliance',
        },
        errors: { 403: ['FORBIDDEN'] },
      },
    },
    async (request, reply) => {
      if (!READERS.includes(actorOf(request).role)) throw forbidden();
      const report = await load(request);
      const workbook = new ExcelJS.Workbook();
      const sheet = (name: string, columns: { header: string; key: string; width: number }[], rows: Record<string, unknown>[]) => {
        const s = workbook.addWorksheet(name);
        s.columns = columns;
        s.getRow(1).font = { bold: true };
        rows.forEach((r) => s.addRow(r));
      };
      sheet(
        '环节耗时',
        [
          { header: '环节', key: 'label', width: 18 },
          { header: '完成数', key: 'count', width: 10 },
          { header: '平均耗时（工作日）', key: 'avgWorkingDays', width: 20 },
        ],
        report.steps,
      );
      sheet(
        '驳回原因TOP3',
        [
          { header: '原因', key: 'reason', width: 50 },
          { header: '次数', key: 'count', width: 10 },
        ],
        report.rejectionReasons,
      );
      sheet(
        '争议条款',
        [
          { header: '条款', key: 'title', width: 20 },
          { header: '编码', key: 'key', width: 16 },
          { header: '否决次数', key: 'count', width: 10 },
        ],
        report.disputedClauses,
      );
      sheet(
        'SLA达成率',
        [
          { header: '部门', key: 'label', width: 10 },
          { header: '完成数', key: 'completed', width: 10 },
          { header: '按时完成', key: 'onTime', width: 10 },
          { header: '达成率', key: 'rate', width: 10 },
          { header: '超时未完成', key: 'overdueOpen', width: 12 },
        ],
        report.slaCompliance,
      );
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="collaboration-${report.month}.xlsx"; filename*=UTF-8''${encodeURIComponent(`协作堵点分析报告-${report.month}.xlsx`)}`,
        )
        .send(Buffer.from(await workbook.xlsx.writeBuffer()));
    },
  );
}

/** On the playbook's report day each month, directors and supervisors get last month's report. */
export function collaborationReportRule(ctx: AppContext): DailyRule {
  return {
    kind: 'daily',
    id: 'collaboration-report',
    name: '协作堵点分析报告（每月）',
    at: async () => '09:00',
    // Once last month's report went out, later working days of the month skip it without computing.
    slotOf: previousMonth,
    run: async (slot) => {
      const { document } = await ctx.playbook.active();
      if (Number(slot.date.slice(8, 10)) < document.collaboration.reportDay) return 0;
      const reportMonth = previousMonth(slot.date);
      const report = await collaborationReport(ctx, reportMonth, await ctx.calendar.current());
      const readers = await ctx.db
        .selectFrom('users')
        .select('id')
        .where('active', '=', true)
        .where('role', 'in', ['director', 'supervisor', 'regional_manager'])
        .execute();
      return ctx.db.transaction().execute(async (trx) => {
        // One report per month: the slot is the month, whichever working day first reaches the report day.
        if (!(await ctx.scheduler.claimSlot(trx, 'collaboration-report', reportMonth, report))) return 0;
        const worst = report.slaCompliance.filter((s) => s.rate !== null).sort((a, b) => a.rate! - b.rate!)[0];
        await ctx.notifier.toInbox(
          trx,
          readers.map((r) => ({
            userId: r.id,
            dedupeKey: `collaboration-report:${reportMonth}`,
            notice: {
              kind: 'report.collaboration',
              severity: 'info',
              title: `${reportMonth} 协作堵点分析报告已生成`,
              body: worst
                ? `SLA 达成率最低：${worst.label} ${Math.round(worst.rate! * 100)}%。驳回原因 TOP1：${report.rejectionReasons[0]?.reason ?? '无'}`
                : '本月无跨部门协作记录。',
              link: `/reports/collaboration?month=${reportMonth}`,
              data: { month: reportMonth },
            },
          })),
        );
        return 1;
      });
    },
  };
}
