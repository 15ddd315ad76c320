import type { Kysely } from 'kysely';
import { runScript } from '../run-script.js';

/** Each team has a language: its group bots (Feishu, WeCom) and team e-mail are written in it. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    alter table teams add column locale text not null default 'zh-CN' check (locale in ('zh-CN', 'en'));
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('The team locale migration cannot be reverted');
}
