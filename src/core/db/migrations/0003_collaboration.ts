import type { Kysely } from 'kysely';
import { runScript } from '../run-script.js';

/** Cross-department collaboration: contracts, three-party confirmation, task cards, credit checks, engineers, payment anomalies. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create sequence contract_number_seq;
    create table contracts (
      id uuid primary key,
      number text not null unique,
      opportunity_id uuid not null references opportunities(id),
      customer_id uuid not null references customers(id),
      title text not null,
      amount numeric(16,2) not null check (amount >= 0),
      payment_terms jsonb,
      clauses jsonb not null default '[]',
      requirement jsonb,
      start_date date,
      end_date date,
      status text not null check (status in ('draft','confirming','submitted','approved','delivering','delivered','closed','frozen')),
      frozen_from text,
      frozen_reason text,
      confirmation_round integer not null default 0,
      owner_id uuid references users(id),
      team_id uuid references teams(id),
      region text not null,
      submitted_at timestamptz,
      approved_at timestamptz,
      delivery_started_at timestamptz,
      delivered_at timestamptz,
      closed_at timestamptz,
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index contracts_customer_idx on contracts(customer_id, status);
    create index contracts_opportunity_idx on contracts(opportunity_id);
    create index contracts_owner_idx on contracts(owner_id, created_at desc);
    create index contracts_team_idx on contracts(team_id, created_at desc);
    create index contracts_region_idx on contracts(region, created_at desc);
    create index contracts_end_idx on contracts(end_date) where status in ('delivering','delivered');

    create table contract_confirmations (
      id uuid primary key,
      contract_id uuid not null references contracts(id),
      round integer not null,
      party text not null check (party in ('product','finance')),
      assignee_id uuid references users(id),
      decision text not null check (decision in ('pending','confirmed','vetoed')),
      reason text,
      clause_keys text[] not null default '{}',
      decided_by uuid references users(id),
      requested_at timestamptz not null,
      decided_at timestamptz,
      unique (contract_id, round, party)
    );
    create index confirmations_assignee_idx on contract_confirmations(assignee_id) where decision = 'pending';

    create table task_cards (
      id uuid primary key,
      contract_id uuid not null references contracts(id),
      department text not null check (department in ('product','finance','delivery')),
      kind text not null,
      title text not null,
      assignee_id uuid references users(id),
      status text not null check (status in ('open','paused','done','rejected','cancelled')),
      payload jsonb not null default '{}',
      sla_days numeric(5,2) not null,
      due_at timestamptz not null,
      remaining_ms bigint,
      paused_at timestamptz,
      overdue_at timestamptz,
      result jsonb,
      rejection_reason text,
      completed_by uuid references users(id),
      completed_at timestamptz,
      created_at timestamptz not null
    );
    create index task_cards_contract_idx on task_cards(contract_id);
    create index task_cards_assignee_idx on task_cards(assignee_id, status);
    create index task_cards_due_idx on task_cards(due_at) where status = 'open' and overdue_at is null;

    create table credit_checks (
      id uuid primary key,
      card_id uuid not null references task_cards(id),
      customer_id uuid not null references customers(id),
      provider text not null,
      ok boolean not null,
      rating text,
      score integer,
      credit_limit numeric(16,2),
      summary text,
      raw_response text,
      error text,
      created_by uuid references users(id),
      created_at timestamptz not null
    );
    create index credit_checks_card_idx on credit_checks(card_id, created_at);

    create table engineers (
      id uuid primary key,
      name text not null,
      region text not null,
      skills text[] not null default '{}',
      user_id uuid references users(id),
      active boolean not null default true,
      created_at timestamptz not null
    );
    create table engineer_bookings (
      id uuid primary key,
      engineer_id uuid not null references engineers(id),
      contract_id uuid references contracts(id),
      starts_on date not null,
      ends_on date not null check (ends_on >= starts_on),
      note text,
      created_by uuid references users(id),
      created_at timestamptz not null
    );
    create index bookings_engineer_idx on engineer_bookings(engineer_id, starts_on);

    create table payment_anomalies (
      id uuid primary key,
      customer_id uuid not null references customers(id),
      external_id text unique,
      source text not null check (source in ('finance','erp')),
      status text not null check (status in ('open','resolved')),
      reason text not null,
      amount numeric(16,2),
      reported_by uuid references users(id),
      created_at timestamptz not null,
      resolved_by uuid references users(id),
      resolved_at timestamptz,
      resolution text
    );
    create index payment_anomalies_customer_idx on payment_anomalies(customer_id, status);
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The collaboration migration cannot be reverted');
}
