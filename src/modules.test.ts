import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_NAMES, type EventName } from './core/events/catalog.js';
import { defaultPlaybook } from './core/playbook/default-playbook.js';
import { playbookDocumentSchema } from './core/playbook/schema.js';
import { modules } from './modules.js';

const SRC = path.dirname(new URL(import.meta.url).pathname);
const read = (file: string) => fs.readFileSync(file, 'utf8');
const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
/** Events a folder's code publishes: every `publish(trx, 'name'` / `publishAll(trx, 'name'`. */
const publishedIn = (dir: string) =>
  new Set(sourceFiles(dir).flatMap((file) => [...read(file).matchAll(/\.publish(?:All)?\(\s*trx,\s*'([a-z_.]+)'/g)].map((m) => m[1])));

const capabilities = modules.filter((m) => fs.existsSync(path.join(SRC, m.name, 'index.ts')));

describe('the module manifest', () => {
  it('lists every capability folder once, under its folder name', () => {
    const names = modules.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    const folders = fs
      .readdirSync(SRC, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !['core', 'cli', 'demo'].includes(e.name))
      .map((e) => e.name)
      .sort();
    expect(capabilities.map((m) => m.name).sort()).toEqual(folders);
  });

  it('declares exactly the events each capability publishes, and every event has one publisher', () => {
    for (const module of capabilities) expect([...publishedIn(path.join(SRC, module.name))].sort(), module.name).toEqual([...(module.publishes ?? [])].sort());
    const publishers = (event: EventName) => modules.filter((m) => m.publishes?.includes(event)).map((m) => m.name);
    for (const event of EVENT_NAMES) expect(publishers(event), event).toHaveLength(1);
    // The core publishes nothing: it has no domain.
    expect(publishedIn(path.join(SRC, 'core')).size).toBe(0);
  });

  it('gives every playbook section exactly one owner', () => {
    const sections = Object.keys(playbookDocumentSchema.parse(defaultPlaybook)).sort();
    const owned = modules.flatMap((m) => m.playbookSections ?? []);
    expect([...owned].sort()).toEqual(sections);
  });

  it('is what docs/events.md lists: each event with its publisher and subscribers in the order they run', () => {
    const doc = read(path.join(SRC, '..', 'docs', 'events.md'));
    const table = [...doc.matchAll(/^\| `([a-z_.]+)` \| `([a-z-]+)` \| ([^|]*) \|$/gm)].map((m) => ({
      event: m[1],
      publisher: m[2],
      subscribers: [...m[3].matchAll(/`([a-z-]+)`/g)].map((s) => s[1]),
    }));
    const actual = EVENT_NAMES.map((event) => ({
      event,
      publisher: modules.find((m) => m.publishes?.includes(event))!.name,
      subscribers: modules.filter((m) => m.subscribers?.some((s) => s.event === event)).map((m) => m.name),
    }));
    expect(table).toEqual(actual);
    // Each event has its own section documenting its payload.
    for (const event of EVENT_NAMES) expect(doc, event).toContain(`### \`${event}\``);
  });
});
