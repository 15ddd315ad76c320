import type { FastifyReply } from 'fastify';
import ExcelJS from 'exceljs';
import { workbookBuffer } from '../core/export/workbook.js';
import { z } from 'zod';
import { actorOf } from '../core/auth/guard.js';
import { localParts } from '../core/calendar/working-time.js';
import type { App, AppContext } from '../core/context.js';
import { forbidden } from '../core/http/errors.js';
import { textsIn } from '../core/i18n/catalogue.js';
import { readerLocale } from '../core/i18n/reader.js';
import { noticeContent } from '../core/notifications/notice-text.js';
import type { DailyRule } from '../core/scheduler/time-rule.js';
import { collaborationReport, previousMonth } from './report.js';
import { readContext } from '../core/http/read-side.js';

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
  const load = async (request: { query: { month?: string } }, reply: FastifyReply) => {
    const calendar = await ctx.calendar.current();
    const current = localParts(ctx.clock.now(), calendar.hours.timeZone).date;
    return collaborationReport(await readContext(ctx, reply), request.query.month ?? previousMonth(current), calendar);
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
    async (request, reply) => {
      if (!READERS.includes(actorOf(request).role)) throw forbidden();
      return load(request, reply);
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
      const report = await load(request, reply);
      const t = textsIn(readerLocale(request));
      const workbook = new ExcelJS.Workbook();
      const sheet = (name: string, columns: { header: string; key: string; width: number }[], rows: Record<string, unknown>[]) => {
        const s = workbook.addWorksheet(name);
        s.columns = columns;
        s.getRow(1).font = { bold: true };
        rows.forEach((r) => s.addRow(r));
      };
      sheet(
        t('sheet.collab.steps'),
        [
          { header: t('sheet.collab.step'), key: 'label', width: 18 },
          { header: t('sheet.collab.completed'), key: 'count', width: 10 },
          { header: t('sheet.collab.avgWorkingDays'), key: 'avgWorkingDays', width: 20 },
        ],
        report.steps.map((s) => ({ ...s, label: t('sheet.collab.stepName', { step: s.step }) })),
      );
      sheet(
        t('sheet.collab.reasons'),
        [
          { header: t('sheet.collab.reason'), key: 'reason', width: 50 },
          { header: t('sheet.collab.count'), key: 'count', width: 10 },
        ],
        report.rejectionReasons,
      );
      sheet(
        t('sheet.collab.clauses'),
        [
          { header: t('sheet.collab.clause'), key: 'title', width: 20 },
          { header: t('sheet.collab.clauseKey'), key: 'key', width: 16 },
          { header: t('sheet.collab.vetoes'), key: 'count', width: 10 },
        ],
        report.disputedClauses,
      );
      sheet(
        t('sheet.collab.sla'),
        [
          { header: t('sheet.collab.department'), key: 'label', width: 10 },
          { header: t('sheet.collab.completed'), key: 'completed', width: 10 },
          { header: t('sheet.collab.onTime'), key: 'onTime', width: 10 },
          { header: t('sheet.collab.rate'), key: 'rate', width: 10 },
          { header: t('sheet.collab.overdueOpen'), key: 'overdueOpen', width: 12 },
        ],
        report.slaCompliance.map((s) => ({ ...s, label: t('sheet.collab.departmentName', { department: s.department }) })),
      );
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="collaboration-${report.month}.xlsx"; filename*=UTF-8''${encodeURIComponent(t('sheet.collab.file', { month: report.month }))}`,
        )
        .send(await workbookBuffer(workbook));
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
              ...(worst
                ? noticeContent(
                    'report.collaboration',
                    {
                      month: reportMonth,
                      department: worst.department,
                      ratePercent: Math.round(worst.rate! * 100),
                      reasons: report.rejectionReasons.length,
                      topReason: report.rejectionReasons[0]?.reason ?? null,
                    },
                    document.sla.businessHours.timeZone,
                  )
                : noticeContent('report.collaboration#empty', { month: reportMonth }, document.sla.businessHours.timeZone)),
              severity: 'info',
              link: `/reports/collaboration?month=${reportMonth}`,
            },
          })),
        );
        return 1;
      });
    },
  };
}
