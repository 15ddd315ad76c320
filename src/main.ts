import { buildApp } from './app.js';
import { ensureAdmin } from './bootstrap.js';
import { AdjustableClock, systemClock } from './core/clock.js';
import { loadConfig } from './core/config.js';
import { connectDatabase } from './core/db/connect.js';
import { migrateToLatest } from './core/db/migrate.js';
import { shutdownGracefully } from './core/ops/shutdown.js';
import { seedDemo } from './demo/index.js';
import path from 'node:path';

async function main() {
  const config = loadConfig();
  const database = await connectDatabase(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { pgliteDir: path.join(config.dataDir, 'pgdata') });
  await migrateToLatest(database.db);
  // The time machine is a demo/test tool; production always runs on the system clock.
  const clock = config.timeMachine ? new AdjustableClock() : systemClock;
  const { app, ctx, readiness } = await buildApp({ config, database, clock });
  await ctx.playbook.ensureInitialised();
  const admin = await ensureAdmin(ctx, config.adminPassword);
  if (admin.password) {
    // Printed once, on the first start only.
    console.log(`\n  管理员账号 admin 已创建，初始密码 / initial admin password: ${admin.password}\n`);
  }
  if (config.demo) {
    const seeded = await seedDemo(ctx);
    if (seeded) app.log.info(seeded, 'demo organisation loaded');
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
    const outcome = await shutdownGracefully({ app, ctx, database, readiness, timeoutMs: config.shutdownTimeoutMs });
    if (outcome.clean) app.log.info({ ms: outcome.ms }, 'stopped');
    else app.log.warn({ ms: outcome.ms, pending: outcome.pending }, 'stopped after the shutdown timeout: unfinished work was cut');
    process.exit(0);
  };
  process.on('SIGINT', (signal) => void shutdown(signal));
  process.on('SIGTERM', (signal) => void shutdown(signal));
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
