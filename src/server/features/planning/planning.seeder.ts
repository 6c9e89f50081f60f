// Demo: the shipped plans, and for the 2023 plan the values that no module holds (typed by the
// responsible areas, with evidence), so that every indicator of the dashboard shows something.
import type { DemoSeeder } from '../manifest.js';
import { ensureSeedPlans } from './planning.service.js';
import * as q from './planning.queries.js';
import { planValues } from './planning.schema.js';

const TYPED_2023: Record<string, { values: [number, number, number, number]; evidence: string }> = {
  '1.1.4': {
    values: [0, 1, 0, 0],
    evidence: 'Gaceta Oficial de la Ciudad de México (publicación de los Lineamientos).',
  },
  '2.1': { values: [0, 0, 1, 0], evidence: 'Lista de asistencia y constancias de la capacitación.' },
  '4.1': { values: [1, 1, 1, 1], evidence: 'Constancias de las capacitaciones del INFO CDMX.' },
  '5.1': { values: [3, 3, 3, 3], evidence: 'Acuses de carga en el SIPOT.' },
  '5.3': { values: [1, 1, 1, 1], evidence: 'Reporte trimestral generado en la Plataforma Nacional de Transparencia.' },
};

export const planningDemoSeeder: DemoSeeder = {
  name: 'planning',
  order: 85,
  async seed({ db }) {
    await ensureSeedPlans(db);
    const indicators = await q.planIndicatorsOf(db, 'MPI-PAT-2023');
    const rows = indicators.flatMap((i) => {
      const typed = TYPED_2023[i.code];
      if (!typed || i.sourceId) return [];
      return typed.values.map((value, k) => ({
        indicatorId: i.id,
        period: `2023-Q${k + 1}`,
        value,
        evidence: typed.evidence,
        note: null,
      }));
    });
    const annual = indicators.find((i) => i.code === '6');
    if (annual)
      rows.push({
        indicatorId: annual.id,
        period: '2023',
        value: 1,
        evidence: 'Acta de la Junta de Gobierno que aprueba el Plan Anual de Trabajo 2023.',
        note: null,
      });
    if (rows.length) await db.insert(planValues).values(rows).onConflictDoNothing();
    return [];
  },
};
