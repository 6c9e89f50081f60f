// A bounded queue for heavy work (document generation): at most `concurrency` jobs run at once,
// at most `maxWaiting` wait, the rest are refused at once. Each job reports its step and progress,
// belongs to the person who asked for it, and keeps its result for a while to be downloaded.
import crypto from 'node:crypto';

export type JobState = 'queued' | 'running' | 'done' | 'failed';

export interface JobView {
  id: string;
  state: JobState;
  /** Jobs ahead of this one (0 when running or finished). */
  position: number;
  step: string;
  /** 0..1 */
  progress: number;
}

export type Progress = (step: string, progress: number) => void;

interface Job<R> extends JobView {
  owner: string;
  work: (progress: Progress) => Promise<R>;
  result?: R;
  error?: unknown;
  finishedAt?: number;
  settled: Promise<void>;
  settle: () => void;
}

export interface QueueOptions {
  concurrency: number;
  maxWaiting: number;
  /** How long a finished job's result is kept. */
  keepMs: number;
}

export class WorkQueue<R> {
  private readonly jobs = new Map<string, Job<R>>();
  private readonly waiting: Job<R>[] = [];
  private running = 0;

  constructor(private readonly options: QueueOptions) {}

  /** Queues the work; `null` when the queue is full (the caller answers 503). */
  submit(owner: string, work: (progress: Progress) => Promise<R>): JobView | null {
    this.expire();
    if (this.waiting.length >= this.options.maxWaiting) return null;
    let settle!: () => void;
    const settled = new Promise<void>((resolve) => (settle = resolve));
    const job: Job<R> = {
      id: crypto.randomUUID(),
      state: 'queued',
      position: this.waiting.length,
      step: 'queued',
      progress: 0,
      owner,
      work,
      settled,
      settle,
    };
    this.jobs.set(job.id, job);
    this.waiting.push(job);
    this.next();
    return this.view(job.id, owner)!;
  }

  /** The job as its owner sees it; undefined for anyone else or an unknown/expired id. */
  view(id: string, owner: string): JobView | undefined {
    const job = this.jobs.get(id);
    if (!job || job.owner !== owner) return undefined;
    const position = job.state === 'queued' ? this.waiting.indexOf(job) : 0;
    return { id: job.id, state: job.state, position, step: job.step, progress: job.progress };
  }

  /** Waits for the job to finish and gives its result (throws its error). */
  async result(id: string, owner: string): Promise<R | undefined> {
    const job = this.jobs.get(id);
    if (!job || job.owner !== owner) return undefined;
    await job.settled;
    if (job.state === 'failed') throw job.error;
    return job.result;
  }

  private next(): void {
    while (this.running < this.options.concurrency && this.waiting.length > 0) {
      const job = this.waiting.shift()!;
      this.running++;
      job.state = 'running';
      job.step = 'started';
      void this.execute(job);
    }
  }

  private async execute(job: Job<R>): Promise<void> {
    try {
      job.result = await job.work((step, progress) => {
        job.step = step;
        job.progress = Math.max(job.progress, Math.min(1, progress));
      });
      job.state = 'done';
      job.step = 'done';
      job.progress = 1;
    } catch (error) {
      job.state = 'failed';
      job.error = error;
    } finally {
      job.finishedAt = Date.now();
      this.running--;
      job.settle();
      this.next();
    }
  }

  private expire(): void {
    const limit = Date.now() - this.options.keepMs;
    for (const [id, job] of this.jobs) if (job.finishedAt !== undefined && job.finishedAt < limit) this.jobs.delete(id);
  }
}
