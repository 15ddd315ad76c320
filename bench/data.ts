import path from 'node:path';
import pg from 'pg';
import { connectDatabase } from '../src/core/db/connect.js';
import { migrateToLatest } from '../src/core/db/migrate.js';
import { generate, type GenerateOptions, type GenerateResult } from './generate.js';
import { parseArgs } from './lib/args.js';
import { pgliteSink, pgSink } from './lib/sink.js';

/**
 * npm run bench:data -- --leads 1000000 --followups 5000000 --users 2000 --seed 42 [--database-url postgres://…]
 * Without --database-url (or DATABASE_URL) it loads the embedded database in DATA_DIR/pgdata
 * (or --pglite-dir). The database must be empty or freshly migrated: migrations run first.
 */

export interface LoadTarget {
  databaseUrl?: string;
  pgliteDir?: string;
}

export async function loadDataset(target: LoadTarget, options: GenerateOptions): Promise<GenerateResult> {
  if (target.databaseUrl) {
    const handle = await connectDatabase({ databaseUrl: target.databaseUrl, poolSize: 2 });
    await migrateToLatest(handle.db);
    await handle.close();
    const pool = new pg.Pool({ connectionString: target.databaseUrl, max: 4 });
    const sink = pgSink(pool);
    try {
      return await generate(sink, options);
    } finally {
      await sink.close();
    }
  }
  if (!target.pgliteDir) throw new Error('a database URL or an embedded data directory is needed');
  const handle = await connectDatabase({ pgliteDir: target.pgliteDir });
  try {
    await migrateToLatest(handle.db);
    return await generate(pgliteSink(handle.pglite!), options);
  } finally {
    await handle.close();
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const num = (key: string, fallback: number) => {
    const v = Number(args[key] ?? fallback);
    if (!Number.isInteger(v) || v < 0) throw new Error(`--${key} must be a non-negative integer`);
    return v;
  };
  const databaseUrl = args['database-url'] ?? process.env.DATABASE_URL;
  const pgliteDir = args['pglite-dir'] ?? path.join(path.resolve(process.env.DATA_DIR ?? './data'), 'pgdata');
  const options: GenerateOptions = {
    leads: num('leads', 1_000_000),
    followups: num('followups', 5_000_000),
    users: num('users', 2000),
    seed: num('seed', 42),
    now: args.now ? Date.parse(args.now) : Math.floor(Date.now() / 60_000) * 60_000,
    log: (line) => console.log(line),
  };
  console.log(
    `Generating into ${databaseUrl ? databaseUrl.replace(/:[^:@/]*@/, ':***@') : `embedded ${pgliteDir}`}: ${JSON.stringify({ ...options, log: undefined, now: new Date(options.now).toISOString() })}`,
  );
  const result = await loadDataset(databaseUrl ? { databaseUrl } : { pgliteDir }, options);
  console.log(JSON.stringify(result, null, 2));
  const total = Object.values(result.counts).reduce((s, n) => s + n, 0);
  console.log(
    `${total.toLocaleString('en')} rows in ${result.seconds.total} s: ${result.rowsPerSecond.load.toLocaleString('en')} rows/s while loading, ${result.rowsPerSecond.overall.toLocaleString('en')} rows/s including keys, indexes and VACUUM ANALYZE; schema identical to the migrations: ${result.schemaIdentical}`,
  );
}

if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
