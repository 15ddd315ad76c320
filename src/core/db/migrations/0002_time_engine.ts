import type { Kysely } from 'kysely';
import { runScript } from '../run-script.js';

/** Time engine: working calendar, response SLAs on leads, scheduler runs, inbox, outbox, tasks. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table calendar_days (
      day date primary key,
      working boolean not null,
      source text not null check (source in ('official','weekday')),
      name text
    );
    create table calendar_overrides (
      day date primary key,
      working boolean not null,
      note text not null,
      created_by uuid references users(id),
      created_at timestamptz not null
    );

    alter table leads
      add column response_due_at timestamptz,
      add column response_warn_at timestamptz,
      add column sla_status text not null default 'pending' check (sla_status in ('pending','warned','breached','met')),
      add column responded_at timestamptz,
      add column escalation_level smallint not null default 0,
      add column next_escalation_at timestamptz,
      add column pool_since timestamptz,
      add column unassigned_alerted_at timestamptz,
      add column recycle_reminded_at timestamptz;
    update leads set sla_status = 'met', responded_at = first_contact_at where first_contact_at is not null;
    update leads set response_due_at = created_at + case when type = 'B2B' then interval '2 hours' else interval '24 hours' end
      where response_due_at is null;
    update leads set pool_since = created_at where owner_id is null;
    -- Each sweep reads one of these partial indexes: the work is proportional to what is due.
    create index leads_sla_warn_idx on leads(response_warn_at) where sla_status = 'pending';
    create index leads_sla_due_idx on leads(response_due_at) where sla_status in ('pending','warned');
    create index leads_escalation_idx on leads(next_escalation_at) where sla_status = 'breached';
    create index leads_unassigned_idx on leads(pool_since) where owner_id is null and unassigned_alerted_at is null;
    create index leads_owned_activity_idx on leads(last_activity_at) where owner_id is not null and status in ('new','contacted','qualified');

    create table job_runs (
      job text not null,
      slot text not null,
      node text not null,
      started_at timestamptz not null,
      finished_at timestamptz,
      result jsonb,
      primary key (job, slot)
    );

    create table notifications (
      id uuid primary key,
      user_id uuid not null references users(id),
      kind text not null,
      severity text not null check (severity in ('info','warning','critical')),
      title text not null,
      body text not null,
      link text,
      data jsonb not null default '{}',
      dedupe_key text unique,
      created_at timestamptz not null,
      read_at timestamptz
    );
    create index notifications_user_idx on notifications(user_id, created_at desc);
    create index notifications_unread_idx on notifications(user_id) where read_at is null;

    create table team_channels (
      team_id uuid primary key references teams(id),
      feishu_url text,
      feishu_secret text,
      wecom_url text,
      email_to text[],
      updated_at timestamptz not null,
      updated_by uuid references users(id)
    );

    create table outbox (
      id bigserial primary key,
      dedupe_key text not null unique,
      channel text not null check (channel in ('feishu','wecom','email')),
      target_key text not null,
      target jsonb not null,
      message jsonb not null,
      status text not null check (status in ('pending','sending','sent','dead')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null,
      locked_until timestamptz,
      last_error text,
      created_at timestamptz not null,
      sent_at timestamptz
    );
    create index outbox_due_idx on outbox(next_attempt_at) where status in ('pending','sending');
    create index outbox_target_sent_idx on outbox(target_key, sent_at) where status = 'sent';
    create table outbox_attempts (
      id bigserial primary key,
      outbox_id bigint not null references outbox(id),
      attempt integer not null,
      at timestamptz not null,
      ok boolean not null,
      http_status integer,
      code text,
      response text,
      error text,
      duration_ms integer not null
    );
    create index outbox_attempts_idx on outbox_attempts(outbox_id, attempt);

    create table tasks (
      id uuid primary key,
      kind text not null,
      title text not null,
      assignee_id uuid not null references users(id),
      team_id uuid references teams(id),
      entity_type text,
      entity_id uuid,
      rule_id text,
      reason text,
      facts jsonb not null default '{}',
      playbook_version integer,
      due_at timestamptz,
      status text not null default 'open' check (status in ('open','done','cancelled')),
      dedupe_key text unique,
      created_at timestamptz not null,
      completed_at timestamptz,
      completed_by uuid references users(id),
      completion_note text
    );
    create index tasks_assignee_idx on tasks(assignee_id, due_at) where status = 'open';
    create index tasks_team_idx on tasks(team_id, due_at) where status = 'open';
    create index tasks_entity_idx on tasks(entity_type, entity_id);

    create table assignment_cursors (
      route_key text primary key,
      position bigint not null
    );

    create index customers_followup_idx on customers(owner_id, next_follow_up_at) where next_follow_up_at is not null;
    create index opportunities_followup_idx on opportunities(owner_id, next_follow_up_at) where status = 'open' and next_follow_up_at is not null;
    create index leads_followup_idx on leads(owner_id, next_follow_up_at) where next_follow_up_at is not null and status in ('new','contacted','qualified');
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The time-engine migration cannot be reverted');
}
