// Back-off after failed sign-in attempts.
// - Per account (in the database, so it survives restarts and an admin sees it): after
//   ACCOUNT_MAX_FAILURES consecutive failures the account locks, for longer each time.
// - Per IP (in memory, one server process): a sliding window of failures; past the limit every
//   attempt from that address is refused until old failures leave the window.

export const ACCOUNT_MAX_FAILURES = 5;
const ACCOUNT_BASE_LOCK_MS = 15 * 60 * 1000;
const ACCOUNT_MAX_LOCK_MS = 24 * 60 * 60 * 1000;

/** How long to lock an account after its `failures`-th consecutive failure (0 = do not lock). */
export function accountLockMs(failures: number): number {
  if (failures < ACCOUNT_MAX_FAILURES) return 0;
  // 5th failure: 15 min; each failure after a lock expired doubles it, up to a day.
  return Math.min(ACCOUNT_BASE_LOCK_MS * 2 ** (failures - ACCOUNT_MAX_FAILURES), ACCOUNT_MAX_LOCK_MS);
}

export interface IpLimiterOptions {
  maxFailures: number;
  windowMs: number;
  /** Bounds memory under a flood of distinct addresses. */
  maxTracked?: number;
}

export class IpFailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly opts: IpLimiterOptions = { maxFailures: 20, windowMs: 15 * 60 * 1000 }) {}

  private recent(ip: string, now: number): number[] {
    const list = (this.failures.get(ip) ?? []).filter((t) => now - t < this.opts.windowMs);
    if (list.length === 0) this.failures.delete(ip);
    else this.failures.set(ip, list);
    return list;
  }

  /** Milliseconds until this address may try again; 0 when it may try now. */
  retryAfterMs(ip: string, now = Date.now()): number {
    const list = this.recent(ip, now);
    if (list.length < this.opts.maxFailures) return 0;
    // Allowed again when enough of the oldest failures have left the window.
    const oldestThatMustExpire = list[list.length - this.opts.maxFailures]!;
    return oldestThatMustExpire + this.opts.windowMs - now;
  }

  recordFailure(ip: string, now = Date.now()): void {
    const list = this.recent(ip, now);
    list.push(now);
    this.failures.set(ip, list);
    const max = this.opts.maxTracked ?? 50_000;
    if (this.failures.size > max) {
      // Forget the address seen longest ago (Map keeps insertion order).
      const first = this.failures.keys().next().value;
      if (first !== undefined) this.failures.delete(first);
    }
  }
}
