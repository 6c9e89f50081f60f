import type { Config } from '../../config.js';

/**
 * Whether a Salvaguarda server answers on the configured address, and on which engine. Best effort
 * (a server on another port is not seen), but it catches the usual mistake: running `backup` or
 * `keys rotate` next to a live embedded server, whose data directory only one process may open,
 * or whose in-memory key ring would not know the new key.
 */
export async function runningServer(
  config: Pick<Config, 'host' | 'port'>,
  timeoutMs = 800,
): Promise<{ engine: string } | null> {
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  try {
    const res = await fetch(`http://${host.includes(':') ? `[${host}]` : host}:${config.port}/api/health`, {
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!res.ok) return null;
    const body = (await res.json()) as { status?: string; engine?: string };
    return body.status === 'ok' && typeof body.engine === 'string' ? { engine: body.engine } : null;
  } catch {
    return null;
  }
}
