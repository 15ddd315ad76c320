import { sql, type Expression, type RawBuilder } from 'kysely';
import type { DataScope } from '../auth/actor.js';
import { inScope } from '../auth/scope.js';
import type { Database } from '../db/connect.js';
import { AppError } from '../http/errors.js';
import { FULL_WIDTH, HALF_WIDTH, MOBILE_WITH_COUNTRY, NAME_NOISE_CLASS, NAME_SUFFIX_PATTERN, companyKey, phoneKey } from './keys.js';

/** A constant of this module as an SQL string literal: inlined, so the planner matches the key expression indexes (migration 0024). */
const literal = (value: string) => sql.raw(`'${value.replace(/'/g, "''")}'`);

/** The phone key of a column, computed in SQL exactly as `phoneKey` does (short keys are filtered by the caller). */
export const phoneKeySql = (column: Expression<string | null>): RawBuilder<string> =>
  sql<string>`regexp_replace(regexp_replace(coalesce(${column}, ''), '[^0-9]', '', 'g'), ${literal(MOBILE_WITH_COUNTRY)}, '\\2')`;

/** The company key of a column, computed in SQL exactly as `companyKey` does. */
export const companyKeySql = (column: Expression<string | null>): RawBuilder<string> =>
  sql<string>`regexp_replace(regexp_replace(lower(translate(coalesce(${column}, ''), ${literal(FULL_WIDTH)}, ${literal(HALF_WIDTH)})), ${literal(`[${NAME_NOISE_CLASS}]+`)}, '', 'g'), ${literal(NAME_SUFFIX_PATTERN)}, '')`;

/** What a new lead or customer is compared by. */
export interface DuplicateProbe {
  phone?: string | null;
  companyName?: string | null;
}

/** A record that looks like the new one: with its details when the caller may see it, else only that it exists. */
export type DuplicateMatch =
  | { type: 'lead' | 'customer'; id: string; name: string; ownerId: string | null; ownerName: string | null; matchedOn: ('phone' | 'name')[] }
  | { type: 'lead' | 'customer'; hidden: true; matchedOn: ('phone' | 'name')[] };

interface Found {
  type: 'lead' | 'customer';
  id: string;
  name: string;
  owner_id: string | null;
  owner_name: string | null;
  phone_key: string;
  name_key: string;
  visible: boolean;
}

/**
 * Leads and customers whose phone or company name has the same key as one of the probes (one
 * query per table for a whole import). Leads compare their company, customers their name.
 * Returns the matches of each probe, in the probes' order.
 */
export async function findDuplicates(db: Database, scope: DataScope, probes: DuplicateProbe[]): Promise<DuplicateMatch[][]> {
  const keys = probes.map((p) => ({ phone: phoneKey(p.phone), name: companyKey(p.companyName) }));
  const phones = [...new Set(keys.map((k) => k.phone).filter((k): k is string => k !== null))];
  const names = [...new Set(keys.map((k) => k.name).filter((k): k is string => k !== null))];
  if (phones.length === 0 && names.length === 0) return probes.map(() => []);
  const found: Found[] = [];
  for (let i = 0; i < Math.max(phones.length, names.length); i += 1000) {
    const phoneChunk = phones.slice(i, i + 1000);
    const nameChunk = names.slice(i, i + 1000);
    // The matches are found through the key indexes first (a materialised CTE), then ordered and
    // capped: with the ORDER BY and LIMIT on the same query, the planner walks `created_at` and
    // computes both keys of every row.
    const [leads, customers] = await Promise.all([
      db
        .with(
          (wb) => wb('m').materialized(),
          (qb) =>
            qb
              .selectFrom('leads')
              .select((eb) => [
                'leads.id',
                eb.fn.coalesce('leads.company', 'leads.name').as('name'),
                'leads.owner_id',
                'leads.created_at',
                phoneKeySql(eb.ref('leads.phone')).as('phone_key'),
                companyKeySql(eb.ref('leads.company')).as('name_key'),
                sql<boolean>`${inScope(scope, 'leads')(eb)}`.as('visible'),
              ])
              .where((eb) =>
                eb.or([
                  ...(phoneChunk.length ? [eb(phoneKeySql(eb.ref('leads.phone')), '=', sql<string>`any(${phoneChunk}::text[])`)] : []),
                  ...(nameChunk.length ? [eb(companyKeySql(eb.ref('leads.company')), '=', sql<string>`any(${nameChunk}::text[])`)] : []),
                ]),
              ),
        )
        .selectFrom('m')
        .leftJoin('users', 'users.id', 'm.owner_id')
        .select(['m.id', 'm.name', 'm.owner_id', 'users.display_name as owner_name', 'm.phone_key', 'm.name_key', 'm.visible'])
        .orderBy('m.created_at')
        .limit(5000)
        .execute(),
      db
        .with(
          (wb) => wb('m').materialized(),
          (qb) =>
            qb
              .selectFrom('customers')
              .select((eb) => [
                'customers.id',
                'customers.name',
                'customers.owner_id',
                'customers.created_at',
                phoneKeySql(eb.ref('customers.phone')).as('phone_key'),
                companyKeySql(eb.ref('customers.name')).as('name_key'),
                sql<boolean>`${inScope(scope, 'customers')(eb)}`.as('visible'),
              ])
              .where((eb) =>
                eb.or([
                  ...(phoneChunk.length ? [eb(phoneKeySql(eb.ref('customers.phone')), '=', sql<string>`any(${phoneChunk}::text[])`)] : []),
                  ...(nameChunk.length ? [eb(companyKeySql(eb.ref('customers.name')), '=', sql<string>`any(${nameChunk}::text[])`)] : []),
                ]),
              ),
        )
        .selectFrom('m')
        .leftJoin('users', 'users.id', 'm.owner_id')
        .select(['m.id', 'm.name', 'm.owner_id', 'users.display_name as owner_name', 'm.phone_key', 'm.name_key', 'm.visible'])
        .orderBy('m.created_at')
        .limit(5000)
        .execute(),
    ]);
    found.push(...leads.map((r) => ({ ...r, type: 'lead' as const })), ...customers.map((r) => ({ ...r, type: 'customer' as const })));
  }
  return keys.map((key) => {
    const matches: DuplicateMatch[] = [];
    for (const row of found) {
      const matchedOn: ('phone' | 'name')[] = [];
      if (key.phone && row.phone_key === key.phone) matchedOn.push('phone');
      if (key.name && row.name_key === key.name) matchedOn.push('name');
      if (matchedOn.length === 0) continue;
      matches.push(
        row.visible
          ? { type: row.type, id: row.id, name: row.name, ownerId: row.owner_id, ownerName: row.owner_name, matchedOn }
          : { type: row.type, hidden: true, matchedOn },
      );
    }
    return matches.slice(0, 20);
  });
}

/**
 * Refuses a new lead or customer that looks like an existing one (`409 DUPLICATE` with
 * `details.matches`), unless the caller said it is not a duplicate; returns the matches so the
 * caller can audit the override.
 */
export async function checkDuplicates(db: Database, scope: DataScope, probe: DuplicateProbe, allowDuplicate: boolean | undefined): Promise<DuplicateMatch[]> {
  const [matches] = await findDuplicates(db, scope, [probe]);
  if (matches.length > 0 && !allowDuplicate) throw new AppError(409, 'DUPLICATE', { count: matches.length }, { matches });
  return matches;
}

/** The keys of a probe, for comparing rows of one file with each other. */
export const probeKeys = (probe: DuplicateProbe) => ({ phone: phoneKey(probe.phone), name: companyKey(probe.companyName) });
