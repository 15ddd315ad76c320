/**
 * The OpenAPI 3.1 document the app serves at /api/v1/openapi.json: the contract of API v1.
 *
 * Routes describe themselves in their `schema` (zod params, querystring, body and responses, plus
 * `operationId`, `tags`, `summary`); this module adds what every route of a kind shares (the error
 * answers of validation, authentication, CSRF, body limits and rate limits), the documentation-only
 * parts a route may declare (`errors`, `documentedBody`, `examples`, `download`), and names the zod
 * schemas registered with `.meta({ id })` as `components.schemas`.
 */
import { isDeepStrictEqual } from 'node:util';
import type { FastifyDynamicSwaggerOptions, SwaggerTransform, SwaggerTransformObject } from '@fastify/swagger';
import type { FastifySchema, RouteOptions } from 'fastify';
import { createJsonSchemaTransform, createJsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z, type ZodType } from 'zod';
import { errorSchema } from './common.js';
import type { ErrorCode } from './messages.js';

export type ErrorStatus = 400 | 401 | 403 | 404 | 406 | 409 | 413 | 415 | 422 | 429 | 502 | 503;
type Examples = Record<string, { summary: string; value: unknown }>;
type JsonObject = Record<string, unknown>;

declare module 'fastify' {
  interface FastifySchema {
    /**
     * Error answers of this route beyond the ones every route of its kind gives (400 on invalid
     * input, 401 without a session, 403 CSRF on writes, 413/415 on bodies, 429 when rate limited),
     * with the `error.code`s each can carry.
     */
    errors?: Partial<Record<ErrorStatus, readonly ErrorCode[]>>;
    /**
     * A request body described in the document only, never validated by Fastify: multipart uploads
     * (read with `request.file()` / `request.parts()`) and documents a service validates itself.
     */
    documentedBody?: { mediaType: 'multipart/form-data' | 'application/json'; schema: ZodType };
    /** Request examples shown with the body (by name). */
    examples?: Examples;
    /** A 200 answer that is a download (a file, a workbook) rather than serialised JSON. */
    download?: { mediaType: string; description: string; schema?: ZodType };
  }
}

/** The tags of the document, in the order the reference shows them. */
export const API_TAGS = [
  { name: 'system', description: 'Liveness, readiness, the scheduler of time rules and the time machine (demos and tests)' },
  { name: 'auth', description: 'Sign-in with a session cookie + CSRF token, the signed-in user, API tokens' },
  { name: 'playbook', description: '销售流程手册: the versioned playbook (stages, fields, rules, lists, thresholds)' },
  { name: 'audit', description: 'The hash-chained audit log' },
  { name: 'org', description: 'Teams, users and the teams’ notification channels (Feishu, WeCom, e-mail)' },
  { name: 'files', description: 'Attachments: evidence for follow-ups' },
  { name: 'leads', description: '线索: the lead pool, claiming, assignment, conversion and import' },
  { name: 'customers', description: '客户: customers graded A–D' },
  { name: 'contacts', description: '联系人: contact persons of customers (mobiles masked outside sales)' },
  { name: 'imports', description: '导入: spreadsheet imports as background jobs (template, mapping, preview, progress, error report)' },
  { name: 'products', description: '价目表: the price list, with .xlsx import and export' },
  { name: 'quotes', description: '报价单: numbered, versioned quotes with discount approval and a PDF' },
  { name: 'forecast', description: '销售预测: the weighted pipeline by month, team and product line' },
  { name: 'opportunities', description: '商机: opportunities on the playbook’s pipeline with the server-side stage gate' },
  { name: 'followups', description: '跟进记录: append-only follow-ups with evidence, on server time' },
  { name: 'transcriptions', description: '语音跟进: speech-to-text of uploaded recordings, with the value tag and concerns suggested from the text' },
  { name: 'notifications', description: 'The in-app inbox and the delivery log of external messages' },
  { name: 'calendar', description: 'The working-day calendar (Chinese statutory holidays, 调休, company overrides)' },
  { name: 'tasks', description: 'The work queue and rule-created tasks' },
  { name: 'home', description: '工作台: each role’s home-page widgets in one answer, in the caller’s scope' },
  { name: 'reports', description: '昨日断点清单, the monthly 协作堵点分析报告, 回款, 合同签署时效性 and renewal reports, also as Excel workbooks' },
  { name: 'contracts', description: 'Contracts with payment terms, 三方确认 and their life cycle' },
  { name: 'receivables', description: '回款: receivables from contracts’ instalments, payments received, the overdue freeze' },
  { name: 'collaboration', description: 'Task cards of product, finance and delivery, credit checks, payment anomalies, engineers’ bookings' },
  { name: 'authenticity', description: '防伪跟进: flags on suspicious follow-ups, their review, the weekly spot check' },
  { name: 'analytics', description: 'Contribution model, capability radar, management KPIs, monthly appraisal (月度考核) and customer LTV' },
  { name: 'health', description: '客户健康度: health scores and alerts, NPS answers, complaints' },
  { name: 'integrations', description: 'Machine-to-machine endpoints for the ERP and the CSM system (API tokens)' },
  { name: 'webhooks', description: 'Outgoing webhooks: signed deliveries of domain events to integrators, with retries and replay' },
  { name: 'saved-views', description: 'Named filters and sort of a list, saved per user' },
  { name: 'devices', description: '设备台账: installed base, maintenance, fault codes, QR labels, the scan page and its service quote' },
  { name: 'field', description: '外勤: competitor stores, visits, check-ins (positions: the rep and their managers only) and the map’s layers' },
];

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const ERROR_TEXT: Record<ErrorStatus, string> = {
  400: 'Invalid input',
  401: 'Not signed in, or the session or API token is invalid',
  403: 'Not allowed',
  404: 'Not found, or outside the caller’s data scope',
  406: 'The request must be multipart/form-data',
  409: 'Conflicts with the current state of the record',
  413: 'The request body or upload is too large',
  415: 'Unsupported request content type',
  422: 'Refused by a business rule',
  429: 'Too many requests',
  502: 'An external service failed',
  503: 'Not ready, or shutting down',
};

