import { formatLocal } from '../core/calendar/working-time.js';
import { randomUUID } from 'node:crypto';
import type { ExpressionBuilder, Kysely, Transaction } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { pendingAuditRow } from '../core/audit/audit.js';
import type { Actor } from '../core/auth/actor.js';
import { inScope } from '../core/auth/scope.js';
import type { AppContext } from '../core/context.js';
import type { DB } from '../core/db/schema.js';
import { AppError, notFound } from '../core/http/errors.js';
import { assertInPlaybook } from '../core/playbook/checks.js';
import type { ActivePlaybook } from '../core/playbook/service.js';

export const FOLLOWUP_TARGETS = ['lead', 'customer', 'opportunity'] as const;
export type TargetType = (typeof FOLLOWUP_TARGETS)[number];

/** What a follow-up says; the same fields as POST /followups. */
export interface FollowupInput {
  targetType: TargetType;
  targetId: string;
  channel: string;
  valueTag: string;
  content: string;
  /** Files the author uploaded before, each usable by one follow-up only; at least one. */
  attachmentIds: string[];
  nextFollowUpAt?: string;
  correctsId?: string;
  /** Contact persons of the record's customer who took part. */
  contactIds?: string[];
  /** Customer concerns (playbook `concerns` keys) the author confirmed; published with `followup.created`. */
  concerns?: string[];
}

export interface RecordOptions {
  /**
   * When the follow-up happened, for trusted internal callers only (the demo writes its history
   * in the past). Never taken from HTTP: there the time is always the server's.
   */
  asOf?: Date;
}

interface Target {
  leadId: string | null;
  customerId: string | null;
  opportunityId: string | null;
  stage: string | null;
  teamId: string | null;
}

/** A file a follow-up attaches, as the write path reads it with the record (name and size for the answer). */
export interface AttachedFile {
  id: string;
  name: string;
  kind: string;
  mime: string;
  size: number;
  uploaded_by: string;
  followup_id: string | null;
}

/** The candidate files with whether another follow-up already uses them, as one JSON array column. */
function filesOf(eb: ExpressionBuilder<DB, keyof DB>, ids: string[]) {
  return jsonArrayFrom(
    eb
      .selectFrom('files')
      .leftJoin('followup_attachments', 'followup_attachments.file_id', 'files.id')
      .select(['files.id', 'files.name', 'files.kind', 'files.mime', 'files.size', 'files.uploaded_by', 'followup_attachments.followup_id'])
      .where('files.id', 'in', ids),
  );
}

/**
 * Resolves the record a follow-up is about, within the actor's scope, with its current stage.
 * With `attachmentIds`, the same statement reads those files as well (the write path: one round trip).
 */
export async function resolveTarget(
  db: Kysely<DB>,
  actor: Actor,
  type: TargetType,
  id: string,
  attachmentIds: string[] = [],
): Promise<Target & { files: AttachedFile[] }> {
  const withFiles = attachmentIds.length > 0;
  const files = (row: { files?: unknown }) => (row.files ?? []) as AttachedFile[];
  if (type === 'lead') {
    const lead = await db
      .selectFrom('leads')
      .select(['id', 'status', 'customer_id', 'team_id'])
      .$if(withFiles, (qb) => qb.select((eb) => filesOf(eb, attachmentIds).as('files')))
      .where('id', '=', id)
      .where(inScope(actor.scope, 'leads'))
      .executeTakeFirst();
    if (!lead) throw notFound('lead');
    return { leadId: lead.id, customerId: lead.customer_id, opportunityId: null, stage: lead.status, teamId: lead.team_id, files: files(lead) };
  }
  if (type === 'customer') {
    const customer = await db
      .selectFrom('customers')
      .select(['id', 'team_id'])
      .$if(withFiles, (qb) => qb.select((eb) => filesOf(eb, attachmentIds).as('files')))
      .where('id', '=', id)
      .where(inScope(actor.scope, 'customers'))
      .executeTakeFirst();
    if (!customer) throw notFound('customer');
    return { leadId: null, customerId: customer.id, opportunityId: null, stage: null, teamId: customer.team_id, files: files(customer) };
  }
  const opportunity = await db
    .selectFrom('opportunities')
    .select(['id', 'customer_id', 'stage', 'team_id'])
    .$if(withFiles, (qb) => qb.select((eb) => filesOf(eb, attachmentIds).as('files')))
    .where('id', '=', id)
    .where(inScope(actor.scope, 'opportunities'))
    .executeTakeFirst();
  if (!opportunity) throw notFound('opportunity');
  return {
    leadId: null,
    customerId: opportunity.customer_id,
    opportunityId: opportunity.id,
    stage: opportunity.stage,
    teamId: opportunity.team_id,
    files: files(opportunity),
  };
}

