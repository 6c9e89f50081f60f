import { runningServer } from '../platform/ops/running.js';
import { trailOptions } from '../platform/audit/sealer.js';
import { describeProblem, sealAuditTrail, verifyAuditChain } from '../platform/audit/trail.js';
import { loadConfig } from '../config.js';
import { openRuntime, parseArgs, type Command } from './runtime.js';

/**
 * `audit verify`: seals what a stopped server left unsealed, then checks the whole chain (sequence,
 * links, HMACs) and that it reaches the external anchor; exit 1 on any edit, insertion or removal.
 */
export const auditCommand: Command = async (argv) => {
  const { positionals } = parseArgs(argv);
  if (positionals[0] !== 'verify') {
    console.error('Uso: audit verify');
    return 2;
  }
  const config = loadConfig();
  // PGlite: one process per data directory (like backup and keys).
  if (!config.databaseUrl && (await runningServer(config))) {
    console.error('El servidor está en ejecución con la base integrada: deténgalo antes de verificar la bitácora.');
    return 2;
  }
  const runtime = await openRuntime({ config });
  try {
    const opts = trailOptions(runtime.deps);
    await sealAuditTrail(runtime.handle.db, opts);
    const result = await verifyAuditChain(runtime.handle.db, opts);
    if (result.ok) {
      console.log(
        `Bitácora íntegra: ${result.checked} registros verificados` +
          (result.anchoredSeq !== null ? `, ancla externa hasta la secuencia ${result.anchoredSeq}.` : '.'),
      );
      return 0;
    }
    console.error(`Bitácora alterada: ${describeProblem(result.firstProblem!)}.`);
    return 1;
  } finally {
    await runtime.close();
  }
};
