import path from 'node:path';
import { buildApp } from '../app.js';
import { directSink, httpSink, parseIngestArgs, runIngest, summaryLines } from '../chat-archive/index.js';
import { systemClock } from '../core/clock.js';
import { loadConfig } from '../core/config.js';
import { appDatabaseOptions, connectDatabase } from '../core/db/connect.js';
import { migrateToLatest } from '../core/db/migrate.js';

/**
 * `npm run wecom:ingest -- FILE.jsonl [--batch 1000] [--url URL --token TOKEN]`: archives an export
 * of the WeCom 会话存档 SDK (one JSON record per line) in batches, with a progress bar and a
 * summary. Without --url it writes to this installation's database (DATABASE_URL, or the embedded
 * database in DATA_DIR while the server is stopped).
 */
async function main() {
  const parsed = parseIngestArgs(process.argv.slice(2), process.env);
  // npm runs scripts from the package root: a relative path is relative to where npm was called.
  const options = { ...parsed, file: path.resolve(process.env.INIT_CWD ?? process.cwd(), parsed.file) };
  const tty = process.stderr.isTTY;
  const progress = (line: string) => process.stderr.write(tty ? `\r${line}` : `${line}\n`);
  if (options.url) {
    const totals = await runIngest(options, httpSink(options.url, options.token!, options.locale), progress);
    if (tty) process.stderr.write('\n');
    for (const line of summaryLines(totals, options.locale)) console.log(line);
    return;
  }
  const config = { ...loadConfig(), logLevel: 'silent' };
  const database = await connectDatabase(appDatabaseOptions(config));
  try {
    await migrateToLatest(database.db);
    const { app, ctx } = await buildApp({ config, database, clock: systemClock, logger: false });
    try {
      await ctx.playbook.ensureInitialised();
      const totals = await runIngest(options, directSink(ctx, options.locale), progress);
      if (tty) process.stderr.write('\n');
      for (const line of summaryLines(totals, options.locale)) console.log(line);
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
