// Runs in a worker thread (see parse-in-worker.ts): parsing a spreadsheet never blocks the server.
import { parentPort, workerData } from 'node:worker_threads';
import { parseSpreadsheet } from './parse.js';

const { fileName, content } = workerData as { fileName: string; content: Uint8Array };
const parsed = await parseSpreadsheet({
  fileName,
  content: Buffer.from(content.buffer, content.byteOffset, content.byteLength),
});
parentPort!.postMessage(parsed);
