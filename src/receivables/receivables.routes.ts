import { z } from 'zod';
import type { Actor } from '../core/auth/actor.js';
import { actorOf } from '../core/auth/guard.js';
import { localParts } from '../core/calendar/working-time.js';
import type { App, AppContext } from '../core/context.js';
import { tableWorkbook, workbookBuffer, workbookHeaders } from '../core/export/workbook.js';
import { dateString, dateTimeString, idParams, iso, listOf, pageQuery, uuidString } from '../core/http/common.js';
import { textsIn } from '../core/i18n/catalogue.js';
import { readerLocale } from '../core/i18n/reader.js';
import { findVisibleContract } from '../contracts/index.js';
import { RECEIVABLE_SORTS, groupReceivables, receivableRows, receivablesQuery, toReceivable, type ReceivableFilters } from './receivables.query.js';
import { recordPayment } from './receivables.service.js';
import { signingReport } from './signing.query.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
const XLSX = { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', description: 'The workbook (.xlsx)' };
const EXPORT_LIMIT = 50_000;
const lastDayOf = (m: string) => new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).toISOString().slice(0, 10);

const filters = {
  status: z.enum(['open', 'paid', 'overdue']).optional().meta({ description: 'overdue: open and past its due date' }),
  customerId: z.uuid().optional(),
  contractId: z.uuid().optional(),
  ownerId: z.uuid().optional(),
  teamId: z.uuid().optional(),
  region: z.string().trim().min(1).optional(),
  dueFrom: isoDate.optional(),
  dueTo: isoDate.optional(),
};
const sorting = {
  sort: z.enum(RECEIVABLE_SORTS).default('dueDate'),
  order: z.enum(['asc', 'desc']).default('asc'),
};

export const receivableSchema = z
  .object({
    id: uuidString,
    contractId: uuidString,
    contractNumber: z.string(),
    contractTitle: z.string(),
    customerId: uuidString,
    customerName: z.string(),
    ownerId: uuidString.nullable(),
    ownerName: z.string().nullable(),
    teamId: uuidString.nullable(),
    region: z.string(),
    seq: z.number().int().meta({ description: 'Instalment number in the payment terms' }),
    milestone: z.string(),
    percent: z.number(),
    amount: z.number(),
    received: z.number(),
    outstanding: z.number(),
    dueDate: dateString,
    status: z.enum(['open', 'paid']),
    overdue: z.boolean().meta({ description: 'Open and past its due date' }),
    daysOverdue: z.number().int().meta({ description: 'Calendar days past the due date (0 unless overdue)' }),
    paidAt: dateTimeString.nullable(),
    anomalyRaisedAt: dateTimeString.nullable().meta({ description: 'When the overdue rule raised the payment anomaly for it' }),
    anomalyId: uuidString.nullable(),
  })
  .meta({ id: 'Receivable', description: '应收款: one instalment of a submitted contract' });

const paymentSchema = z
  .object({
    id: uuidString,
    contractId: uuidString,
    amount: z.number(),
    receivedAt: dateTimeString,
    reference: z.string(),
    via: z.enum(['session', 'token', 'internal']),
    recordedByName: z.string().nullable(),
    createdAt: dateTimeString,
    allocations: z.array(z.object({ receivableId: uuidString, seq: z.number().int(), amount: z.number() })),
  })
  .meta({ id: 'Payment', description: '回款: money received on a contract and the receivables it settled' });

const groupSchema = z
  .object({
    key: z.string().nullable(),
    label: z.string(),
    due: z.number(),
    received: z.number(),
    outstanding: z.number(),
    overdue: z.number(),
    count: z.number().int(),
  })
  .meta({ id: 'ReceivableGroup' });

const signingItem = z
  .object({
    contractId: uuidString,
    number: z.string(),
    title: z.string(),
    customerName: z.string(),
    ownerId: uuidString.nullable(),
    ownerName: z.string().nullable(),
    amount: z.number(),
    wonAt: dateTimeString,
    signedAt: dateTimeString.nullable(),
    daysToSign: z.number().nullable().meta({ description: 'Days from 赢单 to signature (one decimal); null while unsigned' }),
    daysSinceWin: z.number().meta({ description: 'Days from 赢单 to now (one decimal)' }),
    late: z.boolean().meta({ description: 'Unsigned beyond the playbook’s receivables.signingDeadlineDays, or signed after it' }),
  })
  .meta({ id: 'ContractSigningItem' });

