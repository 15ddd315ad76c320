import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/**
 * The embedded database lives inside one process: two processes opening the same DATA_DIR/pgdata
 * would corrupt it. Whichever process has it open (the app, or a backup/restore/migration command
 * working on a stopped install) listens on DATA_DIR/control.sock, a Unix socket only the data
 * directory's owner can reach. Another process finds it live and either asks the holder to do the
 * work (`npm run backup` while the app runs: the app writes the archive from its own connection) or
 * refuses to start. A socket file left by a crashed process accepts no connection and is replaced.
 */
export const CONTROL_SOCKET = 'control.sock';

export type ControlRequest = { op: 'ping' } | { op: 'backup'; out: string };
export type ControlResponse = { ok: true; holder: string; result?: unknown } | { ok: false; holder: string; error: string };
export type ControlHandler = (request: ControlRequest) => Promise<unknown>;

export const controlSocketPath = (dataDir: string) => path.join(dataDir, CONTROL_SOCKET);

/** Sends one request to whoever holds the data directory; null when nobody does. */
export async function askControlSocket(dataDir: string, request: ControlRequest, timeoutMs = 60 * 60_000): Promise<ControlResponse | null> {
  const socketPath = controlSocketPath(dataDir);
  if (!fs.existsSync(socketPath)) return null;
  return new Promise((resolve, reject) => {
    const socket = net.createConnection(socketPath);
    let answer = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer on ${socketPath} within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on('connect', () => socket.write(`${JSON.stringify(request)}\n`));
    socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
    socket.on('end', () => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(answer) as ControlResponse);
      } catch {
        reject(new Error(`unreadable answer on ${socketPath}`));
      }
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      // Left behind by a process that is gone.
      if (error.code === 'ECONNREFUSED' || error.code === 'ENOENT') resolve(null);
      else reject(error);
    });
  });
}

export class DataDirInUse extends Error {
  constructor(
    readonly holder: string,
    dataDir: string,
  ) {
    super(
      `另一个进程正在使用 ${dataDir} 中的内置数据库（${holder}），请先停止它 / another process uses the embedded database in ${dataDir} (${holder}): stop it first`,
    );
    this.name = 'DataDirInUse';
  }
}

export interface ControlSocket {
  close(): Promise<void>;
}

/**
 * Takes the data directory: listens on its control socket, or throws DataDirInUse when another
 * live process holds it. `holder` names this process in the other side's messages.
 */
export async function holdDataDir(dataDir: string, holder: string, handler: ControlHandler = async () => undefined): Promise<ControlSocket> {
  fs.mkdirSync(dataDir, { recursive: true });
  const socketPath = controlSocketPath(dataDir);
  const existing = await askControlSocket(dataDir, { op: 'ping' }, 5_000).catch(() => null);
  if (existing) throw new DataDirInUse(existing.holder, dataDir);
  fs.rmSync(socketPath, { force: true });
  const server = net.createServer((socket) => {
    let request = '';
    socket.on('data', (chunk) => {
      request += chunk.toString('utf8');
      if (!request.includes('\n')) return;
      let parsed: ControlRequest;
      try {
        parsed = JSON.parse(request.slice(0, request.indexOf('\n'))) as ControlRequest;
      } catch {
        socket.end(JSON.stringify({ ok: false, holder, error: 'unreadable request' }));
        return;
      }
      const reply = (response: ControlResponse) => socket.end(JSON.stringify(response));
      if (parsed.op === 'ping') return reply({ ok: true, holder });
      handler(parsed).then(
        (result) => reply({ ok: true, holder, result }),
        (error: unknown) => reply({ ok: false, holder, error: error instanceof Error ? error.message : String(error) }),
      );
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new DataDirInUse('unknown', dataDir) : new Error(`cannot listen on ${socketPath}: ${error.message}`)),
    );
    server.listen(socketPath, () => resolve());
  });
  fs.chmodSync(socketPath, 0o600);
  server.unref();
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        fs.rmSync(socketPath, { force: true });
      }),
  };
}
