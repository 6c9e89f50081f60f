// The shipped 2023 plan (seed 001) compared with the seed text, sheet by sheet and field by field.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedPlans } from './catalogue.js';
import { normalizeSeedText, readSeedSheets, type SheetField } from './seed-text.js';

const seedPath = path.resolve(import.meta.dirname, '../../../../../../shared/seeds/001_63f1563d10c657b1.txt');
const seed = fs.readFileSync(
  fs.existsSync(seedPath) ? seedPath : '/work/shared/seeds/001_63f1563d10c657b1.txt',
  'utf8',
);
const plan = shippedPlans().find((p) => p.file.id === 'MPI-PAT-2023')!.file;
const seedLines = seed.split('\n');
const headings = readSeedSheets(seed, 106, 723);

const FIELD_OF: Record<string, SheetField> = {
  name: 'name',
  dimension: 'dimension',
  definition: 'definition',
  formula: 'formula',
  unit: 'unit',
  baselineText: 'baseline',
  goalText: 'goal',
  responsible: 'responsible',
  source: 'source',
};

describe('MPI-PAT-2023 as seed 001 prints it', () => {
  it('has the 25 indicator sheets of the seed, in its order, with the printed codes', () => {
    expect(plan.indicators).toHaveLength(25);
    expect(plan.indicators.map((i) => i.code)).toEqual(headings.filter((h) => h.fields.name).map((h) => h.code));
    expect(plan.indicators.map((i) => i.code).slice(0, 8)).toEqual([
      '1.1.1',
      '1.1.2',
      '1.1.3',
      '1.1.4',
      '1.2.1',
      '1.2.2 a)',
      '1.2.2 b)',
      '1.2.3',
    ]);
  });

  for (const sheet of plan.indicators) {
    it(`sheet ${sheet.code}: every field equals the seed text`, () => {
      const h = headings.find((x) => x.code === sheet.code)!;
      // The printed heading is at the line the data file names.
      expect(seedLines[sheet.line! - 1]).toContain(h.title.slice(0, 30));
      for (const [key, field] of Object.entries(FIELD_OF)) {
        const shipped = sheet[key as keyof typeof sheet];
        expect(shipped, `${sheet.code} ${key}`).toBe(h.fields[field]);
        // And the text is really in the seed (not only what the reader made of it).
        const words = String(shipped).split(' ').slice(0, 6).join(' ');
        expect(normalizeSeedText(seed)).toContain(words);
      }
    });
  }

  it('has the tree of the seed: 6 programmes, objectives and actions with their parents', () => {
    expect(plan.nodes.filter((n) => n.level === 'programa').map((n) => n.code)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(plan.nodes.find((n) => n.code === '1.2.2 b)')).toMatchObject({ parent: '1.2.2', level: 'subaccion' });
    expect(plan.nodes.find((n) => n.code === '1.1.1')).toMatchObject({ parent: '1.1', level: 'accion' });
    expect(plan.nodes.find((n) => n.code === '2')!.title).toBe('COLABORACIÓN INTERINSTITUCIONAL');
    expect(plan.nodes.find((n) => n.code === '2')!.description).toMatch(/^Fortalecer la colaboración con los entes/);
  });

  it('has the 28 cronograma rows of §7 cell by cell, linked many-to-many (rows 3 and 11 without a sheet)', () => {
    const printed = seedLines
      .slice(725, 790)
      .filter((l) => l.includes('\t') && !l.startsWith('Nombre general'))
      .map((l) => l.split('\t').map(normalizeSeedText));
    expect(plan.schedule).toHaveLength(28);
    expect(printed).toHaveLength(28);
    plan.schedule.forEach((row, i) => {
      expect(row.action).toBe(printed[i]![2]);
      expect(row.frequency).toBe(printed[i]![3]);
      expect(row.dates).toBe(printed[i]![4]);
      expect(row.progress).toBe(printed[i]![5]);
    });
    expect(plan.schedule.filter((r) => r.indicators.length === 0).map((r) => r.row)).toEqual([3, 11]);
    expect(plan.schedule.filter((r) => r.indicators.includes('2.2')).map((r) => r.row)).toEqual([14, 16]);
    expect(plan.schedule[27]).toMatchObject({ frequency: 'De manera anual', dates: 'Enero', progress: '100% anual' });
  });

  it('binds the indicators of the interchange table to their sources (the rest are typed by hand)', () => {
    const bound = Object.fromEntries(plan.indicators.map((i) => [i.code, i.binding]));
    expect(bound['1.1.1']).toEqual({
      sourceId: 'bodies.sessions',
      params: { body: 'junta_gobierno', type: 'ordinary' },
    });
    expect(bound['1.1.2']).toEqual({ sourceId: 'bodies.sessions', params: { body: 'cem' } });
    expect(bound['1.2.2 b)']).toEqual({
      sourceId: 'cases.newCases',
      params: { kind: 'incorporation', procedure: 'extraordinary' },
    });
    expect(bound['3.4']).toEqual({ sourceId: 'prevention.trainings', params: { thematicLine: 4 } });
    expect(bound['5.2']?.sourceId).toBe('transparency.requestsReceived');
    expect(bound['5.4']).toEqual({
      sourceId: 'bodies.sessions',
      params: { body: 'comite_transparencia', type: 'ordinary' },
    });
    expect(bound['1.1.4']).toBeNull();
    // Formula types of seed-modules.md §2.1: B for 1.2.1, 1.4, 1.5.1 and 5.2; C for 1.2.3; E for 6.
    const typeOf = (c: string) => plan.indicators.find((i) => i.code === c)!.formulaType;
    expect(['1.2.1', '1.4', '1.5.1', '5.2'].map(typeOf)).toEqual(['B', 'B', 'B', 'B']);
    expect([typeOf('1.2.3'), typeOf('6'), typeOf('1.1.1')]).toEqual(['C', 'E', 'A']);
  });

  it('has the front matter of the seed (introduction, mission, vision)', () => {
    expect(plan.frontMatter.mission).toMatch(/^Proteger, respetar y garantizar los derechos humanos/);
    expect(plan.frontMatter.vision).toMatch(/^Ser una institución de atención integral y especializada/);
    expect(plan.frontMatter.introduction[0]).toMatch(/^La Ciudad de México ha refrendado su compromiso/);
  });
});
