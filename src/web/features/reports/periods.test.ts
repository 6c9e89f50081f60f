import { describe, expect, it } from 'vitest';
import { presetOf, presetPeriod, previousPeriod } from './periods';

describe('report period presets', () => {
  it('builds bimesters, quarters and years with the right last day', () => {
    expect(presetPeriod('bimester', 2024, 1)).toEqual({ from: '2024-01-01', to: '2024-02-29' });
    expect(presetPeriod('bimester', 2023, 1)).toEqual({ from: '2023-01-01', to: '2023-02-28' });
    expect(presetPeriod('bimester', 2024, 6)).toEqual({ from: '2024-11-01', to: '2024-12-31' });
    expect(presetPeriod('quarter', 2024, 2)).toEqual({ from: '2024-04-01', to: '2024-06-30' });
    expect(presetPeriod('year', 2024)).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(() => presetPeriod('bimester', 2024, 7)).toThrow();
  });

  it('finds the preset of a date', () => {
    expect(presetOf('bimester', '2024-02-15')).toEqual({ year: 2024, index: 1 });
    expect(presetOf('bimester', '2024-03-01')).toEqual({ year: 2024, index: 2 });
    expect(presetOf('quarter', '2024-12-31')).toEqual({ year: 2024, index: 4 });
  });

  it('gives the previous period of the same length, across year ends', () => {
    expect(previousPeriod({ from: '2024-01-01', to: '2024-02-29' })).toEqual({ from: '2023-11-01', to: '2023-12-31' });
    expect(previousPeriod({ from: '2024-03-01', to: '2024-04-30' })).toEqual({ from: '2024-01-01', to: '2024-02-29' });
    expect(previousPeriod({ from: '2024-01-01', to: '2024-12-31' })).toEqual({ from: '2023-01-01', to: '2023-12-31' });
    expect(previousPeriod({ from: '2024-01-10', to: '2024-01-19' })).toEqual({ from: '2023-12-31', to: '2024-01-09' });
  });
});
