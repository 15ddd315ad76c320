import { z } from 'zod';
import { requirePermission } from '../auth/guard.js';
import type { App, AppContext } from '../context.js';
import type { SweepRule } from '../scheduler/time-rule.js';
import { dateTimeString, iso, listOf, pageQuery, uuidString } from '../http/common.js';
import { sendSheet, xlsxDownload } from '../http/list.js';
import { DATE_TIME_FORMAT, localDateCell } from '../export/workbook.js';
import { readerLocale } from '../i18n/reader.js';
import type { Locale } from '../i18n/locale.js';
import type { DB } from '../db/schema.js';
import type { Kysely } from 'kysely';
import { anchorAuditChain, auditHead, chainPendingAudit, verifyAudit } from './audit.js';
import { ACTION_LABELS, ENTITY_TYPE_LABELS, actionLabel, entityNames, entityTypeLabel } from './readable.js';

const auditEntrySchema = z
  .object({
    seq: z.number().int(),
    at: dateTimeString.nullable(),
    actorId: uuidString.nullable(),
    actorName: z.string().nullable(),
    action: z.string().meta({ description: 'What happened, e.g. `lead.create`, `opportunity.stage`' }),
    actionLabel: z.string().meta({ description: 'The action in the reader’s language (the code when it has no name)' }),
    entityType: z.string(),
    entityTypeLabel: z.string().meta({ description: 'The entity type in the reader’s language' }),
    entityId: z.string().nullable(),
    entityName: z.string().nullable().meta({ description: 'The name of the record the entry is about, when it still exists and has one' }),
    data: z.unknown().meta({ description: 'The change as recorded' }),
    hash: z.string(),
    prevHash: z.string(),
  })
  .meta({ id: 'AuditEntry', description: 'An entry of the hash-chained audit log' });

const anchorSchema = z
  .object({ seq: z.number().int(), hash: z.string(), at: z.string() })
  .meta({ id: 'AuditAnchor', description: 'A signed head of the audit chain, written outside the database' });

const chainCheckSchema = z
  .object({
    ok: z.boolean().meta({ description: 'The chain is intact and agrees with the newest signed anchor' }),
    checked: z.number().int(),
    lastHash: z.string().optional(),
    firstBroken: z.object({ seq: z.number().int(), reason: z.enum(['sequence_gap', 'prev_hash_mismatch', 'hash_mismatch']) }).optional(),
    anchor: anchorSchema.nullable().meta({ description: 'The newest validly signed anchor the chain was compared with; null before the first one' }),
    anchorCheck: z
      .union([
        z.object({ ok: z.literal(true) }),
        z.object({ ok: z.literal(false), reason: z.literal('missing_tail'), anchoredSeq: z.number().int(), headSeq: z.number().int() }),
        z.object({ ok: z.literal(false), reason: z.literal('rewritten'), seq: z.number().int(), anchoredHash: z.string(), storedHash: z.string().nullable() }),
      ])
      .nullable(),
    invalidAnchors: z.number().int().meta({ description: 'Anchor records whose signature does not hold (written without the key)' }),
  })
  .meta({
    id: 'AuditChainCheck',
    description: 'The whole chain checked link by link and against the newest signed anchor: the first broken link, a missing tail or a rewritten chain',
  });

const auditFilters = {
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  actorId: z.uuid().optional(),
  action: z.string().max(100).optional().meta({ description: 'An action code, e.g. `opportunity.stage`' }),
  from: z.iso.datetime({ offset: true }).optional().meta({ description: 'Entries at or after this instant' }),
  to: z.iso.datetime({ offset: true }).optional().meta({ description: 'Entries before this instant' }),
};
type AuditFilters = { [K in keyof typeof auditFilters]?: string };

const codeLabelSchema = z.object({ code: z.string(), label: z.string() }).meta({ id: 'AuditCodeLabel' });

function filteredAudit(db: Kysely<DB>, q: AuditFilters) {
  let query = db.selectFrom('audit_log');
  if (q.entityType) query = query.where('entity_type', '=', q.entityType);
  if (q.entityId) query = query.where('entity_id', '=', q.entityId);
  if (q.actorId) query = query.where('actor_id', '=', q.actorId);
  if (q.action) query = query.where('action', '=', q.action);
  if (q.from) query = query.where('at', '>=', new Date(q.from));
  if (q.to) query = query.where('at', '<', new Date(q.to));
  return query;
}

async function readableEntries(db: Kysely<DB>, query: ReturnType<typeof filteredAudit>, limit: number, offset: number, locale: Locale) {
  const rows = await query
    .leftJoin('users', 'users.id', 'audit_log.actor_id')
    .selectAll('audit_log')
    .select('users.display_name')
    .orderBy('seq', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  const names = await entityNames(db, rows);
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    actorId: r.actor_id,
    actorName: r.display_name,
    action: r.action,
    actionLabel: actionLabel(r.action, locale),
    entityType: r.entity_type,
    entityTypeLabel: entityTypeLabel(r.entity_type, locale),
    entityId: r.entity_id,
    entityName: r.entity_id ? (names.get(`${r.entity_type}:${r.entity_id.toLowerCase()}`) ?? null) : null,
    data: r.data,
    hash: r.hash,
    prevHash: r.prev_hash,
  }));
}

const EXPORT_LIMIT = 50_000;

