import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Actor } from '../core/auth/actor.js';
import { inScope } from '../core/auth/scope.js';
import type { AppContext } from '../core/context.js';
import { notFound } from '../core/http/errors.js';
import { text } from '../core/i18n/catalogue.js';
import type { Locale } from '../core/i18n/locale.js';

export interface ConversationItem {
  msgid: string;
  at: string;
  direction: 'in' | 'out';
  fromName: string;
  msgtype: string;
  /** Masked text; a recalled message reads 已撤回 / Recalled. */
  text: string;
  recalled: boolean;
  concerns: string[];
  /** The group chat's id; null for one-to-one. */
  roomId: string | null;
  customerId: string | null;
  /** Media bytes attached to the message. */
  media: { sdkfileid: string; mime: string; size: number }[];
}

/** Messages as the timeline shows them, newest first; the sender's name from the identity mappings. */
export async function loadMessages(
  ctx: AppContext,
  condition: RawBuilder<SqlBool>,
  locale: Locale,
  page: number,
  pageSize: number,
): Promise<{ items: ConversationItem[]; total: number }> {
  const [rows, count] = await Promise.all([
    sql<{
      msgid: string;
      msgtime: Date;
      direction: 'in' | 'out';
      from_id: string;
      msgtype: string;
      text: string;
      recalled: boolean;
      concerns: string[];
      room_id: string | null;
      customer_id: string | null;
      staff_name: string | null;
      contact_name: string | null;
    }>`
      select m.msgid, m.msgtime, m.direction, m.from_id, m.msgtype, m.text, m.recalled, m.concerns, m.room_id, m.customer_id,
             u.display_name as staff_name, c.name as contact_name
      from chat_messages m
      left join chat_staff_identities s on s.wecom_user_id = m.from_id
      left join users u on u.id = s.user_id
      left join chat_external_contacts c on c.external_user_id = m.from_id
      where ${condition}
      order by m.msgtime desc, m.msgid
      limit ${pageSize} offset ${(page - 1) * pageSize}`.execute(ctx.db),
    sql<{ n: number }>`select count(*)::int as n from chat_messages m where ${condition}`.execute(ctx.db),
  ]);
  const ids = rows.rows.map((r) => r.msgid);
  const media = ids.length
    ? await ctx.db.selectFrom('chat_media').select(['msgid', 'sdkfileid', 'mime', 'size']).where('msgid', 'in', ids).orderBy('created_at').execute()
    : [];
  return {
    total: Number(count.rows[0]?.n ?? 0),
    items: rows.rows.map((r) => ({
      msgid: r.msgid,
      at: new Date(r.msgtime).toISOString(),
      direction: r.direction,
      fromName: (r.direction === 'out' ? r.staff_name : r.contact_name) ?? r.from_id,
      msgtype: r.msgtype,
      text: r.recalled ? text(locale, 'chat.recalled') : r.text,
      recalled: r.recalled,
      concerns: r.concerns,
      roomId: r.room_id,
      customerId: r.customer_id,
      media: media.filter((x) => x.msgid === r.msgid).map((x) => ({ sdkfileid: x.sdkfileid, mime: x.mime, size: Number(x.size) })),
    })),
  };
}

/** A customer's archived conversation in the caller's scope, optionally within [from, to). */
export async function customerConversation(
  ctx: AppContext,
  actor: Actor,
  customerId: string,
  options: { page: number; pageSize: number; from?: Date; to?: Date; locale: Locale },
) {
  const visible = await ctx.db.selectFrom('customers').select('id').where('id', '=', customerId).where(inScope(actor.scope, 'customers')).executeTakeFirst();
  if (!visible) throw notFound('customer');
  const from = options.from ? sql`and m.msgtime >= ${options.from}` : sql``;
  const to = options.to ? sql`and m.msgtime < ${options.to}` : sql``;
  return loadMessages(ctx, sql<SqlBool>`m.customer_id = ${customerId} ${from} ${to}`, options.locale, options.page, options.pageSize);
}
