import { describe, expect, it } from 'vitest';
import { SEED003_REPORT } from '../testing/seed003.expected.js';
import type { Measures, Row } from '../report.contract.js';
import { casesByIdentityOption, casesByProfileOption, measuresByTypeOption } from './options.js';
import { renderChartSvg, svgToPng, withoutTextHalo } from './render.js';

const row: Row = {
  defender: { woman: 1, man: 0, lgbttti: 0, collective: 2, cases: 3 },
  journalist: { woman: 0, man: 1, lgbttti: 0, collective: 0, cases: 1 },
  total: 4,
};

describe('chart options', () => {
  it('profile pie holds the two profile counts', () => {
    const option = casesByProfileOption('Casos por perfil', row);
    const series = option.series as Array<{ data: Array<{ name: string; value: number }> }>;
    expect(series[0]!.data.map((d) => d.value)).toEqual([3, 1]);
    expect(JSON.parse(JSON.stringify(option))).toEqual(option); // serialisable for the web
  });

  it('identity bars stack the profiles per identity, zeros as gaps', () => {
    const option = casesByIdentityOption('Casos por identidad', row);
    const series = option.series as Array<{ data: Array<number | null> }>;
    expect(series[0]!.data).toEqual([1, null, null, 2]);
    expect(series[1]!.data).toEqual([null, 1, null, null]);
  });

  it('measures chart has one bar per type with measures', () => {
    // Seed 003's Cuadro 6 totals by type (rows do not matter here).
    const m: Measures = { ...SEED003_REPORT.measures, rows: [] };
    const option = measuresByTypeOption('Medidas', m);
    expect((option.xAxis as { data: string[] }).data).toEqual(['Preventiva', 'Protección', 'Social']);
    expect((option.series as Array<{ data: number[] }>)[0]!.data).toEqual([63, 53, 11]);
  });
});

describe('server-side rendering', () => {
  it('renders an SVG with the chart text and converts it to PNG', () => {
    const svg = renderChartSvg(casesByIdentityOption('Casos por identidad', row), 480, 300);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Casos por identidad');
    expect(svg).toContain('Mujeres');
    const png = svgToPng(svg, 480, 1);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(480); // IHDR width
  });
});

describe('withoutTextHalo', () => {
  it('drops the halo stroke of labels only', () => {
    const svg =
      '<svg><text fill="#333" stroke="rgb(255,255,255)" stroke-width="2" paint-order="stroke" stroke-miterlimit="2">3 (75%)</text><path stroke="#fff" stroke-width="1"/></svg>';
    expect(withoutTextHalo(svg)).toBe(
      '<svg><text fill="#333">3 (75%)</text><path stroke="#fff" stroke-width="1"/></svg>',
    );
  });
});
