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

/** One team's message (`Notifier.toEachTeam`). */
export interface TeamDelivery {
  teamId: string;
  message: TeamMessage;
  /** Makes a repeated delivery of the same event a no-op (the team and channel are added). */
  dedupeKey: string;
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
    // The rows as one JSON parameter: one small statement per batch, however many rows, and one
    // string for the server to parse (arrays of escaped texts cost both sides far more).
    for (let i = 0; i < deliveries.length; i += 5000) {
      const rows = deliveries.slice(i, i + 5000).map((d) => ({
        id: randomUUID(),
        user_id: d.userId,
        kind: d.notice.kind,
        severity: d.notice.severity,
        title: d.notice.title,
        body: d.notice.body,
        link: d.notice.link ?? null,
        data: d.notice.data ?? {},
        dedupe_key: `${d.dedupeKey}:${d.userId}`,
      }));
      await sql`
        insert into notifications (id, user_id, kind, severity, title, body, link, data, dedupe_key, created_at)
        select (e->>'id')::uuid, (e->>'user_id')::uuid, e->>'kind', e->>'severity', e->>'title', e->>'body', e->>'link', e->'data', e->>'dedupe_key', ${now}
        from jsonb_array_elements(${JSON.stringify(rows)}::jsonb) as t(e)
        on conflict (dedupe_key) do nothing`.execute(trx);
    }
  }

  /**
   * Queues a message to every channel configured for each team (Feishu, WeCom, e-mail), written in
   * the team's language when the message is given as a function of the language.
   */
  async toTeamChannels(trx: Transaction<DB>, teamIds: string[], message: TeamMessage, dedupeKey: string): Promise<number> {
    return this.toEachTeam(
      trx,
      [...new Set(teamIds)].map((teamId) => ({ teamId, message, dedupeKey })),
    );
  }

  /**
   * Queues one message per team, each with its own text (a sweep's digest per team): the teams'
   * channels are read in one statement and every message is queued in one more, however many teams.
   */
  async toEachTeam(trx: Transaction<DB>, messages: TeamDelivery[]): Promise<number> {
    if (messages.length === 0) return 0;
    const channels = await trx
      .selectFrom('team_channels')
      .innerJoin('teams', 'teams.id', 'team_channels.team_id')
      .selectAll('team_channels')
      .select('teams.locale')
      .where('team_channels.team_id', 'in', [...new Set(messages.map((m) => m.teamId))])
      .execute();
    if (channels.length === 0) return 0;
    const byTeam = new Map(channels.map((c) => [c.team_id, c]));
    const now = this.clock.now();
    // A message given for several teams is written once per language.
    const written = new Map<TeamMessage, Map<Locale, string>>();
    const messageIn = (message: TeamMessage, locale: Locale) => {
      const texts = written.get(message) ?? new Map<Locale, string>();
      written.set(message, texts);
      let json = texts.get(locale);
      if (json === undefined) {
        json = JSON.stringify(typeof message === 'function' ? message(locale) : message);
        texts.set(locale, json);
      }
      return json;
    };
    const rows = messages.flatMap(({ teamId, message, dedupeKey }) => {
      const c = byTeam.get(teamId);
      if (!c) return [];
      const targets: string[] = [];
      if (c.feishu_url) targets.push('feishu');
      if (c.wecom_url) targets.push('wecom');
      if (c.email_to?.length && this.config.smtpUrl) targets.push('email');
      return targets.map((channel) => ({
        dedupe_key: `${dedupeKey}:${teamId}:${channel}`,
        channel,
        // Bots rate-limit per webhook; one team has one webhook per channel.
        target_key: `${channel}:${teamId}`,
        target: JSON.stringify({ teamId }),
        message: messageIn(message, toLocale(c.locale)),
        status: 'pending',
        next_attempt_at: now,
        created_at: now,
      }));
    });
    if (rows.length === 0) return 0;
    let inserted = 0;
    for (let i = 0; i < rows.length; i += 1000) {
      const done = await trx
        .insertInto('outbox')
        .values(rows.slice(i, i + 1000))
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .returning('id')
        .execute();
      inserted += done.length;
    }
    return inserted;
  }
}
