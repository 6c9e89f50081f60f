import fs from 'node:fs';
import { once } from 'node:events';
import { arrayText } from '../package.format.js';
import type { GeneratedData } from './generate.js';

/**
 * Writes generated data in the canonical package text (the export's layout), buffering ~1 MB per
 * write and honouring back-pressure, so an L package (hundreds of MB) never sits in memory whole.
 */
export async function writePackage(data: GeneratedData, file: string): Promise<{ bytes: number }> {
  const out = fs.createWriteStream(file);
  let buffer = '';
  let bytes = 0;
  const push = async (text: string) => {
    buffer += text;
    if (buffer.length < 1 << 20) return;
    bytes += Buffer.byteLength(buffer);
    if (!out.write(buffer)) await once(out, 'drain');
    buffer = '';
  };
  await push(`{"format":"salvaguarda/v1",${arrayText('cases', data.cases)},\n"measures":[`);
  let firstMeasure = true;
  for (const m of data.measures()) {
    await push((firstMeasure ? '\n' : ',\n') + JSON.stringify(m));
    firstMeasure = false;
  }
  await push(`\n],${arrayText('informationRequests', data.informationRequests)}}\n`);
  bytes += Buffer.byteLength(buffer);
  out.end(buffer);
  await once(out, 'finish');
  return { bytes };
}
