// The signed-in person as the web knows it: one react-query entry fed by GET /api/auth/me.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, setCsrfToken } from '../api';
import type { Role } from '../roles';
import type { MeResponse } from './types';

export const ME_QUERY_KEY = ['auth', 'me'] as const;

/** null when nobody is signed in (401). */
export async function fetchMe(): Promise<MeResponse | null> {
  try {
    const me = await api.get<MeResponse>('/api/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw err;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_QUERY_KEY, queryFn: fetchMe, staleTime: 60_000, retry: false });
}

/** Re-reads /me after sign-in, 2FA or sign-out so every guard sees the new state. */
export function useRefreshMe(): () => Promise<MeResponse | null> {
  const client = useQueryClient();
  return async () => {
    const me = await fetchMe();
    client.setQueryData(ME_QUERY_KEY, me);
    return me;
  };
}

export function hasAnyRole(userRoles: readonly Role[], allowed: readonly Role[]): boolean {
  return userRoles.some((r) => allowed.includes(r));
}
