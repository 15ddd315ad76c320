import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { recordAudit } from '../core/audit/audit.js';
import type { Actor } from '../core/auth/actor.js';
import { inScope } from '../core/auth/scope.js';
import { localParts } from '../core/calendar/working-time.js';
import type { AppContext } from '../core/context.js';
import type { DB } from '../core/db/schema.js';
import { AppError, notFound } from '../core/http/errors.js';
import type { PlaybookDocument } from '../core/playbook/schema.js';
import { storeOpportunityFile } from '../files/index.js';
import { findVisibleOpportunity } from '../opportunities/index.js';
import type { QuoteInput, QuoteListRow, QuoteUpdate, QuoteVersionRow } from './quote.model.js';
import { renderQuotePdf } from './quote-pdf.js';
import { checkAction, needsApproval, priceLine, quoteTotals, type QuoteAction, type QuoteLine, type QuoteStatus } from './quote-rules.js';

type Executor = Kysely<DB> | Transaction<DB>;

/** The quotes the actor may see: those of opportunities in their scope. */
export function visibleQuotes(db: Executor, actor: Actor) {
  return db
    .selectFrom('quotes')
    .innerJoin('opportunities', 'opportunities.id', 'quotes.opportunity_id')
    .innerJoin('customers', 'customers.id', 'quotes.customer_id')
    .leftJoin('users as owner', 'owner.id', 'quotes.owner_id')
    .leftJoin('users as decider', 'decider.id', 'quotes.decided_by')
    .where(inScope(actor.scope, 'opportunities'));
}

const SUMMARY_COLUMNS = [
  'quotes.id',
  'quotes.number',
  'quotes.opportunity_id',
  'opportunities.name as opportunity_name',
  'quotes.customer_id',
  'customers.name as customer_name',
  'quotes.owner_id',
  'owner.display_name as owner_name',
  'quotes.status',
  'quotes.version',
  'quotes.valid_until',
  'quotes.subtotal',
  'quotes.tax',
  'quotes.total',
  'quotes.max_discount_pct',
  'quotes.needs_approval',
  'quotes.decided_by',
  'decider.display_name as decided_by_name',
  'quotes.decided_at',
  'quotes.decision_note',
  'quotes.sent_at',
  'quotes.sent_file_id',
  'quotes.created_at',
  'quotes.updated_at',
] as const;

export const selectSummary = (db: Executor, actor: Actor) => visibleQuotes(db, actor).select(SUMMARY_COLUMNS);

