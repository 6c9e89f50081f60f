// Server-side chart rendering: ECharts SSR to SVG (embedded in the PDF) and SVG to PNG with
// resvg (embedded in the DOCX, which has no portable SVG support).
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { Resvg } from '@resvg/resvg-js';

export function renderChartSvg(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** PNG at `scale` times the chart size, so it stays sharp when printed. */
export function svgToPng(svg: string, width: number, scale = 2): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(width * scale) },
    background: '#ffffff',
    // Helvetica/Arial are not installed on servers; Liberation Sans / DejaVu Sans are metric stand-ins.
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
  });
  return Buffer.from(resvg.render().asPng());
}

/**
 * Echarts outlines label text with a halo drawn under the glyphs (`paint-order="stroke"`).
 * The PDF's SVG renderer ignores paint-order and would paint the white halo over the text,
 * so for the PDF the halo is removed from <text> elements.
 */
export function withoutTextHalo(svg: string): string {
  return svg.replace(/<text\b[^>]*>/g, (tag) =>
    tag.includes('paint-order="stroke"')
      ? tag.replace(/\s(stroke|stroke-width|paint-order|stroke-miterlimit)="[^"]*"/g, '')
      : tag,
  );
}
