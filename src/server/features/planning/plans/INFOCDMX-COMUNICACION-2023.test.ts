// The shipped INFO CDMX communications plan 2023 (seed 004) compared with the seed's strategy tables.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedPlans } from './catalogue.js';
import { normalizeSeedText } from './seed-text.js';

const lines = fs.readFileSync('/work/shared/seeds/004_36db69b39856719b.txt', 'utf8').split('\n');
const plan = shippedPlans().find((p) => p.file.id === 'INFOCDMX-COMUNICACION-2023')!.file;
/** The tab-separated cells of a printed table row (1-based line). */
const row = (line: number) => lines[line - 1]!.split('\t').map(normalizeSeedText);

describe('INFOCDMX-COMUNICACION-2023 as seed 004 prints it', () => {
  it('has 3 programmes and 3 strategies, each with its indicator row', () => {
    expect(plan.nodes.filter((n) => n.level === 'programa').map((n) => `${n.code} ${n.title}`)).toEqual([
      '1) Programa de Información',
      '2) Programa de impresión institucional',
      '3) Campaña de difusión',
    ]);
    expect(plan.indicators.map((i) => i.code)).toEqual(['Estrategia 1', 'Estrategia 2', 'Estrategia 3']);
    expect(plan.frontMatter.mission).toBe(normalizeSeedText(lines[29]!));
    expect(plan.frontMatter.vision).toBe(normalizeSeedText(lines[33]!));
  });

  it('strategies 2 and 3: every cell equals the printed row', () => {
    for (const [i, line] of [
      [1, 96],
      [2, 102],
    ] as const) {
      const [activity, goal, name, formula, temporality, verification] = row(line);
      const sheet = plan.indicators[i]!;
      expect([sheet.extra!.activity, sheet.goalText, sheet.name, sheet.formula]).toEqual([
        activity,
        goal,
        name,
        formula,
      ]);
      expect([sheet.extra!.temporality, sheet.extra!.verification, sheet.source]).toEqual([
        temporality,
        verification,
        verification,
      ]);
      expect(sheet.formulaType).toBe('C');
    }
    // The named formula variables (NI, NA).
    expect(plan.indicators[1]!.variables).toEqual([{ symbol: 'NI', meaning: 'Número de impresiones' }]);
    expect(plan.indicators[2]!.extra!.temporality).toBe('Número de acciones'); // sic: the cell repeats the formula
  });

  it('strategy 1: the row the extraction split in two is joined, the product list kept, no formula', () => {
    const [a1, g1, name, formula, temporality, verification] = row(86);
    const [a2, g2] = row(88);
    const sheet = plan.indicators[0]!;
    expect(sheet.extra!.activity).toBe(`${a1} ${a2}`);
    expect(sheet.goalText).toBe(`${g1} ${g2}`);
    expect(sheet.name).toBe(name);
    expect(sheet.name).toContain('Boletines - Videos - Audios');
    expect(formula).toBe('');
    expect(sheet.formula).toBeNull();
    expect(sheet.formulaType).toBe('F');
    expect([sheet.extra!.temporality, sheet.source]).toEqual([temporality, verification]);
  });
});