const SUCCESS_TEXT: Record<string, string> = { 200: 'OK', 201: 'Created', 204: 'No content' };

/** The error envelope: a component because its schema is registered under its `meta` id. */
const ERROR_REF = `#/components/schemas/${errorSchema.meta()?.id ?? 'Error'}`;

/** What every route of its kind can answer, from its method, its inputs and its config. */
export function standardErrors(route: Pick<RouteOptions, 'method' | 'config'>, schema: FastifySchema): Partial<Record<ErrorStatus, ErrorCode[]>> {
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  const unsafe = methods.some((m) => UNSAFE.has(m));
  const config = (route.config ?? {}) as { public?: boolean; deliveryWrite?: boolean; rateLimit?: unknown; moduleSwitch?: string };
  const hasInput = Boolean(schema.params || schema.querystring || schema.body || schema.documentedBody);
  const errors: Partial<Record<ErrorStatus, ErrorCode[]>> = {};
  // VALIDATION: the input does not match its schema; BAD_REQUEST: a body that cannot be parsed.
  if (hasInput || unsafe) errors[400] = [...(hasInput ? (['VALIDATION'] as const) : []), ...(unsafe ? (['BAD_REQUEST'] as const) : [])];
  if (!config.public) errors[401] = ['UNAUTHENTICATED'];
  if (unsafe && !config.public) errors[403] = config.deliveryWrite ? ['CSRF', 'TOKEN_SCOPE'] : ['CSRF', 'TOKEN_SCOPE', 'FORBIDDEN'];
  if (unsafe) {
    errors[413] = ['PAYLOAD_TOO_LARGE'];
    errors[415] = ['BAD_REQUEST'];
  }
  if (schema.documentedBody?.mediaType === 'multipart/form-data') errors[406] = ['BAD_REQUEST'];
  if (config.rateLimit) errors[429] = ['RATE_LIMITED'];
  // A module the playbook can switch off refuses its routes while it is off.
  if (config.moduleSwitch) errors[403] = [...(errors[403] ?? []), 'MODULE_DISABLED'];
  return errors;
}

