import { sql, type Transaction } from 'kysely';
import { recordAudit } from '../core/audit/audit.js';
import type { AppContext } from '../core/context.js';
import type { DB } from '../core/db/schema.js';
import type { ChatConcernRaised } from '../core/events/catalog.js';
import type { ConcernCategory } from '../core/playbook/schema.js';
import { concernTagger } from './concerns.js';
import { consentWindow, mayKeep, type ConsentEvent, type ConsentWindow } from './consent.js';
import { mediaStorage } from './media.js';
import { parseRecord, type ParsedRecord, type RejectReason } from './record.js';

export const MAX_RECORDS = 5000;
/** Rows per INSERT statement (column arrays: 14 parameters whatever the number of rows). */
const CHUNK = 2500;
const DAY = 86_400_000;

export type IngestStatus = 'stored' | 'duplicate' | 'recalled' | 'skipped' | 'rejected';

export interface IngestResult {
  msgid: string;
  status: IngestStatus;
  /** Why a record was rejected or skipped (names a field or a rule, never the record's content). */
  error?: string;
}

export interface IngestSummary {
  results: IngestResult[];
  counts: Record<IngestStatus, number>;
}

/** Why a record was skipped. */
export type SkipReason = 'switch' | 'no_consent' | 'expired';

export interface IngestMessages {
  rejected(reason: RejectReason): string;
  skipped(reason: SkipReason, retentionDays: number): string;
}

interface MessageRow {
  msgid: string;
  msgtime: Date;
  msgtype: string;
  direction: 'in' | 'out';
  from_id: string;
  external_id: string | null;
  staff_id: string | null;
  room_id: string | null;
  customer_id: string | null;
  user_id: string | null;
  text: string;
  sdkfileids: string[];
  concerns: string[];
  recalled: boolean;
  received_at: Date;
}

/**
 * External contacts' ids (external_userid) start with wm / wo followed by a mixed-case or numeric
 * code (`wmErxtDgAA9AW32Yyyu…`); a member id such as `wongwei` does not. A mapping decides for any id.
 */
const EXTERNAL_ID = /^w[mo](?=[\w-]*[A-Z0-9])[\w-]{3,}$/;

type Message = Extract<ParsedRecord, { kind: 'message' }>;

async function identitiesOf(ctx: AppContext, ids: string[]) {
  if (ids.length === 0) return { staff: new Map<string, string>(), contacts: new Map<string, string>() };
  const [staff, contacts] = await Promise.all([
    ctx.db
      .selectFrom('chat_staff_identities')
      .select(['wecom_user_id', 'user_id'])
      .where(sql<boolean>`wecom_user_id = any(${ids}::text[])`)
      .execute(),
    ctx.db
      .selectFrom('chat_external_contacts')
      .select(['external_user_id', 'customer_id'])
      .where(sql<boolean>`external_user_id = any(${ids}::text[])`)
      .execute(),
  ]);
  return {
    staff: new Map(staff.map((s) => [s.wecom_user_id, s.user_id])),
    contacts: new Map(contacts.map((c) => [c.external_user_id, c.customer_id])),
  };
}

/** The consent windows of the contacts, their stored history merged with the call's new events. */
async function consentWindows(
  ctx: AppContext,
  contacts: string[],
  fresh: Map<string, (ConsentEvent & { msgid: string })[]>,
): Promise<Map<string, ConsentWindow | null>> {
  const windows = new Map<string, ConsentWindow | null>();
  if (contacts.length === 0) return windows;
  const [summaries, history] = await Promise.all([
    ctx.db
      .selectFrom('chat_consents')
      .select(['external_user_id', 'state', 'last_disagree_at', 'agreed_again_at', 'changed_at'])
      .where(sql<boolean>`external_user_id = any(${contacts}::text[])`)
      .execute(),
    fresh.size
      ? ctx.db
          .selectFrom('chat_consent_events')
          .select(['msgid', 'external_user_id', 'kind', 'at'])
          .where(sql<boolean>`external_user_id = any(${[...fresh.keys()]}::text[])`)
          .execute()
      : Promise.resolve([]),
  ]);
  for (const s of summaries)
    windows.set(s.external_user_id, {
      state: s.state as ConsentWindow['state'],
      lastDisagreeAt: s.last_disagree_at,
      agreedAgainAt: s.agreed_again_at,
      changedAt: s.changed_at,
    });
  for (const [contact, events] of fresh) {
    const known = new Set(events.map((e) => e.msgid));
    const stored = history
      .filter((h) => h.external_user_id === contact && !known.has(h.msgid))
      .map((h) => ({ kind: h.kind as ConsentEvent['kind'], at: h.at }));
    windows.set(contact, consentWindow([...stored, ...events]));
  }
  return windows;
}

