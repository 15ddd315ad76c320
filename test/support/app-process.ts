import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const PROCESS_ADMIN_PASSWORD = 'process-admin-password-1';
export const PROCESS_AUDIT_KEY = 'k'.repeat(48);

/** The app (`src/main.ts`) as a real child process, on a free port, its JSON log lines collected. */
export interface AppProcess {
  child: ChildProcess;
  baseUrl: string;
  dataDir: string;
  lines: Record<string, unknown>[];
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function startAppProcess(options: { env?: Record<string, string>; dataDir?: string; timeoutMs?: number } = {}): Promise<AppProcess> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'spm-proc-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ADMIN_PASSWORD: PROCESS_ADMIN_PASSWORD,
      AUDIT_KEY: PROCESS_AUDIT_KEY,
      LOG_LEVEL: 'info',
      WEB_DIST_DIR: path.join(dataDir, 'no-web'),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, unknown>[] = [];
  let stderr = '';
  let buffered = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      let nl: number;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        if (!line.trim()) continue;
        try {
          const parsed = JSON.parse(line) as Record<string, unknown>;
          lines.push(parsed);
          if (typeof parsed.port === 'number' && String(parsed.msg).includes('ready on')) resolve(`http://127.0.0.1:${parsed.port}`);
        } catch {
          lines.push({ text: line });
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    void exited.then((code) => reject(new Error(`the app exited with ${code} before listening: ${stderr.slice(-2000)}`)));
  });
  let timer: NodeJS.Timeout | undefined;
  const baseUrl = await Promise.race([
    listening,
    new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`the app did not start within ${options.timeoutMs ?? 90_000} ms: ${stderr.slice(-2000)}`)),
        options.timeoutMs ?? 90_000,
      );
    }),
  ]).finally(() => clearTimeout(timer));
  return {
    child,
    baseUrl,
    dataDir,
    lines,
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Signs in over HTTP; returns headers for further requests of that session. */
export async function signIn(baseUrl: string, username: string, password: string): Promise<Record<string, string>> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const body = (await response.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': body.csrfToken };
}

/** Runs one of the command-line tools (`src/cli/<name>.ts`) to its end. */
export async function runCli(name: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', `src/cli/${name}.ts`, ...args], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: { PATH: process.env.PATH, HOME: process.env.HOME, AUDIT_KEY: PROCESS_AUDIT_KEY, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  return { code, stdout, stderr };
}
