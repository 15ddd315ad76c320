import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { plainText } from '../format';
import { noteReadSource } from '../state/dataFreshness';

/**
 * The web client of API v1: openapi-fetch typed by schema.d.ts, which `npm run api:types`
 * generates from the document the server serves. Paths are the document's (`/api/v1/...`).
 *
 *   const leads = await unwrap(client.GET('/api/v1/leads', { params: { query } }));
 */

const BASE = '/api/v1';
const CSRF_KEY = 'spm.csrfToken';
const LOCALE_KEY = 'spm.locale';
const LOGIN = '/api/v1/auth/login';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  /** The server's `x-request-id` of the failed request, for the user to quote to an administrator. */
  requestId: string | undefined;

  constructor(status: number, code: string, message: string, details?: unknown, requestId?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.requestId = requestId;
  }
}

let csrfToken: string | null = sessionStorage.getItem(CSRF_KEY);
let authLostHandler: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
  if (token) sessionStorage.setItem(CSRF_KEY, token);
  else sessionStorage.removeItem(CSRF_KEY);
}

/** The app registers a router-aware redirect; without one we fall back to a full page load. */
export function onAuthLost(handler: (() => void) | null): void {
  authLostHandler = handler;
}

export function storedLocale(): string {
  return localStorage.getItem(LOCALE_KEY) ?? 'zh-CN';
}

export function storeLocale(locale: string): void {
  localStorage.setItem(LOCALE_KEY, locale);
}

export function fileUrl(id: string): string {
  return `${BASE}/files/${encodeURIComponent(id)}`;
}

export const playbookExportUrl = `${BASE}/playbook/export`;
export const orgTemplateUrl = `${BASE}/setup/org-template.xlsx`;

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The CSRF token belongs to the session, not to the tab: a page opened in a new tab (as every
 * Feishu/WeCom link opens) has none in its sessionStorage and asks GET /me for it before writing.
 */
let csrfRefresh: Promise<void> | null = null;
function refreshCsrfToken(): Promise<void> {
  csrfRefresh ??= (async () => {
    try {
      const response = await fetch(`${BASE}/me`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (!response.ok) return;
      const me = (await response.json()) as { csrfToken?: string };
      if (me.csrfToken) setCsrfToken(me.csrfToken);
    } catch {
      /* the write that needed it reports the failure */
    } finally {
      csrfRefresh = null;
    }
  })();
  return csrfRefresh;
}

/** The error envelope's code (`{ error: { code } }`), when the answer has one. */
async function errorCodeOf(response: Response): Promise<string | undefined> {
  try {
    const payload = (await response.clone().json()) as { error?: { code?: unknown } };
    return typeof payload?.error?.code === 'string' ? payload.error.code : undefined;
  } catch {
    return undefined;
  }
}

/** Copies of unsafe requests in flight, to send once more with a fresh CSRF token. */
const retryable = new Map<string, Request>();

/** Accept-Language, the CSRF header, one retry with a fresh token, and the "session lost" redirect. */
const sessionMiddleware: Middleware = {
  async onRequest({ request, schemaPath, id }) {
    const unsafe = UNSAFE.has(request.method);
    if (unsafe && !csrfToken && schemaPath !== LOGIN) await refreshCsrfToken();
    if (!request.headers.has('Accept')) request.headers.set('Accept', 'application/json');
    request.headers.set('Accept-Language', storedLocale());
    if (unsafe && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    if (unsafe) retryable.set(id, request.clone());
    return request;
  },
  async onResponse({ response, schemaPath, id, options }) {
    const original = retryable.get(id);
    retryable.delete(id);
    if (response.ok) {
      noteReadSource(response.headers);
      return undefined;
    }
    let answer = response;
    let code = await errorCodeOf(answer);
    // A token from an earlier session (signed in again in another tab): fetch the current one once.
    if (answer.status === 403 && code === 'CSRF' && original) {
      setCsrfToken(null);
      await refreshCsrfToken();
      if (csrfToken) {
        original.headers.set('x-csrf-token', csrfToken);
        const send = options.fetch;
        answer = await send(original);
        if (answer.ok) return answer;
        code = await errorCodeOf(answer);
      }
    }
    const sessionLost = answer.status === 401 || (answer.status === 403 && code === 'CSRF');
    // Login answers 401 for wrong credentials: the login form shows that, nothing was lost.
    if (sessionLost && schemaPath !== LOGIN) {
      setCsrfToken(null);
      if (authLostHandler) authLostHandler();
      else if (!location.pathname.startsWith('/login')) location.assign('/login');
    }
    return answer;
  },
  onError({ error, id }) {
    retryable.delete(id);
    return new ApiError(0, 'NETWORK', error instanceof Error ? error.message : String(error));
  },
};

/** Leaves out empty values (undefined, null and ''), as the filters of every list expect. */
function querySerializer(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, plainText(value));
  }
  return params.toString();
}

export const client = createClient<paths>({ baseUrl: '', credentials: 'same-origin', querySerializer });
client.use(sessionMiddleware);

/** The request body of an upload (multipart/form-data): `client.POST(path, { body, bodySerializer: formData })`. */
export function formData(body: Record<string, string | Blob | undefined>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(body)) if (value !== undefined) form.append(key, value);
  return form;
}

function toApiError(status: number, payload: unknown): ApiError {
  if (payload && typeof payload === 'object' && 'error' in payload) {
    const err = (payload as { error: { code?: string; message?: string; details?: unknown } }).error;
    if (err && typeof err === 'object') {
      return new ApiError(status, err.code ?? `HTTP_${status}`, err.message ?? `HTTP ${status}`, err.details);
    }
  }
  return new ApiError(status, `HTTP_${status}`, typeof payload === 'string' && payload ? payload : `HTTP ${status}`);
}

interface Answer {
  data?: unknown;
  error?: unknown;
  response: Response;
}
/** The success body of an answer; `void` for an operation that answers 204 without content. */
export type Unwrapped<R extends Answer> = [Exclude<R['data'], undefined>] extends [never] ? void : Exclude<R['data'], undefined>;

/** The body of a successful answer, or the server's error envelope thrown as an ApiError. */
export async function unwrap<R extends Answer>(call: Promise<R>): Promise<Unwrapped<R>> {
  const { data, error, response } = await call;
  if (!response.ok) {
    const failure = toApiError(response.status, error);
    failure.requestId = response.headers.get('x-request-id') ?? undefined;
    throw failure;
  }
  return data as Unwrapped<R>;
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
