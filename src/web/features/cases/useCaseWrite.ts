// One mutation helper for every write on a case page: sends the request, then reloads the page data.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';
import { CASES_KEY } from './shared';

export interface Write {
  method: 'post' | 'patch' | 'put' | 'del';
  path: string;
  body?: unknown;
}

export function useCaseWrite(onDone?: () => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (w: Write) => (w.method === 'del' ? api.del(w.path) : api[w.method](w.path, w.body)),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: CASES_KEY });
      onDone?.();
    },
  });
}
