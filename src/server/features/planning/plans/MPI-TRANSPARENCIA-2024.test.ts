// The shipped transparency plan 2024 (seed 000) compared with the seed text, field by field.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedPlans } from './catalogue.js';
import { normalizeSeedText, readSeedSheets } from './seed-text.js';

const seed = fs.readFileSync('/work/shared/seeds/000_ae6dfa7f9deb1ddf.txt', 'utf8');
const plan = shippedPlans().find((p) => p.file.id === 'MPI-TRANSPARENCIA-2024')!.file;
const headings = readSeedSheets(seed, 40, 200, { plainHeadings: true });
const flat = normalizeSeedText(seed);

describe('MPI-TRANSPARENCIA-2024 as seed 000 prints it', () => {
  it('has the 4 topics and their 4 indicators, without "Responsables" (000 prints none)', () => {
    expect(plan.nodes.map((n) => `${n.code} ${n.title}`)).toEqual([
      '1 Capacitaciones',
      '2 Obligaciones de Transparencia',
      '3 Solicitudes de información',
      '4 Comité de Transparencia',
    ]);
    expect(plan.indicators.map((i) => i.code)).toEqual(['1', '2', '3', '4']);
    expect(plan.indicators.every((i) => i.responsible === null)).toBe(true);
  });

  for (const sheet of plan.indicators) {
    it(`sheet ${sheet.code}: every field equals the seed text`, () => {
      const h = headings.find((x) => x.code === sheet.code)!;
      const pairs = [
        [sheet.name, h.fields.name],
        [sheet.dimension, h.fields.dimension],
        [sheet.definition, h.fields.definition],
        [sheet.formula, h.fields.formula],
        [sheet.unit, h.fields.unit],
        [sheet.baselineText, h.fields.baseline],
        [sheet.goalText, h.fields.goal],
        [sheet.source, h.fields.source],
      ];
      for (const [shipped, printed] of pairs) {
        expect(shipped).toBe(printed);
        expect(flat).toContain(String(shipped).slice(0, 40));
      }
    });
  }

  it('the glued line of L56 is split into baseline and goal; the committee calendar has 4 dated sessions', () => {
    expect(plan.indicators[0]!.baselineText).toBe('Capacitaciones realizadas en el año inmediato anterior');
    expect(plan.indicators[0]!.goalText).toBe('Obtener el certificado de 100 % capacitados para el ejercicio 2024.');
    expect(plan.schedule.map((r) => `${r.date} · ${r.session}`)).toEqual([
      '13 de marzo de 2024 · Primera Ordinaria',
      '12 de junio de 2024 · Segunda Sesión Ordinaria',
      '18 de septiembre de 2024 · Tercera Sesión Ordinaria',
      '18 de Diciembre de 2024 · Cuarta Sesión Ordinaria',
    ]);
    expect(plan.indicators[2]).toMatchObject({ formulaType: 'B', comparison: 'previous_period' });
    expect(plan.indicators[3]!.binding).toEqual({
      sourceId: 'bodies.sessions',
      params: { body: 'comite_transparencia', type: 'ordinary' },
    });
  });
});
