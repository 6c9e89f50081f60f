import { loadConfig } from '../config.js';
import { openDatabase, type DatabaseHandle } from '../db/client.js';
import { migrate } from '../db/migrate.js';
import { auditNow } from '../platform/audit/audit.js';
import { anchorRestore, describeProblem, verifyAuditChain } from '../platform/audit/trail.js';
import { defaultAuditAnchorPath, loadKeyRing } from '../platform/crypto/load.js';
import { createBackup, detectFormat, loadPgliteBackup, restoreLogicalBackup } from '../platform/ops/backup.js';
import { rowCounts } from '../platform/ops/catalog.js';
import { readLogicalHeader } from '../platform/ops/logical.js';
import { runningServer } from '../platform/ops/running.js';
import { parseArgs, type Command } from './runtime.js';

const open = () => {
  const config = loadConfig();
  return openDatabase(config);
};

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** `backup FILE [--logical]`: PGlite copies its data directory; PostgreSQL gets the logical dump. */
export const backupCommand: Command = async (argv) => {
  const { positionals, flags } = parseArgs(argv);
  const file = positionals[0];
  if (!file) {
    console.error('Uso: backup ARCHIVO [--logical]');
    return 2;
  }
  const config = loadConfig();
  // PGlite: one process per data directory. A logical backup of PostgreSQL may run beside the server.
  if (!config.databaseUrl && (await runningServer(config))) {
    console.error('El servidor está en ejecución con la base integrada: deténgalo antes de respaldar.');
    return 2;
  }
  const handle = await open();
  try {
    const result = await createBackup(handle, file, { logical: flags.logical === true });
    const rows = result.counts ? `, ${total(result.counts)} filas` : '';
    console.log(`Respaldo ${result.format} escrito en ${file} (${result.bytes} bytes${rows}).`);
    console.log('El respaldo contiene datos cifrados: resguarde también el archivo de llaves, por separado.');
    return 0;
  } finally {
    await handle.close();
  }
};

/** Warns when the key ring cannot decrypt what the backup holds (restoring works, reading would not). */
function warnMissingKeys(keyIds: string[]): void {
  try {
    const { ring } = loadKeyRing(loadConfig(), { allowGenerate: false });
    const missing = keyIds.filter((k) => !ring.dataKeys.has(k));
    if (missing.length)
      console.warn(`Aviso: faltan las llaves ${missing.join(', ')} para leer los datos personales restaurados.`);
  } catch {
    console.warn(
      'Aviso: no hay llave de cifrado configurada; los datos personales no podrán leerse hasta configurarla.',
    );
  }
}

async function finish(handle: DatabaseHandle): Promise<number> {
  const counts = await rowCounts(handle.db);
  console.log(`Restauración terminada: ${total(counts)} filas en ${Object.keys(counts).length} tablas.`);
  const config = loadConfig();
  let keys;
  try {
    keys = loadKeyRing(config, { allowGenerate: false }).ring.audit;
  } catch {
    keys = null;
  }
  if (!keys?.currentKeyId) {
    console.warn('Aviso: sin llave de bitácora no puede sellarse ni verificarse la bitácora restaurada.');
    return 0;
  }
  // The restored chain is sealed, then the anchor starts again at the restored head (signed line).
  const anchorFile = config.auditAnchorFile ?? defaultAuditAnchorPath(config);
  const chain = await verifyAuditChain(handle.db, { keys });
  if (!chain.ok) {
    console.error(`La bitácora restaurada no es íntegra: ${describeProblem(chain.firstProblem!)}.`);
    return 1;
  }
  await anchorRestore(handle.db, { keys, anchorFile });
  console.log(`Bitácora íntegra: ${chain.checked} registros verificados; ancla reiniciada en ${anchorFile}.`);
  return 0;
}

/** `restore FILE`: into an empty data directory (PGlite) or an unused database (either engine). */
export const restoreCommand: Command = async (argv) => {
  const file = parseArgs(argv).positionals[0];
  if (!file) {
    console.error('Uso: restore ARCHIVO');
    return 2;
  }
  const config = loadConfig();
  if (await runningServer(config)) {
    console.error('Hay un servidor en ejecución en esta dirección: deténgalo antes de restaurar.');
    return 2;
  }
  const format = await detectFormat(file);
  if (format === 'pglite-datadir') {
    if (config.databaseUrl) {
      console.error(
        'Este respaldo es una copia de la base integrada (PGlite); para PostgreSQL use un respaldo --logical.',
      );
      return 2;
    }
    const pglite = await loadPgliteBackup(file, config.dataDir);
    await pglite.close();
    const handle = await open();
    try {
      await migrate(handle);
      await auditNow(handle.db, { actor: null, action: 'restore', entity: 'database', details: { format, by: 'cli' } });
      return await finish(handle);
    } finally {
      await handle.close();
    }
  }
  warnMissingKeys((await readLogicalHeader(file)).keyIds);
  const handle = await open();
  try {
    await migrate(handle);
    await restoreLogicalBackup(handle, file);
    return await finish(handle);
  } finally {
    await handle.close();
  }
};
