import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { Clock } from '../clock.js';
import type { AppConfig } from '../config.js';
import type { DB } from '../db/schema.js';
import { toLocale, type Locale } from '../i18n/locale.js';
import type { OutboundMessage, Severity } from './message.js';

/** A group message, written once per language of the teams it goes to. */
export type TeamMessage = OutboundMessage | ((locale: Locale) => OutboundMessage);

export interface Notice {
  kind: string;
  severity: Severity;
  /** The Chinese wording, shown when the kind has no catalogue entry or the data falls short. */
  title: string;
  body: string;
  /** App path, e.g. /leads/<id> */
  link?: string | null;
  data?: Record<string, unknown>;
}

export interface InboxDelivery {
  userId: string;
  notice: Notice;
  /** Makes a repeated delivery of the same event a no-op. */
  dedupeKey: string;
}

/**
 * Writes notifications inside the caller's transaction: the in-app inbox directly, external
 * channels into the outbox for the delivery worker. Either the event and its notifications are
 * committed together, or neither is.
 */
export class Notifier {
  constructor(
    private readonly clock: Clock,
    private readonly config: Pick<AppConfig, 'publicUrl' | 'smtpUrl'>,
  ) {}

  absoluteLink(path: string | null | undefined): string | undefined {
    return path ? `${this.config.publicUrl}${path}` : undefined;
  }

  async toInbox(trx: Transaction<DB>, deliveries: InboxDelivery[]): Promise<void> {
    if (deliveries.length === 0) return;
    const now = this.clock.now();
    // Column arrays through unnest: one small statement per batch, however many rows, instead of a
    // VALUES list with ten parameters a row that the server has to parse and plan.
    for (let i = 0; i < deliveries.length; i += 5000) {
      const batch = deliveries.slice(i, i + 5000);
      await sql`
        insert into notifications (id, user_id, kind, severity, title, body, link, data, dedupe_key, created_at)
        select id, user_id, kind, severity, title, body, link, data::jsonb, dedupe_key, ${now}
        from unnest(${batch.map(() => randomUUID())}::uuid[], ${batch.map((d) => d.userId)}::uuid[], ${batch.map((d) => d.notice.kind)}::text[],
                    ${batch.map((d) => d.notice.severity)}::text[], ${batch.map((d) => d.notice.title)}::text[], ${batch.map((d) => d.notice.body)}::text[],
                    ${batch.map((d) => d.notice.link ?? null)}::text[], ${batch.map((d) => JSON.stringify(d.notice.data ?? {}))}::text[],
                    ${batch.map((d) => `${d.dedupeKey}:${d.userId}`)}::text[])
          as t(id, user_id, kind, severity, title, body, link, data, dedupe_key)
        on conflict (dedupe_key) do nothing`.execute(trx);
    }
  }

  /**
   * Queues a message to every channel configured for each team (Feishu, WeCom, e-mail), written in
   * the team's language when the message is given as a function of the language.
   */
  async toTeamChannels(trx: Transaction<DB>, teamIds: string[], message: TeamMessage, dedupeKey: string): Promise<number> {
    const ids = [...new Set(teamIds)];
    if (ids.length === 0) return 0;
    const channels = await trx
      .selectFrom('team_channels')
      .innerJoin('teams', 'teams.id', 'team_channels.team_id')
      .selectAll('team_channels')
      .select('teams.locale')
      .where('team_channels.team_id', 'in', ids)
      .execute();
    const now = this.clock.now();
    const written = new Map<Locale, string>();
    const messageIn = (locale: Locale) => {
      let json = written.get(locale);
      if (json === undefined) {
        json = JSON.stringify(typeof message === 'function' ? message(locale) : message);
        written.set(locale, json);
      }
      return json;
    };
    const rows = channels.flatMap((c) => {
      const targets: { channel: string; target: Record<string, unknown> }[] = [];
      if (c.feishu_url) targets.push({ channel: 'feishu', target: { teamId: c.team_id } });
      if (c.wecom_url) targets.push({ channel: 'wecom', target: { teamId: c.team_id } });
      if (c.email_to?.length && this.config.smtpUrl) targets.push({ channel: 'email', target: { teamId: c.team_id } });
      return targets.map(({ channel, target }) => ({
        dedupe_key: `${dedupeKey}:${c.team_id}:${channel}`,
        channel,
        // Bots rate-limit per webhook; one team has one webhook per channel.
        target_key: `${channel}:${c.team_id}`,
        target: JSON.stringify(target),
        message: messageIn(toLocale(c.locale)),
        status: 'pending',
        next_attempt_at: now,
        created_at: now,
      }));
    });
    if (rows.length === 0) return 0;
    const inserted = await trx
      .insertInto('outbox')
      .values(rows)
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .returning('id')
      .execute();
    return inserted.length;
  }
}
