import type { Kysely } from 'kysely';
import { runScript } from '../run-script.js';

/**
 * Outgoing webhooks: integrators subscribe a URL to domain events. Each delivery is an outbox
 * row (channel `webhook`), so it shares the outbox's claims, retries with backoff, dead letters
 * and attempt log; the index finds one webhook's deliveries.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table webhooks (
      id uuid primary key,
      url text not null,
      events text[] not null,
      description text,
      -- The HMAC key deliveries are signed with; shown once when created or rotated.
      secret text not null,
      active boolean not null default true,
      created_by uuid references users(id),
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    alter table outbox drop constraint outbox_channel_check;
    alter table outbox add constraint outbox_channel_check check (channel in ('feishu', 'wecom', 'email', 'webhook'));
    create index outbox_webhook_deliveries_idx on outbox ((target->>'webhookId'), id) where channel = 'webhook';
    create unique index outbox_webhook_delivery_id_idx on outbox ((target->>'deliveryId')) where channel = 'webhook';
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The webhooks migration cannot be reverted');
}
