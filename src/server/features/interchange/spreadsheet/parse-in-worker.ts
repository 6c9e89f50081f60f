import { Worker } from 'node:worker_threads';
import { tooComplex, type Parsed, type SpreadsheetFile } from './parse.js';

export interface WorkerLimits {
  /** Heap of the worker: a file that needs more is refused, the server's own memory is untouched. */
  heapMb: number;
  timeoutMs: number;
}

export const PARSE_LIMITS: WorkerLimits = { heapMb: 512, timeoutMs: 120_000 };

/**
 * Parses the file in a worker thread with its own memory limit and a time limit (issue 17, item 7):
 * the event loop keeps answering other requests, and a file that would exhaust memory or time is
 * refused with a problem instead of taking the server down.
 */
export function parseInWorker(file: SpreadsheetFile, limits: WorkerLimits = PARSE_LIMITS): Promise<Parsed> {
  const refused = (): Parsed => ({
    raw: { format: 'salvaguarda/v1', cases: [], measures: [], informationRequests: [] },
    origins: new Map(),
    problems: [tooComplex(file.fileName)],
  });
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse.worker.boot.mjs', import.meta.url), {
      workerData: { fileName: file.fileName, content: new Uint8Array(file.content) },
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 32 },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve(refused());
    }, limits.timeoutMs);
    worker.once('message', (parsed: Parsed) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(parsed);
    });
    worker.once('error', (err: Error & { code?: string }) => {
      clearTimeout(timer);
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') resolve(refused());
      else reject(err);
    });
  });
}
