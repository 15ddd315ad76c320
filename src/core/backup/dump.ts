import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';

/**
 * A logical dump of the app's database, the same on PostgreSQL and on the embedded database: one
 * JSON line per row as PostgreSQL itself renders it (`row_to_json`, so timestamps keep their
 * microseconds, amounts their digits, jsonb its content), one file per table, read in a single
 * REPEATABLE READ READ ONLY transaction — a consistent snapshot while the app keeps writing — and
 * loaded back with `json_populate_recordset`, which parses exactly what was written.
 */

/** Kysely's own bookkeeping: a restore rebuilds the schema with the migrations instead. */
const SKIPPED_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);
/** Rows read per round trip. */
const FETCH_ROWS = 2_000;
/** Tables dumped in a given order: the audit log in chain order, so it can be walked as it is read. */
const ORDER: Record<string, string> = { audit_log: 'seq' };

export interface DumpedTable {
  name: string;
  rows: number;
  /** Path inside the dump directory. */
  file: string;
  bytes: number;
  sha256: string;
}

export interface DumpedSequence {
  name: string;
  lastValue: number;
  isCalled: boolean;
}

export interface DatabaseDump {
  /** The migrations the database had run, in order; the last one is its schema version. */
  migrations: string[];
  tables: DumpedTable[];
  sequences: DumpedSequence[];
  /** The newest chained audit entry in the snapshot, and the queued entries not chained yet. */
  audit: { headSeq: number; headHash: string | null; pending: number };
  /** How many stored files the snapshot's `files` rows refer to (path → size). */
  storedFiles: Map<string, number>;
  serverVersion: string;
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The app's base tables and sequences in the public schema. */
async function catalogue(trx: Transaction<DB> | Kysely<DB>): Promise<{ tables: string[]; sequences: string[] }> {
  const { rows } = await sql<{ name: string; kind: string }>`
    select c.relname as name, c.relkind as kind from pg_class c
    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'S')
    order by c.relname`.execute(trx);
  return {
    tables: rows.filter((r) => r.kind === 'r' && !SKIPPED_TABLES.has(r.name)).map((r) => r.name),
    sequences: rows.filter((r) => r.kind === 'S').map((r) => r.name),
  };
}

/**
 * Writes every table of the app to `dir/db/<table>.jsonl` from one snapshot and returns what it
 * wrote. Only reads: nothing in the database changes.
 */
export async function dumpDatabase(db: Kysely<DB>, dir: string): Promise<DatabaseDump> {
  fs.mkdirSync(path.join(dir, 'db'), { recursive: true });
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const version = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(trx);
      const { tables, sequences } = await catalogue(trx);
      const migrations = (await sql<{ name: string }>`select name from kysely_migration order by name`.execute(trx)).rows.map((r) => r.name);
      const dumped: DumpedTable[] = [];
      for (const table of tables) dumped.push(await dumpTable(trx, dir, table));
      const seqs: DumpedSequence[] = [];
      for (const name of sequences) {
        const { rows } = await sql<{ last_value: number; is_called: boolean }>`select last_value, is_called from ${sql.raw(ident(name))}`.execute(trx);
        seqs.push({ name, lastValue: Number(rows[0].last_value), isCalled: rows[0].is_called });
      }
      const head = await sql<{ seq: number; hash: string }>`select seq, hash from audit_log order by seq desc limit 1`.execute(trx);
      const pending = await sql<{ n: number }>`select count(*)::int as n from audit_pending`.execute(trx);
      const files = await sql<{ storage_path: string; size: number }>`select storage_path, size from files`.execute(trx);
      return {
        migrations,
        tables: dumped,
        sequences: seqs,
        audit: { headSeq: Number(head.rows[0]?.seq ?? 0), headHash: head.rows[0]?.hash ?? null, pending: Number(pending.rows[0]?.n ?? 0) },
        storedFiles: new Map(files.rows.map((f) => [f.storage_path, Number(f.size)])),
        serverVersion: version.rows[0].v,
      };
    });
}

