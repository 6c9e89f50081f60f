import type { App, AppDeps } from '../../app.js';
import { sealAuditTrail, type TrailOptions } from './trail.js';

export function trailOptions(deps: Pick<AppDeps, 'crypto' | 'config'>): TrailOptions {
  return { keys: deps.crypto.auditKeys, anchorFile: deps.config.auditAnchorFile };
}

/**
 * Runs the audit sealer in the server: right after each response (entries of that request are
 * committed by then), every second as a safety net, and once more on close. Runs never overlap;
 * kicks during a run are folded into one more run.
 */
export function registerAuditSealer(app: App, deps: AppDeps): void {
  if (!deps.crypto.auditKeys.currentKeyId) {
    app.log.warn('Sin llave de bitácora: los registros no se sellan.');
    return;
  }
  const opts = trailOptions(deps);
  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;
  const runOnce = async () => {
    try {
      await sealAuditTrail(deps.db, opts);
    } catch (err) {
      // By code only: the error could quote row values.
      app.log.error({ code: (err as { code?: string }).code ?? 'unknown' }, 'audit sealer failed');
    }
  };
  const kick = () => {
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await runOnce();
      } while (again && !closed);
      running = null;
    })();
  };
  const timer = setInterval(kick, 1000);
  timer.unref();
  app.addHook('onResponse', async () => {
    setImmediate(kick);
  });
  app.addHook('onClose', async () => {
    closed = true;
    clearInterval(timer);
    await running;
    await runOnce();
  });
}