const errorResponse = (status: ErrorStatus, codes: readonly string[]) => ({
  $ref: ERROR_REF,
  description: `${ERROR_TEXT[status]}. \`error.code\`: ${[...new Set(codes)].map((c) => `\`${c}\``).join(', ')}`,
});

const zodTransform = createJsonSchemaTransform({});

function withoutIds(schema: JsonObject): JsonObject {
  const { $id: _id, $schema: _dialect, ...rest } = schema;
  return rest;
}

/** Converts a route's schema to the document: zod to JSON Schema, then the shared and declared errors, bodies and downloads. */
export const openapiTransform: SwaggerTransform = (input) => {
  const schema = input.schema;
  if (!schema || schema.hide) return zodTransform(input);
  const { errors, documentedBody, examples, download, ...rest } = schema;
  const prepared: FastifySchema = { ...rest };
  if (documentedBody) prepared.body = documentedBody.schema;
  if (download?.schema) prepared.response = { ...(rest.response as object), 200: download.schema };
  const converted = zodTransform({ ...input, schema: prepared });
  const out = converted.schema as Record<string, unknown> & { response?: Record<string, Record<string, unknown>> };
  // zod marks each converted schema with a placeholder `$id` and its dialect; the document needs neither.
  for (const key of ['body', 'querystring', 'params', 'headers']) if (out[key]) out[key] = withoutIds(out[key] as JsonObject);
  const response: Record<string, Record<string, unknown>> = Object.fromEntries(
    Object.entries(out.response ?? {}).map(([status, entry]) => [status, withoutIds(entry)]),
  );

  if (documentedBody) out.body = { content: { [documentedBody.mediaType]: { schema: out.body } } };
  if (download) {
    const fileSchema = download.schema ? response[200] : { type: 'string', format: 'binary' };
    response[200] = { description: download.description, content: { [download.mediaType]: { schema: fileSchema } } };
  }
  for (const [status, entry] of Object.entries(response)) {
    if (!entry.description && SUCCESS_TEXT[status]) response[status] = { ...entry, description: SUCCESS_TEXT[status] };
  }
  const declared = { ...standardErrors(input.route, schema) };
  for (const [status, codes] of Object.entries(errors ?? {}) as [string, ErrorCode[]][]) {
    const key = Number(status) as ErrorStatus;
    declared[key] = [...(declared[key] ?? []), ...codes];
  }
  for (const [status, codes] of Object.entries<ErrorCode[]>(declared)) {
    response[status] = errorResponse(Number(status) as ErrorStatus, codes);
  }
  out.response = response;
  if (input.route.config?.public) out.security = [];
  if (examples) out['x-request-examples'] = examples;
  return { schema: out, url: converted.url };
};

interface Operation extends JsonObject {
  requestBody?: { content?: Record<string, JsonObject> };
  'x-request-examples'?: Examples;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

function operationsOf(document: JsonObject): Operation[] {
  const paths = (document.paths ?? {}) as Record<string, Record<string, Operation>>;
  return Object.values(paths).flatMap((item) => METHODS.flatMap((m) => (item[m] ? [item[m]] : [])));
}

/** Every `#/components/schemas/…` name referenced inside a value. */
function referencedSchemas(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) referencedSchemas(v, found);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/')) found.add(v.slice('#/components/schemas/'.length));
      else referencedSchemas(v, found);
    }
  }
  return found;
}

/**
 * zod names each registered schema twice: `X` as answered and `XInput` as accepted. The document
 * keeps one `X` when only one side is used or both sides are the same, and drops every schema no
 * operation reaches.
 */
