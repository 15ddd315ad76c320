import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { recordAudit } from '../core/audit/audit.js';
import type { Actor } from '../core/auth/actor.js';
import type { AppContext } from '../core/context.js';
import type { DB } from '../core/db/schema.js';
import { AppError, notFound } from '../core/http/errors.js';
import type { FaultCodeInput, FaultCodeRow } from './device.model.js';

type Executor = Kysely<DB> | Transaction<DB>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The part references (product ids or SKUs) that match no product of the price list. */
export async function unknownParts(db: Executor, refs: string[]): Promise<string[]> {
  const unique = [...new Set(refs)];
  if (unique.length === 0) return [];
  const uuids = unique.filter((r) => UUID.test(r));
  const found = await db
    .selectFrom('products')
    .select(['id', 'sku'])
    .where((eb) => eb.or([eb('sku', 'in', unique), ...(uuids.length ? [eb('id', 'in', uuids)] : [])]))
    .execute();
  return unique.filter((r) => !found.some((p) => p.id === r || p.sku === r));
}

export async function findFaultCode(db: Executor, id: string): Promise<FaultCodeRow> {
  const row = await db.selectFrom('fault_codes').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('faultCode');
  return row;
}

async function assertCodeFree(db: Executor, model: string, code: string, exceptId: string | null) {
  let query = db.selectFrom('fault_codes').select('id').where('model', '=', model).where('code', '=', code);
  if (exceptId) query = query.where('id', '<>', exceptId);
  if (await query.executeTakeFirst()) throw new AppError(409, 'CONFLICT', { what: `${model} ${code}` });
}

async function assertParts(db: Executor, parts: string[]) {
  const unknown = await unknownParts(db, parts);
  if (unknown.length) throw new AppError(422, 'INVALID_REFERENCE', { reason: `parts: ${unknown.join(', ')}` });
}

export function prepareFaultCode(ctx: AppContext, input: FaultCodeInput): FaultCodeRow {
  const now = ctx.clock.now();
  return {
    id: randomUUID(),
    model: input.model,
    code: input.code,
    meaning: input.meaning,
    likely_cause: input.likelyCause || null,
    recommended_action: input.recommendedAction || null,
    parts: input.parts,
    created_at: now,
    updated_at: now,
  };
}

export async function writeFaultCodes(trx: Transaction<DB>, ctx: AppContext, actor: Actor, rows: FaultCodeRow[], via: 'api' | 'import'): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto('fault_codes')
    .values(rows.map((r) => ({ ...r, parts: JSON.stringify(r.parts) })))
    .execute();
  await recordAudit(trx, ctx.clock, {
    actorId: actor.id,
    action: via === 'import' ? 'fault_code.import' : 'fault_code.create',
    entityType: 'fault_code',
    entityId: rows.length === 1 ? rows[0].id : null,
    data: { via, count: rows.length, codes: rows.map((r) => `${r.model}:${r.code}`) },
  });
}

export async function createFaultCode(ctx: AppContext, actor: Actor, input: FaultCodeInput): Promise<string> {
  await assertCodeFree(ctx.db, input.model, input.code, null);
  await assertParts(ctx.db, input.parts);
  const row = prepareFaultCode(ctx, input);
  await ctx.db.transaction().execute((trx) => writeFaultCodes(trx, ctx, actor, [row], 'api'));
  return row.id;
}

export async function updateFaultCode(ctx: AppContext, actor: Actor, id: string, body: Partial<FaultCodeInput>): Promise<void> {
  const before = await findFaultCode(ctx.db, id);
  const model = body.model ?? before.model;
  const code = body.code ?? before.code;
  if (model !== before.model || code !== before.code) await assertCodeFree(ctx.db, model, code, id);
  if (body.parts) await assertParts(ctx.db, body.parts);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('fault_codes')
      .set({
        model,
        code,
        meaning: body.meaning ?? before.meaning,
        likely_cause: body.likelyCause === undefined ? before.likely_cause : body.likelyCause || null,
        recommended_action: body.recommendedAction === undefined ? before.recommended_action : body.recommendedAction || null,
        parts: JSON.stringify(body.parts ?? before.parts),
        updated_at: ctx.clock.now(),
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, ctx.clock, { actorId: actor.id, action: 'fault_code.update', entityType: 'fault_code', entityId: id, data: { changes: body } });
  });
}

export async function deleteFaultCode(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const before = await findFaultCode(ctx.db, id);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('fault_codes').where('id', '=', id).execute();
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: 'fault_code.delete',
      entityType: 'fault_code',
      entityId: id,
      data: { model: before.model, code: before.code, meaning: before.meaning },
    });
  });
}
