// Demo data: the fictional dataset of scale S (the size of the real mechanism), generated up to
// today so the current bimester shows data, loaded through the same import as any package.
import { generatePackage } from './generate/generate.js';
import { SCALES } from './generate/scales.js';
import type { AppDeps } from '../../platform/deps.js';
import type { DemoSeeder } from '../manifest.js';
import { importPackage } from './import.service.js';

export function todayInMexicoCity(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Mexico_City',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export const interchangeDemoSeeder: DemoSeeder = {
  name: 'interchange',
  order: 30, // fictional cases, measures and requests of scale S (bench/generate)
  async seed(deps: AppDeps) {
    const pkg = generatePackage({ scale: SCALES.S, seed: 2016, until: todayInMexicoCity() });
    const result = await importPackage(deps.db, pkg, { actor: { userId: null, username: 'demo' } });
    if (!result.ok)
      throw new Error(
        `Datos de demostración inválidos: ${result.problems
          .slice(0, 3)
          .map((p) => `${p.path}: ${p.message}`)
          .join('; ')}`,
      );
    const c = result.counts;
    const actions = pkg.measures.reduce((s, m) => s + m.actions.length, 0);
    return [
      `Datos ficticios cargados: ${c.cases.inserted} casos, ${c.measures.inserted} medidas (${actions} registros de acciones), ${c.informationRequests.inserted} solicitudes de información.`,
    ];
  },
};