export function tidyComponents(document: JsonObject): JsonObject {
  const components = (document.components ?? {}) as { schemas?: Record<string, JsonObject> };
  let schemas = { ...(components.schemas ?? {}) };
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  let rest: JsonObject = { ...document, components: { ...components, schemas: {} } };
  const reachable = () => {
    const seen = new Set<string>();
    const queue = [...referencedSchemas(rest)];
    while (queue.length) {
      const name = queue.pop()!;
      if (seen.has(name) || !schemas[name]) continue;
      seen.add(name);
      queue.push(...referencedSchemas(schemas[name]));
    }
    return seen;
  };
  const rename = (from: string, to: string) => {
    const rewrite = <T>(value: T): T => JSON.parse(JSON.stringify(value).replaceAll(`"#/components/schemas/${from}"`, `"#/components/schemas/${to}"`)) as T;
    rest = rewrite(rest);
    const { [from]: moved, ...others } = schemas;
    // The accepted side takes the name: either the answered side is unused, or it is the same schema.
    schemas = rewrite({ ...others, [to]: moved });
  };
  for (let changed = true; changed;) {
    changed = false;
    const used = reachable();
    for (const name of Object.keys(schemas)) {
      if (!name.endsWith('Input') || !used.has(name)) continue;
      const base = name.slice(0, -'Input'.length);
      if (!schemas[base] || !used.has(base) || isDeepStrictEqual(schemas[base], schemas[name])) {
        rename(name, base);
        changed = true;
        break;
      }
    }
  }
  const used = reachable();
  const kept = Object.fromEntries(
    Object.keys(schemas)
      .filter((name) => used.has(name))
      .sort()
      .map((name) => [name, schemas[name]]),
  );
  return { ...rest, components: { ...(rest.components as JsonObject), schemas: kept } };
}

/** Moves the request examples a route declared next to its request body. */
function placeExamples(document: JsonObject): void {
  for (const operation of operationsOf(document)) {
    const examples = operation['x-request-examples'];
    if (!examples) continue;
    delete operation['x-request-examples'];
    for (const media of Object.values(operation.requestBody?.content ?? {})) media.examples = examples;
  }
}

const registryTransformObject = createJsonSchemaTransformObject({});

export const openapiTransformObject: SwaggerTransformObject = (input) => {
  const document = registryTransformObject(input) as JsonObject;
  placeExamples(document);
  return tidyComponents(document);
};

/** The route options of GET /api/v1/health (declared in app.ts). */
export const healthCheckSchema = {
  operationId: 'getHealth',
  tags: ['system'],
  summary: 'Liveness and database check (public)',
  response: {
    200: z
      .object({ ok: z.boolean(), database: z.enum(['pglite', 'postgres']), time: z.string().meta({ format: 'date-time' }) })
      .meta({ id: 'HealthCheck', description: 'The app answers and its database is readable' }),
  },
} satisfies FastifySchema;

/** The route options of GET /api/v1/ready (declared in app.ts). */
export const readyCheckSchema = {
  operationId: 'getReadiness',
  tags: ['system'],
  summary: 'Readiness: the database answers, its schema is migrated and the node is not shutting down (public)',
  description:
    'For load balancers and orchestrators: 200 when this node should get traffic, 503 `NOT_READY` (with `details.reason`: `database_unavailable`, `migrations_pending`, `shutting_down`) when it should not. `GET /health` stays the liveness probe.',
  response: {
    200: z
      .object({ ready: z.literal(true), database: z.enum(['pglite', 'postgres']), schemaVersion: z.string().meta({ description: 'The last migration run' }) })
      .meta({ id: 'Readiness', description: 'This node is ready for traffic' }),
  },
  errors: { 503: ['NOT_READY'] },
} satisfies FastifySchema;

export const swaggerOptions: FastifyDynamicSwaggerOptions = {
  openapi: {
    openapi: '3.1.0',
    info: {
      title: '销售过程管理系统 API',
      description:
        'Sales process management system, API v1. This document is the contract of the API: the web client’s types are generated from it. ' +
        'JSON in camelCase; errors are always `{"error":{"code","message","details"?}}` with `message` localised by `Accept-Language` (zh-CN by default, en). ' +
        'Sign in with `POST /api/v1/auth/login` (session cookie `sid`; unsafe requests also send its `csrfToken` as `x-csrf-token`) or send an API token as `Authorization: Bearer spm_…`.',
      version: '1.0.0',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/', description: 'This server' }],
    tags: API_TAGS,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'API token (Authorization: Bearer spm_…)' },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'sid',
          description: 'Session cookie from POST /api/v1/auth/login; unsafe requests also send x-csrf-token',
        },
      },
    },
    security: [{ bearer: [] }, { session: [] }],
  },
  transform: openapiTransform,
  transformObject: openapiTransformObject,
};