export interface IngestOptions {
  /** Whose call it is (audit); null for the command-line import. */
  actorId: string | null;
  messages: IngestMessages;
}

/**
 * Archives one call's records (at most MAX_RECORDS): one result per record, in order. Idempotent by
 * msgid (a message, a recall or a consent record seen before is a duplicate); a recall hides its
 * message's content whichever arrives first; `switch` records are skipped; a contact's `disagree`
 * purges what was kept of them and keeps nothing more until an `agree`; messages older than the
 * retention are skipped. All writes happen in one transaction, in multi-row statements.
 */
export async function ingestArchive(ctx: AppContext, records: readonly unknown[], options: IngestOptions): Promise<IngestSummary> {
  const now = ctx.clock.now();
  const { document } = await ctx.playbook.active();
  const cutoff = new Date(now.getTime() - document.chatArchive.retentionDays * DAY);
  const categories = document.concerns.categories;
  const tagger = concernTagger(categories);

  const parsed = records.map(parseRecord);
  const results: IngestResult[] = parsed.map((p) => ({ msgid: p.msgid, status: 'stored' }));
  const skip = (i: number, reason: SkipReason) =>
    (results[i] = { msgid: parsed[i].msgid, status: 'skipped', error: options.messages.skipped(reason, document.chatArchive.retentionDays) });

  // What each record is, once: a msgid repeated within the call is a duplicate of its first record.
  const seen = new Set<string>();
  const messages: { index: number; record: Message }[] = [];
  const recalls: { index: number; record: Extract<ParsedRecord, { kind: 'recall' }> }[] = [];
  const consents: { index: number; record: Extract<ParsedRecord, { kind: 'consent' }> }[] = [];
  parsed.forEach((p, index) => {
    if (p.kind === 'rejected') {
      results[index] = { msgid: p.msgid, status: 'rejected', error: options.messages.rejected(p.error) };
      return;
    }
    if (seen.has(p.msgid)) {
      results[index] = { msgid: p.msgid, status: 'duplicate' };
      return;
    }
    seen.add(p.msgid);
    if (p.kind === 'switch') skip(index, 'switch');
    else if (p.kind === 'message') messages.push({ index, record: p });
    else if (p.kind === 'recall') {
      // A recall past the retention has nothing left to hide (and its record was deleted with its message).
      if (p.msgtime.getTime() < cutoff.getTime()) skip(index, 'expired');
      else recalls.push({ index, record: p });
    } else consents.push({ index, record: p });
  });

  const ids = [...new Set(messages.flatMap((m) => [m.record.from, ...m.record.tolist]))];
  const { staff, contacts } = await identitiesOf(ctx, ids);
  const isExternal = (id: string) => contacts.has(id) || (!staff.has(id) && EXTERNAL_ID.test(id));

  const freshConsents = new Map<string, (ConsentEvent & { msgid: string })[]>();
  for (const { record } of consents)
    freshConsents.set(record.externalUserId, [
      ...(freshConsents.get(record.externalUserId) ?? []),
      { kind: record.consent, at: record.msgtime, msgid: record.msgid },
    ]);
  // The contacts whose consent decides a message: its external sender, or both sides of a one-to-one chat.
  const subjectsOf = (m: Message) => (m.roomid ? [m.from].filter(isExternal) : [m.from, ...m.tolist].filter(isExternal));
  const subjects = [...new Set([...messages.flatMap((m) => subjectsOf(m.record)), ...freshConsents.keys()])];
  const windows = await consentWindows(ctx, subjects, freshConsents);

  const batchRecalled = new Set(recalls.map((r) => r.record.preMsgid));
  const candidateIds = messages.map((m) => m.record.msgid);
  const earlierRecalls = candidateIds.length
    ? await ctx.db
        .selectFrom('chat_recalls')
        .select('pre_msgid')
        .where(sql<boolean>`pre_msgid = any(${candidateIds}::text[])`)
        .execute()
    : [];
  const recalled = new Set([...batchRecalled, ...earlierRecalls.map((r) => r.pre_msgid)]);

  const rows: { index: number; row: MessageRow }[] = [];
  for (const { index, record: m } of messages) {
    if (m.msgtime.getTime() < cutoff.getTime()) {
      skip(index, 'expired');
      continue;
    }
    if (!subjectsOf(m).every((id) => mayKeep(windows.get(id), m.msgtime))) {
      skip(index, 'no_consent');
      continue;
    }
    const inbound = isExternal(m.from);
    const externals = [m.from, ...m.tolist].filter(isExternal);
    const staffSide = [m.from, ...m.tolist].filter((id) => !isExternal(id));
    const mappedExternal = externals.find((id) => contacts.has(id));
    const mappedStaff = staffSide.find((id) => staff.has(id));
    const hidden = recalled.has(m.msgid);
    rows.push({
      index,
      row: {
        msgid: m.msgid,
        msgtime: m.msgtime,
        msgtype: m.msgtype,
        direction: inbound ? 'in' : 'out',
        from_id: m.from,
        external_id: inbound ? m.from : (mappedExternal ?? externals[0] ?? null),
        staff_id: inbound ? (mappedStaff ?? staffSide[0] ?? null) : m.from,
        room_id: m.roomid,
        customer_id: (inbound ? contacts.get(m.from) : undefined) ?? (mappedExternal ? contacts.get(mappedExternal)! : null),
        user_id: (inbound ? undefined : staff.get(m.from)) ?? (mappedStaff ? staff.get(mappedStaff)! : null),
        text: hidden ? '' : m.text,
        sdkfileids: hidden ? [] : m.sdkfileids,
        concerns: inbound && !hidden ? tagger.tag(m.text) : [],
        recalled: hidden,
        received_at: now,
      },
    });
  }

  const removedFiles: string[] = [];
  await ctx.db.transaction().execute(async (trx) => {
    // Consent records: new ones change the contact's window; a new disagree purges what it no longer allows.
    if (consents.length) {
      const inserted = await trx
        .insertInto('chat_consent_events')
        .values(
          consents.map(({ record }) => ({
            msgid: record.msgid,
            external_user_id: record.externalUserId,
            kind: record.consent,
            at: record.msgtime,
            received_at: now,
          })),
        )
        .onConflict((oc) => oc.column('msgid').doNothing())
        .returning('msgid')
        .execute();
      const fresh = new Set(inserted.map((r) => r.msgid));
      for (const { index, record } of consents) if (!fresh.has(record.msgid)) results[index] = { msgid: record.msgid, status: 'duplicate' };
      const changed = [...new Set(consents.filter((c) => fresh.has(c.record.msgid)).map((c) => c.record.externalUserId))];
      const summaries = changed.flatMap((contact) => {
        const w = windows.get(contact);
        return w
          ? [
              {
                external_user_id: contact,
                state: w.state,
                last_disagree_at: w.lastDisagreeAt,
                agreed_again_at: w.agreedAgainAt,
                changed_at: w.changedAt,
                updated_at: now,
              },
            ]
          : [];
      });
      if (summaries.length)
        await trx
          .insertInto('chat_consents')
          .values(summaries)
          .onConflict((oc) =>
            oc.column('external_user_id').doUpdateSet((eb) => ({
              state: eb.ref('excluded.state'),
              last_disagree_at: eb.ref('excluded.last_disagree_at'),
              agreed_again_at: eb.ref('excluded.agreed_again_at'),
              changed_at: eb.ref('excluded.changed_at'),
              updated_at: eb.ref('excluded.updated_at'),
            })),
          )
          .execute();
      for (const s of summaries.filter((s) => s.last_disagree_at)) removedFiles.push(...(await purgeContact(trx, s.external_user_id, s.agreed_again_at)));
    }

    // Messages: inserted in chunks; a msgid already archived is a duplicate.
    const stored = new Set<string>();
    for (let i = 0; i < rows.length; i += CHUNK) {
      for (const msgid of await insertMessages(
        trx,
        rows.slice(i, i + CHUNK).map((r) => r.row),
      ))
        stored.add(msgid);
    }
    for (const { index, row } of rows) if (!stored.has(row.msgid)) results[index] = { msgid: row.msgid, status: 'duplicate' };

    // Recalls: the recalled message keeps its place in the timeline, without its content or media.
    if (recalls.length) {
      const inserted = await trx
        .insertInto('chat_recalls')
        .values(recalls.map(({ record }) => ({ msgid: record.msgid, pre_msgid: record.preMsgid, at: record.msgtime, received_at: now })))
        .onConflict((oc) => oc.column('msgid').doNothing())
        .returning(['msgid', 'pre_msgid'])
        .execute();
      const fresh = new Set(inserted.map((r) => r.msgid));
      for (const { index, record } of recalls) results[index] = { msgid: record.msgid, status: fresh.has(record.msgid) ? 'recalled' : 'duplicate' };
      const targets = inserted.map((r) => r.pre_msgid);
      if (targets.length) removedFiles.push(...(await hideMessages(trx, targets)));
    }

    const storedRows = rows.filter((r) => stored.has(r.row.msgid)).map((r) => r.row);
    await publishConcerns(trx, ctx, storedRows, categories, now);
    const counts = countOf(results);
    await recordAudit(trx, ctx.clock, {
      actorId: options.actorId,
      action: 'chat.ingest',
      entityType: 'chat_archive',
      entityId: null,
      data: { records: records.length, ...counts },
    });
  });
  await removeFiles(ctx, removedFiles);
  return { results, counts: countOf(results) };
}

