import { z } from 'zod';
import { requirePermission } from '../auth/guard.js';
import type { App, AppContext } from '../context.js';
import type { SweepRule } from '../scheduler/time-rule.js';
import { dateTimeString, iso, listOf, pageQuery, uuidString } from '../http/common.js';
import { anchorAuditChain, auditHead, chainPendingAudit, verifyAudit } from './audit.js';

const auditEntrySchema = z
  .object({
    seq: z.number().int(),
    at: dateTimeString.nullable(),
    actorId: uuidString.nullable(),
    actorName: z.string().nullable(),
    action: z.string().meta({ description: 'What happened, e.g. `lead.create`, `opportunity.stage`' }),
    entityType: z.string(),
    entityId: z.string().nullable(),
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

export function auditRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/audit',
    {
      schema: {
        operationId: 'listAuditEntries',
        tags: ['audit'],
        summary: 'Audit log, newest first',
        querystring: z.object({ ...pageQuery, entityType: z.string().optional(), entityId: z.string().optional(), actorId: z.uuid().optional() }),
        response: { 200: listOf(auditEntrySchema, 'AuditEntryList') },
        errors: { 403: ['FORBIDDEN'] },
      },
    },
    async (request) => {
      requirePermission(request, 'audit:read');
      // What happened a moment ago is shown chained, not left in the queue.
      await chainPendingAudit(ctx.db);
      const q = request.query;
      let query = ctx.db.selectFrom('audit_log');
      if (q.entityType) query = query.where('entity_type', '=', q.entityType);
      if (q.entityId) query = query.where('entity_id', '=', q.entityId);
      if (q.actorId) query = query.where('actor_id', '=', q.actorId);
      const [rows, count] = await Promise.all([
        query
          .leftJoin('users', 'users.id', 'audit_log.actor_id')
          .selectAll('audit_log')
          .select('users.display_name')
          .orderBy('seq', 'desc')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return {
        items: rows.map((r) => ({
          seq: r.seq,
          at: iso(r.at),
          actorId: r.actor_id,
          actorName: r.display_name,
          action: r.action,
          entityType: r.entity_type,
          entityId: r.entity_id,
          data: r.data,
          hash: r.hash,
          prevHash: r.prev_hash,
        })),
        total: count.n,
        page: q.page,
        pageSize: q.pageSize,
      };
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
