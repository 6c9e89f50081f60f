import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { loadConfig } from '../../config.js';
import { openDatabase, type DatabaseHandle } from '../../db/client.js';
import { migrate } from '../../db/migrate.js';
import { auditNow } from '../../platform/audit/audit.js';
import { parseArgs, type Command } from '../../cli/runtime.js';
import { exportPackage, inSnapshot, type ExportTotals } from './export.service.js';
import { importPackage } from './import.service.js';
import { registry } from '../index.js';
import type { ImportCounts } from './package.contract.js';

const CLI_ACTOR = { userId: null, username: 'cli' };

export const PERSONAL_DATA_REFUSED =
  'La opción --include-personal-data no está disponible en esta versión: los paquetes salvaguarda/v1 ' +
  'que produce Salvaguarda no llevan datos personales. No se exportó nada.';

/**
 * Import and export touch no encrypted column (a package carries no personal data), so they open the
 * database without the field-encryption keys: a fresh data directory can receive a package directly.
 */
async function openData(): Promise<DatabaseHandle> {
  const config = loadConfig();
  const handle = await openDatabase(config);
  await migrate(handle);
  return handle;
}

export function describeCounts(c: ImportCounts): string[] {
  const e = (x: { inserted: number; updated: number; unchanged: number }) =>
    `${x.inserted} nuevos, ${x.updated} actualizados, ${x.unchanged} sin cambios`;
  return [
    `Casos: ${e(c.cases)}; seguimientos: ${c.followUps.inserted} agregados, ${c.followUps.deleted} retirados.`,
    `Medidas: ${e(c.measures)}; acciones: ${c.actions.inserted} registros agregados, ${c.actions.deleted} reemplazados.`,
    `Solicitudes de información: ${e(c.informationRequests)}.`,
    ...Object.entries(c.extra ?? {}).map(([name, x]) => `${name}: ${x.created} nuevos, ${x.updated} actualizados.`),
  ];
}

/** `import PACKAGE.json [--dry-run]`: exit 1 with every problem listed when the package is invalid. */
export const importCommand: Command = async (argv) => {
  const { positionals, flags } = parseArgs(argv);
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error('Uso: import PAQUETE.json [--dry-run]');
    return 2;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(await fs.promises.readFile(file, 'utf8'));
  } catch (err) {
    const reason =
      (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no existe' : `no es JSON válido (${(err as Error).message})`;
    console.error(`No se importó nada: el archivo ${file} ${reason}.`);
    return 1;
  }
  const handle = await openData();
  try {
    const result = await importPackage(handle.db, raw, {
      actor: CLI_ACTOR,
      dryRun: flags['dry-run'] === true,
      arrays: registry.packageArrays,
    });
    if (!result.ok) {
      console.error(`Paquete inválido: ${result.total} problema(s). No se importó nada.`);
      for (const p of result.problems) console.error(`${p.path}: ${p.message}`);
      if (result.total > result.problems.length)
        console.error(`… y ${result.total - result.problems.length} problema(s) más.`);
      return 1;
    }
    console.log(result.dryRun ? 'Revisión sin guardar (--dry-run): el paquete es válido.' : 'Paquete importado.');
    for (const line of describeCounts(result.counts)) console.log(line);
    return 0;
  } finally {
    await handle.close();
  }
};

/** `export PACKAGE.json` (or `-` for standard output): the whole database, written atomically. */
export const exportCommand: Command = async (argv) => {
  const { positionals, flags } = parseArgs(argv);
  if (flags['include-personal-data'] !== undefined) {
    console.error(PERSONAL_DATA_REFUSED);
    return 2;
  }
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error('Uso: export PAQUETE.json   (use - para la salida estándar)');
    return 2;
  }
  const handle = await openData();
  try {
    const totals: ExportTotals = { cases: 0, measures: 0, actions: 0, informationRequests: 0 };
    if (file === '-') {
      await inSnapshot(handle.db, (tx) =>
        pipeline(Readable.from(exportPackage(tx, totals, registry.packageArrays)), process.stdout, { end: false }),
      );
    } else {
      const target = path.resolve(file);
      const partial = `${target}.partial-${process.pid}`;
      try {
        await inSnapshot(handle.db, (tx) =>
          pipeline(Readable.from(exportPackage(tx, totals, registry.packageArrays)), fs.createWriteStream(partial)),
        );
        await fs.promises.rename(partial, target);
      } catch (err) {
        await fs.promises.rm(partial, { force: true });
        throw err;
      }
      console.error(
        `Exportado a ${file}: ${totals.cases} casos, ${totals.measures} medidas (${totals.actions} registros de acciones), ` +
          `${totals.informationRequests} solicitudes de información.`,
      );
    }
    await auditNow(handle.db, {
      actor: CLI_ACTOR,
      action: 'export',
      entity: 'interchange_package',
      details: { ...totals },
    });
    return 0;
  } finally {
    await handle.close();
  }
};
