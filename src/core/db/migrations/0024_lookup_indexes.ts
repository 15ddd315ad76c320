import type { Kysely } from 'kysely';
import { runScript } from '../run-script.js';

/*
 * The keys of the duplicate check, frozen here as they were when this migration was written (the
 * live ones are in src/core/duplicates/keys.ts; test/integration/lookup-indexes.test.ts fails when
 * the planner stops using these indexes for the live expressions).
 */
const FULL_WIDTH = String.fromCharCode(...Array.from({ length: 94 }, (_, i) => 0xff01 + i)) + '\u3000';
const HALF_WIDTH = String.fromCharCode(...Array.from({ length: 94 }, (_, i) => 0x21 + i)) + ' ';
const NAME_NOISE_CLASS = ` \\t\\r\\n().,·'"&_-`;
const NAME_SUFFIX_PATTERN = '(股份有限公司|有限责任公司|集团有限公司|有限公司|集团|公司|coltd|corporation|company|limited|corp|ltd|inc)$';
const MOBILE_WITH_COUNTRY = '^(0086|86)(1[0-9]{10})$';

const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;
const phoneKey = (column: string) => `regexp_replace(regexp_replace(coalesce(${column}, ''), '[^0-9]', '', 'g'), ${literal(MOBILE_WITH_COUNTRY)}, '\\2')`;
const companyKey = (column: string) =>
  `regexp_replace(regexp_replace(lower(translate(coalesce(${column}, ''), ${literal(FULL_WIDTH)}, ${literal(HALF_WIDTH)})), ${literal(`[${NAME_NOISE_CLASS}]+`)}, '', 'g'), ${literal(NAME_SUFFIX_PATTERN)}, '')`;

/**
 * Look-ups that scanned whole tables at scale (found by the benchmark at 1,000,000 leads and
 * 5,000,000 files):
 * - the duplicate check of every new lead or customer and of each import batch compared the phone
 *   and company keys of every row: expression indexes on those keys;
 * - the upload quota summed a user's files without an index on the uploader: an index that
 *   answers the sum from the index alone;
 * - the purge of uploads no record took within a day looked at every file: `files.attached_at` is
 *   set when a record takes the file, and the purge reads only files without it (a partial index).
 *   Files stored before this release have no `attached_at`: the purge rule sets it for the ones a
 *   record holds, a batch per tick, instead of this migration rewriting the table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create index leads_phone_key_idx on leads ((${phoneKey('phone')}));
    create index leads_company_key_idx on leads ((${companyKey('company')}));
    create index customers_phone_key_idx on customers ((${phoneKey('phone')}));
    create index customers_name_key_idx on customers ((${companyKey('name')}));

    create index files_uploader_size_idx on files (uploaded_by) include (size);

    alter table files add column attached_at timestamptz;
    create index files_unattached_idx on files (created_at) where attached_at is null;
    `,
  );
}