export async function findVisibleQuote(db: Executor, actor: Actor, id: string): Promise<QuoteListRow> {
  const row = await selectSummary(db, actor).where('quotes.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('quote');
  return row;
}

export async function quoteVersions(db: Executor, quoteId: string, version?: number): Promise<QuoteVersionRow[]> {
  let query = db
    .selectFrom('quote_versions')
    .leftJoin('users', 'users.id', 'quote_versions.created_by')
    .selectAll('quote_versions')
    .select('users.display_name as created_by_name')
    .where('quote_versions.quote_id', '=', quoteId);
  if (version !== undefined) query = query.where('quote_versions.version', '=', version);
  return query.orderBy('quote_versions.version', 'desc').execute();
}

/** Today's date where the playbook's business hours are. */
const localToday = (document: PlaybookDocument, now: Date) => localParts(now, document.sla.businessHours.timeZone).date;

async function priceItems(ctx: AppContext, items: QuoteInput['items']): Promise<QuoteLine[]> {
  const ids = [...new Set(items.map((i) => i.productId))];
  const products = await ctx.db.selectFrom('products').selectAll().where('id', 'in', ids).execute();
  return items.map((item, i) => {
    const product = products.find((p) => p.id === item.productId);
    if (!product) throw new AppError(422, 'INVALID_REFERENCE', { reason: `items[${i}].productId` });
    if (!product.active) throw new AppError(422, 'INVALID_REFERENCE', { reason: `items[${i}].productId (${product.sku} 已停用)` });
    return priceLine({
      productId: product.id,
      sku: product.sku,
      name: product.name,
      unit: product.unit,
      listPrice: Number(product.list_price),
      quantity: item.quantity,
      unitPrice: item.unitPrice,
      discountPct: item.discountPct,
    });
  });
}

function assertValidity(document: PlaybookDocument, now: Date, validUntil: string) {
  if (validUntil < localToday(document, now)) throw new AppError(400, 'VALIDATION', { summary: 'validUntil: 不能早于今天 / must not be in the past' });
}

/** The next number of the year, safe under concurrency: the counter row is updated in place. */
async function nextNumber(trx: Transaction<DB>, year: number): Promise<string> {
  const { rows } = await sql<{ last_value: number }>`
    insert into quote_numbers (year, last_value) values (${year}, 1)
    on conflict (year) do update set last_value = quote_numbers.last_value + 1
    returning last_value`.execute(trx);
  return `BJ-${year}-${String(rows[0].last_value).padStart(6, '0')}`;
}

export async function createQuote(ctx: AppContext, actor: Actor, input: QuoteInput): Promise<string> {
  const opportunity = await findVisibleOpportunity(ctx.db, actor, input.opportunityId);
  if (opportunity.status !== 'open') throw new AppError(409, 'QUOTE_STATE', { status: opportunity.status });
  const lines = await priceQuoteItems(ctx, input.items);
  const { id } = await ctx.db
    .transaction()
    .execute((trx) =>
      insertQuote(trx, ctx, actor, { opportunity, lines, validUntil: input.validUntil, terms: input.terms, notes: input.notes, items: input.items }),
    );
  return id;
}

/** Prices the items from the price list (before a transaction opens); unknown or inactive products answer 422. */
export const priceQuoteItems = (ctx: AppContext, items: QuoteInput['items']): Promise<QuoteLine[]> => priceItems(ctx, items);

/**
 * Stores a new quote (version 1, draft) for an open opportunity inside the caller's transaction,
 * with its number and an audit entry: the device page makes its quote and the opportunity it
 * joins in one. The caller checked the opportunity and priced the lines.
 */
export async function insertQuote(
  trx: Transaction<DB>,
  ctx: AppContext,
  actor: Actor,
  input: {
    opportunity: { id: string; customer_id: string; owner_id: string | null; team_id: string | null; region: string };
    lines: QuoteLine[];
    validUntil: string;
    terms?: string | null;
    notes?: string | null;
    /** What the caller asked for, as the audit entry keeps it. */
    items: unknown;
    deviceId?: string | null;
  },
): Promise<{ id: string; number: string; total: number }> {
  const { opportunity, lines } = input;
  const { document } = await ctx.playbook.active(trx);
  const now = ctx.clock.now();
  assertValidity(document, now, input.validUntil);
  const totals = quoteTotals(lines, document.quotes.taxRate);
  const approval = needsApproval(totals, document.quotes.approvalDiscountPct);
  const id = randomUUID();
  const number = await nextNumber(trx, Number(localToday(document, now).slice(0, 4)));
  await trx
    .insertInto('quotes')
    .values({
      id,
      number,
      opportunity_id: opportunity.id,
      customer_id: opportunity.customer_id,
      owner_id: opportunity.owner_id,
      team_id: opportunity.team_id,
      region: opportunity.region,
      status: 'draft',
      version: 1,
      valid_until: input.validUntil,
      subtotal: totals.subtotal,
      tax: totals.tax,
      total: totals.total,
      max_discount_pct: totals.maxDiscountPct,
      needs_approval: approval,
      created_by: actor.id,
      created_at: now,
      updated_at: now,
      device_id: input.deviceId ?? null,
    })
    .execute();
  await insertVersion(trx, id, 1, lines, totals, input.validUntil, input.terms || null, input.notes || null, actor, now);
  await recordAudit(trx, ctx.clock, {
    actorId: actor.id,
    action: 'quote.create',
    entityType: 'quote',
    entityId: id,
    data: {
      number,
      opportunityId: opportunity.id,
      totals,
      needsApproval: approval,
      items: input.items,
      ...(input.deviceId ? { deviceId: input.deviceId } : {}),
    },
  });
  return { id, number, total: totals.total };
}

async function insertVersion(
  trx: Transaction<DB>,
  quoteId: string,
  version: number,
  lines: QuoteLine[],
  totals: ReturnType<typeof quoteTotals>,
  validUntil: string,
  terms: string | null,
  notes: string | null,
  actor: Actor,
  now: Date,
) {
  await trx
    .insertInto('quote_versions')
    .values({
      quote_id: quoteId,
      version,
      items: JSON.stringify(lines),
      totals: JSON.stringify(totals),
      valid_until: validUntil,
      terms,
      notes,
      created_by: actor.id,
      created_at: now,
    })
    .execute();
}

/** The quote row locked for a change, after checking the actor still sees it. */
async function lockQuote(trx: Transaction<DB>, actor: Actor, id: string) {
  await findVisibleQuote(trx, actor, id);
  return trx.selectFrom('quotes').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
}

function assertAction(quote: { status: string; needs_approval: boolean; valid_until: string }, action: QuoteAction, today: string): QuoteStatus {
  const check = checkAction({ status: quote.status as QuoteStatus, action, needsApproval: quote.needs_approval, expired: quote.valid_until < today });
  if (!check.ok) throw new AppError(409, check.code, { status: quote.status });
  return check.next;
}

/** Writes the next version (items repriced when given) and returns the quote to draft. */
export async function updateQuote(ctx: AppContext, actor: Actor, id: string, body: QuoteUpdate): Promise<void> {
  await findVisibleQuote(ctx.db, actor, id);
  const { document } = await ctx.playbook.active();
  const now = ctx.clock.now();
  if (body.validUntil) assertValidity(document, now, body.validUntil);
  const repriced = body.items ? await priceItems(ctx, body.items) : null;
  await ctx.db.transaction().execute(async (trx) => {
    const quote = await lockQuote(trx, actor, id);
    assertAction(quote, 'edit', localToday(document, now));
    const [previous] = await quoteVersions(trx, id, quote.version);
    const lines = repriced ?? (previous.items as QuoteLine[]);
    const totals = quoteTotals(lines, document.quotes.taxRate);
    const approval = needsApproval(totals, document.quotes.approvalDiscountPct);
    const validUntil = body.validUntil ?? quote.valid_until;
    if (!body.validUntil) assertValidity(document, now, validUntil);
    const version = quote.version + 1;
    const terms = body.terms === undefined ? previous.terms : body.terms || null;
    const notes = body.notes === undefined ? previous.notes : body.notes || null;
    await insertVersion(trx, id, version, lines, totals, validUntil, terms, notes, actor, now);
    await trx
      .updateTable('quotes')
      .set({
        status: 'draft',
        version,
        valid_until: validUntil,
        subtotal: totals.subtotal,
        tax: totals.tax,
        total: totals.total,
        max_discount_pct: totals.maxDiscountPct,
        needs_approval: approval,
        decided_by: null,
        decided_at: null,
        decision_note: null,
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: 'quote.update',
      entityType: 'quote',
      entityId: id,
      data: { version, previousStatus: quote.status, totals, needsApproval: approval, changes: body },
    });
  });
}

/** submit, approve or reject: one state move, audited; the approver's decision is kept. */
export async function moveQuote(ctx: AppContext, actor: Actor, id: string, action: 'submit' | 'approve' | 'reject', note?: string): Promise<void> {
  if (action === 'reject' && !note?.trim()) throw new AppError(400, 'VALIDATION', { summary: 'note: 驳回须填写原因 / a reason is required to reject' });
  const { document } = await ctx.playbook.active();
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const quote = await lockQuote(trx, actor, id);
    const next = assertAction(quote, action, localToday(document, now));
    const decided = action === 'approve' || action === 'reject' || (action === 'submit' && next === 'approved');
    await trx
      .updateTable('quotes')
      .set({
        status: next,
        updated_at: now,
        ...(decided ? { decided_by: action === 'submit' ? null : actor.id, decided_at: now, decision_note: note?.trim() || null } : {}),
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: `quote.${action}`,
      entityType: 'quote',
      entityId: id,
      data: { from: quote.status, to: next, version: quote.version, note: note ?? null },
    });
  });
}

