import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, setCsrfToken } from './api';

type Call = { url: string; init: RequestInit };
function mockFetch(status: number, body: unknown): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body), { status });
  });
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('api client', () => {
  it('sends the CSRF token on writes only, same-origin credentials, JSON bodies and query strings', async () => {
    setCsrfToken('tok-123');
    const calls = mockFetch(200, { ok: true });
    await api.get('/api/audit', { action: 'sign_in', empty: '', none: undefined, limit: 5 });
    await api.post('/api/auth/sign-out', { a: 1 });
    expect(calls[0]!.url).toBe('/api/audit?action=sign_in&limit=5');
    expect((calls[0]!.init.headers as Record<string, string>)['x-csrf-token']).toBeUndefined();
    expect(calls[1]!.init.credentials).toBe('same-origin');
    expect((calls[1]!.init.headers as Record<string, string>)['x-csrf-token']).toBe('tok-123');
    expect(calls[1]!.init.body).toBe('{"a":1}');
  });

  it('turns the server error body into an ApiError with a Spanish message and details', async () => {
    mockFetch(400, {
      error: { code: 'validation_failed', message: 'x', details: [{ path: 'body.username', message: 'Requerido' }] },
    });
    const err = await api.post('/api/admin/users', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({
      status: 400,
      code: 'validation_failed',
      message: 'Los datos enviados no son válidos.',
    });
    expect((err as ApiError).details).toEqual([{ path: 'body.username', message: 'Requerido' }]);
  });

  it('keeps the server message for codes the catalogue does not know, and survives non-JSON errors', async () => {
    mockFetch(409, { error: { code: 'case_concluded', message: 'El caso está concluido; no admite cambios.' } });
    await expect(api.put('/api/cases/1', {})).rejects.toMatchObject({
      code: 'case_concluded',
      message: 'El caso está concluido; no admite cambios.',
    });
    mockFetch(502, '<html>Bad gateway</html>');
    await expect(api.get('/api/x')).rejects.toMatchObject({ status: 502, code: 'http_error' });
    mockFetch(401, '');
    await expect(api.get('/api/auth/me')).rejects.toMatchObject({
      status: 401,
      code: 'unauthenticated',
      message: 'Inicie sesión para continuar.',
    });
  });

  it('reports a network failure in Spanish', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(api.get('/api/x')).rejects.toMatchObject({
      status: 0,
      code: 'network_error',
      message: expect.stringMatching(/servidor/),
    });
  });

  it('returns undefined for 204', async () => {
    mockFetch(204, undefined);
    expect(await api.post('/api/auth/sign-out')).toBeUndefined();
  });
});
