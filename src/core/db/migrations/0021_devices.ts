import type { Kysely } from 'kysely';
import { runScript } from '../run-script.js';

/**
 * 设备台账 (installed base): devices at customers with the unguessable token their QR label
 * carries, their maintenance records (server time, engineer, fault codes, parts from the price
 * list, photos), the fault-code dictionary per model, the stock of a product, and the device a
 * quote was made for.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table devices (
      id uuid primary key,
      customer_id uuid not null references customers(id),
      model text not null,
      serial_no text not null,
      site_address text,
      install_date date,
      warranty_end date,
      status text not null check (status in ('in_service','under_repair','idle','retired')),
      -- 128 random bits, base64url: what the QR label's URL carries; replaced to revoke a label.
      label_token text not null unique,
      notes text,
      created_by uuid references users(id),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      unique (model, serial_no)
    );
    create index devices_customer_idx on devices (customer_id, model);

    create table device_maintenance (
      id uuid primary key,
      device_id uuid not null references devices(id),
      performed_at timestamptz not null,
      engineer_id uuid references users(id),
      engineer_name text not null,
      fault_codes jsonb not null default '[]',
      work_done text not null,
      parts_used jsonb not null default '[]',
      created_at timestamptz not null
    );
    create index device_maintenance_device_idx on device_maintenance (device_id, performed_at desc);

    -- The photos of a maintenance record (uploaded files; kept by the unattached-files sweep).
    create table device_maintenance_photos (
      maintenance_id uuid not null references device_maintenance(id),
      file_id uuid not null references files(id),
      primary key (maintenance_id, file_id)
    );
    create unique index device_maintenance_photos_file_idx on device_maintenance_photos (file_id);

    create table fault_codes (
      id uuid primary key,
      model text not null,
      code text not null,
      meaning text not null,
      likely_cause text,
      recommended_action text,
      -- Product ids or SKUs of the parts usually needed.
      parts jsonb not null default '[]',
      created_at timestamptz not null,
      updated_at timestamptz not null,
      unique (model, code)
    );

    -- 库存: null when the stock is not kept in this system.
    alter table products add column stock_quantity numeric(16,3);
    alter table quotes add column device_id uuid references devices(id);
    create index quotes_device_idx on quotes (device_id) where device_id is not null;
    `,
  );
}
