import type { Kysely } from 'kysely';
import { runScript } from '../run-script.js';

/**
 * The WeCom chat archive (会话存档): who is who on both sides, the masked messages (never their raw
 * text), the media files they name, recalls, and each external contact's consent history.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    -- A WeCom member (userid) is one of our users.
    create table chat_staff_identities (
      wecom_user_id text primary key,
      user_id uuid not null references users(id) on delete cascade,
      updated_at timestamptz not null
    );
    create index chat_staff_identities_user_idx on chat_staff_identities (user_id);

    -- An external contact (external_userid, wm…/wo…) is someone at one of our customers.
    create table chat_external_contacts (
      external_user_id text primary key,
      customer_id uuid not null references customers(id) on delete cascade,
      name text,
      updated_at timestamptz not null
    );
    create index chat_external_contacts_customer_idx on chat_external_contacts (customer_id);

    -- Every agree / disagree record (idempotent by msgid): the consent history of a contact.
    create table chat_consent_events (
      msgid text primary key,
      external_user_id text not null,
      kind text not null check (kind in ('agree', 'disagree')),
      at timestamptz not null,
      received_at timestamptz not null
    );
    create index chat_consent_events_contact_idx on chat_consent_events (external_user_id, at);

    -- The consent state derived from that history: messages of the contact are stored only when
    -- there is no disagree, or they were sent at or after the first agree that followed the last one.
    create table chat_consents (
      external_user_id text primary key,
      state text not null check (state in ('agreed', 'disagreed')),
      last_disagree_at timestamptz,
      agreed_again_at timestamptz,
      changed_at timestamptz not null,
      updated_at timestamptz not null
    );

    create table chat_messages (
      msgid text primary key,
      msgtime timestamptz not null,
      msgtype text not null,
      direction text not null check (direction in ('in', 'out')),
      from_id text not null,
      -- The external party the message belongs to (the sender, the one-to-one partner, or the
      -- first mapped external member of a group) and the staff side.
      external_id text,
      staff_id text,
      room_id text,
      customer_id uuid references customers(id) on delete cascade,
      user_id uuid references users(id) on delete set null,
      -- Masked before it is stored: the raw text never reaches the database.
      text text not null,
      -- The media files it names (image, voice, video, file, and those inside mixed messages).
      sdkfileids text[] not null default '{}',
      concerns text[] not null default '{}',
      recalled boolean not null default false,
      received_at timestamptz not null
    );
    create index chat_messages_customer_time_idx on chat_messages (customer_id, msgtime desc);
    create index chat_messages_concerns_time_idx on chat_messages (msgtime) where direction = 'in' and customer_id is not null and concerns <> '{}';
    -- A contact's messages (the consent purge; an inbound message's external_id is its sender).
    create index chat_messages_external_idx on chat_messages (external_id);
    -- The daily retention purge.
    create index chat_messages_time_idx on chat_messages (msgtime);
    create index chat_messages_sdkfile_idx on chat_messages using gin (sdkfileids) where sdkfileids <> '{}';

    -- A recall (action = recall) hides its message's content, whether it arrives before or after it.
    create table chat_recalls (
      msgid text primary key,
      pre_msgid text not null,
      at timestamptz not null,
      received_at timestamptz not null
    );
    create index chat_recalls_pre_idx on chat_recalls (pre_msgid);

    -- Media bytes (image, voice, video, file…) fetched by the SDK and attached to the message naming them.
    create table chat_media (
      sdkfileid text primary key,
      msgid text not null references chat_messages(msgid) on delete cascade,
      mime text not null,
      size integer not null,
      sha256 text not null,
      storage_path text not null,
      created_at timestamptz not null
    );
    create index chat_media_msgid_idx on chat_media (msgid);

    -- 防伪跟进 gains a third kind of flag: a WeChat follow-up without an archived conversation that day.
    alter table followup_flags drop constraint followup_flags_kind_check;
    alter table followup_flags add constraint followup_flags_kind_check check (kind in ('similar', 'burst', 'evidence'));
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The chat archive migration cannot be reverted');
}
