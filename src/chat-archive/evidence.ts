import { sql, type SqlBool, type Transaction } from 'kysely';
import type { AppContext } from '../core/context.js';
import type { DB } from '../core/db/schema.js';
import type { Locale } from '../core/i18n/locale.js';
import { loadMessages, type ConversationItem } from './conversation.js';

const DAY = 86_400_000;

/** The customer's archived conversation around an instant (±`days` days), newest first, masked. */
export async function conversationAround(
  ctx: AppContext,
  customerId: string,
  at: Date,
  options: { days: number; limit: number; locale: Locale },
): Promise<{ archived: boolean; items: ConversationItem[] }> {
  const from = new Date(at.getTime() - options.days * DAY);
  const to = new Date(at.getTime() + options.days * DAY);
  const [any, around] = await Promise.all([
    ctx.db.selectFrom('chat_messages').select('msgid').where('customer_id', '=', customerId).limit(1).executeTakeFirst(),
    loadMessages(ctx, sql<SqlBool>`m.customer_id = ${customerId} and m.msgtime >= ${from} and m.msgtime <= ${to}`, options.locale, 1, options.limit),
  ]);
  return { archived: Boolean(any), items: around.items };
}

export interface MissingChatEvidence {
  followupId: string;
  authorId: string;
  customerId: string;
  createdAt: Date;
  /** The follow-up's local day, 'YYYY-MM-DD'. */
  day: string;
  /** How many messages the customer has in the archive (any rep, any day). */
  customerMessages: number;
}

/**
 * Follow-ups on the `wechat` channel written in [from, to) whose author has no archived message
 * with that customer on the follow-up's local day, although the customer has archived
 * conversations at all, and that do not carry such a flag yet (`flagKind`).
 */
export async function followupsWithoutChatEvidence(
  trx: Transaction<DB>,
  options: { from: Date; to: Date; timeZone: string; channel: string; flagKind: string; limit: number },
): Promise<MissingChatEvidence[]> {
  const tz = options.timeZone;
  const { rows } = await sql<{ id: string; author_id: string; customer_id: string; created_at: Date; day: string; customer_messages: number }>`
    select f.id, f.author_id, f.customer_id, f.created_at, to_char((f.created_at at time zone ${tz})::date, 'YYYY-MM-DD') as day,
           (select count(*)::int from chat_messages a where a.customer_id = f.customer_id) as customer_messages
    from followups f
    where f.channel = ${options.channel} and f.customer_id is not null
      and f.created_at >= ${options.from} and f.created_at < ${options.to}
      and exists (select 1 from chat_messages a where a.customer_id = f.customer_id)
      and not exists (
        select 1 from chat_messages m
        where m.customer_id = f.customer_id and m.user_id = f.author_id
          and m.msgtime >= (date_trunc('day', f.created_at at time zone ${tz}) at time zone ${tz})
          and m.msgtime < ((date_trunc('day', f.created_at at time zone ${tz}) + interval '1 day') at time zone ${tz}))
      and not exists (select 1 from followup_flags ff where ff.followup_id = f.id and ff.kind = ${options.flagKind})
    order by f.created_at, f.id
    limit ${options.limit}`.execute(trx);
  return rows.map((r) => ({
    followupId: r.id,
    authorId: r.author_id,
    customerId: r.customer_id,
    createdAt: new Date(r.created_at),
    day: r.day,
    customerMessages: Number(r.customer_messages),
  }));
}