/** A follow-up as written: what the write path knows without reading it back. */
export interface RecordedFollowup {
  id: string;
  targetType: TargetType;
  targetId: string;
  leadId: string | null;
  customerId: string | null;
  opportunityId: string | null;
  channel: string;
  valueTag: string;
  content: string;
  attachments: { id: string; name: string; kind: string; mime: string; size: number }[];
  nextFollowUpAt: Date | null;
  stage: string | null;
  authorId: string;
  correctsId: string | null;
  /** Contact persons of the customer who took part. */
  contacts: { id: string; name: string; role: string; title: string | null }[];
  createdAt: Date;
  /** Whether the authenticity check flagged it (`followup.flagged` published for it in the transaction). */
  flagged: boolean;
}

/**
 * Records a follow-up in its own transaction: the one write path for every follow-up (API, UI,
 * demo). The records it is about react to `followup.created` in the same transaction (the lead's
 * first contact and response clock, last activity and next follow-up), and so does the
 * authenticity check (fingerprint, near-duplicate and burst flags). Returns the new id.
 */
export async function createFollowup(ctx: AppContext, author: Actor, input: FollowupInput, options: RecordOptions = {}): Promise<string> {
  return (await writeFollowup(ctx, author, input, options)).id;
}

/** `createFollowup` answering with the follow-up as written (the API answers with it, no read-back). */
export async function writeFollowup(ctx: AppContext, author: Actor, input: FollowupInput, options: RecordOptions = {}): Promise<RecordedFollowup> {
  // Read before the transaction: on the embedded database a read through ctx.db inside it would wait.
  const playbook = await ctx.playbook.active();
  return ctx.db.transaction().execute((trx) => recordFollowupDetailed(trx, ctx, author, input, { ...options, playbook }));
}

/** The same write inside a caller's transaction (the demo seeds its organisation in one); reads only through `trx`. */
export async function recordFollowup(
  trx: Transaction<DB>,
  ctx: AppContext,
  author: Actor,
  input: FollowupInput,
  options: RecordOptions & { playbook?: ActivePlaybook } = {},
): Promise<string> {
  return (await recordFollowupDetailed(trx, ctx, author, input, options)).id;
}

/**
 * The write, in as few statements as its guarantees allow: the target and the attachments in one
 * read; the follow-up, its attachments and its audit entry in one statement (data-modifying CTEs);
 * the reactions to `followup.created` in theirs.
 */
