import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_SCHEMA_FILE, clientSchemaSource } from '../../scripts/client-schema.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** The web client's types are generated from the served document: the committed file must be what the server generates now. */
describe('the web client types (web/src/api/schema.d.ts)', () => {
  let t: TestApp;
  beforeAll(async () => {
    // With the time machine, as `npm run api:types` builds it: the web client drives it.
    t = await createTestApp({ env: { TIME_MACHINE: '1' } });
  });
  afterAll(() => t.close());

  it('match the OpenAPI document the running server serves', async () => {
    const response = await t.anonymous.get<object>('/openapi.json');
    expect(response.status).toBe(200);
    const generated = await clientSchemaSource(response.body);
    const committed = fs.readFileSync(path.resolve(CLIENT_SCHEMA_FILE), 'utf8');
    if (committed !== generated) {
      const a = committed.split('\n');
      const b = generated.split('\n');
      const line = a.findIndex((text, i) => text !== b[i]);
      expect.fail(
        `${CLIENT_SCHEMA_FILE} differs from what the server generates (first at line ${line + 1}: ` +
          `committed ${JSON.stringify(a[line])}, generated ${JSON.stringify(b[line])}): run npm run api:types and commit the result`,
      );
    }
  });
});
