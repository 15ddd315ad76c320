import { describe, expect, it } from 'vitest';
import { splitStatements } from './run-script.js';

describe('splitStatements', () => {
  it('splits on statement ends but keeps dollar-quoted bodies whole', () => {
    const script = `create table a (x int);\ncreate function f() returns trigger language plpgsql as $$\nbegin\n  raise exception 'no';\nend $$;\ncreate index i on a(x);`;
    const statements = splitStatements(script);
    expect(statements).toHaveLength(3);
    expect(statements[1]).toContain("raise exception 'no';");
  });
});