async function recordFollowupDetailed(
  trx: Transaction<DB>,
  ctx: AppContext,
  author: Actor,
  input: FollowupInput,
  options: RecordOptions & { playbook?: ActivePlaybook } = {},
): Promise<RecordedFollowup> {
  const { document } = options.playbook ?? (await ctx.playbook.active(trx));
  assertInPlaybook(document, { channel: input.channel, valueTag: input.valueTag });
  if (input.attachmentIds.length === 0) throw new AppError(422, 'ATTACHMENT_REQUIRED');
  const now = ctx.clock.now();
  if (options.asOf && options.asOf > now) throw new Error('A follow-up cannot be recorded in the future');
  const at = options.asOf ?? now;
  const nextFollowUpAt = input.nextFollowUpAt ? new Date(input.nextFollowUpAt) : null;
  const attachmentIds = [...new Set(input.attachmentIds)];
  const target = await resolveTarget(trx, author, input.targetType, input.targetId, attachmentIds);
  // A next follow-up already due when it is planned would hide the record from every reminder.
  if (nextFollowUpAt && nextFollowUpAt.getTime() <= at.getTime())
    throw new AppError(422, 'NEXT_FOLLOWUP_IN_PAST', { at: formatLocal(nextFollowUpAt, document.sla.businessHours.timeZone) });
  const id = randomUUID();
  const files = target.files;
  for (const fileId of attachmentIds) {
    const file = files.find((f) => f.id === fileId);
    if (!file || file.uploaded_by !== author.id) throw new AppError(422, 'ATTACHMENT_INVALID', { reason: fileId });
    // Evidence belongs to one follow-up: re-using a screenshot for many entries proves nothing.
    if (file.followup_id) throw new AppError(422, 'ATTACHMENT_INVALID', { reason: `${fileId} (已被其他跟进记录使用)` });
  }
  const contactIds = [...new Set(input.contactIds ?? [])];
  const contacts =
    contactIds.length > 0 && target.customerId
      ? await trx
          .selectFrom('contacts')
          .select(['id', 'name', 'role', 'title'])
          .where('customer_id', '=', target.customerId)
          .where('id', 'in', contactIds)
          .orderBy('name')
          .execute()
      : [];
  const missing = contactIds.find((contactId) => !contacts.some((k) => k.id === contactId));
  if (missing) throw new AppError(422, 'INVALID_REFERENCE', { reason: `contactIds: ${missing}` });
  const concerns = [...new Set(input.concerns ?? [])];
  const unknownConcern = concerns.find((key) => !document.concerns.categories.some((c) => c.key === key));
  if (unknownConcern) throw new AppError(422, 'INVALID_REFERENCE', { reason: `concerns: ${unknownConcern}` });
  if (input.correctsId) {
    const original = await trx.selectFrom('followups').select(['id', 'target_id', 'author_id']).where('id', '=', input.correctsId).executeTakeFirst();
    if (!original || original.target_id !== input.targetId) throw new AppError(422, 'INVALID_REFERENCE', { reason: 'correctsId' });
  }
  const audit = pendingAuditRow(now, {
    actorId: author.id,
    action: 'followup.create',
    entityType: 'followup',
    entityId: id,
    data: {
      targetType: input.targetType,
      targetId: input.targetId,
      channel: input.channel,
      valueTag: input.valueTag,
      stage: target.stage,
      attachmentIds,
      contactIds,
      ...(concerns.length > 0 ? { concerns } : {}),
      correctsId: input.correctsId ?? null,
      ...(options.asOf ? { asOf: at.toISOString() } : {}),
    },
  });
  // One statement: the follow-up, its attachments (their foreign key is checked at the end of the
  // statement, when the follow-up exists) and its audit entry.
  await trx
    .with('f', (db) =>
      db
        .insertInto('followups')
        .values({
          id,
          target_type: input.targetType,
          target_id: input.targetId,
          lead_id: target.leadId,
          customer_id: target.customerId,
          opportunity_id: target.opportunityId,
          channel: input.channel,
          value_tag: input.valueTag,
          content: input.content,
          next_follow_up_at: nextFollowUpAt,
          stage: target.stage,
          author_id: author.id,
          team_id: target.teamId,
          corrects_id: input.correctsId ?? null,
          created_at: at,
        })
        .returning('id'),
    )
    .with('a', (db) =>
      db
        .insertInto('followup_attachments')
        .values(attachmentIds.map((fileId) => ({ followup_id: id, file_id: fileId })))
        .returning('file_id'),
    )
    .with('m', (db) => db.updateTable('files').set({ attached_at: at }).where('id', 'in', attachmentIds).returning('id'))
    .insertInto('audit_pending')
    .values(audit)
    .execute();
  if (contactIds.length > 0)
    await trx
      .insertInto('followup_contacts')
      .values(contactIds.map((contactId) => ({ followup_id: id, contact_id: contactId })))
      .execute();
  const flagged = ctx.events.collect(trx, 'followup.flagged');
  await ctx.events.publish(trx, 'followup.created', {
    followupId: id,
    targetType: input.targetType,
    targetId: input.targetId,
    leadId: target.leadId,
    customerId: target.customerId,
    opportunityId: target.opportunityId,
    channel: input.channel,
    valueTag: input.valueTag,
    content: input.content,
    stage: target.stage,
    attachmentIds,
    recordingIds: files.filter((f) => f.kind === 'recording' && attachmentIds.includes(f.id)).map((f) => f.id),
    nextFollowUpAt: nextFollowUpAt?.toISOString() ?? null,
    authorId: author.id,
    authorTeamId: author.teamId,
    teamId: target.teamId,
    correctsId: input.correctsId ?? null,
    createdAt: at.toISOString(),
    concerns,
  });
  return {
    id,
    targetType: input.targetType,
    targetId: input.targetId,
    leadId: target.leadId,
    customerId: target.customerId,
    opportunityId: target.opportunityId,
    channel: input.channel,
    valueTag: input.valueTag,
    content: input.content,
    attachments: attachmentIds.map((fileId) => {
      const { name, kind, mime, size } = files.find((f) => f.id === fileId)!;
      return { id: fileId, name, kind, mime, size: Number(size) };
    }),
    nextFollowUpAt,
    stage: target.stage,
    authorId: author.id,
    correctsId: input.correctsId ?? null,
    contacts,
    createdAt: at,
    flagged: flagged.some((f) => f.followupId === id),
  };
}
