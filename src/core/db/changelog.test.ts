import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATION_NAMES } from './migrate.js';

describe('CHANGELOG.md', () => {
  it('notes every migration, once', () => {
    const changelog = fs.readFileSync(path.resolve(import.meta.dirname, '../../../CHANGELOG.md'), 'utf8');
    for (const name of MIGRATION_NAMES) expect(changelog.match(new RegExp(`\\| \`${name}\` \\|`, 'g')) ?? [], name).toHaveLength(1);
    const listed = [...changelog.matchAll(/^\| `(\d{4}_[a-z0-9_]+)` \|/gm)].map((m) => m[1]).sort();
    expect(listed).toEqual([...MIGRATION_NAMES]);
  });
});
