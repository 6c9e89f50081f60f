// `report bimonthly --from YYYY-MM-DD --to YYYY-MM-DD --format json|docx|xlsx|pdf [--out FILE]`
// `--format json` prints only the contract JSON on stdout. The report reads aggregates only, so
// this command opens the database without the field-encryption keys.
import fs from 'node:fs';
import { z } from 'zod';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/client.js';
import { migrate } from '../../db/migrate.js';
import { parseArgs, type Command } from '../../cli/runtime.js';
import { isoDate } from './report.contract.js';
import { generateReport } from './report.service.js';
import { registry } from '../index.js';
import { buildReportDocument } from './report.document.js';
import { writeDocument } from './documents/index.js';
import { loadInstitution } from './settings.service.js';
import { loadOverrides } from './narrative.service.js';

const USAGE =
  'Uso: report bimonthly --from AAAA-MM-DD --to AAAA-MM-DD --format json|docx|xlsx|pdf [--out ARCHIVO]\n' +
  '     report annual --year AAAA --format json|docx|xlsx|pdf [--out ARCHIVO]';

const Options = z
  .object({
    from: isoDate,
    to: isoDate,
    format: z.enum(['json', 'docx', 'xlsx', 'pdf']).default('json'),
    out: z.string().min(1).optional(),
  })
  .refine((o) => o.from <= o.to, { message: '--from debe ser anterior o igual a --to', path: ['to'] })
  .refine((o) => o.format === 'json' || o.out, {
    message: 'indique --out ARCHIVO para docx, xlsx y pdf',
    path: ['out'],
  });

export const reportCommand: Command = async (argv) => {
  const { positionals, flags } = parseArgs(argv);
  // `report annual --year 2024` is the report of 2024-01-01..2024-12-31 (the annual report).
  const year = typeof flags.year === 'string' && /^\d{4}$/.test(flags.year) ? flags.year : null;
  const annual = positionals[0] === 'annual' && year !== null;
  const parsed = Options.safeParse(
    annual ? { ...flags, year: undefined, from: `${year}-01-01`, to: `${year}-12-31` } : flags,
  );
  if (!(positionals[0] === 'bimonthly' || annual) || !parsed.success) {
    if (!parsed.success)
      for (const issue of parsed.error.issues) console.error(`--${issue.path.join('.')}: ${issue.message}`);
    console.error(USAGE);
    return 2;
  }
  const { from, to, format, out } = parsed.data;
  const config = loadConfig();
  const handle = await openDatabase(config);
  try {
    await migrate(handle);
    const generated = await generateReport(handle.db, { from, to }, registry.reportSections);
    if (format === 'json') {
      const text = `${JSON.stringify(generated.report, null, 2)}\n`;
      if (out) fs.writeFileSync(out, text);
      else process.stdout.write(text);
      return 0;
    }
    const { institution } = await loadInstitution(handle.db);
    const overrides = await loadOverrides(handle.db, { from, to });
    const doc = buildReportDocument(generated, { institution, overrides: overrides.overrides });
    fs.writeFileSync(out!, await writeDocument(doc, format));
    console.error(`Informe escrito en ${out}`);
    return 0;
  } finally {
    await handle.close();
  }
};
