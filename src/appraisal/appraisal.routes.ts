import { z } from 'zod';
import type { Actor } from '../core/auth/actor.js';
import { actorOf } from '../core/auth/guard.js';
import type { App, AppContext } from '../core/context.js';
import { tableWorkbook, workbookBuffer, workbookHeaders } from '../core/export/workbook.js';
import { uuidString } from '../core/http/common.js';
import { forbidden } from '../core/http/errors.js';
import { textsIn } from '../core/i18n/catalogue.js';
import { readerLocale } from '../core/i18n/reader.js';
import { playbookBasisSchema } from '../core/playbook/explain.js';
import { labelOf } from '../core/playbook/service.js';
import { APPRAISAL_COMPONENTS } from '../core/playbook/schema.js';
import { MANAGER_ROLES, monthPeriod, repsOf, teamsInReach } from '../analytics/index.js';
import { appraisalRaws, ltvFacts } from './appraisal.query.js';
import { appraise, customerLtv, ltvShares, rankWithinTeams } from './appraisal.score.js';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
const XLSX = { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', description: 'The workbook (.xlsx)' };
const READERS = ['sales', ...MANAGER_ROLES];

const componentKey = z.enum(APPRAISAL_COMPONENTS).meta({ id: 'AppraisalComponentKey' });
const appraisalItem = z
  .object({
    userId: uuidString,
    name: z.string(),
    teamId: uuidString.nullable(),
    teamName: z.string().nullable(),
    components: z.array(
      z.object({
        key: componentKey,
        label: z.string(),
        raw: z.number().nullable().meta({ description: 'Amount in yuan, a rate 0–1, or a health score 0–100; null without a basis' }),
        score: z.number().nullable().meta({ description: 'min(100, raw ÷ target × 100)' }),
        weight: z.number(),
        weighted: z.number().nullable(),
      }),
    ),
    total: z.number().nullable().meta({ description: 'Σ score × weight ÷ Σ weight of the scored components' }),
    rank: z.number().int().nullable().meta({ description: 'Rank inside the team by total (ties share a rank)' }),
    complaints: z.number().int(),
    coordinationComplaints: z.number().int(),
    coordinationShare: z.number().nullable().meta({ description: 'Share of 「内部协调不畅」 among the month’s complaints of the rep’s customers' }),
  })
  .meta({ id: 'AppraisalItem' });

const ltvItem = z
  .object({
    customerId: uuidString,
    customerName: z.string(),
    ownerId: uuidString.nullable(),
    ownerName: z.string().nullable(),
    received: z.number(),
    expectedRenewals: z.number(),
    ltv: z.number(),
  })
  .meta({ id: 'CustomerLtv' });

export function appraisalRoutes(app: App, ctx: AppContext): void {
  const appraisalQuery = z.object({
    month: month.optional().meta({ description: 'Default: the current month' }),
    teamId: z.uuid().optional(),
    sort: z.enum(['rank', 'total', 'name']).default('rank'),
    order: z.enum(['asc', 'desc']).default('asc'),
  });
  const loadAppraisal = async (actor: Actor, q: z.infer<typeof appraisalQuery>, locale: string) => {
    if (!READERS.includes(actor.role)) throw forbidden();
    const { document, version } = await ctx.playbook.active();
    const period = monthPeriod(ctx.clock.now(), document.sla.businessHours.timeZone, q.month);
    const reps = await repsOf(ctx, await teamsInReach(ctx, actor, q.teamId));
    const raws = await appraisalRaws(ctx, actor, reps, period, document);
    const policy = document.appraisal.components;
    const label = new Map(policy.map((c) => [c.key, labelOf(c, locale, c.key)]));
    const rows = rankWithinTeams(
      reps.map((rep) => {
        const raw = raws.get(rep.userId)!;
        const result = appraise(raw, policy);
        return {
          userId: rep.userId,
          name: rep.name,
          teamId: rep.teamId,
          teamName: rep.teamName,
          components: result.components.map((c) => ({ ...c, label: label.get(c.key)! })),
          total: result.total,
          complaints: raw.complaints,
          coordinationComplaints: raw.coordinationComplaints,
          coordinationShare: result.coordinationShare,
        };
      }),
    );
    const dir = q.order === 'asc' ? 1 : -1;
    const value = (r: (typeof rows)[number]) => (q.sort === 'name' ? r.name : q.sort === 'total' ? (r.total ?? -1) : (r.rank ?? Number.MAX_SAFE_INTEGER));
    rows.sort((a, b) =>
      value(a) < value(b) ? -dir : value(a) > value(b) ? dir : (a.teamName ?? '').localeCompare(b.teamName ?? '') || a.name.localeCompare(b.name),
    );
    // A rep sees their own appraisal and rank, not their colleagues' figures.
    const items = actor.role === 'sales' ? rows.filter((r) => r.userId === actor.id) : rows;
    const complaints = rows.reduce((t, r) => t + r.complaints, 0);
    const coordination = rows.reduce((t, r) => t + r.coordinationComplaints, 0);
    return {
      month: period.month,
      playbookVersion: version,
      basis: { rule: 'monthly-appraisal', settings: ['appraisal.components', 'health.weights'], playbookVersion: version },
      components: policy.map((c) => ({ key: c.key, label: label.get(c.key)!, weight: c.weight, target: c.target })),
      coordinationShare: complaints ? Math.round((coordination / complaints) * 10_000) / 10_000 : null,
      items,
    };
  };

  app.get(
    '/analytics/appraisal',
    {
      schema: {
        operationId: 'getMonthlyAppraisal',
        tags: ['analytics'],
        summary: '月度考核: each rep’s components (raw value, score, weight), total, team rank and the share of 「内部协调不畅」 complaints',
        description:
          'Components and weights come from the playbook’s `appraisal` section (defaults: 新客户签约额 42.5, 老客户续约率 26.4, 商机孵化质量 16.1, 客户健康度 15). A sales rep sees only their own row.',
        querystring: appraisalQuery,
        response: {
          200: z
            .object({
              month: z.string(),
              playbookVersion: z.number().int().meta({ description: 'The playbook version whose appraisal weights and targets were used' }),
              basis: playbookBasisSchema,
              components: z.array(z.object({ key: componentKey, label: z.string(), weight: z.number(), target: z.number() })),
              coordinationShare: z.number().nullable().meta({ description: 'Over every rep in reach' }),
              items: z.array(appraisalItem),
            })
            .meta({ id: 'MonthlyAppraisal' }),
        },
        errors: { 403: ['FORBIDDEN'], 404: ['NOT_FOUND'] },
      },
    },
    async (request) => loadAppraisal(actorOf(request), request.query, readerLocale(request)),
  );

  app.get(
    '/analytics/appraisal.xlsx',
    {
      schema: {
        operationId: 'exportMonthlyAppraisal',
        tags: ['analytics'],
        summary: '月度考核 as an Excel workbook: one row per rep and component, and the team ranking',
        querystring: appraisalQuery,
        download: XLSX,
        errors: { 403: ['FORBIDDEN'], 404: ['NOT_FOUND'] },
      },
    },
    async (request, reply) => {
      const locale = readerLocale(request);
      const r = await loadAppraisal(actorOf(request), request.query, locale);
      const t = textsIn(locale);
      const col = (key: string, width = 14) => ({ header: t('sheet.money.column', { key }), key, width });
      const workbook = tableWorkbook([
        {
          name: t('sheet.money.sheet', { kind: 'appraisal' }),
          columns: [col('ownerName'), col('teamName'), col('component', 18), col('raw'), col('score'), col('weight'), col('weighted')],
          rows: r.items.flatMap((i) => i.components.map((c) => ({ ownerName: i.name, teamName: i.teamName, component: c.label, ...c }))),
        },
        {
          name: t('sheet.money.sheet', { kind: 'ranking' }),
          columns: [col('teamName'), col('rank', 8), col('ownerName'), col('total'), col('complaints', 10), col('coordinationShare', 20)],
          rows: r.items.map((i) => ({ ...i, ownerName: i.name })),
        },
      ]);
      return reply
        .headers(workbookHeaders(`appraisal-${r.month}.xlsx`, t('sheet.money.file', { kind: 'appraisal', date: r.month })))
        .send(await workbookBuffer(workbook));
    },
  );

  const ltvQuery = z.object({
    ownerId: z.uuid().optional(),
    teamId: z.uuid().optional(),
    region: z.string().trim().min(1).optional(),
    sort: z.enum(['ltv', 'received', 'expectedRenewals', 'customerName']).default('ltv'),
    order: z.enum(['asc', 'desc']).default('desc'),
  });
  const loadLtv = async (actor: Actor, q: z.infer<typeof ltvQuery>) => {
    const { document } = await ctx.playbook.active();
    const { ltvHorizonYears, expectedRenewalRate } = document.renewals;
    const items = (await ltvFacts(ctx, actor, q)).map((c) => ({
      customerId: c.customerId,
      customerName: c.customerName,
      ownerId: c.ownerId,
      ownerName: c.ownerName,
      ...customerLtv(c.received, c.contracts, ltvHorizonYears, expectedRenewalRate),
    }));
    const dir = q.order === 'asc' ? 1 : -1;
    const value = (i: (typeof items)[number]) => i[q.sort];
    items.sort((a, b) => (value(a) < value(b) ? -dir : value(a) > value(b) ? dir : a.customerName.localeCompare(b.customerName)));
    const names = new Map(items.map((i) => [i.ownerId, i.ownerName]));
    const reps = ltvShares(items).map((s) => ({ ...s, ownerName: names.get(s.ownerId) ?? null }));
    return { horizonYears: ltvHorizonYears, expectedRenewalRate, items, reps };
  };

  app.get(
    '/analytics/ltv',
    {
      schema: {
        operationId: 'getCustomerLtv',
        tags: ['analytics'],
        summary: 'Customer LTV (received + expected renewals over the playbook’s horizon) and each rep’s share of the LTV they manage',
        description:
          'Expected renewals: for each running contract, its yearly value (amount over its term, 365-day years) × renewals.ltvHorizonYears × renewals.expectedRenewalRate. Shares are over the customers in the caller’s scope and filters.',
        querystring: ltvQuery,
        response: {
          200: z
            .object({
              horizonYears: z.number(),
              expectedRenewalRate: z.number(),
              items: z.array(ltvItem),
              reps: z.array(
                z
                  .object({ ownerId: uuidString.nullable(), ownerName: z.string().nullable(), customers: z.number().int(), ltv: z.number(), share: z.number() })
                  .meta({ id: 'RepLtvShare' }),
              ),
            })
            .meta({ id: 'LtvReport' }),
        },
      },
    },
    async (request) => loadLtv(actorOf(request), request.query),
  );

  app.get(
    '/analytics/ltv.xlsx',
    {
      schema: {
        operationId: 'exportCustomerLtv',
        tags: ['analytics'],
        summary: 'Customer LTV and reps’ shares as an Excel workbook',
        querystring: ltvQuery,
        download: XLSX,
      },
    },
    async (request, reply) => {
      const r = await loadLtv(actorOf(request), request.query);
      const t = textsIn(readerLocale(request));
      const col = (key: string, width = 14) => ({ header: t('sheet.money.column', { key }), key, width });
      const day = new Date(ctx.clock.now()).toISOString().slice(0, 10);
      const workbook = tableWorkbook([
        {
          name: t('sheet.money.sheet', { kind: 'customers' }),
          columns: [col('customerName', 24), col('ownerName'), col('received'), col('expectedRenewals'), col('ltv')],
          rows: r.items,
        },
        { name: t('sheet.money.sheet', { kind: 'reps' }), columns: [col('ownerName'), col('customers', 10), col('ltv'), col('share')], rows: r.reps },
      ]);
      return reply.headers(workbookHeaders(`customer-ltv-${day}.xlsx`, t('sheet.money.file', { kind: 'ltv', date: day }))).send(await workbookBuffer(workbook));
    },
  );
}
