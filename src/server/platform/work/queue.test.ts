import { describe, expect, it } from 'vitest';
import { WorkQueue } from './queue.js';

/** A job that finishes when the test says so. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('WorkQueue', () => {
  it('runs one job at a time, reports positions and progress, and keeps results per owner', async () => {
    const queue = new WorkQueue<string>({ concurrency: 1, maxWaiting: 5, keepMs: 60_000 });
    const first = gate();
    const a = queue.submit('ana', async (progress) => {
      progress('data', 0.3);
      await first.opened;
      return 'A';
    })!;
    const b = queue.submit('beto', async () => 'B')!;
    const c = queue.submit('ana', async () => 'C')!;
    expect(queue.view(a.id, 'ana')).toMatchObject({ state: 'running', step: 'data', progress: 0.3, position: 0 });
    expect(queue.view(b.id, 'beto')).toMatchObject({ state: 'queued', position: 0 });
    expect(queue.view(c.id, 'ana')).toMatchObject({ state: 'queued', position: 1 });
    expect(queue.view(a.id, 'beto')).toBeUndefined(); // another person's job is not visible
    first.open();
    expect(await queue.result(c.id, 'ana')).toBe('C');
    expect(await queue.result(a.id, 'ana')).toBe('A');
    expect(queue.view(b.id, 'beto')).toMatchObject({ state: 'done', progress: 1, position: 0 });
    expect(await queue.result(b.id, 'ana')).toBeUndefined();
  });

  it('refuses new work when the waiting line is full, and accepts again once it moves', async () => {
    const queue = new WorkQueue<number>({ concurrency: 1, maxWaiting: 1, keepMs: 60_000 });
    const running = gate();
    const a = queue.submit('x', async () => (await running.opened, 1))!;
    const b = queue.submit('x', async () => 2);
    expect(b).not.toBeNull();
    expect(queue.submit('x', async () => 3)).toBeNull();
    running.open();
    await queue.result(a.id, 'x');
    await queue.result(b!.id, 'x');
    expect(queue.submit('x', async () => 4)).not.toBeNull();
  });

  it('a failing job is reported as failed and does not stop the next one', async () => {
    const queue = new WorkQueue<number>({ concurrency: 1, maxWaiting: 5, keepMs: 60_000 });
    const bad = queue.submit('x', async () => {
      throw new Error('sin memoria');
    })!;
    const good = queue.submit('x', async () => 7)!;
    await expect(queue.result(bad.id, 'x')).rejects.toThrow('sin memoria');
    expect(queue.view(bad.id, 'x')?.state).toBe('failed');
    expect(await queue.result(good.id, 'x')).toBe(7);
  });

  it('forgets finished jobs after the keeping time', async () => {
    const queue = new WorkQueue<number>({ concurrency: 1, maxWaiting: 5, keepMs: 0 });
    const a = queue.submit('x', async () => 1)!;
    await queue.result(a.id, 'x');
    await new Promise((r) => setTimeout(r, 5));
    queue.submit('x', async () => 2);
    expect(queue.view(a.id, 'x')).toBeUndefined();
  });
});
