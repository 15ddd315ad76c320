import type { Kysely } from 'kysely';
import { runScript } from '../run-script.js';

/**
 * Sales analytics and customer health: CSM events (客户培育积分), NPS responses, complaints, the
 * marker the 30-day silence alert keeps on customers, and indexes for the contribution, radar and
 * KPI aggregations.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table csm_events (
      id uuid primary key,
      external_id text not null unique,
      customer_id uuid not null references customers(id),
      type text not null,
      occurred_at timestamptz not null,
      points numeric(10,2) not null check (points >= 0),
      credited_user_id uuid references users(id),
      credited_team_id uuid references teams(id),
      payload jsonb not null default '{}',
      received_by uuid references users(id),
      created_at timestamptz not null
    );
    create index csm_events_credited_idx on csm_events(credited_user_id, occurred_at);
    create index csm_events_customer_idx on csm_events(customer_id, occurred_at desc);

    create table nps_responses (
      id uuid primary key,
      -- Orders answers recorded within the same instant: the later one is the latest.
      seq bigserial not null,
      customer_id uuid not null references customers(id),
      score smallint not null check (score between 0 and 100),
      raw_score smallint not null,
      scale smallint not null check (scale in (10, 100)),
      comment text,
      source text not null check (source in ('ui','api','csm')),
      csm_event_id uuid references csm_events(id),
      recorded_by uuid references users(id),
      created_at timestamptz not null,
      evaluated_at timestamptz
    );
    create index nps_responses_customer_idx on nps_responses(customer_id, created_at desc, seq desc);
    create index nps_responses_unevaluated_idx on nps_responses(created_at) where evaluated_at is null;

    create table complaints (
      id uuid primary key,
      customer_id uuid not null references customers(id),
      title text not null,
      description text,
      severity text not null check (severity in ('low','medium','high')),
      status text not null check (status in ('open','closed')),
      created_by uuid references users(id),
      created_at timestamptz not null,
      closed_by uuid references users(id),
      closed_at timestamptz,
      resolution text
    );
    create index complaints_customer_idx on complaints(customer_id, status);

    -- The last_activity_at a 30-day silence alert fired for: a later interaction makes them differ again.
    alter table customers add column health_inactive_for timestamptz;
    create index customers_health_inactive_idx on customers(last_activity_at)
      where owner_id is not null and health_inactive_for is distinct from last_activity_at;
    create index customers_lead_idx on customers(lead_id) where lead_id is not null;

    create index tasks_rule_open_idx on tasks(rule_id, entity_id) where status = 'open';
    create index opportunities_closed_idx on opportunities(owner_id, stage_entered_at) where status <> 'open';
    create index opportunities_customer_won_idx on opportunities(customer_id, stage_entered_at) where status = 'won';
    create index followups_customer_time_idx on followups(customer_id, created_at);
    create index contracts_submitted_idx on contracts(owner_id, submitted_at) where submitted_at is not null;
    create index contracts_opportunity_submitted_idx on contracts(opportunity_id, submitted_at) where submitted_at is not null;
    create index contracts_delivery_started_idx on contracts(delivery_started_at) where delivery_started_at is not null;
    create index contracts_customer_created_idx on contracts(customer_id, created_at);
    create index files_uploader_kind_idx on files(uploaded_by, kind, created_at);
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The analytics migration cannot be reverted');
}
