// Every report document (draft, annual, issued) is made through one bounded queue: one at a time on
// the server, a short waiting line, and the rest refused at once with 503 (issue 17: three large
// downloads used to stall the whole server). The page asks for a job and shows its progress.
import type { FastifyReply } from 'fastify';
import { sendFile } from '../../platform/files/upload.js';
import { AppError } from '../../platform/http/errors.js';
import { WorkQueue, type JobView, type Progress } from '../../platform/work/queue.js';
import { CONTENT_TYPES, type DocumentFormat } from './documents/index.js';

export interface ReportFile {
  bytes: Buffer;
  format: DocumentFormat;
  fileName: string;
}

export type ReportWork = (progress: Progress) => Promise<ReportFile>;

export const REPORT_QUEUE = { concurrency: 1, maxWaiting: 6, keepMs: 10 * 60_000 };

export function createReportQueue() {
  const queue = new WorkQueue<ReportFile>(REPORT_QUEUE);
  return {
    /** Queues the work for its owner; 503 when the line is full. */
    submit(owner: string, work: ReportWork): JobView {
      const job = queue.submit(owner, work);
      if (!job) throw new AppError('reports_busy', 503);
      return job;
    },
    view(owner: string, id: string): JobView {
      const job = queue.view(id, owner);
      if (!job) throw new AppError('reports_job_not_found', 404);
      return job;
    },
    async file(owner: string, id: string): Promise<ReportFile> {
      const file = await queue.result(id, owner);
      if (!file) throw new AppError('reports_job_not_found', 404);
      return file;
    },
    /** For the direct download routes: queued like the rest, answered when done. */
    async run(owner: string, work: ReportWork): Promise<ReportFile> {
      return this.file(owner, this.submit(owner, work).id);
    },
  };
}

export type ReportQueue = ReturnType<typeof createReportQueue>;

export function sendReportFile(reply: FastifyReply, file: ReportFile) {
  const { bytes, format } = file;
  return sendFile(reply, { bytes, mediaType: CONTENT_TYPES[format], fileName: `${file.fileName}.${format}` });
}
