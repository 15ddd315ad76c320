import { z } from 'zod';
import { actorOf, requirePermission } from '../core/auth/guard.js';
import { localParts } from '../core/calendar/working-time.js';
import type { App, AppContext } from '../core/context.js';
import { tableWorkbook, workbookBuffer, workbookHeaders } from '../core/export/workbook.js';
import { dateString, dateTimeString, idParams, iso, uuidString } from '../core/http/common.js';
import { textsIn } from '../core/i18n/catalogue.js';
import { readerLocale } from '../core/i18n/reader.js';
import { renewalReport } from './renewals.query.js';
import { markRenewal, renewalOf } from './renewals.service.js';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

const groupSchema = z
  .object({
    key: z.string().nullable(),
    label: z.string(),
    ending: z.number().int().meta({ description: 'Contracts ending in the period' }),
    renewed: z.number().int(),
    rate: z.number().nullable().meta({ description: '续约率 renewed ÷ ending (0–1)' }),
    renewedAmount: z.number(),
    averageAmount: z.number().nullable().meta({ description: '平均续约金额' }),
  })
  .meta({ id: 'RenewalGroup' });

const endingSchema = z
  .object({
    contractId: uuidString,
    number: z.string(),
    title: z.string(),
    customerName: z.string(),
    amount: z.number(),
    endDate: dateString,
    ownerId: uuidString.nullable(),
    ownerName: z.string().nullable(),
    teamId: uuidString.nullable(),
    teamName: z.string().nullable(),
    renewalOpportunityId: uuidString.nullable(),
    renewalOpportunityStatus: z.string().nullable(),
    renewed: z.boolean(),
    renewedAmount: z.number().nullable(),
  })
  .meta({ id: 'EndingContract', description: 'A contract due for renewal and how it was renewed' });

export function renewalRoutes(app: App, ctx: AppContext): void {
  const query = z.object({
    groupBy: z.enum(['rep', 'team', 'month']).default('rep'),
    from: month.optional().meta({ description: 'First month contracts end in (default: this month)' }),
    to: month.optional().meta({ description: 'Last month (default: from)' }),
    ownerId: z.uuid().optional(),
    teamId: z.uuid().optional(),
    region: z.string().trim().min(1).optional(),
    sort: z.enum(['label', 'rate', 'averageAmount', 'ending']).default('label'),
    order: z.enum(['asc', 'desc']).default('asc'),
  });
  const load = async (request: { query: z.infer<typeof query> }, actor: ReturnType<typeof actorOf>) => {
    const { timeZone } = (await ctx.calendar.current()).hours;
    const from = request.query.from ?? localParts(ctx.clock.now(), timeZone).date.slice(0, 7);
    const to = request.query.to ?? from;
    const report = await renewalReport(ctx, actor, { ...request.query, from, to });
    const { sort, order } = request.query;
    const dir = order === 'asc' ? 1 : -1;
    const value = (g: (typeof report.groups)[number]) => (sort === 'label' ? g.label : (g[sort] ?? -1));
    report.groups.sort((a, b) => (value(a) < value(b) ? -dir : value(a) > value(b) ? dir : 0));
    return report;
  };

  app.get(
    '/reports/renewals',
    {
      schema: {
        operationId: 'getRenewalReport',
        tags: ['reports'],
        summary: '续约率 and average renewal amount per rep, team or month of the contracts ending in the period (caller’s scope)',
        description:
          'A contract ending in the period is renewed when another contract of the customer was submitted since its renewal window opened (the playbook’s renewals.leadDays before its end) or its renewal opportunity was won.',
        querystring: query,
        response: {
          200: z
            .object({
              groupBy: z.enum(['rep', 'team', 'month']),
              from: z.string(),
              to: z.string(),
              groups: z.array(groupSchema),
              totals: z.object({ ending: z.number().int(), renewed: z.number().int(), rate: z.number().nullable(), averageAmount: z.number().nullable() }),
              contracts: z.array(endingSchema),
            })
            .meta({ id: 'RenewalReport' }),
        },
      },
    },
    async (request) => load(request, actorOf(request)),
  );

  app.get(
    '/reports/renewals.xlsx',
    {
      schema: {
        operationId: 'exportRenewalReport',
        tags: ['reports'],
        summary: 'The renewal report as an Excel workbook',
        querystring: query,
        download: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', description: 'The workbook (.xlsx)' },
      },
    },
    async (request, reply) => {
      const report = await load(request, actorOf(request));
      const t = textsIn(readerLocale(request));
      const col = (key: string, width = 14) => ({ header: t('sheet.money.column', { key }), key, width });
      const workbook = tableWorkbook([
        {
          name: t('sheet.money.sheet', { kind: 'renewals' }),
          columns: [col('label', 20), col('ending'), col('renewed'), col('rate'), col('renewedAmount'), col('averageAmount')],
          rows: report.groups,
        },
        {
          name: t('sheet.money.sheet', { kind: 'contracts' }),
          columns: [
            col('number', 18),
            col('contractTitle', 24),
            col('customerName', 24),
            col('ownerName'),
            col('amount'),
            col('endDate', 12),
            col('renewedAmount'),
          ],
          rows: report.contracts.map((c) => ({ ...c, contractTitle: c.title })),
        },
      ]);
      const period = `${report.from}_${report.to}`;
      return reply
        .headers(workbookHeaders(`renewals-${period}.xlsx`, t('sheet.money.file', { kind: 'renewals', date: period })))
        .send(await workbookBuffer(workbook));
    },
  );

  const linkSchema = z
    .object({
      contractId: uuidString,
      number: z.string(),
      title: z.string(),
      endDate: dateString.nullable(),
      amount: z.number(),
      source: z.enum(['rule', 'manual']).meta({ description: 'rule: created by the renewal time rule' }),
      createdAt: dateTimeString,
    })
    .meta({ id: 'RenewalLink', description: 'The contract an opportunity renews' });
  const present = async (actor: ReturnType<typeof actorOf>, id: string) => {
    const link = await renewalOf(ctx, actor, id);
    return {
      renewalOf: link
        ? {
            contractId: link.contract_id,
            number: link.number,
            title: link.title,
            endDate: link.end_date,
            amount: Number(link.amount),
            source: link.source as 'rule',
            createdAt: iso(link.created_at)!,
          }
        : null,
    };
  };
  const linkResponse = z.object({ renewalOf: linkSchema.nullable() }).meta({ id: 'OpportunityRenewal' });

  app.get(
    '/opportunities/:id/renewal',
    {
      schema: {
        operationId: 'getOpportunityRenewal',
        tags: ['opportunities'],
        summary: 'Whether the opportunity is a renewal, and of which contract',
        params: idParams,
        response: { 200: linkResponse },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => present(actorOf(request), request.params.id),
  );

  app.put(
    '/opportunities/:id/renewal',
    {
      schema: {
        operationId: 'markOpportunityRenewal',
        tags: ['opportunities'],
        summary: 'Mark the opportunity as the renewal of one of the customer’s contracts',
        params: idParams,
        body: z.object({ contractId: z.uuid() }).strict().meta({ id: 'MarkRenewalRequest' }),
        response: { 200: linkResponse },
        errors: { 404: ['NOT_FOUND'], 409: ['RENEWAL_EXISTS'], 422: ['INVALID_REFERENCE'] },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'records:write');
      await markRenewal(ctx, actor, request.params.id, request.body.contractId);
      return present(actor, request.params.id);
    },
  );
}
