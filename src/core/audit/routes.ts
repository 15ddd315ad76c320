import { z } from 'zod';
import { requirePermission } from '../auth/guard.js';
import type { App, AppContext } from '../context.js';
import type { SweepRule } from '../scheduler/time-rule.js';
import { dateTimeString, iso, listOf, pageQuery, uuidString } from '../http/common.js';
import { chainPendingAudit, verifyAuditChain } from './audit.js';

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

const chainCheckSchema = z
  .union([
    z.object({ ok: z.literal(true), checked: z.number().int(), lastHash: z.string() }),
    z.object({
      ok: z.literal(false),
      checked: z.number().int(),
      firstBroken: z.object({ seq: z.number().int(), reason: z.enum(['sequence_gap', 'prev_hash_mismatch', 'hash_mismatch']) }),
    }),
  ])
  .meta({ id: 'AuditChainCheck', description: 'The whole chain checked; the first broken link when it is not intact' });

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
        summary: 'Check the whole hash chain; reports the first broken link',
        response: { 200: chainCheckSchema },
        errors: { 403: ['FORBIDDEN'] },
      },
    },
    async (request) => {
      requirePermission(request, 'audit:verify');
      return verifyAuditChain(ctx.db);
    },
  );
}

/** Links the queued audit entries into the hash chain on every scheduler tick. */
export function auditChainRule(ctx: AppContext): SweepRule {
  return { kind: 'sweep', id: 'audit-chain', name: '审计日志入链', run: () => chainPendingAudit(ctx.db) };
}