/** The PDF of a version (the current one by default). */
export async function quotePdf(ctx: AppContext, actor: Actor, id: string, version?: number): Promise<{ number: string; version: number; pdf: Buffer }> {
  const quote = await findVisibleQuote(ctx.db, actor, id);
  return renderVersion(ctx, ctx.db, quote, version ?? quote.version);
}

async function renderVersion(ctx: AppContext, db: Executor, quote: QuoteListRow, version: number) {
  const [row] = await quoteVersions(db, quote.id, version);
  if (!row) throw notFound('quote');
  const { document } = await ctx.playbook.active();
  const now = ctx.clock.now();
  const pdf = await renderQuotePdf(
    {
      companyName: document.quotes.companyName,
      companyDetails: document.quotes.companyDetails,
      number: quote.number,
      version,
      customerName: quote.customer_name ?? '',
      opportunityName: quote.opportunity_name ?? '',
      ownerName: quote.owner_name,
      issuedOn: localParts(row.created_at, document.sla.businessHours.timeZone).date,
      validUntil: row.valid_until,
      lines: row.items as QuoteLine[],
      totals: row.totals as unknown as ReturnType<typeof quoteTotals>,
      terms: row.terms,
      notes: row.notes,
    },
    now,
  );
  return { number: quote.number, version, pdf };
}

