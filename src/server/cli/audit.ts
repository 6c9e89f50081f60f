import { verifyAuditChain } from '../platform/audit/audit.js';
import { openRuntime, parseArgs, type Command } from './runtime.js';

/** `audit verify`: recomputes the hash chain; exit 1 when an entry was edited, inserted or removed. */
export const auditCommand: Command = async (argv) => {
  const { positionals } = parseArgs(argv);
  if (positionals[0] !== 'verify') {
    console.error('Uso: audit verify');
    return 2;
  }
  const runtime = await openRuntime();
  try {
    const result = await verifyAuditChain(runtime.handle.db);
    if (result.ok) {
      console.log(`Bitácora íntegra: ${result.checked} registros verificados.`);
      return 0;
    }
    console.error(
      `Bitácora alterada: el registro ${result.firstProblem!.id} no coincide (${result.firstProblem!.reason}).`,
    );
    return 1;
  } finally {
    await runtime.close();
  }
};
