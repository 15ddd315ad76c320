import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { recordAudit } from '../core/audit/audit.js';
import type { Actor } from '../core/auth/actor.js';
import { actorOf, requirePermission } from '../core/auth/guard.js';
import { inScope } from '../core/auth/scope.js';
import { localParts } from '../core/calendar/working-time.js';
import type { App, AppContext } from '../core/context.js';
import { idParams, listOf, pageQuery } from '../core/http/common.js';
import { AppError, notFound } from '../core/http/errors.js';
import { repVisible } from './access.js';
import { checkinCreatedSchema, checkinInput, checkinSchema, toCheckin, type CheckinRow } from './field.model.js';
import { distanceM, toWgs84 } from './geo.js';

export type CheckinInput = z.infer<typeof checkinInput>;

function checkinsQuery(db: AppContext['db']) {
  return db
    .selectFrom('checkins')
    .innerJoin('customers', 'customers.id', 'checkins.customer_id')
    .innerJoin('users as rep', 'rep.id', 'checkins.rep_id')
    .selectAll('checkins')
    .select(['customers.name as customer_name', 'rep.display_name as rep_name']);
}

/** A check-in its rep or the rep's managers may see; anyone else gets 404, as if it did not exist. */
export async function findVisibleCheckin(ctx: AppContext, actor: Actor, id: string): Promise<CheckinRow> {
  const row = await checkinsQuery(ctx.db).where('checkins.id', '=', id).where(repVisible(actor, 'checkins.rep_id')).executeTakeFirst();
  if (!row) throw notFound('checkin');
  return row;
}

/**
 * 签到: the rep is at the customer. The position is converted to WGS-84 and compared with the
 * customer's stored one; farther than the playbook's `field.checkinMaxDistanceM` → 422 TOO_FAR
 * (with `distanceM` and `thresholdM`), nothing stored. A valid check-in is stored with the server's
 * time, completes the rep's planned visit of that customer today, and leaves the visit follow-up to
 * record (`followupId` null until a `visit` follow-up of the rep on that customer links it).
 * The audit entry names the distance and accuracy, never the position (the audit log is forever;
 * positions are purged after the retention period).
 */
export async function checkIn(ctx: AppContext, actor: Actor, input: CheckinInput): Promise<CheckinRow> {
  const { document } = await ctx.playbook.active();
  const policy = document.field;
  const customer = await ctx.db
    .selectFrom('customers')
    .select(['id', 'name', 'lat', 'lng'])
    .where('id', '=', input.customerId)
    .where(inScope(actor.scope, 'customers'))
    .executeTakeFirst();
  if (!customer) throw notFound('customer');
  if (customer.lat === null || customer.lng === null) throw new AppError(422, 'NO_CUSTOMER_LOCATION', { customer: customer.name }, { customerId: customer.id });
  if (input.accuracy > policy.maxAccuracyM)
    throw new AppError(
      422,
      'LOCATION_INACCURATE',
      { accuracyM: Math.round(input.accuracy), maxM: policy.maxAccuracyM },
      { accuracyM: Math.round(input.accuracy), maxAccuracyM: policy.maxAccuracyM },
    );
  const point = toWgs84({ lat: input.lat, lng: input.lng }, input.coordSystem);
  const distance = distanceM(point, { lat: customer.lat, lng: customer.lng });
  const thresholdM = policy.checkinMaxDistanceM;
  if (distance > thresholdM) {
    const rounded = Math.round(distance);
    throw new AppError(422, 'TOO_FAR', { distanceM: rounded, thresholdM }, { distanceM: rounded, thresholdM });
  }
  if (input.photoFileId) {
    const file = await ctx.db
      .selectFrom('files')
      .select(['id', 'uploaded_by', 'mime'])
      .select((eb) => [
        eb.exists(eb.selectFrom('followup_attachments').select('file_id').where('file_id', '=', input.photoFileId!)).as('in_followup'),
        eb.exists(eb.selectFrom('checkins').select('id').where('photo_file_id', '=', input.photoFileId!)).as('in_checkin'),
      ])
      .where('id', '=', input.photoFileId)
      .executeTakeFirst();
    if (!file || file.uploaded_by !== actor.id) throw new AppError(422, 'ATTACHMENT_INVALID', { reason: input.photoFileId });
    if (!file.mime.startsWith('image/')) throw new AppError(422, 'ATTACHMENT_INVALID', { reason: `${input.photoFileId} (不是照片 / not a photo)` });
    if (file.in_followup || file.in_checkin) throw new AppError(422, 'ATTACHMENT_INVALID', { reason: `${input.photoFileId} (已被使用 / already used)` });
  }
  const now = ctx.clock.now();
  const today = localParts(now, document.sla.businessHours.timeZone).date;
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const visit = await trx
      .selectFrom('visits')
      .select('id')
      .where('customer_id', '=', customer.id)
      .where('rep_id', '=', actor.id)
      .where('visit_date', '=', today)
      .where('status', '=', 'planned')
      .orderBy('planned_time')
      .orderBy('created_at')
      .limit(1)
      .executeTakeFirst();
    await trx
      .insertInto('checkins')
      .values({
        id,
        rep_id: actor.id,
        customer_id: customer.id,
        visit_id: visit?.id ?? null,
        lat: point.lat,
        lng: point.lng,
        accuracy_m: input.accuracy,
        distance_m: distance,
        coord_system: input.coordSystem,
        photo_file_id: input.photoFileId ?? null,
        followup_id: null,
        local_date: today,
        checked_in_at: now,
        purged_at: null,
      })
      .execute();
    if (input.photoFileId) await trx.updateTable('files').set({ attached_at: now }).where('id', '=', input.photoFileId).execute();
    if (visit)
      await trx
        .updateTable('visits')
        .set({ status: 'done', checkin_id: id, updated_at: now })
        .where('id', '=', visit.id)
        .where('status', '=', 'planned')
        .execute();
    await recordAudit(trx, ctx.clock, {
      actorId: actor.id,
      action: 'checkin.create',
      entityType: 'checkin',
      entityId: id,
      data: {
        customerId: customer.id,
        visitId: visit?.id ?? null,
        distanceM: Math.round(distance),
        thresholdM,
        accuracyM: input.accuracy,
        coordSystem: input.coordSystem,
        photoFileId: input.photoFileId ?? null,
      },
    });
  });
  return findVisibleCheckin(ctx, actor, id);
}

