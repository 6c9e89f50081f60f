/** Timing helpers: warm up, then the median of several runs (robust to a noisy shared machine). */
export async function medianMs(
  fn: () => Promise<unknown>,
  runs = 7,
  warmup = 2,
): Promise<{ median: number; min: number; runs: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: round(times[Math.floor(times.length / 2)]!), min: round(times[0]!), runs };
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export function ratio(a: number, b: number): number {
  return b > 0 ? round(a / b) : NaN;
}
