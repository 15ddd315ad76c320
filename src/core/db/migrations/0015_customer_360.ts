import type { Kysely } from 'kysely';
import { runScript } from '../run-script.js';

/**
 * Customer 360, part one: contact persons (and the contacts a follow-up involved), the price list,
 * quotes with their numbering per year and their versions, the proposal files a sent quote leaves
 * on its opportunity, and the opportunity's forecast fields (expected close date, win probability,
 * competitors).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table contacts (
      id uuid primary key,
      customer_id uuid not null references customers(id) on delete cascade,
      name text not null,
      title text,
      mobile text,
      wechat_id text,
      email text,
      role text not null check (role in ('decision_maker','influencer','technical','finance','user','other')),
      is_primary boolean not null default false,
      wecom_external_user_id text,
      created_by uuid references users(id),
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index contacts_customer_idx on contacts (customer_id, created_at);
    -- One primary contact per customer; one contact per WeCom external user id.
    create unique index contacts_primary_idx on contacts (customer_id) where is_primary;
    create unique index contacts_wecom_idx on contacts (wecom_external_user_id) where wecom_external_user_id is not null;

    create table followup_contacts (
      followup_id uuid not null references followups(id),
      contact_id uuid not null references contacts(id) on delete cascade,
      primary key (followup_id, contact_id)
    );
    create index followup_contacts_contact_idx on followup_contacts (contact_id);

    create table products (
      id uuid primary key,
      sku text not null unique,
      name text not null,
      product_line text not null,
      kind text not null check (kind in ('device','consumable','spare_part','service','software')),
      unit text not null,
      list_price numeric(16,2) not null check (list_price >= 0),
      compatible_models jsonb not null default '[]',
      active boolean not null default true,
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index products_line_idx on products (product_line, kind);

    -- The last quote number handed out per year (BJ-<year>-<6 digits>).
    create table quote_numbers (
      year integer primary key,
      last_value integer not null
    );

    create table quotes (
      id uuid primary key,
      number text not null unique,
      opportunity_id uuid not null references opportunities(id),
      customer_id uuid not null references customers(id),
      owner_id uuid references users(id),
      team_id uuid references teams(id),
      region text not null,
      status text not null check (status in ('draft','pending_approval','approved','rejected','sent','expired')),
      version integer not null,
      valid_until date not null,
      subtotal numeric(16,2) not null,
      tax numeric(16,2) not null,
      total numeric(16,2) not null,
      max_discount_pct numeric(7,2) not null,
      needs_approval boolean not null,
      decided_by uuid references users(id),
      decided_at timestamptz,
      decision_note text,
      sent_at timestamptz,
      sent_file_id uuid references files(id),
      created_by uuid not null references users(id),
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index quotes_opportunity_idx on quotes (opportunity_id, created_at desc);
    create index quotes_status_idx on quotes (status, valid_until);

    -- Every version of a quote as it was written: items with the product as it was, totals, terms.
    create table quote_versions (
      quote_id uuid not null references quotes(id) on delete cascade,
      version integer not null,
      items jsonb not null,
      totals jsonb not null,
      valid_until date not null,
      terms text,
      notes text,
      created_by uuid not null references users(id),
      created_at timestamptz not null,
      primary key (quote_id, version)
    );

    -- Files that belong to an opportunity without a follow-up (the PDF of a sent quote).
    create table opportunity_files (
      opportunity_id uuid not null references opportunities(id),
      file_id uuid not null references files(id),
      source text not null,
      created_at timestamptz not null,
      primary key (opportunity_id, file_id)
    );
    create index opportunity_files_file_idx on opportunity_files (file_id);

    alter table opportunities add column expected_close_date date;
    -- null: the playbook's default for the current stage.
    alter table opportunities add column win_probability integer check (win_probability between 0 and 100);
    alter table opportunities add column competitors jsonb not null default '[]';
    create index opportunities_close_idx on opportunities (status, expected_close_date);
    `,
  );
}
