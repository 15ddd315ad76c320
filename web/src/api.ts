import type { ListResult } from './types';

const BASE = '/api/v1';
const CSRF_KEY = 'spm.csrfToken';
const LOCALE_KEY = 'spm.locale';

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

type Query = Record<string, string | number | boolean | null | undefined>;

export function buildQuery(query?: Query): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function fileUrl(id: string | number): string {
  return `${BASE}/files/${encodeURIComponent(String(id))}`;
}

export const playbookExportUrl = `${BASE}/playbook/export`;

interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** Login must not trigger the "session lost" redirect on its 401. */
  skipAuthRedirect?: boolean;
}

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

async function request<T>(method: string, path: string, options: RequestOptions = {}, retried = false): Promise<T> {
  if (UNSAFE.has(method) && !csrfToken && path !== '/auth/login') await refreshCsrfToken();
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': storedLocale(),
  };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(BASE + path + buildQuery(options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
    });
  } catch (cause) {
    throw new ApiError(0, 'NETWORK', cause instanceof Error ? cause.message : String(cause));
  }

  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let payload: unknown = undefined;
  if (text) {
    try {
      payload = JSON.parse(text);
    } catch {
      payload = text;
    }
  }
  if (!response.ok) {
    const error = extractError(response.status, payload);
    error.requestId = response.headers.get('x-request-id') ?? undefined;
    // A token from an earlier session (signed in again in another tab): fetch the current one once.
    if (response.status === 403 && error.code === 'CSRF' && !retried) {
      setCsrfToken(null);
      await refreshCsrfToken();
      if (csrfToken) return request<T>(method, path, options, true);
    }
    const sessionLost = response.status === 401 || (response.status === 403 && error.code === 'CSRF');
    if (sessionLost && !options.skipAuthRedirect) {
      setCsrfToken(null);
      if (authLostHandler) authLostHandler();
      else if (!location.pathname.startsWith('/login')) location.assign('/login');
    }
    throw error;
  }
  return payload as T;
}

function extractError(status: number, payload: unknown): ApiError {
  if (payload && typeof payload === 'object' && 'error' in payload) {
    const err = (payload as { error: { code?: string; message?: string; details?: unknown } }).error;
    if (err && typeof err === 'object') {
      return new ApiError(status, err.code ?? `HTTP_${status}`, err.message ?? `HTTP ${status}`, err.details);
    }
  }
  return new ApiError(status, `HTTP_${status}`, typeof payload === 'string' && payload ? payload : `HTTP ${status}`);
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown, opts?: { skipAuthRedirect?: boolean }) => request<T>('POST', path, { body, ...opts }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

/** Some collection routes may answer with a bare array instead of a list envelope; accept both. */
export function asItems<T>(value: T[] | ListResult<T> | null | undefined): T[] {
  if (!value) return [];
  return Array.isArray(value) ? value : (value.items ?? []);
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
