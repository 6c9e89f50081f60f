// Generates a fictional dataset in the salvaguarda/v1 format:
//   npx tsx bench/generate/cli.ts --scale S|M|L --out FILE [--seed N] [--until YYYY-MM-DD]
// Then: npm run --silent cli -- import FILE
import { parseArgs } from '../../../cli/runtime.js';
import { isCalendarDate } from '../dates.js';
import { generateData } from './generate.js';
import { SCALES, type Scale } from './scales.js';
import { writePackage } from './write.js';

const { flags } = parseArgs(process.argv.slice(2));
const scale = SCALES[String(flags.scale ?? '') as Scale['name']];
const out = typeof flags.out === 'string' ? flags.out : undefined;
const seed = flags.seed === undefined ? undefined : Number(flags.seed);
const until = typeof flags.until === 'string' ? flags.until : undefined;
if (
  !scale ||
  !out ||
  (seed !== undefined && !Number.isInteger(seed)) ||
  (until !== undefined && !isCalendarDate(until))
) {
  console.error('Uso: npx tsx bench/generate/cli.ts --scale S|M|L --out ARCHIVO [--seed N] [--until AAAA-MM-DD]');
  process.exit(2);
}
const started = performance.now();
const data = generateData({ scale, seed, until });
const { bytes } = await writePackage(data, out);
const seconds = (performance.now() - started) / 1000;
console.log(
  `Escala ${scale.name}: ${data.cases.length} casos, ${scale.measures} medidas, ${data.actionEntries} registros de acciones, ` +
    `${data.informationRequests.length} solicitudes -> ${out} (${(bytes / 1e6).toFixed(1)} MB en ${seconds.toFixed(1)} s)`,
);
