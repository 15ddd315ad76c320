/**
 * Where a V8 CPU profile's time went: self time by component (the embedded database's WebAssembly,
 * its JavaScript glue, the `pg` driver, Kysely, Fastify, the app, Node, garbage collection, idle)
 * and the functions with the most self time.
 *
 *   npx tsx bench/profile-summary.ts PROFILE.cpuprofile [--window START-END] [--top 25]
 *
 * `--window` takes microseconds on the system's monotonic clock, the clock of the profile's
 * timestamps, as the benchmark logs them for each timed write run ("monotonic window …").
 */
import fs from 'node:fs';
import { parseArgs } from './lib/args.js';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const FS_BINDINGS = new Set([
  'read',
  'fstat',
  'writeBuffer',
  'writeString',
  'open',
  'close',
  'fsync',
  'fdatasync',
  'ftruncate',
  'lstat',
  'stat',
  'readdir',
  'unlink',
  'rename',
  'mkdir',
  'utimes',
  'futimes',
]);

const COMPONENTS: [string, (f: CallFrame) => boolean][] = [
  ['idle', (f) => f.functionName === '(idle)'],
  ['garbage collection', (f) => f.functionName === '(garbage collector)'],
  ['V8 / native (program)', (f) => f.functionName === '(program)'],
  ['PGlite: PostgreSQL in WebAssembly', (f) => f.url.startsWith('wasm://')],
  // Node's fs bindings: the embedded database's page and WAL I/O goes through them (Emscripten NODEFS).
  ['file system calls', (f) => f.url === '' && FS_BINDINGS.has(f.functionName)],
  ['PGlite: JavaScript glue', (f) => f.url.includes('@electric-sql/pglite')],
  ['pg driver', (f) => /node_modules\/(pg|pg-protocol|pg-pool|pg-types)\//.test(f.url)],
  ['Kysely', (f) => f.url.includes('node_modules/kysely/')],
  ['Fastify', (f) => /node_modules\/(fastify|@fastify|find-my-way|avvio|light-my-request|fast-json-stringify|secure-json-parse)\//.test(f.url)],
  ['zod', (f) => f.url.includes('node_modules/zod/')],
  ['other packages', (f) => f.url.includes('node_modules/')],
  ['the app (dist/server)', (f) => f.url.includes('/dist/server/')],
  ['Node.js internals', (f) => f.url.startsWith('node:') || f.url === ''],
];

function componentOf(frame: CallFrame): string {
  return COMPONENTS.find(([, test]) => test(frame))?.[0] ?? 'other';
}

export function summarise(profile: CpuProfile, window: [number, number] | null, top: number): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  let t = profile.startTime;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    // Each sample's time is the gap to the next one (the last one has none).
    const dt = i + 1 < profile.timeDeltas.length ? profile.timeDeltas[i + 1] : 0;
    if (window && (t < window[0] || t > window[1])) continue;
    selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + dt);
    total += dt;
  }
  const components = new Map<string, number>();
  const functions = new Map<string, { us: number; component: string }>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!.callFrame;
    const component = componentOf(frame);
    components.set(component, (components.get(component) ?? 0) + us);
    const where = frame.url ? `${frame.url.replace(/^.*\/(node_modules|dist)\//, '$1/')}:${frame.lineNumber + 1}` : '';
    const key = `${frame.functionName || '(anonymous)'} ${where}`.trim();
    const entry = functions.get(key) ?? { us: 0, component };
    entry.us += us;
    functions.set(key, entry);
  }
  const pct = (us: number) => `${((us / Math.max(total, 1)) * 100).toFixed(1)} %`;
  const ms = (us: number) => `${Math.round(us / 1000).toLocaleString('en')} ms`;
  const busy = total - (components.get('idle') ?? 0);
  const lines = [
    `profile: ${ms(total)} sampled${window ? ` in the window ${window[0]}–${window[1]} µs` : ''}; busy ${ms(busy)} (${pct(busy)})`,
    '',
    '| component | self time | share |',
    '|---|---|---|',
    ...[...components.entries()].sort((a, b) => b[1] - a[1]).map(([c, us]) => `| ${c} | ${ms(us)} | ${pct(us)} |`),
    '',
    '| function | component | self time | share |',
    '|---|---|---|---|',
    ...[...functions.entries()]
      .sort((a, b) => b[1].us - a[1].us)
      .slice(0, top)
      .map(([f, e]) => `| \`${f.replace(/\|/g, '\\|')}\` | ${e.component} | ${ms(e.us)} | ${pct(e.us)} |`),
  ];
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = parseArgs(process.argv.slice(2));
  const file = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && (i === 0 || !all[i - 1].startsWith('--')));
  if (!file) throw new Error('usage: npx tsx bench/profile-summary.ts PROFILE.cpuprofile [--window START-END] [--top N]');
  const window = args.window ? (args.window.split('-').map(Number) as [number, number]) : null;
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  console.log(summarise(profile, window, Number(args.top ?? 25)));
}
