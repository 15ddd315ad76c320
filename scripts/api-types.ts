/**
 * `npm run api:types`: writes web/src/api/schema.d.ts, the web client's types, from the OpenAPI
 * document the app serves. Run it after changing any route's schema and commit the result.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CLIENT_SCHEMA_FILE, clientSchemaSource } from './client-schema.js';
import { servedOpenApiDocument } from './openapi-document.js';

const source = await clientSchemaSource(await servedOpenApiDocument());
const out = path.resolve(CLIENT_SCHEMA_FILE);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, source);
console.log(`wrote ${CLIENT_SCHEMA_FILE}`);
