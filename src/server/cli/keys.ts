import { loadConfig } from '../config.js';
import { auditNow } from '../platform/audit/audit.js';
import { keyUsage } from '../platform/ops/key-usage.js';
import { runningServer } from '../platform/ops/running.js';
import { reencryptAll, removeUnusedKeys, rotateKeys } from '../platform/ops/rotate.js';
import { openRuntime, parseArgs, type Command } from './runtime.js';

const USAGE = `Uso: keys <subcomando>
  rotate [--batch N]   agrega una llave vigente nueva y vuelve a cifrar todos los datos personales
  reencrypt [--batch N] termina una rotación interrumpida (cifra con la llave vigente lo que falte)
  status               cuántos valores protege cada llave
  remove-old           quita del archivo las llaves que ya no usa ningún valor
Detenga el servidor antes de rotar: guarda las llaves en memoria al iniciar.`;

/** `keys rotate | reencrypt | status | remove-old`. Needs a key file (SALVAGUARDA_KEY_FILE or the default). */
export const keysCommand: Command = async (argv) => {
  const { positionals, flags } = parseArgs(argv);
  const sub = positionals[0];
  if (!sub || !['rotate', 'reencrypt', 'status', 'remove-old'].includes(sub)) {
    console.error(USAGE);
    return 2;
  }
  const batch = typeof flags.batch === 'string' ? Number(flags.batch) : undefined;
  if (batch !== undefined && !(Number.isInteger(batch) && batch > 0)) {
    console.error('--batch debe ser un entero positivo.');
    return 2;
  }
  // A running server keeps the old key ring in memory and could not read values under the new key.
  if (sub !== 'status' && (await runningServer(loadConfig()))) {
    console.error('Hay un servidor en ejecución: deténgalo antes de cambiar las llaves.');
    return 2;
  }
  const runtime = await openRuntime();
  try {
    const db = runtime.handle.db;
    if (sub === 'status') {
      for (const u of await keyUsage(db)) {
        const parts = Object.entries(u.byKey).map(([k, n]) => `${k}: ${n}`);
        console.log(`${u.table}.${u.column}  ${parts.join(', ') || '(vacío)'}`);
      }
      console.log(`Llave vigente: ${runtime.crypto.currentKeyId}`);
      return 0;
    }
    if (sub === 'reencrypt') {
      const r = await reencryptAll(db, runtime.crypto, batch);
      await auditNow(db, {
        actor: null,
        action: 'keys_reencrypt',
        entity: 'keys',
        details: { to: r.keyId, changed: r.changed },
      });
      console.log(`Valores cifrados de nuevo con ${r.keyId}: ${Object.values(r.changed).reduce((a, b) => a + b, 0)}.`);
      return 0;
    }
    if (!runtime.keyFile) {
      console.error(
        'La llave viene de SALVAGUARDA_DATA_KEY: para rotar, use un archivo de llaves (SALVAGUARDA_KEY_FILE).',
      );
      return 2;
    }
    if (sub === 'remove-old') {
      const { removed } = await removeUnusedKeys(db, runtime.keyFile);
      console.log(removed.length ? `Llaves quitadas: ${removed.join(', ')}.` : 'No hay llaves sin uso que quitar.');
      return 0;
    }
    const r = await rotateKeys(db, runtime.keyFile, batch);
    console.log(`Llave vigente: ${r.keyId} (antes ${r.previousKeyId}).`);
    for (const [col, n] of Object.entries(r.changed)) console.log(`  ${col}: ${n} valores cifrados de nuevo`);
    console.log(
      'Reinicie el servidor. Cuando el respaldo más reciente ya use la llave nueva, puede ejecutar `keys remove-old`.',
    );
    return 0;
  } finally {
    await runtime.close();
  }
};
