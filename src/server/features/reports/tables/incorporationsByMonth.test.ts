import { describe, expect, it } from 'vitest';
import { IncorporationsByMonth } from '../report.contract.js';
import { buildIncorporationsByMonth } from './incorporationsByMonth.js';

describe('buildIncorporationsByMonth (Cuadro 4)', () => {
  it('spreads counts over twelve months by procedure and by profile', () => {
    const table = buildIncorporationsByMonth(2024, [
      { month: 1, procedure: 'ordinary', profile: 'defender', n: 2 },
      { month: '2', procedure: 'extraordinary', profile: 'journalist', n: '1' },
      { month: 2, procedure: 'ordinary', profile: 'journalist', n: 1 },
    ]);
    expect(table.year).toBe(2024);
    expect(table.byProcedure.ordinary).toEqual([2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(table.byProcedure.extraordinary).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(table.byProfile.journalist).toEqual([0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(table.byProfile.defender).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(table.total).toBe(4);
    expect(Object.keys(table.byProfile)).toEqual(['journalist', 'defender']);
    expect(() => IncorporationsByMonth.parse(table)).not.toThrow();
  });

  it('is all zeros without incorporations (seed 003, January–February 2024)', () => {
    const table = buildIncorporationsByMonth(2024, []);
    expect(table.byProcedure.ordinary.every((n) => n === 0)).toBe(true);
    expect(table.byProfile.defender).toHaveLength(12);
    expect(table.total).toBe(0);
  });

  it('refuses a month outside 1..12', () => {
    expect(() =>
      buildIncorporationsByMonth(2024, [{ month: 13, procedure: 'ordinary', profile: 'defender', n: 1 }]),
    ).toThrow();
  });
});
