import { describe, expect, it } from 'vitest';
import { ACCOUNT_MAX_FAILURES, IpFailureLimiter, accountLockMs } from './throttle.js';

const MIN = 60_000;

describe('accountLockMs', () => {
  it('does not lock before the limit, then locks 15 min doubling up to a day', () => {
    expect(accountLockMs(ACCOUNT_MAX_FAILURES - 1)).toBe(0);
    expect(accountLockMs(ACCOUNT_MAX_FAILURES)).toBe(15 * MIN);
    expect(accountLockMs(ACCOUNT_MAX_FAILURES + 1)).toBe(30 * MIN);
    expect(accountLockMs(ACCOUNT_MAX_FAILURES + 2)).toBe(60 * MIN);
    expect(accountLockMs(ACCOUNT_MAX_FAILURES + 20)).toBe(24 * 60 * MIN);
  });
});

describe('IpFailureLimiter', () => {
  it('blocks an address after maxFailures within the window and releases it as failures age', () => {
    const limiter = new IpFailureLimiter({ maxFailures: 3, windowMs: 10 * MIN });
    const t0 = 1_000_000;
    limiter.recordFailure('10.0.0.1', t0);
    limiter.recordFailure('10.0.0.1', t0 + MIN);
    expect(limiter.retryAfterMs('10.0.0.1', t0 + 2 * MIN)).toBe(0);
    limiter.recordFailure('10.0.0.1', t0 + 2 * MIN);
    expect(limiter.retryAfterMs('10.0.0.1', t0 + 2 * MIN)).toBe(8 * MIN); // until the first failure (t0) ages out
    expect(limiter.retryAfterMs('10.0.0.2', t0 + 2 * MIN)).toBe(0); // other addresses unaffected
    expect(limiter.retryAfterMs('10.0.0.1', t0 + 10 * MIN)).toBe(0); // first failure left the window
  });

  it('forgets the oldest address when too many are tracked', () => {
    const limiter = new IpFailureLimiter({ maxFailures: 1, windowMs: MIN, maxTracked: 2 });
    limiter.recordFailure('a', 0);
    limiter.recordFailure('b', 0);
    limiter.recordFailure('c', 0);
    expect(limiter.retryAfterMs('a', 1)).toBe(0);
    expect(limiter.retryAfterMs('c', 1)).toBeGreaterThan(0);
  });
});