async function dumpTable(trx: Transaction<DB>, dir: string, table: string): Promise<DumpedTable> {
  const file = `db/${table}.jsonl`;
  const out = fs.openSync(path.join(dir, file), 'w');
  const hash = createHash('sha256');
  let rows = 0;
  let bytes = 0;
  const cursor = `dump_${table}`.slice(0, 60);
  try {
    const order = ORDER[table] ? ` order by ${ident(ORDER[table])}` : '';
    await sql.raw(`declare ${ident(cursor)} no scroll cursor for select row_to_json(t)::text as j from ${ident(table)} t${order}`).execute(trx);
    for (;;) {
      const batch = await sql.raw<{ j: string }>(`fetch forward ${FETCH_ROWS} from ${ident(cursor)}`).execute(trx);
      if (batch.rows.length === 0) break;
      const chunk = Buffer.from(batch.rows.map((r) => `${r.j}\n`).join(''), 'utf8');
      fs.writeSync(out, chunk);
      hash.update(chunk);
      rows += batch.rows.length;
      bytes += chunk.length;
      if (batch.rows.length < FETCH_ROWS) break;
    }
    await sql.raw(`close ${ident(cursor)}`).execute(trx);
  } finally {
    fs.closeSync(out);
  }
  return { name: table, rows, file, bytes, sha256: hash.digest('hex') };
}

export interface LoadPlan {
  tables: Pick<DumpedTable, 'name' | 'rows' | 'file'>[];
  sequences: DumpedSequence[];
}

/** Rows (as JSON text) per INSERT, and the most bytes one INSERT carries. */
const LOAD_ROWS = 1_000;
const LOAD_BYTES = 4 * 1024 * 1024;

/**
 * Loads a dump into a database whose schema is at the dump's version and whose tables are empty,
 * in one transaction: foreign keys are dropped and added back afterwards (the tables reference
 * each other in cycles: users ↔ teams, leads ↔ customers, follow-ups that correct follow-ups), which
 * also checks every reference of the loaded data; the tables' own triggers (append-only guards) are
 * off while the rows go in; sequences continue where they were. Returns the rows loaded per table.
 */
export async function loadDatabase(db: Kysely<DB>, dir: string, plan: LoadPlan): Promise<Record<string, number>> {
  return db.transaction().execute(async (trx) => {
    const present = new Set((await catalogue(trx)).tables);
    for (const table of plan.tables) if (!present.has(table.name)) throw new Error(`table ${table.name} of the dump does not exist at this schema version`);
    const { rows: foreignKeys } = await sql<{ table: string; name: string; def: string }>`
      select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as def
      from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace`.execute(trx);
    for (const fk of foreignKeys) await sql.raw(`alter table ${fk.table} drop constraint ${ident(fk.name)}`).execute(trx);
    const loaded: Record<string, number> = {};
    for (const table of plan.tables) {
      await sql.raw(`alter table ${ident(table.name)} disable trigger user`).execute(trx);
      loaded[table.name] = await loadTable(trx, path.join(dir, table.file), table.name);
      await sql.raw(`alter table ${ident(table.name)} enable trigger user`).execute(trx);
    }
    for (const fk of foreignKeys) await sql.raw(`alter table ${fk.table} add constraint ${ident(fk.name)} ${fk.def}`).execute(trx);
    for (const s of plan.sequences) await sql`select setval(${ident(s.name)}::regclass, ${s.lastValue}, ${s.isCalled})`.execute(trx);
    return loaded;
  });
}

async function loadTable(trx: Transaction<DB>, file: string, table: string): Promise<number> {
  let count = 0;
  let batch: string[] = [];
  let batchBytes = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await sql`insert into ${sql.raw(ident(table))} select * from json_populate_recordset(null::${sql.raw(ident(table))}, ${`[${batch.join(',')}]`}::json)`.execute(
      trx,
    );
    count += batch.length;
    batch = [];
    batchBytes = 0;
  };
  for await (const line of readLines(file)) {
    batch.push(line);
    batchBytes += line.length;
    if (batch.length >= LOAD_ROWS || batchBytes >= LOAD_BYTES) await flush();
  }
  await flush();
  return count;
}

/** The non-empty lines of a JSON-lines file, streamed. */
export async function* readLines(file: string): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1024 * 1024 })) {
    rest += chunk;
    let nl: number;
    let start = 0;
    while ((nl = rest.indexOf('\n', start)) >= 0) {
      const line = rest.slice(start, nl);
      if (line) yield line;
      start = nl + 1;
    }
    rest = rest.slice(start);
  }
  if (rest) yield rest;
}

/** The sha256 of a file, streamed. */
export async function fileSha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Whether the database holds any table of its own in the public schema (a restore target must not). */
export async function databaseIsEmpty(db: Kysely<DB>): Promise<{ empty: boolean; tables: string[] }> {
  const { rows } = await sql<{ name: string }>`
    select relname as name from pg_class where relnamespace = 'public'::regnamespace and relkind in ('r', 'p', 'v', 'm', 'S') order by relname`.execute(db);
  return { empty: rows.length === 0, tables: rows.map((r) => r.name) };
}
