// `plan indicators --plan ID --from YYYY-MM-DD --to YYYY-MM-DD [--format json]` and `plan load`.
// JSON on stdout is exactly the contract of shared/docs/interchange.md ("Plan indicators");
// indicators whose source no installed module registers are named on stderr (achieved is null).
import { z } from 'zod';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/client.js';
import { migrate } from '../../db/migrate.js';
import { parseArgs, type Command } from '../../cli/runtime.js';
import { registry } from '../index.js';
import { isoDate } from '../../../common/features/planning.contract.js';
import { ensureSeedPlans, planIndicatorsContract } from './planning.service.js';

const USAGE =
  'Uso: plan indicators --plan ID --from AAAA-MM-DD --to AAAA-MM-DD [--format json]\n     plan load   (carga los planes que incluye el producto)';

const Options = z
  .object({ plan: z.string().min(1), from: isoDate, to: isoDate, format: z.enum(['json']).default('json') })
  .refine((o) => o.from <= o.to, { message: '--from debe ser anterior o igual a --to', path: ['to'] });

export const planCommand: Command = async (argv) => {
  const { positionals, flags } = parseArgs(argv);
  const sub = positionals[0];
  if (sub !== 'indicators' && sub !== 'load') {
    console.error(USAGE);
    return 2;
  }
  const parsed = sub === 'indicators' ? Options.safeParse(flags) : undefined;
  if (parsed && !parsed.success) {
    for (const issue of parsed.error.issues) console.error(`--${issue.path.join('.')}: ${issue.message}`);
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const handle = await openDatabase(config);
  try {
    await migrate(handle);
    if (sub === 'load') {
      const created = await ensureSeedPlans(handle.db);
      console.error(created.length ? `Planes cargados: ${created.join(', ')}` : 'Los planes ya estaban cargados.');
      return 0;
    }
    const { plan, from, to } = parsed!.data;
    const { contract, figures } = await planIndicatorsContract(handle.db, registry, plan, { from, to });
    for (const f of figures.filter((x) => x.sourceStatus === 'source_missing'))
      console.error(`${f.code}: la fuente «${f.sourceId}» no está instalada; «achieved» es null.`);
    process.stdout.write(`${JSON.stringify(contract, null, 2)}\n`);
    return 0;
  } catch (err) {
    if (err instanceof Error && 'code' in err && err.code === 'planning_plan_not_found') {
      console.error(`No existe el plan «${parsed?.data.plan}».`);
      return 1;
    }
    throw err;
  } finally {
    await handle.close();
  }
};
