import type { Kysely } from 'kysely';
import { runScript } from '../run-script.js';

/** Foundation: organisation, auth, playbook, files, leads, customers, opportunities, follow-ups, audit. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table teams (
      id uuid primary key,
      name text not null,
      region text not null,
      supervisor_id uuid,
      parent_team_id uuid references teams(id),
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create table users (
      id uuid primary key,
      username text not null unique,
      password_hash text not null,
      display_name text not null,
      role text not null check (role in ('sales','supervisor','regional_manager','director','product','delivery','finance','admin')),
      team_id uuid references teams(id),
      active boolean not null default true,
      locale text not null default 'zh-CN',
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    alter table teams add constraint teams_supervisor_fk foreign key (supervisor_id) references users(id);
    create index users_team_idx on users(team_id);
    create index teams_supervisor_idx on teams(supervisor_id);

    create table sessions (
      id text primary key,
      user_id uuid not null references users(id),
      csrf_token text not null,
      created_at timestamptz not null,
      expires_at timestamptz not null
    );
    create index sessions_user_idx on sessions(user_id);

    create table api_tokens (
      id uuid primary key,
      user_id uuid not null references users(id),
      name text not null,
      token_hash text not null unique,
      scopes text[] not null,
      created_at timestamptz not null,
      expires_at timestamptz,
      revoked_at timestamptz,
      last_used_at timestamptz
    );

    create table playbooks (
      version integer primary key,
      document jsonb not null,
      created_at timestamptz not null,
      created_by uuid references users(id),
      note text
    );

    create table files (
      id uuid primary key,
      name text not null,
      kind text not null,
      mime text not null,
      size bigint not null,
      sha256 text not null,
      storage_path text not null,
      uploaded_by uuid not null references users(id),
      created_at timestamptz not null
    );
    create index files_sha_idx on files(sha256);

    create table leads (
      id uuid primary key,
      name text not null,
      type text not null check (type in ('B2B','B2C')),
      region text not null,
      product_line text not null,
      phone text,
      company text,
      source text,
      status text not null,
      owner_id uuid references users(id),
      team_id uuid references teams(id),
      customer_id uuid,
      assigned_at timestamptz,
      first_contact_at timestamptz,
      next_follow_up_at timestamptz,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      last_activity_at timestamptz not null
    );
    create index leads_owner_idx on leads(owner_id, created_at desc);
    create index leads_team_idx on leads(team_id, created_at desc);
    create index leads_region_idx on leads(region, created_at desc);
    create index leads_pool_idx on leads(region, created_at desc) where owner_id is null;
    create index leads_created_idx on leads(created_at desc);
    create index leads_activity_idx on leads(last_activity_at) where status in ('new','contacted','qualified');

    create table customers (
      id uuid primary key,
      name text not null,
      type text not null check (type in ('B2B','B2C')),
      grade text not null check (grade in ('A','B','C','D')),
      region text not null,
      industry text,
      phone text,
      owner_id uuid references users(id),
      team_id uuid references teams(id),
      lead_id uuid references leads(id),
      next_follow_up_at timestamptz,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      last_activity_at timestamptz not null
    );
    alter table leads add constraint leads_customer_fk foreign key (customer_id) references customers(id);
    create index customers_owner_idx on customers(owner_id, created_at desc);
    create index customers_team_idx on customers(team_id, created_at desc);
    create index customers_region_idx on customers(region, created_at desc);
    create index customers_created_idx on customers(created_at desc);

    create table opportunities (
      id uuid primary key,
      customer_id uuid not null references customers(id),
      name text not null,
      amount numeric(16,2) not null check (amount >= 0),
      product_line text not null,
      region text not null,
      stage text not null,
      status text not null check (status in ('open','won','lost')),
      lost_reason text,
      stage_entered_at timestamptz not null,
      stage_fields jsonb not null default '{}',
      owner_id uuid references users(id),
      team_id uuid references teams(id),
      next_follow_up_at timestamptz,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      last_activity_at timestamptz not null
    );
    create index opportunities_customer_idx on opportunities(customer_id);
    create index opportunities_owner_idx on opportunities(owner_id, created_at desc);
    create index opportunities_team_idx on opportunities(team_id, created_at desc);
    create index opportunities_region_idx on opportunities(region, created_at desc);
    create index opportunities_created_idx on opportunities(created_at desc);
    create index opportunities_activity_idx on opportunities(last_activity_at) where status = 'open';

    create table stage_changes (
      id bigserial primary key,
      opportunity_id uuid not null references opportunities(id),
      from_stage text,
      to_stage text not null,
      actor_id uuid references users(id),
      reason text,
      playbook_version integer not null,
      at timestamptz not null
    );
    create index stage_changes_opportunity_idx on stage_changes(opportunity_id, at);

    create table followups (
      id uuid primary key,
      target_type text not null check (target_type in ('lead','customer','opportunity')),
      target_id uuid not null,
      lead_id uuid references leads(id),
      customer_id uuid references customers(id),
      opportunity_id uuid references opportunities(id),
      channel text not null,
      value_tag text not null,
      content text not null,
      next_follow_up_at timestamptz,
      stage text,
      author_id uuid not null references users(id),
      team_id uuid references teams(id),
      corrects_id uuid references followups(id),
      created_at timestamptz not null
    );
    create index followups_target_idx on followups(target_type, target_id, created_at desc);
    create index followups_customer_idx on followups(customer_id, channel);
    create index followups_opportunity_idx on followups(opportunity_id, channel);
    create index followups_author_idx on followups(author_id, created_at desc);

    create table followup_attachments (
      followup_id uuid not null references followups(id),
      file_id uuid not null references files(id) unique,
      primary key (followup_id, file_id)
    );

    create table audit_log (
      seq bigint primary key,
      at timestamptz not null,
      actor_id uuid,
      action text not null,
      entity_type text not null,
      entity_id text,
      data jsonb not null,
      prev_hash text not null,
      hash text not null
    );
    create index audit_entity_idx on audit_log(entity_type, entity_id, seq);

    create function refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception '% is append-only', tg_table_name;
    end $$;
    create trigger audit_log_append_only before update or delete on audit_log
      for each row execute function refuse_change();
    create trigger followups_append_only before update or delete on followups
      for each row execute function refuse_change();
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The foundation migration cannot be reverted');
}
