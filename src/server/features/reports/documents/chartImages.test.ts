import { describe, expect, it } from 'vitest';
import type { ChartBlock, ReportDocument } from '../report.model.js';
import { clearChartCache, renderPdfSvgs, renderPngs } from './chartImages.js';

const chart = (id: string, data: number[]): ChartBlock => ({
  kind: 'chart',
  id,
  number: 1,
  title: 'Prueba',
  option: {
    animation: false,
    xAxis: { type: 'category', data: ['a', 'b', 'c'] },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', data, label: { show: true } }],
  },
  width: 400,
  height: 240,
  notes: [],
});

const docWith = (...charts: ChartBlock[]) =>
  ({ sections: [{ id: 's', title: 'S', blocks: charts }] }) as unknown as ReportDocument;

describe('chart images', () => {
  it('renders a chart once for every format and download, and the kept image equals a fresh one', () => {
    clearChartCache();
    const doc = docWith(chart('g1', [1, 2, 3]), chart('g2', [3, 2, 1]));
    const first = renderPngs(doc);
    const again = renderPngs(doc);
    // The same buffer: the second document reused the first rendering.
    expect(again.get('g1')).toBe(first.get('g1'));
    clearChartCache();
    const fresh = renderPngs(doc);
    expect(fresh.get('g1')).not.toBe(first.get('g1'));
    expect(fresh.get('g1')!.equals(first.get('g1')!)).toBe(true);
    // Different figures never share an image.
    expect(first.get('g1')!.equals(first.get('g2')!)).toBe(false);
  });

  it('keys the rendering on the figures and size, not on the chart id', () => {
    clearChartCache();
    const svgs = renderPdfSvgs(docWith(chart('g1', [1, 2, 3])));
    const changed = renderPdfSvgs(docWith(chart('g1', [1, 2, 4])));
    expect(changed.get('g1')).not.toEqual(svgs.get('g1'));
    expect(changed.get('g1')).toContain('4');
  });
});
