import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

export interface Service {
  name: string;
  child: ChildProcess;
  pid: number;
  baseUrl: string;
  stop(): Promise<void>;
}

/** Starts a server process, logs its output to a file, waits until `readyPath` answers. */
export async function startService(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  baseUrl: string,
  readyPath: string,
  logFile: string,
  timeoutMs = 180_000,
): Promise<Service> {
  const out = fs.openSync(logFile, 'a');
  const child = spawn(command, args, { env, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  // Set by the exit listener: typed by hand so the checks below are not narrowed to `null`.
  let exited = null as number | null;
  child.on('exit', (code) => (exited = code ?? -1));
  const started = Date.now();
  for (;;) {
    if (exited !== null) throw new Error(`${name} exited with ${exited} while starting; see ${logFile}:\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`);
    try {
      const res = await fetch(baseUrl + readyPath);
      if (res.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not start within ${timeoutMs / 1000} s; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    name,
    child,
    pid: child.pid!,
    baseUrl,
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Resident set size of a process in MiB, from /proc/<pid>/status. */
export function rssMiB(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** Samples a process's RSS until stopped; returns the peak. */
export function rssSampler(pid: number, everyMs = 250) {
  let peak = rssMiB(pid) ?? 0;
  const timer = setInterval(() => {
    const v = rssMiB(pid);
    if (v !== null && v > peak) peak = v;
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
