/**
 * Turns the served OpenAPI document into the web client's types (web/src/api/schema.d.ts) with
 * openapi-typescript, formatted by Prettier so the output is stable. `npm run api:types` writes
 * the file; test/integration/openapi-client-drift.test.ts fails when the committed one differs.
 */
import path from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import * as prettier from 'prettier';
import ts from 'typescript';

export const CLIENT_SCHEMA_FILE = 'web/src/api/schema.d.ts';

const HEADER = `/**
 * Generated from the OpenAPI document the server serves (GET /api/v1/openapi.json) by
 * \`npm run api:types\` (openapi-typescript). Do not edit: change the server's zod schemas and run
 * the command again; a test fails while this file differs from what the server generates.
 */

`;

const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'));

export async function clientSchemaSource(document: object): Promise<string> {
  const ast = await openapiTS(document as OpenAPI3, {
    silent: true,
    // A field with a default may still be left out of a request: only `required` decides.
    defaultNonNullable: false,
    // Uploads (multipart/form-data) carry a Blob (a File), not the JSON string the document describes.
    transform: (schema) => (schema.format === 'binary' ? BLOB : undefined),
  });
  const file = path.resolve(CLIENT_SCHEMA_FILE);
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(HEADER + astToString(ast), { ...options, filepath: file });
}
