import { describe, expect, it } from 'vitest';
import { isCalendarDate } from './dates.js';
import { validatePackage } from './package.validate.js';

const validCase = {
  folio: 'MPI-2019-007',
  kind: 'incorporation',
  procedure: 'ordinary',
  profile: 'defender',
  identity: 'woman',
  openedOn: '2019-05-14',
  closedOn: null,
  followUps: ['2024-01-10', '2024-02-21'],
};
const validMeasure = {
  id: 'M-000123',
  caseFolio: 'MPI-2019-007',
  type: 'protection',
  name: 'Rondines bitacorados (Código águila)',
  startedOn: '2023-11-02',
  endedOn: null,
  actions: [{ on: '2024-01-03', count: 30 }],
};
const validRequest = { folio: '090171124000001', receivedOn: '2024-01-09', kind: 'public', admissible: true };
const pkg = (over: Record<string, unknown> = {}) => ({
  format: 'salvaguarda/v1',
  cases: [validCase],
  measures: [validMeasure],
  informationRequests: [validRequest],
  ...over,
});

async function problemsOf(raw: unknown): Promise<string[]> {
  const r = await validatePackage(raw);
  if (r.ok) return [];
  return r.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('calendar dates', () => {
  it('accepts real dates and rejects impossible or badly written ones', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    for (const bad of [
      '2023-02-29',
      '1900-02-29',
      '2024-04-31',
      '2024-13-01',
      '2024-00-10',
      '2024-1-05',
      '05/01/2024',
      '2024-01-05T00:00',
    ])
      expect(isCalendarDate(bad), bad).toBe(false);
  });
});

describe('validatePackage', () => {
  it('accepts the example of the contract and fills omitted nullable fields', async () => {
    const r = await validatePackage(
      pkg({ informationRequests: [{ folio: 'X1', receivedOn: '2024-01-09', kind: 'arco' }] }),
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.pkg.informationRequests[0]!.admissible).toBeNull();
  });

  it('lists every problem with its JSON path, in Spanish', async () => {
    const problems = await problemsOf(
      pkg({
        cases: [
          validCase,
          { ...validCase, folio: 'A-1', openedOn: '2024-02-30', kind: 'attention' },
          { ...validCase, folio: 'A-2', identity: 'mujer', extra: 1 },
          { ...validCase, folio: 'MPI-2019-007', closedOn: '2019-01-01' },
        ],
        measures: [
          {
            ...validMeasure,
            actions: [
              { on: '2024-01-03', count: 0 },
              { on: '2024-01-04', count: 1.5 },
            ],
          },
        ],
        people: [],
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'people: campo no reconocido en el formato salvaguarda/v1',
        expect.stringMatching(/^cases\[1\]\.openedOn: fecha no válida/),
        expect.stringMatching(/^cases\[2\]\.identity: valor no permitido/),
        'cases[2].extra: campo no reconocido en el formato salvaguarda/v1',
        expect.stringMatching(/^cases\[3\]\.closedOn: la fecha de cierre \(2019-01-01\) es anterior/),
        expect.stringMatching(
          /^cases\[3\]\.folio: el valor «MPI-2019-007» está repetido \(ya aparece en cases\[0\]\.folio\)/,
        ),
        'measures[0].actions[0].count: debe ser mayor o igual a 1',
        'measures[0].actions[1].count: se esperaba un número entero',
      ]),
    );
  });

  it('requires procedure for incorporations and null for the other kinds', async () => {
    const problems = await problemsOf(
      pkg({
        cases: [
          { ...validCase, procedure: null },
          { ...validCase, folio: 'B', kind: 'attention', procedure: 'ordinary' },
        ],
        measures: [],
      }),
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^cases\[0\]\.procedure: obligatorio para incorporaciones/);
    expect(problems[1]).toMatch(/^cases\[1\]\.procedure: debe ser null/);
  });

  it('reports missing fields, wrong format, repeated follow-up dates and ids', async () => {
    const { folio: _omit, ...noFolio } = validCase;
    const problems = await problemsOf({
      format: 'salvaguarda/v2',
      cases: [noFolio, { ...validCase, followUps: ['2024-01-10', '2024-01-10'] }],
      measures: [validMeasure, validMeasure],
      informationRequests: [{ ...validRequest, admissible: 'sí' }],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^format: valor no permitido/),
        'cases[0].folio: campo obligatorio',
        expect.stringMatching(/^cases\[1\]\.followUps\[1\]: el valor «2024-01-10» está repetido/),
        expect.stringMatching(/^measures\[1\]\.id: el valor «M-000123» está repetido/),
        'informationRequests[0].admissible: se esperaba true o false',
      ]),
    );
  });

  it('refuses folios and ids with control characters inside, naming the field', async () => {
    const problems = await problemsOf(
      pkg({
        cases: [{ ...validCase, folio: 'MPI-2019\n007' }],
        measures: [{ ...validMeasure, id: 'M-1\t2', caseFolio: 'MPI-2019\n007' }],
        informationRequests: [{ ...validRequest, folio: '0901\u0007711' }],
      }),
    );
    const shape = /caracteres de control/;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^cases\[0\]\.folio: /),
        expect.stringMatching(/^informationRequests\[0\]\.folio: /),
      ]),
    );
    expect(problems.filter((p) => shape.test(p)).length).toBeGreaterThanOrEqual(3);
  });

  it('refuses a measure of an unknown case unless the database has it', async () => {
    const raw = pkg({ cases: [], measures: [{ ...validMeasure, caseFolio: 'OTRO-1' }] });
    expect(await problemsOf(raw)).toEqual([
      'measures[0].caseFolio: no existe un caso con el folio «OTRO-1» en el paquete ni en la base de datos',
    ]);
    const asked: string[][] = [];
    const r = await validatePackage(raw, async (folios) => {
      asked.push(folios);
      return new Set(['OTRO-1']);
    });
    expect(r.ok).toBe(true);
    expect(asked).toEqual([['OTRO-1']]);
  });

  it('lists an unknown case even for a measure that has other problems', async () => {
    const raw = pkg({
      cases: [],
      measures: [{ ...validMeasure, caseFolio: 'OTRO-2', actions: [{ on: '2024-01-03', count: 0 }] }],
    });
    expect(await problemsOf(raw)).toEqual([
      'measures[0].actions[0].count: debe ser mayor o igual a 1',
      'measures[0].caseFolio: no existe un caso con el folio «OTRO-2» en el paquete ni en la base de datos',
    ]);
  });

  it('refuses a missing format and counts beyond the database integer', async () => {
    const { format: _f, ...noFormat } = pkg({
      measures: [{ ...validMeasure, actions: [{ on: '2024-01-03', count: 3_000_000_000 }] }],
    });
    expect(await problemsOf(noFormat)).toEqual([
      'format: campo obligatorio',
      'measures[0].actions[0].count: debe ser menor o igual a 2147483647',
    ]);
  });

  it('refuses things that are not a package', async () => {
    expect(await problemsOf([])).toEqual(['(paquete): se esperaba un objeto']);
    expect(await problemsOf({ format: 'salvaguarda/v1', cases: {} })).toEqual(['cases: se esperaba una lista']);
  });
});
