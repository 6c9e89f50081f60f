// The shipped 2020 plan (seed 002) compared with the seed text, action by action and cell by cell.
// 2020 prints no indicator sheet: each action has Meta, Indicador, Actividades, Responsables and
// Observaciones (shared/docs/seed-modules.md §2.3), and 9 month-by-month cronogramas.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedPlans } from './catalogue.js';
import { normalizeSeedText, readSeedActions } from './seed-text.js';

const seed = fs.readFileSync('/work/shared/seeds/002_042661cb37d16817.txt', 'utf8');
const seedLines = seed.split('\n');
const flat = normalizeSeedText(seed.replace(/\*\*/g, ''));
const plan = shippedPlans().find((p) => p.file.id === 'MPI-PAT-2020')!.file;
/** The actions of seed-modules.md §2.3.1: every heading that prints a "Meta". */
const actions = readSeedActions(seed, 100, 1100).filter((a) => a.fields.Meta);
const sheetsOf = (code: string) => plan.indicators.filter((i) => i.node === code);

describe('MPI-PAT-2020 as seed 002 prints it', () => {
  it('has the 41 actions of the seed as nodes, in its order, under 7 sections and 3 objectives', () => {
    expect(actions).toHaveLength(41);
    const actionNodes = plan.nodes.filter((n) => actions.some((a) => a.code === n.code));
    expect(actionNodes.map((n) => n.code)).toEqual(actions.map((a) => a.code));
    expect(plan.nodes.filter((n) => n.level === 'seccion').map((n) => n.code)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
    ]);
    expect(plan.nodes.filter((n) => n.level === 'objetivo').map((n) => `${n.code} ${n.title}`)).toEqual([
      'I Atención integral para personas defensoras de derechos humanos y periodistas en situación de riesgo.',
      'II Colaboración interinstitucional.',
      'III Prevención para el ejercicio de la libertad de expresión y el derecho a defender derechos humanos.',
    ]);
    expect(plan.nodes.find((n) => n.code === 'II.IV')).toMatchObject({ parent: 'II', level: 'accion' });
    expect(plan.nodes.find((n) => n.code === '2.3.2')).toMatchObject({ parent: '2.3', level: 'subaccion' });
    expect(plan.nodes.find((n) => n.code === '4.6')).toMatchObject({
      parent: '4',
      title: 'Lineamientos de Acción Social 2020',
    });
  });

  it('has one sheet per printed "Indicador" (31 statements, III.I has 2; 10 "N/A" of type E; 2.3.1 prints none)', () => {
    expect(plan.indicators).toHaveLength(41);
    expect(plan.indicators.filter((i) => i.formulaType !== 'E')).toHaveLength(31);
    expect(sheetsOf('III.I').map((i) => i.name)).toEqual([
      'Número total de capacitaciones',
      'Número total de personas asistentes a las capacitaciones',
    ]);
    expect(sheetsOf('2.3.1')).toEqual([]);
    // seed-modules.md §2.1: E = I.IV, 2.4, 4.6, 4.7, 5.1–5.5 and 7; D = 4.3; F = 3.1–3.3.
    const of = (t: string) => plan.indicators.filter((i) => i.formulaType === t).map((i) => i.code);
    expect(of('E')).toEqual(['I.IV', '2.4', '4.6', '4.7', '5.1', '5.2', '5.3', '5.4', '5.5', '7']);
    expect(of('D')).toEqual(['4.3']);
    expect(of('F')).toEqual(['3.1', '3.2', '3.3']);
  });

  for (const action of actions) {
    it(`action ${action.code}: title, description, meta, indicator, responsible areas, activities and notes equal the seed`, () => {
      const node = plan.nodes.find((n) => n.code === action.code)!;
      if (node.level !== 'seccion') expect(node.title).toBe(action.title);
      expect(seedLines[action.line - 1]).toContain(action.title.slice(0, 25));
      if (action.fields.Descripción) expect(node.description).toBe(action.fields.Descripción);
      const sheets = sheetsOf(action.code);
      expect(sheets.map((s) => s.name).join(' • ') || undefined).toBe(action.fields.Indicador);
      for (const sheet of sheets) {
        expect(sheet.goalText).toBe(action.fields.Meta);
        expect(sheet.responsible).toBe(action.fields.Responsables ?? null);
        expect(sheet.extra?.activities).toBe(action.fields.Actividades);
        expect(sheet.extra?.observations).toBe(action.fields.Observaciones);
        // 2020 prints none of the 2023 sheet's other fields.
        expect([
          sheet.dimension,
          sheet.definition,
          sheet.formula,
          sheet.unit,
          sheet.baselineText,
          sheet.source,
        ]).toEqual([null, null, null, null, null, null]);
        for (const text of [sheet.name, sheet.goalText, sheet.responsible])
          expect(flat).toContain(String(text).slice(0, 40));
      }
    });
  }

  it('has the numeric goals only where the meta counts what the indicator counts', () => {
    const goals = Object.fromEntries(
      plan.indicators.filter((i) => i.goalValue !== null).map((i) => [i.code, i.goalValue]),
    );
    expect(goals).toEqual({ 'I.V': 10, 'II.I': 3, 'III.I (1)': 14, '2.1': 4, '2.2': 12, '2.3.2': 2 });
    for (const [code, goal] of Object.entries(goals))
      expect(plan.indicators.find((i) => i.code === code)!.goalText).toMatch(new RegExp(`\\b${goal}\\b`));
  });

  it('has the 48 rows of the 9 cronogramas cell by cell (x = planned month), linked to their actions', () => {
    const printed: { title: string; activity: string; months: number[] }[] = [];
    let title = '';
    for (const raw of seedLines.slice(100, 1110)) {
      if (raw.startsWith('Cronograma.')) title = normalizeSeedText(raw.replace('Cronograma.', ''));
      const cells = raw.split('\t');
      if (!title || cells.length !== 13 || /^Actividad(es)?\t/.test(raw)) continue;
      const months = cells.slice(1).flatMap((c, k) => (c.trim().toLowerCase() === 'x' ? [k + 1] : []));
      printed.push({ title, activity: normalizeSeedText(cells[0]!), months });
    }
    expect(printed).toHaveLength(48);
    expect(new Set(printed.map((p) => p.title)).size).toBe(9);
    expect(plan.schedule.map((r) => ({ title: r.cronograma, activity: r.activity, months: r.months }))).toEqual(
      printed,
    );
    const row = (activity: string) => plan.schedule.find((r) => String(r.activity).startsWith(activity))!;
    expect(row('Actividades para la realización de las sesiones con la Junta')).toMatchObject({
      months: [2, 3, 5, 6, 8, 9, 11, 12],
      nodes: ['2.1'],
      indicators: ['2.1'],
    });
    expect(row('Cursos de formación').indicators).toEqual(['III.I (1)', 'III.I (2)']);
    expect(row('SIPOT Informe')).toMatchObject({ months: [1, 4, 7, 10, 12], nodes: ['6.1'] });
    expect(plan.schedule.filter((r) => r.nodes?.includes('7'))).toHaveLength(8);
  });

  it('binds the indicators that a module counts (the others are typed by the responsible area)', () => {
    const bound = Object.fromEntries(
      plan.indicators.filter((i) => i.binding).map((i) => [i.code, i.binding!.sourceId]),
    );
    expect(bound).toEqual({
      'I.I': 'cases.newCases',
      'I.II': 'cases.newCases',
      'I.III': 'cases.federalCollaboration',
      'I.V': 'prevention.workshops',
      'III.I (1)': 'prevention.trainings',
      'III.III': 'monitoring.findings',
      '2.1': 'bodies.sessions',
      '2.2': 'bodies.sessions',
      '6.2': 'transparency.requestsReceived',
      '6.4': 'bodies.sessions',
    });
    // 6.4 counts "ordinarias y extraordinarias": no session type.
    expect(plan.indicators.find((i) => i.code === '6.4')!.binding!.params).toEqual({ body: 'comite_transparencia' });
  });

  it('has the front matter of the seed (introduction, mission, vision, general objective)', () => {
    expect(plan.frontMatter.introduction).toHaveLength(4);
    expect(plan.frontMatter.introduction[0]).toMatch(/^La Ciudad de México es un espacio libre y respetuoso/);
    expect(plan.frontMatter.mission).toMatch(/^Proteger, respetar y garantizar los derechos humanos/);
    expect(plan.frontMatter.vision).toMatch(/^Ser una institución de atención integral y especializada/);
    expect(plan.frontMatter.objectives[0]).toBe(plan.nodes.find((n) => n.code === '1')!.description);
    for (const p of [...plan.frontMatter.introduction, plan.frontMatter.mission, plan.frontMatter.vision])
      expect(flat).toContain(p);
  });
});
