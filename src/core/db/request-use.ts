import { AsyncLocalStorage } from 'node:async_hooks';
import type { DatabaseConnection, Dialect, Driver } from 'kysely';

/**
 * What one HTTP request (or any other unit of work run through `withDatabaseUse`) asked of the
 * database: statements sent (each is a round trip: neither driver pipelines) and connections
 * acquired (each a wait in line for the pool, or for the embedded database's one connection).
 */
export interface DatabaseUse {
  statements: number;
  acquisitions: number;
}

const storage = new AsyncLocalStorage<DatabaseUse>();

/** Every statement and acquisition of the process (cheap; read as differences around one request). */
export const databaseUseTotals: DatabaseUse = { statements: 0, acquisitions: 0 };

/** Runs `fn` with its own database-use counters, or with `use` to go on counting into them. */
export function withDatabaseUse<T>(fn: () => T, use: DatabaseUse = { statements: 0, acquisitions: 0 }): T {
  return storage.run(use, fn);
}

/** The counters of the unit of work the caller runs in, if any. */
export function databaseUse(): DatabaseUse | undefined {
  return storage.getStore();
}

const counted = new WeakSet<DatabaseConnection>();

/** Counts statements (BEGIN and COMMIT included) on a connection, once per connection object. */
function countOn(connection: DatabaseConnection): DatabaseConnection {
  if (counted.has(connection)) return connection;
  counted.add(connection);
  const execute = connection.executeQuery.bind(connection);
  connection.executeQuery = (query) => {
    databaseUseTotals.statements += 1;
    const use = storage.getStore();
    if (use) use.statements += 1;
    return execute(query);
  };
  return connection;
}

class CountingDriver implements Driver {
  constructor(private readonly inner: Driver) {
    // Savepoints go through the connection, so they are counted there.
    if (inner.savepoint) this.savepoint = inner.savepoint.bind(inner);
    if (inner.rollbackToSavepoint) this.rollbackToSavepoint = inner.rollbackToSavepoint.bind(inner);
    if (inner.releaseSavepoint) this.releaseSavepoint = inner.releaseSavepoint.bind(inner);
  }
  savepoint?: Driver['savepoint'];
  rollbackToSavepoint?: Driver['rollbackToSavepoint'];
  releaseSavepoint?: Driver['releaseSavepoint'];

  init() {
    return this.inner.init();
  }
  async acquireConnection() {
    const connection = await this.inner.acquireConnection();
    databaseUseTotals.acquisitions += 1;
    const use = storage.getStore();
    if (use) use.acquisitions += 1;
    return countOn(connection);
  }
  beginTransaction(...args: Parameters<Driver['beginTransaction']>) {
    return this.inner.beginTransaction(...args);
  }
  commitTransaction(connection: DatabaseConnection) {
    return this.inner.commitTransaction(connection);
  }
  rollbackTransaction(connection: DatabaseConnection) {
    return this.inner.rollbackTransaction(connection);
  }
  releaseConnection(connection: DatabaseConnection) {
    return this.inner.releaseConnection(connection);
  }
  destroy() {
    return this.inner.destroy();
  }
}

/** The dialect with per-unit-of-work counting of statements and connection acquisitions. */
export function countingDialect<D extends Dialect>(dialect: D): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: () => new CountingDriver(dialect.createDriver()),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
  };
}