export function auditRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/audit',
    {
      schema: {
        operationId: 'listAuditEntries',
        tags: ['audit'],
        summary: 'Audit log, newest first, with action and record names in the reader’s language',
        querystring: z.object({ ...pageQuery, ...auditFilters }),
        response: { 200: listOf(auditEntrySchema, 'AuditEntryList') },
        errors: { 403: ['FORBIDDEN'] },
      },
    },
    async (request) => {
      requirePermission(request, 'audit:read');
      // What happened a moment ago is shown chained, not left in the queue.
      await chainPendingAudit(ctx.db);
      const q = request.query;
      const query = filteredAudit(ctx.db, q);
      const [rows, count] = await Promise.all([
        readableEntries(ctx.db, query, q.pageSize, (q.page - 1) * q.pageSize, readerLocale(request)),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map((r) => ({ ...r, at: iso(r.at) })), total: Number(count.n), page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/audit/codes',
    {
      schema: {
        operationId: 'listAuditCodes',
        tags: ['audit'],
        summary: 'The action codes and entity types the audit log can be filtered by, named in the reader’s language',
        response: { 200: z.object({ actions: z.array(codeLabelSchema), entityTypes: z.array(codeLabelSchema) }).meta({ id: 'AuditCodes' }) },
        errors: { 403: ['FORBIDDEN'] },
      },
    },
    async (request) => {
      requirePermission(request, 'audit:read');
      const locale = readerLocale(request);
      const named = (labels: Record<string, Record<Locale, string>>) => Object.entries(labels).map(([code, label]) => ({ code, label: label[locale] }));
      return { actions: named(ACTION_LABELS), entityTypes: named(ENTITY_TYPE_LABELS) };
    },
  );

  app.get(
    '/audit.xlsx',
    {
      schema: {
        operationId: 'exportAuditEntries',
        tags: ['audit'],
        summary: `The filtered audit log as an Excel workbook (newest first, at most ${EXPORT_LIMIT} entries)`,
        querystring: z.object(auditFilters),
        download: xlsxDownload('The audit entries (.xlsx)'),
        errors: { 403: ['FORBIDDEN'] },
      },
    },
    async (request, reply) => {
      requirePermission(request, 'audit:read');
      await chainPendingAudit(ctx.db);
      const locale = readerLocale(request);
      const now = ctx.clock.now();
      const timeZone = (await ctx.calendar.current()).hours.timeZone;
      const rows = await readableEntries(ctx.db, filteredAudit(ctx.db, request.query), EXPORT_LIMIT, 0, locale);
      type Row = (typeof rows)[number];
      const stamp = now.toISOString().slice(0, 10);
      return sendSheet<Row>(reply, {
        sheet: { 'zh-CN': '审计日志', en: 'Audit log' },
        columns: [
          { header: { 'zh-CN': '序号', en: 'seq' }, width: 10, value: (r) => r.seq },
          { header: { 'zh-CN': '时间', en: 'time' }, width: 20, value: (r) => localDateCell(r.at, timeZone), numFmt: DATE_TIME_FORMAT[locale] },
          { header: { 'zh-CN': '操作人', en: 'actor' }, width: 14, value: (r) => r.actorName ?? r.actorId ?? '' },
          { header: { 'zh-CN': '操作', en: 'action' }, width: 20, value: (r) => r.actionLabel },
          { header: { 'zh-CN': '操作代码', en: 'action code' }, width: 20, value: (r) => r.action },
          { header: { 'zh-CN': '对象类型', en: 'entity type' }, width: 12, value: (r) => r.entityTypeLabel },
          { header: { 'zh-CN': '对象名称', en: 'entity name' }, width: 28, value: (r) => r.entityName ?? '' },
          { header: { 'zh-CN': '对象 ID', en: 'entity id' }, width: 38, value: (r) => r.entityId ?? '' },
          { header: { 'zh-CN': '内容', en: 'data' }, width: 60, value: (r) => JSON.stringify(r.data ?? {}) },
          { header: { 'zh-CN': '哈希', en: 'hash' }, width: 20, value: (r) => r.hash },
        ],
        rows,
        locale,
        asciiName: `audit-${stamp}.xlsx`,
        localName: locale === 'en' ? `audit-log-${stamp}.xlsx` : `审计日志-${stamp}.xlsx`,
        now,
      });
    },
  );

  app.get(
    '/audit/verify',
    {
      schema: {
        operationId: 'verifyAuditChain',
        tags: ['audit'],
        summary: 'Check the whole hash chain and compare it with the newest signed anchor; reports the first broken link, a missing tail or a rewritten chain',
        response: { 200: chainCheckSchema },
        errors: { 403: ['FORBIDDEN'] },
      },
    },
    async (request) => {
      requirePermission(request, 'audit:verify');
      const result = await verifyAudit(ctx.db, ctx.anchors);
      return { ...result, ok: result.ok && (result.anchorCheck?.ok ?? true) };
    },
  );

  app.post(
    '/audit/anchor',
    {
      schema: {
        operationId: 'anchorAuditChain',
        tags: ['audit'],
        summary: 'Sign the head of the audit chain now and write the anchor outside the database',
        response: { 200: anchorSchema },
        errors: { 403: ['FORBIDDEN'] },
      },
    },
    async (request) => {
      requirePermission(request, 'audit:verify');
      const anchor = await anchorAuditChain(ctx.db, ctx.anchors, ctx.clock);
      return { seq: anchor.seq, hash: anchor.hash, at: anchor.at };
    },
  );
}

/**
 * Links the queued audit entries into the hash chain on every scheduler tick, and signs the new
 * head into an anchor outside the database whenever it moved (so within a tick, by default 15 s).
 */
export function auditChainRule(ctx: AppContext): SweepRule {
  let anchoredHash: string | null = null;
  return {
    kind: 'sweep',
    id: 'audit-chain',
    name: '审计日志入链',
    run: async (now) => {
      const chained = await chainPendingAudit(ctx.db);
      const head = await auditHead(ctx.db);
      if (head.seq > 0 && head.hash !== anchoredHash) {
        ctx.anchors.write({ ...head, at: now.toISOString() });
        anchoredHash = head.hash;
      }
      return chained;
    },
  };
}
