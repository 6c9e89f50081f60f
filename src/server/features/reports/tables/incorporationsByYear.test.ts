import { describe, expect, it } from 'vitest';
import { IncorporationsByYear } from '../report.contract.js';
import { buildIncorporationsByYear } from './incorporationsByYear.js';

describe('buildIncorporationsByYear (Cuadro 5)', () => {
  it('has one row per year from the earliest up to the year of `to`, gaps included', () => {
    const table = buildIncorporationsByYear(2024, [
      { year: 2016, profile: 'defender', identity: 'collective', n: 1 },
      { year: 2016, profile: 'journalist', identity: 'man', n: 2 },
      { year: '2019', profile: 'defender', identity: 'woman', n: '12' },
    ]);
    expect(table.rows.map((r) => r.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(table.rows[0]).toEqual({
      year: 2016,
      defender: { woman: 0, man: 0, lgbttti: 0, collective: 1, cases: 1 },
      journalist: { woman: 0, man: 2, lgbttti: 0, collective: 0, cases: 2 },
      total: 3,
    });
    expect(table.rows[1]!.total).toBe(0);
    expect(table.rows[3]!.defender.woman).toBe(12);
    expect(table.total.defender.cases).toBe(13);
    expect(table.total.journalist.cases).toBe(2);
    expect(table.total.total).toBe(15);
    expect(Object.keys(table.rows[0]!)).toEqual(['year', 'defender', 'journalist', 'total']);
    expect(() => IncorporationsByYear.parse(table)).not.toThrow();
  });

  it('is empty when there are no incorporations', () => {
    const table = buildIncorporationsByYear(2024, []);
    expect(table.rows).toEqual([]);
    expect(table.total.total).toBe(0);
  });

  it('refuses a year after `to`', () => {
    expect(() =>
      buildIncorporationsByYear(2023, [{ year: 2024, profile: 'defender', identity: 'man', n: 1 }]),
    ).toThrow();
  });
});