export function receivableRoutes(app: App, ctx: AppContext): void {
  const today = async () => localParts(ctx.clock.now(), (await ctx.calendar.current()).hours.timeZone).date;
  const paymentsOf = async (contractId: string) => {
    const rows = await ctx.db
      .selectFrom('payments')
      .leftJoin('users', 'users.id', 'payments.recorded_by')
      .selectAll('payments')
      .select('users.display_name as recorded_by_name')
      .where('payments.contract_id', '=', contractId)
      .orderBy('payments.received_at')
      .orderBy('payments.created_at')
      .execute();
    const allocations = rows.length
      ? await ctx.db
          .selectFrom('payment_allocations')
          .innerJoin('receivables', 'receivables.id', 'payment_allocations.receivable_id')
          .select(['payment_allocations.payment_id', 'payment_allocations.receivable_id', 'payment_allocations.amount', 'receivables.seq'])
          .where(
            'payment_allocations.payment_id',
            'in',
            rows.map((r) => r.id),
          )
          .orderBy('receivables.seq')
          .execute()
      : [];
    return rows.map((p) => ({
      id: p.id,
      contractId: p.contract_id,
      amount: Number(p.amount),
      receivedAt: iso(p.received_at)!,
      reference: p.reference,
      via: p.via as 'session',
      recordedByName: p.recorded_by_name,
      createdAt: iso(p.created_at)!,
      allocations: allocations
        .filter((a) => a.payment_id === p.id)
        .map((a) => ({ receivableId: a.receivable_id, seq: Number(a.seq), amount: Number(a.amount) })),
    }));
  };
  const contractReceivables = async (actor: Actor, contractId: string) => {
    const contract = await findVisibleContract(ctx.db, actor, contractId);
    const day = await today();
    const rows = await receivableRows(receivablesQuery(ctx, actor, { contractId: contract.id }, day), 'dueDate', 'asc').execute();
    return { items: rows.map((r) => toReceivable(r, day)), payments: await paymentsOf(contract.id) };
  };
  const contractReceivablesSchema = z
    .object({ items: z.array(receivableSchema), payments: z.array(paymentSchema) })
    .meta({ id: 'ContractReceivables', description: 'A contract’s receivables and the payments applied to them' });

  app.post(
    '/contracts/:id/payments',
    {
      schema: {
        operationId: 'recordContractPayment',
        tags: ['receivables'],
        summary: 'Finance (or the ERP with a finance user’s API token) records money received; it settles the oldest open receivables first',
        description:
          'More than the contract’s outstanding amount is refused with 422 OVERPAYMENT and nothing is stored (no credit is held). A reference already recorded on the contract answers 409 PAYMENT_DUPLICATE, so an ERP may retry safely.',
        params: idParams,
        body: z
          .object({
            amount: z.number().gt(0).max(1e13).multipleOf(0.01),
            receivedAt: z.iso.datetime({ offset: true }),
            reference: z.string().trim().min(1).max(200).meta({ description: 'Bank or ERP voucher number, unique per contract' }),
          })
          .strict()
          .meta({ id: 'RecordPaymentRequest' }),
        response: { 201: contractReceivablesSchema },
        errors: { 404: ['NOT_FOUND'], 409: ['NO_RECEIVABLES', 'PAYMENT_DUPLICATE'], 422: ['OVERPAYMENT', 'DATE_IN_FUTURE'] },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await recordPayment(ctx, actor, request.params.id, request.body);
      return reply.status(201).send(await contractReceivables(actor, request.params.id));
    },
  );

  app.get(
    '/contracts/:id/receivables',
    {
      schema: {
        operationId: 'listContractReceivables',
        tags: ['receivables'],
        summary: 'A contract’s receivables (its instalments with due dates) and payments',
        params: idParams,
        response: { 200: contractReceivablesSchema },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => contractReceivables(actorOf(request), request.params.id),
  );

  app.get(
    '/receivables',
    {
      schema: {
        operationId: 'listReceivables',
        tags: ['receivables'],
        summary: 'Receivables of the contracts in the caller’s scope, filtered and sorted',
        querystring: z.object({ ...pageQuery, ...filters, ...sorting }),
        response: {
          200: listOf(receivableSchema, 'ReceivableList').extend({
            totals: z.object({ due: z.number(), received: z.number(), outstanding: z.number(), overdue: z.number() }).meta({ description: 'Over every match' }),
          }),
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { page, pageSize, sort, order, ...f } = request.query;
      const day = await today();
      const q = receivablesQuery(ctx, actor, f, day);
      const [rows, totals] = await Promise.all([
        receivableRows(q, sort, order)
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
        q
          .select((eb) => [
            eb.fn.countAll<number>().as('n'),
            eb.fn.coalesce(eb.fn.sum<number>('receivables.amount'), eb.lit(0)).as('due'),
            eb.fn.coalesce(eb.fn.sum<number>('receivables.received'), eb.lit(0)).as('received'),
          ])
          .executeTakeFirstOrThrow(),
      ]);
      const overdue = await q
        .select((eb) => eb.fn.coalesce(eb.fn.sum<number>(eb('receivables.amount', '-', eb.ref('receivables.received'))), eb.lit(0)).as('overdue'))
        .where('receivables.status', '=', 'open')
        .where('receivables.due_date', '<', day)
        .executeTakeFirstOrThrow();
      const due = Number(totals.due);
      const received = Number(totals.received);
      return {
        items: rows.map((r) => toReceivable(r, day)),
        total: Number(totals.n),
        page,
        pageSize,
        totals: { due, received, outstanding: Math.round((due - received) * 100) / 100, overdue: Number(overdue.overdue) },
      };
    },
  );

  app.get(
    '/receivables.xlsx',
    {
      schema: {
        operationId: 'exportReceivables',
        tags: ['receivables'],
        summary: 'The receivables list (same filters and sorting) as an Excel workbook',
        querystring: z.object({ ...filters, ...sorting }),
        download: XLSX,
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { sort, order, ...f } = request.query;
      const day = await today();
      const rows = (
        await receivableRows(receivablesQuery(ctx, actor, f, day), sort, order)
          .limit(EXPORT_LIMIT)
          .execute()
      ).map((r) => toReceivable(r, day));
      const t = textsIn(readerLocale(request));
      const col = (key: string, width = 14) => ({ header: t('sheet.money.column', { key }), key, width });
      const workbook = tableWorkbook([
        {
          name: t('sheet.money.sheet', { kind: 'receivables' }),
          columns: [
            col('contractNumber', 18),
            col('contractTitle', 24),
            col('customerName', 24),
            col('ownerName'),
            col('seq', 8),
            col('milestone'),
            col('amount'),
            col('received'),
            col('outstanding'),
            col('dueDate', 12),
            col('status', 10),
            col('daysOverdue', 10),
          ],
          rows: rows.map((r) => ({ ...r, status: t('sheet.money.status', { status: r.overdue ? 'overdue' : r.status }) })),
        },
      ]);
      const name = t('sheet.money.file', { kind: 'receivables', date: day });
      return reply.headers(workbookHeaders(`receivables-${day}.xlsx`, name)).send(await workbookBuffer(workbook));
    },
  );

  const reportQuery = z.object({
    groupBy: z.enum(['customer', 'rep', 'month']).default('month'),
    from: month.optional().meta({ description: 'First due month (YYYY-MM)' }),
    to: month.optional().meta({ description: 'Last due month (YYYY-MM)' }),
    customerId: z.uuid().optional(),
    ownerId: z.uuid().optional(),
    teamId: z.uuid().optional(),
    region: z.string().trim().min(1).optional(),
  });
  const report = async (actor: Actor, q: z.infer<typeof reportQuery>) => {
    const day = await today();
    const f: ReceivableFilters = {
      customerId: q.customerId,
      ownerId: q.ownerId,
      teamId: q.teamId,
      region: q.region,
      dueFrom: q.from ? `${q.from}-01` : undefined,
      dueTo: q.to ? lastDayOf(q.to) : undefined,
    };
    const rows = (await receivableRows(receivablesQuery(ctx, actor, f, day), 'dueDate', 'asc').execute()).map((r) => toReceivable(r, day));
    const groups = groupReceivables(rows, q.groupBy);
    const sum = (k: 'due' | 'received' | 'outstanding' | 'overdue') => Math.round(groups.reduce((t, g) => t + g[k] * 100, 0)) / 100;
    return {
      groupBy: q.groupBy,
      asOf: day,
      groups,
      totals: { due: sum('due'), received: sum('received'), outstanding: sum('outstanding'), overdue: sum('overdue') },
    };
  };

  app.get(
    '/reports/receivables',
    {
      schema: {
        operationId: 'getReceivablesReport',
        tags: ['reports'],
        summary: '回款报表: due, received, outstanding and overdue by customer, rep or due month (caller’s scope)',
        querystring: reportQuery,
        response: {
          200: z
            .object({
              groupBy: z.enum(['customer', 'rep', 'month']),
              asOf: dateString,
              groups: z.array(groupSchema),
              totals: z.object({ due: z.number(), received: z.number(), outstanding: z.number(), overdue: z.number() }),
            })
            .meta({ id: 'ReceivablesReport' }),
        },
      },
    },
    async (request) => report(actorOf(request), request.query),
  );

  app.get(
    '/reports/receivables.xlsx',
    {
      schema: {
        operationId: 'exportReceivablesReport',
        tags: ['reports'],
        summary: '回款报表 as an Excel workbook (one sheet per grouping)',
        querystring: reportQuery.omit({ groupBy: true }),
        download: XLSX,
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const t = textsIn(readerLocale(request));
      const col = (key: string, width = 14) => ({ header: t('sheet.money.column', { key }), key, width });
      const sheets = [];
      let asOf = '';
      for (const groupBy of ['customer', 'rep', 'month'] as const) {
        const r = await report(actor, { ...request.query, groupBy });
        asOf = r.asOf;
        sheets.push({
          name: t('sheet.money.sheet', { kind: groupBy }),
          columns: [col('label', 24), col('due'), col('received'), col('outstanding'), col('overdue'), col('count', 8)],
          rows: r.groups,
        });
      }
      return reply
        .headers(workbookHeaders(`receivables-report-${asOf}.xlsx`, t('sheet.money.file', { kind: 'receivablesReport', date: asOf })))
        .send(await workbookBuffer(tableWorkbook(sheets)));
    },
  );

  const signingQuery = z.object({
    state: z.enum(['unsigned', 'signed', 'late']).optional().meta({ description: 'late: unsigned beyond the deadline or signed after it' }),
    ownerId: z.uuid().optional(),
    teamId: z.uuid().optional(),
    wonFrom: isoDate.optional(),
    wonTo: isoDate.optional(),
    sort: z.enum(['wonAt', 'daysSinceWin', 'amount']).default('wonAt'),
    order: z.enum(['asc', 'desc']).default('asc'),
  });
  const signingResponse = z
    .object({
      deadlineDays: z.number().int(),
      averageDaysToSign: z.number().nullable(),
      unsignedLate: z.array(signingItem).meta({ description: '合同签署时效性: contracts still unsigned beyond the deadline after 赢单' }),
      items: z.array(signingItem),
    })
    .meta({ id: 'ContractSigningReport' });

  app.get(
    '/reports/contract-signing',
    {
      schema: {
        operationId: 'getContractSigningReport',
        tags: ['reports'],
        summary: '合同签署时效性: time from 赢单 to signature, and won contracts still unsigned beyond the playbook’s deadline',
        querystring: signingQuery,
        response: { 200: signingResponse },
      },
    },
    async (request) => signingReport(ctx, actorOf(request), request.query),
  );

  app.get(
    '/reports/contract-signing.xlsx',
    {
      schema: {
        operationId: 'exportContractSigningReport',
        tags: ['reports'],
        summary: '合同签署时效性 as an Excel workbook',
        querystring: signingQuery,
        download: XLSX,
      },
    },
    async (request, reply) => {
      const r = await signingReport(ctx, actorOf(request), request.query);
      const t = textsIn(readerLocale(request));
      const col = (key: string, width = 14) => ({ header: t('sheet.money.column', { key }), key, width });
      const columns = [
        col('number', 18),
        col('contractTitle', 24),
        col('customerName', 24),
        col('ownerName'),
        col('amount'),
        col('wonAt', 22),
        col('signedAt', 22),
        col('daysToSign', 10),
        col('daysSinceWin', 10),
      ];
      const rows = (items: typeof r.items) => items.map((i) => ({ ...i, contractTitle: i.title }));
      const day = await today();
      return reply.headers(workbookHeaders(`contract-signing-${day}.xlsx`, t('sheet.money.file', { kind: 'signing', date: day }))).send(
        await workbookBuffer(
          tableWorkbook([
            { name: t('sheet.money.sheet', { kind: 'unsignedLate' }), columns, rows: rows(r.unsignedLate) },
            { name: t('sheet.money.sheet', { kind: 'signing' }), columns, rows: rows(r.items) },
          ]),
        ),
      );
    },
  );
}
