import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_MAX_FAILURES,
  ACCOUNT_RULE,
  ADDRESS_RULE,
  FailureAggregator,
  PAIR_RULE,
  SignInThrottle,
  accountLockMs,
  slowdownMs,
} from './throttle.js';

const MIN = 60_000;

describe('accountLockMs (second factor only)', () => {
  it('does not lock before the limit, then locks 15 min doubling up to a day', () => {
    expect(accountLockMs(ACCOUNT_MAX_FAILURES - 1)).toBe(0);
    expect(accountLockMs(ACCOUNT_MAX_FAILURES)).toBe(15 * MIN);
    expect(accountLockMs(ACCOUNT_MAX_FAILURES + 1)).toBe(30 * MIN);
    expect(accountLockMs(ACCOUNT_MAX_FAILURES + 20)).toBe(24 * 60 * MIN);
  });
});

describe('slowdownMs', () => {
  it('is free up to the allowance, then doubles from the base up to the cap', () => {
    expect(slowdownMs(PAIR_RULE, PAIR_RULE.free)).toBe(0);
    expect(slowdownMs(PAIR_RULE, PAIR_RULE.free + 1)).toBe(1000);
    expect(slowdownMs(PAIR_RULE, PAIR_RULE.free + 2)).toBe(2000);
    expect(slowdownMs(PAIR_RULE, PAIR_RULE.free + 50)).toBe(PAIR_RULE.capMs);
    // A person's own account, from anywhere, is delayed at most a minute: never locked out.
    expect(slowdownMs(ACCOUNT_RULE, 10_000)).toBe(MIN);
    expect(slowdownMs(ADDRESS_RULE, 10_000)).toBe(MIN);
  });
});

describe('SignInThrottle', () => {
  const t0 = 1_000_000;

  it('slows a guesser on one account from one address, and only for the time it says', () => {
    const t = new SignInThrottle();
    for (let i = 0; i < PAIR_RULE.free; i++) {
      expect(t.retryAfterMs('ana', '10.0.0.1', t0 + i)).toBe(0);
      t.recordFailure('ana', '10.0.0.1', t0 + i);
    }
    expect(t.retryAfterMs('ana', '10.0.0.1', t0 + 3)).toBe(0);
    t.recordFailure('ana', '10.0.0.1', t0 + 3);
    const wait = t.retryAfterMs('ana', '10.0.0.1', t0 + 3);
    expect(wait).toBe(1000);
    expect(t.retryAfterMs('ana', '10.0.0.1', t0 + 3 + wait)).toBe(0);
    // The same person from another address is not slowed by that guesser (below the account allowance).
    expect(t.retryAfterMs('ana', '10.0.0.2', t0 + 3)).toBe(0);
  });

  it('treats unknown and known usernames alike (keys are the name typed, existing or not)', () => {
    const a = new SignInThrottle();
    for (let i = 0; i < 8; i++) a.recordFailure('existe', '10.0.0.1', t0);
    const b = new SignInThrottle();
    for (let i = 0; i < 8; i++) b.recordFailure('no.existe', '10.0.0.1', t0);
    expect(a.retryAfterMs('existe', '10.0.0.1', t0)).toBe(b.retryAfterMs('no.existe', '10.0.0.1', t0));
    expect(a.retryAfterMs(' EXISTE ', '10.0.0.1', t0)).toBeGreaterThan(0); // normalised
  });

  it('a distributed guesser delays the account by at most a minute; success clears the account', () => {
    const t = new SignInThrottle();
    for (let i = 0; i < 500; i++) t.recordFailure('ana', `10.1.${i >> 8}.${i & 255}`, t0);
    const wait = t.retryAfterMs('ana', '192.168.1.1', t0);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(MIN);
    t.recordSuccess('ana', '192.168.1.1');
    expect(t.retryAfterMs('ana', '192.168.1.1', t0)).toBe(0);
  });

  it('an address spraying names is slowed (at most a minute), other addresses are not', () => {
    const t = new SignInThrottle();
    for (let i = 0; i < 200; i++) t.recordFailure(`nadie.${i}`, '10.2.0.1', t0);
    const wait = t.retryAfterMs('ana', '10.2.0.1', t0);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(MIN);
    expect(t.retryAfterMs('ana', '10.2.0.2', t0)).toBe(0);
  });

  it('forgets old failures and bounds its memory', () => {
    const t = new SignInThrottle({ maxTracked: 10 });
    for (let i = 0; i < 6; i++) t.recordFailure('ana', '10.0.0.1', t0);
    expect(t.retryAfterMs('ana', '10.0.0.1', t0)).toBeGreaterThan(0);
    expect(t.retryAfterMs('ana', '10.0.0.1', t0 + 2 * 60 * MIN)).toBe(0);
    for (let i = 0; i < 100; i++) t.recordFailure(`n${i}`, `10.9.0.${i}`, t0);
    expect(t.retryAfterMs('n0', '10.9.0.0', t0)).toBe(0); // evicted, oldest first
  });
});

describe('FailureAggregator', () => {
  it('sums failures by reason and address into one summary, then starts again', () => {
    const a = new FailureAggregator();
    expect(a.take()).toBeNull();
    for (let i = 0; i < 40; i++) a.add(i < 30 ? 'unknown_user' : 'slowed_down', `10.0.0.${i % 2}`);
    const s = a.take()!;
    expect(s.total).toBe(40);
    expect(s.byReason).toEqual({ unknown_user: 30, slowed_down: 10 });
    expect(s.byAddress).toEqual({ '10.0.0.0': 20, '10.0.0.1': 20 });
    expect(a.take()).toBeNull();
  });
});
