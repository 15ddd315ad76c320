import http from 'node:http';
import { localise, pickLocale } from '../http/errors.js';

/**
 * While a node migrates its database and builds the app (which needs the migrated schema), a
 * bare responder holds the port: `GET /api/v1/health` answers 200 (the process is alive) and
 * everything else, `/api/v1/ready` included, answers `503 NOT_READY` with `details.reason`
 * `starting` and `Retry-After`, so a load balancer neither sends traffic nor sees a refused
 * connection. It is closed the moment before the app itself listens on the port.
 */
export async function holdPortWhileStarting(port: number, host: string, database: string): Promise<{ close(): Promise<void> } | null> {
  if (port === 0) return null; // an ephemeral port (tests): nothing to hold
  const server = http.createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (request.method === 'GET' && path === '/api/v1/health') {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify({ ok: true, database, time: new Date().toISOString(), starting: true }));
      return;
    }
    const locale = pickLocale(request.headers['accept-language']);
    response.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'retry-after': '5', connection: 'close' });
    response.end(
      JSON.stringify({
        error: { code: 'NOT_READY', message: localise('NOT_READY', { reason: 'starting' }, locale), details: { ready: false, reason: 'starting' } },
      }),
    );
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, resolve);
    });
  } catch {
    return null; // the port is taken: the app's own listen will report it
  }
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
