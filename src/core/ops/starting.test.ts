import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { holdPortWhileStarting } from './starting.js';

async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('the port while a node starts', () => {
  it('answers /ready with 503 NOT_READY (starting), /health with 200, and frees the port when closed', async () => {
    const port = await freePort();
    const held = await holdPortWhileStarting(port, '127.0.0.1', 'postgres');
    expect(held).not.toBeNull();
    const base = `http://127.0.0.1:${port}/api/v1`;
    const ready = await fetch(`${base}/ready`, { headers: { 'accept-language': 'en' } });
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toBe('5');
    expect(await ready.json()).toEqual({
      error: { code: 'NOT_READY', message: 'The service is not ready (starting); retry shortly', details: { ready: false, reason: 'starting' } },
    });
    expect((await fetch(`${base}/leads`)).status).toBe(503);
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, database: 'postgres', starting: true });
    await held!.close();
    // The app can take the port at once.
    const app = http.createServer();
    await new Promise<void>((resolve, reject) => {
      app.once('error', reject);
      app.listen(port, '127.0.0.1', resolve);
    });
    await new Promise<void>((resolve) => app.close(() => resolve()));
  });

  it('holds nothing for an ephemeral port', async () => {
    expect(await holdPortWhileStarting(0, '127.0.0.1', 'pglite')).toBeNull();
  });
});
