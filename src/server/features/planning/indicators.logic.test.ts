import { describe, expect, it } from 'vitest';
import {
  defaultProgrammed,
  measurementPeriods,
  percentOf,
  previousPeriod,
  programmedOver,
  trafficLight,
  typedOver,
  type IndicatorSpec,
} from './indicators.logic.js';

const spec = (over: Partial<IndicatorSpec> = {}): IndicatorSpec => ({
  formulaType: 'A',
  comparison: null,
  goalValue: 4,
  direction: 'ascending',
  frequency: 'quarterly',
  expectedProgress: [25, 50, 75, 100],
  thresholds: { green: 90, yellow: 70 },
  ...over,
});

describe('measurement periods', () => {
  it('quarters and the annual period of a year', () => {
    expect(measurementPeriods('quarterly', 2024)).toEqual([
      { key: '2024-Q1', from: '2024-01-01', to: '2024-03-31' },
      { key: '2024-Q2', from: '2024-04-01', to: '2024-06-30' },
      { key: '2024-Q3', from: '2024-07-01', to: '2024-09-30' },
      { key: '2024-Q4', from: '2024-10-01', to: '2024-12-31' },
    ]);
    expect(measurementPeriods('annual', 2023)).toEqual([{ key: '2023', from: '2023-01-01', to: '2023-12-31' }]);
    expect(measurementPeriods('bimonthly', 2024)[0]).toEqual({ key: '2024-B1', from: '2024-01-01', to: '2024-02-29' });
    expect(measurementPeriods('monthly', 2023)).toHaveLength(12);
  });
});

describe('programmed values', () => {
  it('spread the annual goal as the cumulative schedule says (25 % a quarter)', () => {
    expect([0, 1, 2, 3].map((i) => defaultProgrammed(spec({ goalValue: 6 }), i))).toEqual([1.5, 1.5, 1.5, 1.5]);
    expect([0, 1, 2].map((i) => defaultProgrammed(spec({ expectedProgress: [10, 60, 100] }), i))).toEqual([
      0.4, 2, 1.6,
    ]);
    expect(defaultProgrammed(spec({ goalValue: null }), 0)).toBeNull();
  });

  it('sum the periods wholly inside the range; typed targets replace the default', () => {
    const s = spec();
    const q = measurementPeriods('quarterly', 2023);
    const none = new Map<string, number>();
    expect(programmedOver(s, q, none, { from: '2023-01-01', to: '2023-03-31' })).toBe(1);
    expect(programmedOver(s, q, none, { from: '2023-01-01', to: '2023-12-31' })).toBe(4);
    expect(programmedOver(s, q, new Map([['2023-Q2', 3]]), { from: '2023-01-01', to: '2023-06-30' })).toBe(4);
    // A bimester cuts a quarter: no period lies inside, nothing is programmed.
    expect(programmedOver(s, q, none, { from: '2023-01-01', to: '2023-02-28' })).toBeNull();
  });

  it('typed values: sum of the periods inside, null when none was typed', () => {
    const q = measurementPeriods('quarterly', 2023);
    const v = new Map<string, number | null>([
      ['2023-Q1', 2],
      ['2023-Q3', 5],
      ['2023-Q4', null],
    ]);
    expect(typedOver(q, v, { from: '2023-01-01', to: '2023-12-31' })).toBe(7);
    expect(typedOver(q, v, { from: '2023-04-01', to: '2023-06-30' })).toBeNull();
    expect(typedOver(q, v, { from: '2023-10-01', to: '2023-12-31' })).toBeNull();
  });
});

describe('previous period of type B', () => {
  it('the same months just before, or the same days', () => {
    expect(previousPeriod({ from: '2023-01-01', to: '2023-03-31' }, 'previous_period')).toEqual({
      from: '2022-10-01',
      to: '2022-12-31',
    });
    expect(previousPeriod({ from: '2024-03-01', to: '2024-04-30' }, 'previous_period')).toEqual({
      from: '2024-01-01',
      to: '2024-02-29',
    });
    expect(previousPeriod({ from: '2023-01-10', to: '2023-01-19' }, 'previous_period')).toEqual({
      from: '2022-12-31',
      to: '2023-01-09',
    });
  });
  it('or the same dates a year earlier', () => {
    expect(previousPeriod({ from: '2024-01-01', to: '2024-02-29' }, 'same_period_previous_year')).toEqual({
      from: '2023-01-01',
      to: '2023-02-28',
    });
  });
});

describe('percent by formula type and traffic light', () => {
  it('A/F vs programmed, B vs previous, C none, D as typed, E none', () => {
    expect(percentOf('A', 1, 1.5, null)).toBe(66.67);
    expect(percentOf('A', 3, 0, null)).toBeNull();
    expect(percentOf('F', 12, 10, null)).toBe(120);
    expect(percentOf('B', 3, null, 2)).toBe(150);
    expect(percentOf('B', 3, 4, 0)).toBeNull();
    expect(percentOf('C', 5, 5, 5)).toBeNull();
    expect(percentOf('D', 42.5, null, null)).toBe(42.5);
    expect(percentOf('E', 1, 1, 1)).toBeNull();
    expect(percentOf('A', null, 1, null)).toBeNull();
  });
  it('lights by direction', () => {
    const t = { green: 90, yellow: 70 };
    expect([95, 90, 80, 69.9, null].map((p) => trafficLight(p, 'ascending', t))).toEqual([
      'green',
      'green',
      'yellow',
      'red',
      'none',
    ]);
    const d = { green: 100, yellow: 110 };
    expect([80, 105, 120].map((p) => trafficLight(p, 'descending', d))).toEqual(['green', 'yellow', 'red']);
  });
});
