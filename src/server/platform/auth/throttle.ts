// Sign-in throttling (OWASP ASVS 2.2.1): slow guessing down without giving strangers a way to lock
// a person out or to learn which usernames exist.
// - Password attempts are slowed, never locked: after a few failures a key must wait before its
//   next attempt is even evaluated, the wait doubling with each failure up to a cap. Three keys:
//   the (username, address) pair (one guesser on one account: steep, long cap), the username
//   from any address (a distributed guesser: gentle, short cap, so the person is delayed at most a
//   minute) and the address for any username (a sprayer: gentle, short cap, so colleagues behind
//   the same address are slowed, not blocked).
// - Keys use the username as typed (normalised), whether or not the account exists: unknown and
//   known names are slowed alike, so throttling reveals nothing.
// - In memory, one server process; bounded under a flood of distinct keys.
// - Wrong second-factor codes (only someone holding the password can send them) still lock the
//   account in the database after ACCOUNT_MAX_FAILURES (auth.service.ts).

import crypto from 'node:crypto';

export const ACCOUNT_MAX_FAILURES = 5;
const ACCOUNT_BASE_LOCK_MS = 15 * 60 * 1000;
const ACCOUNT_MAX_LOCK_MS = 24 * 60 * 60 * 1000;

/** Second factor only: how long to lock after the `failures`-th consecutive wrong code (0 = do not). */
export function accountLockMs(failures: number): number {
  if (failures < ACCOUNT_MAX_FAILURES) return 0;
  return Math.min(ACCOUNT_BASE_LOCK_MS * 2 ** (failures - ACCOUNT_MAX_FAILURES), ACCOUNT_MAX_LOCK_MS);
}

export interface SlowdownRule {
  /** Failures allowed without any wait. */
  free: number;
  /** Wait after the first failure beyond `free`; doubles with each further failure. */
  baseMs: number;
  capMs: number;
  /** A key is forgotten this long after its last failure. */
  forgetMs: number;
}

export const PAIR_RULE: SlowdownRule = { free: 3, baseMs: 1000, capMs: 15 * 60_000, forgetMs: 60 * 60_000 };
export const ACCOUNT_RULE: SlowdownRule = { free: 10, baseMs: 1000, capMs: 60_000, forgetMs: 60 * 60_000 };
export const ADDRESS_RULE: SlowdownRule = { free: 20, baseMs: 1000, capMs: 60_000, forgetMs: 15 * 60_000 };

/** Wait required after `failures` failures under a rule (0 = may try now). */
export function slowdownMs(rule: SlowdownRule, failures: number): number {
  if (failures <= rule.free) return 0;
  return Math.min(rule.baseMs * 2 ** Math.min(failures - rule.free - 1, 30), rule.capMs);
}

class SlowdownTable {
  private readonly entries = new Map<string, { failures: number; last: number }>();
  constructor(
    private readonly rule: SlowdownRule,
    private readonly maxTracked: number,
  ) {}

  private get(key: string, now: number) {
    const e = this.entries.get(key);
    if (e && now - e.last > this.rule.forgetMs) {
      this.entries.delete(key);
      return undefined;
    }
    return e;
  }

  retryAfterMs(key: string, now: number): number {
    const e = this.get(key, now);
    if (!e) return 0;
    return Math.max(0, e.last + slowdownMs(this.rule, e.failures) - now);
  }

  fail(key: string, now: number): void {
    const e = this.get(key, now) ?? { failures: 0, last: now };
    this.entries.delete(key); // re-insert: Map order = least recently failed first
    this.entries.set(key, { failures: e.failures + 1, last: now });
    if (this.entries.size > this.maxTracked) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  clear(key: string): void {
    this.entries.delete(key);
  }
}

export class SignInThrottle {
  private readonly pair: SlowdownTable;
  private readonly account: SlowdownTable;
  private readonly address: SlowdownTable;

  constructor(
    opts: { maxTracked?: number; rules?: Partial<Record<'pair' | 'account' | 'address', SlowdownRule>> } = {},
  ) {
    const max = opts.maxTracked ?? 50_000;
    this.pair = new SlowdownTable(opts.rules?.pair ?? PAIR_RULE, max);
    this.account = new SlowdownTable(opts.rules?.account ?? ACCOUNT_RULE, max);
    this.address = new SlowdownTable(opts.rules?.address ?? ADDRESS_RULE, max);
  }

  /** The username as a key: normalised and hashed (the table never holds what people typed). */
  private static user(username: string): string {
    return crypto.createHash('sha256').update(username.trim().toLowerCase()).digest('base64url');
  }

  /** Milliseconds before this username may be tried from this address; 0 = now. */
  retryAfterMs(username: string, ip: string, now = Date.now()): number {
    const u = SignInThrottle.user(username);
    return Math.max(
      this.pair.retryAfterMs(`${u} ${ip}`, now),
      this.account.retryAfterMs(u, now),
      this.address.retryAfterMs(ip, now),
    );
  }

  recordFailure(username: string, ip: string, now = Date.now()): void {
    const u = SignInThrottle.user(username);
    this.pair.fail(`${u} ${ip}`, now);
    this.account.fail(u, now);
    this.address.fail(ip, now);
  }

  /** A correct password clears the person's own counters (not the address's: others may share it). */
  recordSuccess(username: string, ip: string): void {
    const u = SignInThrottle.user(username);
    this.pair.clear(`${u} ${ip}`);
    this.account.clear(u);
  }
}

/**
 * Anonymous failures (unknown usernames, attempts refused while slowed down) are counted here and
 * written as one audit entry per interval, so anonymous traffic cannot fill the trail.
 */
export class FailureAggregator {
  private counts = new Map<string, number>();
  private addresses = new Map<string, number>();
  private since: Date | null = null;

  add(reason: string, ip: string): void {
    this.since ??= new Date();
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + 1);
    if (this.addresses.has(ip) || this.addresses.size < 50) this.addresses.set(ip, (this.addresses.get(ip) ?? 0) + 1);
  }

  /** The summary since the last take, or null when there was nothing. */
  take(): {
    since: string;
    until: string;
    total: number;
    byReason: Record<string, number>;
    byAddress: Record<string, number>;
  } | null {
    if (!this.since) return null;
    const byReason = Object.fromEntries(this.counts);
    const summary = {
      since: this.since.toISOString(),
      until: new Date().toISOString(),
      total: [...this.counts.values()].reduce((a, b) => a + b, 0),
      byReason,
      byAddress: Object.fromEntries(this.addresses),
    };
    this.counts = new Map();
    this.addresses = new Map();
    this.since = null;
    return summary;
  }
}
