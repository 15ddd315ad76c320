import type { Kysely } from 'kysely';
import { runScript } from '../run-script.js';

/**
 * Trust: sign-in throttling per account and per address, tamper resistance of the audit trail and
 * of evidence (TRUNCATE refused, the audit queue and follow-up attachments append-only), upload
 * bookkeeping for quotas and the purge of unattached files.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    -- One row per failed sign-in (or wrong current password): counted per account and per address.
    create table auth_failures (
      id bigserial primary key,
      -- Lower-cased username as typed, whether or not such a user exists.
      username text not null,
      address text not null,
      reason text not null,
      at timestamptz not null
    );
    create index auth_failures_username_idx on auth_failures(username, at);
    create index auth_failures_address_idx on auth_failures(address, at);

    -- Per account: refused until locked_until after too many failures (the level grows with each
    -- lock-out); failures count only after failures_after (the last lock-out, sign-in or unlock).
    create table auth_lockouts (
      username text primary key,
      locked_until timestamptz not null,
      level integer not null,
      failures_after bigint not null default 0,
      updated_at timestamptz not null
    );

    -- The chainer records which queued entry each chained entry came from.
    alter table audit_log add column pending_id bigint;
    create unique index audit_log_pending_idx on audit_log(pending_id) where pending_id is not null;

    create function refuse_truncate() returns trigger language plpgsql as $$
    begin
      raise exception '% cannot be truncated', tg_table_name;
    end $$;
    create trigger audit_log_no_truncate before truncate on audit_log for each statement execute function refuse_truncate();
    create trigger audit_pending_no_truncate before truncate on audit_pending for each statement execute function refuse_truncate();
    create trigger followups_no_truncate before truncate on followups for each statement execute function refuse_truncate();
    create trigger followup_attachments_no_truncate before truncate on followup_attachments for each statement execute function refuse_truncate();

    -- Queued audit entries are never edited, and leave the queue only once they are in the chain.
    create function audit_pending_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' then
        raise exception 'audit_pending is append-only';
      end if;
      if not exists (select 1 from audit_log where pending_id = old.id) then
        raise exception 'audit_pending entry % is not chained yet', old.id;
      end if;
      return old;
    end $$;
    create trigger audit_pending_append_only before update or delete on audit_pending
      for each row execute function audit_pending_guard();

    create trigger followup_attachments_append_only before update or delete on followup_attachments
      for each row execute function refuse_change();

    -- Uploads not attached to any record are purged after a day.
    create index files_uploaded_by_idx on files(uploaded_by, created_at);
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The trust migration cannot be reverted');
}
