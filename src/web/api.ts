// Typed fetch client for the server's JSON API.
// - same-origin cookies (the session cookie is httpOnly; the web never sees it)
// - writes carry the CSRF token from GET /api/auth/me in the x-csrf-token header
// - server errors `{ error: { code, message, details } }` become a thrown ApiError
import { errorTexts, isErrorCode } from '../common/errors';
import i18n from './i18n';

export interface ApiErrorDetail {
  path?: string;
  message: string;
  /** The problem as a sentence naming the record and the field (package imports). */
  text?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;

/** Remembered from /api/auth/me (and sign-in responses); sent on every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Query = Record<string, string | number | boolean | undefined | null>;

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** Message shown to a person: the shared text of a server code in the UI's language, else the web
 *  catalogue's (network and HTTP errors), else the server's (Spanish) text. */
function messageFor(code: string, serverMessage: string | undefined): string {
  if (isErrorCode(code)) return i18n.language.startsWith('en') ? errorTexts[code].en : errorTexts[code].es;
  const key = `common:errors.${code}`;
  if (i18n.exists(key)) return i18n.t(key);
  return serverMessage || i18n.t('common:errors.unknown');
}

async function toApiError(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // not JSON (proxy error page, empty body): fall through to a generic error
  }
  const err = (body as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
  const code = err?.code ?? (res.status === 401 ? 'unauthenticated' : res.status === 403 ? 'forbidden' : 'http_error');
  const details = Array.isArray(err?.details) ? (err.details as ApiErrorDetail[]) : [];
  return new ApiError(res.status, code, messageFor(code, err?.message), details);
}

export async function request<T>(method: Method, path: string, body?: unknown, query?: Query): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(withQuery(path, query), {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network_error', messageFor('network_error', undefined));
  }
  if (!res.ok) throw await toApiError(res);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, undefined, query),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body ?? {}),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body ?? {}),
  del: <T>(path: string) => request<T>('DELETE', path),
};
