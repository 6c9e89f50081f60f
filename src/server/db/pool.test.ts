// The connection pool: its size, and postgres.js's queue as patched (patches/postgres+3.4.9.patch).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPoolSize } from './client.js';

interface Queue<T> {
  readonly length: number;
  push(x: T): T;
  shift(): T;
  remove(x: T): T | null;
}

// The queue postgres.js keeps its connections in (open, busy, full…); not exported, so by file.
const require = createRequire(import.meta.url);
const queueFile = path.join(path.dirname(require.resolve('postgres')), 'queue.js');
const Queue = require(queueFile) as <T>(xs?: T[]) => Queue<T>;

describe('connection pool', () => {
  it('has twice the cores, at least 4 and at most 20', () => {
    expect(defaultPoolSize(1)).toBe(4);
    expect(defaultPoolSize(2)).toBe(4);
    expect(defaultPoolSize(6)).toBe(12);
    expect(defaultPoolSize(64)).toBe(20);
  });

  it("postgres.js's queue is patched: a busy pool's queue keeps its order without keeping every past entry", () => {
    // Unpatched, a queue that never empties grows by one slot per query and `remove` scans them all:
    // under sustained load that scan took a tenth of the server's CPU (docs/performance.md).
    const queue = Queue<string>(['a', 'b', 'c', 'd']);
    const order: string[] = [];
    for (let i = 0; i < 100_000; i++) {
      // What the pool does per query while every connection is busy: take the next, put it back.
      const c = queue.shift();
      order.push(c);
      expect(queue.remove(c)).toBeNull();
      queue.push(c);
    }
    expect(queue.length).toBe(4);
    expect(order.slice(0, 8)).toEqual(['a', 'b', 'c', 'd', 'a', 'b', 'c', 'd']);
    expect(order.slice(-4)).toEqual(['a', 'b', 'c', 'd']);
    expect(queue.remove('c')).toBe('c');
    expect([queue.shift(), queue.shift(), queue.shift()]).toEqual(['a', 'b', 'd']);
    expect(queue.length).toBe(0);
    // The ES module build the server imports carries the same patch.
    const esm = path.join(path.dirname(queueFile), '../../src/queue.js');
    expect(fs.readFileSync(esm, 'utf8')).toContain('xs.indexOf(x, index)');
  });
});