const listQuery = z.object({
  ...pageQuery,
  date: z.iso.date().optional(),
  repId: z.uuid().optional(),
  customerId: z.uuid().optional(),
});

export function checkinRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/checkins',
    {
      schema: {
        operationId: 'checkIn',
        tags: ['field'],
        summary: 'Check in at a customer with the phone’s position (server time; within the playbook’s distance)',
        description:
          'Refused with 422 TOO_FAR (`details.distanceM`, `details.thresholdM`) beyond `field.checkinMaxDistanceM`, 422 NO_CUSTOMER_LOCATION when the customer has no coordinates, 422 LOCATION_INACCURATE when `accuracy` exceeds `field.maxAccuracyM`; a customer outside the caller’s scope answers 404.',
        body: checkinInput,
        response: { 201: checkinCreatedSchema },
        errors: { 404: ['NOT_FOUND'], 422: ['TOO_FAR', 'NO_CUSTOMER_LOCATION', 'LOCATION_INACCURATE', 'ATTACHMENT_INVALID'] },
        examples: {
          browser: {
            summary: 'From navigator.geolocation (WGS-84)',
            value: { customerId: '0b6f2d4e-1a3c-4e5f-8a7b-9c0d1e2f3a4b', lat: 31.2304, lng: 121.4737, accuracy: 25, coordSystem: 'wgs84' },
          },
        },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'records:write');
      const row = await checkIn(ctx, actor, request.body);
      return reply
        .status(201)
        .send({ ...toCheckin(row), followupDraft: { targetType: 'customer' as const, targetId: row.customer_id, channel: 'visit' as const } });
    },
  );

  app.get(
    '/checkins',
    {
      schema: {
        operationId: 'listCheckins',
        tags: ['field'],
        summary: 'Check-ins: the caller’s own, and a manager’s reps’ (positions are personal data: nobody else sees them)',
        querystring: listQuery,
        response: { 200: listOf(checkinSchema, 'CheckinList') },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const q = request.query;
      let query = checkinsQuery(ctx.db).where(repVisible(actor, 'checkins.rep_id'));
      if (q.date) query = query.where('checkins.local_date', '=', q.date);
      if (q.repId) query = query.where('checkins.rep_id', '=', q.repId);
      if (q.customerId) query = query.where('checkins.customer_id', '=', q.customerId);
      const [rows, count] = await Promise.all([
        query
          .orderBy('checkins.checked_in_at', 'desc')
          .orderBy('checkins.id')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        query
          .clearSelect()
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toCheckin), total: Number(count.n), page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/checkins/:id',
    {
      schema: {
        operationId: 'getCheckin',
        tags: ['field'],
        summary: 'One check-in (its rep and the rep’s managers; anyone else 404)',
        params: idParams,
        response: { 200: checkinSchema },
        errors: { 404: ['NOT_FOUND'] },
      },
    },
    async (request) => toCheckin(await findVisibleCheckin(ctx, actorOf(request), request.params.id)),
  );
}
