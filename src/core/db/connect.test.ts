import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { appDatabaseOptions, connectDatabase } from './connect.js';

describe('the embedded database settings', () => {
  it('sizes the buffer cache from PGLITE_SHARED_BUFFERS_MB, and keeps PGlite’s default without it', async () => {
    const base = { DATA_DIR: '/srv/spm' };
    expect(appDatabaseOptions(loadConfig(base))).toEqual({ pgliteDir: '/srv/spm/pgdata', pgliteSharedBuffersMb: undefined });
    expect(appDatabaseOptions(loadConfig({ ...base, PGLITE_SHARED_BUFFERS_MB: '256' }))).toMatchObject({ pgliteSharedBuffersMb: 256 });
    expect(appDatabaseOptions(loadConfig({ ...base, DATABASE_URL: 'postgres://db/spm', PGLITE_SHARED_BUFFERS_MB: '256' }))).toEqual({
      databaseUrl: 'postgres://db/spm',
    });
    expect(() => loadConfig({ PGLITE_SHARED_BUFFERS_MB: 'lots' })).toThrow('PGLITE_SHARED_BUFFERS_MB');
    // Below half a megabyte the size would round to 0 and quietly mean PGlite's default.
    expect(() => loadConfig({ PGLITE_SHARED_BUFFERS_MB: '0.4' })).toThrow('at least 1');
    expect(loadConfig({ PGLITE_SHARED_BUFFERS_MB: '0.6' }).pgliteSharedBuffersMb).toBe(1);

    for (const [mb, shown] of [
      [undefined, '128MB'],
      [192, '192MB'],
    ] as const) {
      const database = await connectDatabase({ pgliteSharedBuffersMb: mb });
      try {
        const { rows } = await sql<{ shared_buffers: string }>`show shared_buffers`.execute(database.db);
        expect(rows[0].shared_buffers).toBe(shown);
        // The rest of PGlite's start parameters still apply.
        expect((await sql<{ search_path: string }>`show search_path`.execute(database.db)).rows[0].search_path).toBe('public');
      } finally {
        await database.close();
      }
    }
  });
});