/** A PostgreSQL array literal of text elements, each quoted. */
export function textArrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
}

/**
 * Inserts messages with one parameter per column (arrays unnested by the server): no per-row
 * placeholders to build, send and parse. Answers the msgids inserted (not those already there).
 */
async function insertMessages(trx: Transaction<DB>, rows: MessageRow[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const col = <T>(pick: (r: MessageRow) => T) => rows.map(pick);
  const { rows: inserted } = await sql<{ msgid: string }>`
    insert into chat_messages (msgid, msgtime, msgtype, direction, from_id, external_id, staff_id, room_id, customer_id, user_id, text, sdkfileids, concerns, recalled, received_at)
    select u.msgid, u.msgtime::timestamptz, u.msgtype, u.direction, u.from_id, u.external_id, u.staff_id, u.room_id, u.customer_id::uuid, u.user_id::uuid,
           u.text, u.sdkfileids::text[], u.concerns::text[], u.recalled = 't', ${rows[0].received_at}
    from unnest(
      ${col((r) => r.msgid)}::text[], ${col((r) => r.msgtime.toISOString())}::text[], ${col((r) => r.msgtype)}::text[], ${col((r) => r.direction)}::text[],
      ${col((r) => r.from_id)}::text[], ${col((r) => r.external_id)}::text[], ${col((r) => r.staff_id)}::text[], ${col((r) => r.room_id)}::text[],
      ${col((r) => r.customer_id)}::text[], ${col((r) => r.user_id)}::text[], ${col((r) => r.text)}::text[],
      ${col((r) => textArrayLiteral(r.sdkfileids))}::text[], ${col((r) => textArrayLiteral(r.concerns))}::text[], ${col((r) => (r.recalled ? 't' : 'f'))}::text[]
    ) as u(msgid, msgtime, msgtype, direction, from_id, external_id, staff_id, room_id, customer_id, user_id, text, sdkfileids, concerns, recalled)
    on conflict (msgid) do nothing
    returning msgid`.execute(trx);
  return inserted.map((r) => r.msgid);
}

const countOf = (results: IngestResult[]): Record<IngestStatus, number> => {
  const counts: Record<IngestStatus, number> = { stored: 0, duplicate: 0, recalled: 0, skipped: 0, rejected: 0 };
  for (const r of results) counts[r.status]++;
  return counts;
};

/** Deletes what is kept of a contact's messages before their consent allows it again; returns the media files to remove. */
export async function purgeContact(trx: Transaction<DB>, contact: string, keepFrom: Date | null): Promise<string[]> {
  // An inbound message's external_id is its sender: the contact's own messages, and one-to-one chats with them.
  const mine = sql<boolean>`(external_id = ${contact} and (from_id = ${contact} or room_id is null))`;
  const before = keepFrom ? sql<boolean>`msgtime < ${keepFrom}` : sql<boolean>`true`;
  const media = await trx
    .deleteFrom('chat_media')
    .where('msgid', 'in', (eb) => eb.selectFrom('chat_messages').select('msgid').where(mine).where(before))
    .returning('storage_path')
    .execute();
  await trx.deleteFrom('chat_messages').where(mine).where(before).execute();
  return media.map((m) => m.storage_path);
}

/** Hides recalled messages' content and media; returns the media files to remove. */
async function hideMessages(trx: Transaction<DB>, msgids: string[]): Promise<string[]> {
  const media = await trx
    .deleteFrom('chat_media')
    .where(sql<boolean>`msgid = any(${msgids}::text[])`)
    .returning('storage_path')
    .execute();
  await trx
    .updateTable('chat_messages')
    .set({ recalled: true, text: '', concerns: [], sdkfileids: [] })
    .where(sql<boolean>`msgid = any(${msgids}::text[])`)
    .execute();
  return media.map((m) => m.storage_path);
}

export async function removeFiles(ctx: AppContext, paths: string[]): Promise<void> {
  if (paths.length === 0) return;
  const storage = mediaStorage(ctx);
  for (const p of paths) await storage.remove(p);
}

/** One `chat.concern_raised` per customer whose new messages raised concerns. */
async function publishConcerns(trx: Transaction<DB>, ctx: AppContext, rows: MessageRow[], categories: readonly ConcernCategory[], now: Date): Promise<void> {
  const raising = rows.filter((r) => r.customer_id && r.direction === 'in' && r.concerns.length);
  if (raising.length === 0) return;
  const byCustomer = new Map<string, MessageRow[]>();
  for (const r of raising) byCustomer.set(r.customer_id!, [...(byCustomer.get(r.customer_id!) ?? []), r]);
  const customers = await trx
    .selectFrom('customers')
    .select(['id', 'owner_id', 'team_id'])
    .where(sql<boolean>`id = any(${[...byCustomer.keys()]}::uuid[])`)
    .execute();
  const labelOf = new Map(categories.map((c) => [c.key, c.label]));
  const customerOf = new Map(customers.map((c) => [c.id, c]));
  // In the order the customers' first concern appears in the call.
  const payloads: ChatConcernRaised[] = [...byCustomer.keys()].flatMap((id) => {
    const c = customerOf.get(id);
    if (!c) return [];
    const list = byCustomer.get(c.id)!;
    const counts = new Map<string, number>();
    for (const r of list) for (const k of r.concerns) counts.set(k, (counts.get(k) ?? 0) + 1);
    const times = list.map((r) => r.msgtime.getTime());
    const payload: ChatConcernRaised = {
      customerId: c.id,
      ownerId: c.owner_id,
      teamId: c.team_id,
      concerns: categories
        .filter((cat) => counts.has(cat.key))
        .map((cat) => ({ category: cat.key, label: labelOf.get(cat.key)!, count: counts.get(cat.key)! })),
      msgids: list.map((r) => r.msgid),
      firstRaisedAt: new Date(Math.min(...times)).toISOString(),
      lastRaisedAt: new Date(Math.max(...times)).toISOString(),
      archivedAt: now.toISOString(),
    };
    return [payload];
  });
  await ctx.events.publishAll(trx, 'chat.concern_raised', payloads);
}
