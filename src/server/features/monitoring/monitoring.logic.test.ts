import { describe, expect, it } from 'vitest';
import {
  effectiveSources,
  isVerified,
  monitoringObject,
  monthsOf,
  similarity,
  sniffMediaType,
  suppress,
  suppressAll,
  yearBefore,
  type FindingFacts,
} from './monitoring.logic.js';

const fact = (detectedOn: string, over: Partial<FindingFacts> = {}): FindingFacts => ({
  detectedOn,
  situation: 'attacked',
  forms: ['physical'],
  alcaldia: '09015',
  sources: 1,
  ...over,
});

describe('periods', () => {
  it('shifts a date one year back, 29 February to 28 February', () => {
    expect(yearBefore('2024-02-29')).toBe('2023-02-28');
    expect(yearBefore('2024-01-01')).toBe('2023-01-01');
    expect(yearBefore('2025-02-28')).toBe('2024-02-28');
  });
  it('lists the months that overlap a period, across years', () => {
    expect(monthsOf({ from: '2023-11-15', to: '2024-01-02' })).toEqual(['2023-11', '2023-12', '2024-01']);
    expect(monthsOf({ from: '2024-02-10', to: '2024-02-11' })).toEqual(['2024-02']);
  });
});

describe('monitoring object', () => {
  it('counts by month with the same month a year earlier, within the shifted period', () => {
    const period = { from: '2024-01-15', to: '2024-02-29' };
    const obj = monitoringObject(
      period,
      [
        fact('2024-01-14'), // before the period
        fact('2024-01-15'),
        fact('2024-02-29'),
        fact('2023-01-14'), // before the shifted period
        fact('2023-01-20'),
        fact('2023-01-31'),
        fact('2023-02-28'), // 29 Feb -> 28 Feb: included
      ],
      [],
    );
    expect(obj.findings.byMonth).toEqual([
      { month: '2024-01', total: 1, previousYear: 2 },
      { month: '2024-02', total: 1, previousYear: 1 },
    ]);
    expect(obj.findings.total).toBe(2);
  });

  it('excludes 29 February of the year before when the period ends on the 28th', () => {
    const obj = monitoringObject(
      { from: '2025-02-01', to: '2025-02-28' },
      [fact('2024-02-29'), fact('2024-02-28')],
      [],
    );
    expect(obj.findings.byMonth).toEqual([{ month: '2025-02', total: 0, previousYear: 1 }]);
  });

  it('counts a finding once per form, lists every place with zeros, and verifies at two sources', () => {
    const obj = monitoringObject(
      { from: '2024-01-01', to: '2024-01-31' },
      [
        fact('2024-01-02', { forms: ['physical', 'digital'], sources: 2 }),
        fact('2024-01-03', { forms: ['digital', 'digital'], alcaldia: 'outside', sources: 1 }),
        fact('2024-01-04', { forms: ['verbal'], alcaldia: 'unknown', situation: 'killed', sources: 5 }),
      ],
      [
        { on: '2024-01-05', phase: 'before' },
        { on: '2024-01-05', phase: 'during' },
        { on: '2024-02-01', phase: 'after' },
      ],
    );
    expect(obj.findings.byForm).toEqual({ physical: 1, verbal: 1, digital: 2 });
    expect(obj.findings.bySituation).toEqual({ at_risk: 0, attacked: 2, killed: 1 });
    expect(Object.keys(obj.findings.byAlcaldia)).toHaveLength(18);
    expect(obj.findings.byAlcaldia).toMatchObject({ '09015': 1, '09002': 0, outside: 1, unknown: 1 });
    expect(obj.findings.verified).toBe(2);
    expect(obj.protestMonitoring).toEqual({ before: 1, during: 1, after: 0, total: 2 });
  });
});

describe('verification', () => {
  it('counts distinct outlets or the declared count, verified at two', () => {
    expect(effectiveSources(['Diario Uno', ' diario uno', 'DIARIO UNO'], 0)).toBe(1);
    expect(effectiveSources(['Diario Uno', 'Radio Dos'], 0)).toBe(2);
    expect(effectiveSources([], 3)).toBe(3);
    expect(isVerified(1)).toBe(false);
    expect(isVerified(2)).toBe(true);
  });
});

describe('small-cell suppression', () => {
  it('shows 1 and 2 as "<3", keeps 0 and 3 and more', () => {
    expect([0, 1, 2, 3, 17].map(suppress)).toEqual([0, '<3', '<3', 3, 17]);
  });
  it('suppresses every count of a nested object and keeps the rest', () => {
    expect(
      suppressAll({ month: '2024-01', total: 2, rows: [{ n: 5 }, { n: 1 }], byForm: { physical: 0, verbal: 2 } }),
    ).toEqual({ month: '2024-01', total: '<3', rows: [{ n: 5 }, { n: '<3' }], byForm: { physical: 0, verbal: '<3' } });
  });
});

describe('duplicates and files', () => {
  it('finds the same story told with other words similar, another story not', () => {
    const a = 'Amenazas de muerte por redes sociales contra defensora ambiental del Ajusco';
    expect(similarity(a, 'Defensora ambiental del Ajusco recibe amenazas de muerte en redes sociales')).toBeGreaterThan(
      0.5,
    );
    expect(similarity(a, 'Robo de equipo a un fotógrafo en el mercado')).toBeLessThan(0.1);
  });
  it('tells the type from the first bytes, not the name', () => {
    expect(sniffMediaType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffMediaType(Buffer.from('\uFEFF  <!DOCTYPE html><html>'))).toBe('text/html');
    expect(sniffMediaType(Buffer.from('MZ\x90\x00'))).toBeNull();
    expect(sniffMediaType(Buffer.from('<script>alert(1)</script>'))).toBeNull();
  });
});
