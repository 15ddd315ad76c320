import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import Fastify from 'fastify';
import { Kysely, PostgresDialect, type Dialect } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../src/core/config.js';
import { pgliteStartParams } from '../src/core/db/connect.js';
import { parseArgs } from './lib/args.js';

/**
 * The baseline: a bare Fastify server in its own process that runs the app's SQL with the same
 * driver and pool size, and nothing else (no authentication, scope, validation or audit).
 *   --port N  --database-url URL | --pglite-dir DIR  [--pool 20]  [--app-dir DIR]
 * With --app-dir, the 断点清单 statements are captured once at start from the app's own compiled
 * query builders (DIR/dist/server/reports/stale.query.js) and GET /stale replays them as plain SQL.
 */

export const LEAD_SQL =
  'select "leads".*, "users"."display_name" as "owner_name" from "leads" left join "users" on "users"."id" = "leads"."owner_id" where "leads"."id" = $1 and true';
export const FOLLOWUP_SQL =
  'insert into "followups" ("id", "target_type", "target_id", "lead_id", "customer_id", "opportunity_id", "channel", "value_tag", "content", "next_follow_up_at", "stage", "author_id", "team_id", "corrects_id", "created_at") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)';
export const ATTACHMENT_SQL = 'insert into "followup_attachments" ("followup_id", "file_id") values ($1, $2)';

const INT8_OID = 20;
const NUMERIC_OID = 1700;
const DATE_OID = 1082;
const toNumber = (value: string) => (value === null ? null : Number(value));

interface Db {
  embedded?: boolean;
  /** A Kysely dialect on a separate connection, only to capture the app's SQL at start. */
  captureDialect(): Promise<Dialect>;
  query(sql: string, params: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  transaction<T>(fn: (q: (sql: string, params: unknown[]) => Promise<unknown>) => Promise<T>): Promise<T>;
}

function postgres(url: string, size: number): Db {
  // The same pool settings and type parsers as src/core/db/connect.ts.
  const pool = new pg.Pool({
    connectionString: url,
    max: size,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === INT8_OID || oid === NUMERIC_OID) return toNumber;
        if (oid === DATE_OID) return (v: string) => v;
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
  return {
    captureDialect: async () => new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 2 }) }),
    query: (sql, params) => pool.query(sql, params),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn((sql, params) => client.query(sql, params));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  };
}

async function embedded(dir: string): Promise<Db> {
  // The same buffer cache as the app's embedded database (PGLITE_SHARED_BUFFERS_MB).
  const sharedBuffersMb = loadConfig({ PGLITE_SHARED_BUFFERS_MB: process.env.PGLITE_SHARED_BUFFERS_MB }).pgliteSharedBuffersMb;
  const db = new PGlite({
    dataDir: dir,
    startParams: pgliteStartParams(sharedBuffersMb),
    parsers: { [INT8_OID]: toNumber, [NUMERIC_OID]: toNumber, [DATE_OID]: (v: string) => v },
  });
  await db.waitReady;
  return {
    embedded: true,
    captureDialect: async () => {
      const { SerialPGliteDialect } = await import(pathToFileURL(path.join(appDirArg, 'dist/server/core/db/pglite-dialect.js')).href);
      return new SerialPGliteDialect(db) as Dialect;
    },
    query: (sql, params) => db.query<Record<string, unknown>>(sql, params),
    transaction: (fn) => db.transaction((tx) => fn((sql, params) => tx.query(sql, params))),
  };
}

type Statement = { sql: string; params: unknown[] };

/** Runs the app's staleGroups and staleItems once through a logging Kysely and keeps their SQL. */
async function captureStale(db: Db, appDir: string): Promise<Statement[][]> {
  const query = await import(pathToFileURL(path.join(appDir, 'dist/server/reports/stale.query.js')).href);
  const { defaultPlaybook } = await import(pathToFileURL(path.join(appDir, 'dist/server/core/playbook/default-playbook.js')).href);
  let captured: Statement[] = [];
  const kysely = new Kysely<any>({
    dialect: await db.captureDialect(),
    log: (event) => {
      if (event.level === 'query') captured.push({ sql: event.query.sql, params: [...event.query.parameters] });
    },
  });
  const ctx = { db: kysely, playbook: { active: async () => ({ version: 1, document: defaultPlaybook }) } };
  const actor = {
    id: '00000000-0000-0000-0000-000000000000',
    role: 'admin',
    teamId: null,
    scope: { kind: 'all', userId: '', teamIds: [], region: null, readOnly: false },
  };
  const now = new Date();
  await query.staleGroups(ctx, actor, {}, now);
  const groups = captured;
  captured = [];
  await query.staleItems(ctx, actor, {}, now, 20, 0);
  const items = captured;
  // Destroying the Kysely of the embedded dialect would close the shared PGlite instance.
  if (!(db as { embedded?: boolean }).embedded) await kysely.destroy().catch(() => undefined);
  return [groups, items];
}

let appDirArg = '.';

async function main() {
  const args = parseArgs(process.argv.slice(2));
  appDirArg = path.resolve(args['app-dir'] ?? '.');
  const db = args['database-url'] ? postgres(args['database-url'], Number(args.pool ?? 20)) : await embedded(args['pglite-dir']);
  const stale = args['app-dir'] ? await captureStale(db, appDirArg) : [];
  const app = Fastify({ logger: false });

  app.get<{ Params: { id: string } }>('/leads/:id', async (request, reply) => {
    const { rows } = await db.query(LEAD_SQL, [request.params.id]);
    if (!rows[0]) return reply.status(404).send({ error: 'not found' });
    return rows[0];
  });

  app.post<{ Body: { id: string; targetId: string; fileId: string; authorId: string; content: string } }>('/followups', async (request, reply) => {
    const b = request.body;
    const now = new Date();
    await db.transaction(async (q) => {
      await q(FOLLOWUP_SQL, [
        b.id,
        'lead',
        b.targetId,
        b.targetId,
        null,
        null,
        'phone',
        'needs_discovery',
        b.content,
        null,
        'new',
        b.authorId,
        null,
        null,
        now,
      ]);
      await q(ATTACHMENT_SQL, [b.id, b.fileId]);
    });
    return reply.status(201).send({ id: b.id });
  });

  // The app's 断点清单 statements, captured from its own query builders: groups and items run
  // side by side as the app runs them.
  app.get('/stale', async () => {
    const started = performance.now();
    const results = await Promise.all(
      stale.map(async (chain) => {
        let n = 0;
        for (const s of chain) n += (await db.query(s.sql, s.params)).rows.length;
        return n;
      }),
    );
    return { rows: results, ms: performance.now() - started };
  });

  app.get('/stale/statements', async () => stale);

  /** File rows for the write baseline (the app's are uploaded through its API). */
  app.post<{ Body: { count: number; uploadedBy: string } }>('/prepare-files', async (request) => {
    const { rows } = await db.query(
      `insert into files (id, name, kind, mime, size, sha256, storage_path, uploaded_by, created_at)
       select gen_random_uuid(), 'bare-' || i || '.txt', 'recording', 'text/plain', 2048, md5(i::text), 'bare/' || i, $2, now()
       from generate_series(1, $1::int) as i returning id`,
      [request.body.count, request.body.uploadedBy],
    );
    return rows.map((r) => r.id);
  });

  await app.listen({ port: Number(args.port), host: '127.0.0.1' });
  process.send?.('ready');
  const stop = async () => {
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
