import { buildApp } from './app.js';
import { ensureAdmin } from './bootstrap.js';
import { AdjustableClock, systemClock } from './core/clock.js';
import { loadConfig } from './core/config.js';
import { appDatabaseOptions, connectDatabase } from './core/db/connect.js';
import { migrateToLatest } from './core/db/migrate.js';
import { createBackup } from './core/backup/archive.js';
import { DataDirInUse, holdDataDir, type ControlRequest, type ControlSocket } from './core/backup/control-socket.js';
import { shutdownGracefully } from './core/ops/shutdown.js';
import { holdPortWhileStarting } from './core/ops/starting.js';
import { seedDemo } from './demo/index.js';

async function main() {
  const config = loadConfig();
  // The embedded database may be opened by one process only; this one answers backup requests.
  let backupHandler: (request: ControlRequest) => Promise<unknown> = async () => {
    throw new Error('starting');
  };
  let control: ControlSocket | undefined;
  if (!config.databaseUrl) {
    try {
      control = await holdDataDir(config.dataDir, `app (pid ${process.pid})`, (request) => backupHandler(request));
    } catch (error) {
      if (error instanceof DataDirInUse) throw error;
      console.warn(`no control socket in ${config.dataDir} (${(error as Error).message}): npm run backup cannot ask this app for a backup`);
    }
  }
  const database = await connectDatabase(appDatabaseOptions(config));
  const replica = config.databaseReadUrl
    ? await connectDatabase({ databaseUrl: config.databaseReadUrl, applicationName: 'sales-process-management reports' })
    : undefined;
  // Until the schema is migrated and the app built, the port answers /ready with 503 (not refused).
  const starting = await holdPortWhileStarting(config.port, config.host, database.kind);
  await migrateToLatest(database.db);
  // The time machine is a demo/test tool; production always runs on the system clock.
  // The demo walks a movable clock through three months of history, then leaves it at the real time.
  const clock = config.timeMachine || config.demo ? new AdjustableClock() : systemClock;
  const { app, ctx, readiness } = await buildApp({ config, database, replica, clock });
  backupHandler = async (request) => {
    if (request.op !== 'backup') throw new Error(`unknown request ${request.op}`);
    const manifest = await createBackup(
      { db: database.db, kind: database.kind, dataDir: config.dataDir, clock: systemClock, anchors: ctx.anchors },
      request.out,
    );
    app.log.info({ tables: manifest.tables.length, files: manifest.files.count, auditHead: manifest.audit.headSeq, ms: manifest.durationMs }, 'backup written');
    return manifest;
  };
  await ctx.playbook.ensureInitialised();
  const admin = await ensureAdmin(ctx, config.adminPassword);
  if (admin.password) {
    // Printed once, on the first start only.
    console.log(`\n  管理员账号 admin 已创建，初始密码 / initial admin password: ${admin.password}\n`);
  }
  if (config.demo) {
    const startedAt = performance.now();
    const seeded = await seedDemo(ctx, clock instanceof AdjustableClock ? { app, clock } : undefined);
    if (seeded) app.log.info({ ...seeded, ms: Math.round(performance.now() - startedAt) }, 'demo organisation loaded');
  }
  if (config.schedulerEnabled) {
    ctx.scheduler.start(config.schedulerIntervalMs);
    ctx.outbox.start(config.outboxIntervalMs);
  }
  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) {
      app.log.warn({ signal }, 'second signal during shutdown: exiting at once');
      process.exit(1);
    }
    stopping = true;
    app.log.info({ signal, timeoutMs: config.shutdownTimeoutMs }, 'shutting down: finishing in-flight requests and time rules');
    const outcome = await shutdownGracefully({ app, ctx, database, readiness, timeoutMs: config.shutdownTimeoutMs, afterClose: () => control?.close() });
    if (outcome.clean) app.log.info({ ms: outcome.ms }, 'stopped');
    else app.log.warn({ ms: outcome.ms, pending: outcome.pending }, 'stopped after the shutdown timeout: unfinished work was cut');
    process.exit(0);
  };
  process.on('SIGINT', (signal) => void shutdown(signal));
  process.on('SIGTERM', (signal) => void shutdown(signal));
  await starting?.close();
  const address = await app.listen({ port: config.port, host: config.host });
  const port = app.server.address() && typeof app.server.address() === 'object' ? (app.server.address() as { port: number }).port : config.port;
  app.log.info(
    { address, port },
    `销售过程管理系统 ready on http://localhost:${port} (database: ${database.kind === 'pglite' ? `embedded, ${config.dataDir}` : 'PostgreSQL'})`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
