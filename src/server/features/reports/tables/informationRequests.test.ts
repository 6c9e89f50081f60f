import { describe, expect, it } from 'vitest';
import { InformationRequests } from '../report.contract.js';
import { buildInformationRequests, monthsOf } from './informationRequests.js';

describe('monthsOf', () => {
  it('lists every calendar month overlapping the period, across a year end', () => {
    expect(monthsOf({ from: '2024-01-01', to: '2024-02-29' })).toEqual(['2024-01', '2024-02']);
    expect(monthsOf({ from: '2023-11-15', to: '2024-01-03' })).toEqual(['2023-11', '2023-12', '2024-01']);
    expect(monthsOf({ from: '2024-03-10', to: '2024-03-10' })).toEqual(['2024-03']);
  });
});

describe('buildInformationRequests (Cuadro 11)', () => {
  it('counts by month, kind and decision; undecided counts in neither decision column', () => {
    const table = buildInformationRequests({ from: '2024-01-01', to: '2024-03-31' }, [
      { month: '2024-01', kind: 'public', admissible: true, n: 6 },
      { month: '2024-01', kind: 'public', admissible: false, n: '2' },
      { month: '2024-03', kind: 'arco', admissible: null, n: 1 },
      { month: '2024-03', kind: 'public', admissible: true, n: 1 },
    ]);
    expect(table.rows).toEqual([
      { month: '2024-01', received: 8, public: 8, arco: 0, admissible: 6, inadmissible: 2 },
      { month: '2024-02', received: 0, public: 0, arco: 0, admissible: 0, inadmissible: 0 },
      { month: '2024-03', received: 2, public: 1, arco: 1, admissible: 1, inadmissible: 0 },
    ]);
    expect(table.total).toEqual({ received: 10, public: 9, arco: 1, admissible: 7, inadmissible: 2 });
    expect(() => InformationRequests.parse(table)).not.toThrow();
  });

  it('refuses a count in a month outside the period', () => {
    expect(() =>
      buildInformationRequests({ from: '2024-01-01', to: '2024-01-31' }, [
        { month: '2024-02', kind: 'public', admissible: true, n: 1 },
      ]),
    ).toThrow();
  });
});
