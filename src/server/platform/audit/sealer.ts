import type { App, AppDeps } from '../../app.js';
import { asc, isNull } from 'drizzle-orm';
import { auditEntriesWritten } from './audit.js';
import { auditLog } from './audit.schema.js';
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
  let scheduled: NodeJS.Timeout | null = null;
  const runOnce = async () => {
    try {
      // A cheap look at the partial index avoids the sealing transaction when nothing waits. The
      // order makes the planner use that index: without it, stale statistics chose a scan of the table.
      const pending = await deps.db
        .select({ id: auditLog.id })
        .from(auditLog)
        .where(isNull(auditLog.seq))
        .orderBy(asc(auditLog.id))
        .limit(1);
      if (pending.length === 0) return;
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
  // Responses in a burst share one run: entries are sealed in batches a few milliseconds later.
  // Only responses after which this process has written entries schedule one (most write none);
  // other processes' entries (the command line) wait for the timer.
  let written = auditEntriesWritten();
  app.addHook('onResponse', async () => {
    if (auditEntriesWritten() === written) return;
    written = auditEntriesWritten();
    scheduled ??= setTimeout(() => {
      scheduled = null;
      kick();
    }, 20);
  });
  app.addHook('onClose', async () => {
    closed = true;
    clearInterval(timer);
    if (scheduled) clearTimeout(scheduled);
    await running;
    await runOnce();
  });
}
