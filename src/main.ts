import { buildApp } from './app.js';
import { ensureAdmin } from './bootstrap.js';
import { AdjustableClock, systemClock } from './core/clock.js';
import { loadConfig } from './core/config.js';
import { connectDatabase } from './core/db/connect.js';
import { migrateToLatest } from './core/db/migrate.js';
import { seedDemo } from './demo/index.js';
import path from 'node:path';

async function main() {
  const config = loadConfig();
  const database = await connectDatabase(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { pgliteDir: path.join(config.dataDir, 'pgdata') });
  await migrateToLatest(database.db);
  // The time machine is a demo/test tool; production always runs on the system clock.
  const clock = config.timeMachine ? new AdjustableClock() : systemClock;
  const { app, ctx } = await buildApp({ config, database, clock });
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
  const shutdown = async () => {
    await ctx.scheduler.stop();
    await ctx.outbox.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    `销售过程管理系统 ready on http://localhost:${config.port} (database: ${database.kind === 'pglite' ? `embedded, ${config.dataDir}` : 'PostgreSQL'})`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