/**
 * Sends the quote: its PDF is stored as a proposal file of the opportunity (counted by the grade
 * rules as 定制化方案), the quote becomes `sent`, and `quote.sent` is published.
 */
export async function sendQuote(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const quote = await findVisibleQuote(ctx.db, actor, id);
  const { document } = await ctx.playbook.active();
  const now = ctx.clock.now();
  assertAction(quote, 'send', localToday(document, now));
  const { pdf } = await renderVersion(ctx, ctx.db, quote, quote.version);
  const kind = document.fileKinds.some((k) => k.key === 'proposal') ? 'proposal' : 'other';
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await lockQuote(trx, actor, id);
    // Someone else moved or edited it meanwhile: the PDF rendered above may be stale.
    if (locked.version !== quote.version || locked.status !== quote.status) throw new AppError(409, 'QUOTE_STATE', { status: locked.status });
    const fileId = await storeOpportunityFile(trx, ctx, actor, {
      opportunityId: quote.opportunity_id,
      name: `报价单-${quote.number}-v${quote.version}.pdf`,
      kind,
      mime: 'application/pdf',
      bytes: pdf,
      source: 'quote',
    });
    await trx.updateTable('quotes').set({ status: 'sent', sent_at: now, sent_file_id: fileId, updated_at: now }).where('id', '=', id).execute();
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: 'quote.send',
      entityType: 'quote',
      entityId: id,
      data: { from: quote.status, version: quote.version, fileId, total: Number(quote.total) },
    });
    await ctx.events.publish(trx, 'quote.sent', {
      quoteId: id,
      number: quote.number,
      version: quote.version,
      opportunityId: quote.opportunity_id,
      customerId: quote.customer_id,
      ownerId: quote.owner_id,
      total: Number(quote.total),
      fileId,
      actorId: actor.id,
      sentAt: now.toISOString(),
    });
  });
}
