import type { Kysely } from 'kysely';
import { runScript } from '../run-script.js';

/**
 * In the field: customers' addresses and coordinates (WGS-84), competitor stores, planned visits
 * and check-ins. A check-in's position is personal data: the retention rule nulls `lat`/`lng`
 * (and sets `purged_at`) once it is older than the playbook's `field.locationRetentionDays`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    alter table customers add column address text;
    alter table customers add column lat double precision;
    alter table customers add column lng double precision;
    alter table customers add column geo_source text;
    alter table customers add constraint customers_geo_pair check ((lat is null) = (lng is null));
    alter table customers add constraint customers_geo_range check (lat is null or (lat between -90 and 90 and lng between -180 and 180));
    create index customers_geo_idx on customers (lat, lng) where lat is not null;

    create table competitor_stores (
      id uuid primary key,
      brand text not null,
      name text not null,
      address text,
      lat double precision not null check (lat between -90 and 90),
      lng double precision not null check (lng between -180 and 180),
      region text,
      notes text,
      created_by uuid references users(id),
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index competitor_stores_geo_idx on competitor_stores (lat, lng);

    create table visits (
      id uuid primary key,
      customer_id uuid not null references customers(id) on delete cascade,
      rep_id uuid not null references users(id),
      visit_date date not null,
      planned_time text,
      purpose text not null,
      status text not null check (status in ('planned','done','cancelled','missed')),
      checkin_id uuid,
      followup_id uuid references followups(id),
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index visits_rep_date_idx on visits (rep_id, visit_date);
    create index visits_date_status_idx on visits (visit_date, status);
    create index visits_customer_idx on visits (customer_id, visit_date);

    create table checkins (
      id uuid primary key,
      rep_id uuid not null references users(id),
      customer_id uuid not null references customers(id) on delete cascade,
      visit_id uuid references visits(id),
      lat double precision,
      lng double precision,
      accuracy_m double precision,
      distance_m double precision,
      coord_system text not null check (coord_system in ('wgs84','gcj02','bd09')),
      photo_file_id uuid references files(id),
      followup_id uuid references followups(id),
      local_date date not null,
      checked_in_at timestamptz not null,
      purged_at timestamptz
    );
    create index checkins_rep_idx on checkins (rep_id, checked_in_at);
    create index checkins_date_idx on checkins (local_date, rep_id);
    create index checkins_customer_idx on checkins (customer_id, checked_in_at);
    create index checkins_purge_idx on checkins (checked_in_at) where purged_at is null;
    `,
  );
}
