import type { Kysely } from 'kysely';
import { runScript } from '../run-script.js';

/**
 * The money after the signature: contracts' signature date; receivables (a submitted contract's
 * instalments with due dates), payments received and how each was applied; renewal links between
 * a contract and the opportunity that renews it; complaint categories; the customers' SLA
 * commitments and installation-environment photos that delivery reads.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    alter table contracts add column signed_at timestamptz;

    create table receivables (
      id uuid primary key,
      contract_id uuid not null references contracts(id),
      customer_id uuid not null references customers(id),
      seq int not null,
      milestone text not null,
      percent numeric(7,4) not null,
      amount numeric(16,2) not null check (amount >= 0),
      received numeric(16,2) not null default 0 check (received >= 0 and received <= amount),
      due_date date not null,
      status text not null check (status in ('open','paid')),
      paid_at timestamptz,
      -- Set once when the overdue rule raised the payment anomaly for this receivable.
      overdue_raised_at timestamptz,
      anomaly_id uuid references payment_anomalies(id),
      owner_id uuid references users(id),
      team_id uuid references teams(id),
      region text not null,
      created_at timestamptz not null,
      unique (contract_id, seq)
    );
    create index receivables_open_due_idx on receivables(due_date) where status = 'open' and overdue_raised_at is null;
    create index receivables_customer_idx on receivables(customer_id);

    create table payments (
      id uuid primary key,
      contract_id uuid not null references contracts(id),
      customer_id uuid not null references customers(id),
      amount numeric(16,2) not null check (amount > 0),
      received_at timestamptz not null,
      reference text not null,
      via text not null check (via in ('session','token','internal')),
      recorded_by uuid references users(id),
      created_at timestamptz not null
    );
    create index payments_contract_idx on payments(contract_id, received_at);
    create unique index payments_reference_idx on payments(contract_id, reference);

    create table payment_allocations (
      payment_id uuid not null references payments(id),
      receivable_id uuid not null references receivables(id),
      amount numeric(16,2) not null check (amount > 0),
      primary key (payment_id, receivable_id)
    );

    create table contract_renewals (
      contract_id uuid primary key references contracts(id),
      opportunity_id uuid not null unique references opportunities(id),
      source text not null check (source in ('rule','manual')),
      created_by uuid references users(id),
      created_at timestamptz not null
    );

    alter table payment_anomalies drop constraint payment_anomalies_source_check;
    alter table payment_anomalies add constraint payment_anomalies_source_check check (source in ('finance','erp','overdue'));

    alter table complaints add column category text;
    create index complaints_category_idx on complaints(category, created_at);

    create table sla_commitments (
      id uuid primary key,
      customer_id uuid not null references customers(id),
      contract_id uuid references contracts(id),
      response_hours numeric(8,2),
      onsite_hours numeric(8,2),
      uptime_percent numeric(6,3),
      free_services text[] not null default '{}',
      notes text,
      created_by uuid references users(id),
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index sla_commitments_customer_idx on sla_commitments(customer_id);

    create table site_photos (
      id uuid primary key,
      customer_id uuid not null references customers(id),
      file_id uuid not null references files(id),
      caption text,
      created_by uuid references users(id),
      created_at timestamptz not null,
      unique (customer_id, file_id)
    );
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The receivables and renewals migration cannot be reverted');
}
