// Renders every chart of a document once, keyed by chart id, for the writers that embed them.
import type { ChartBlock, ReportDocument } from '../report.model.js';
import { renderChartSvg, svgToPng, withoutTextHalo } from '../charts/render.js';

export function chartBlocks(doc: ReportDocument): ChartBlock[] {
  return doc.sections.flatMap((s) => s.blocks.filter((b): b is ChartBlock => b.kind === 'chart'));
}

/** SVGs ready for pdfmake (see withoutTextHalo). */
export function renderPdfSvgs(doc: ReportDocument): Map<string, string> {
  return new Map(chartBlocks(doc).map((c) => [c.id, withoutTextHalo(renderChartSvg(c.option, c.width, c.height))]));
}

export function renderPngs(doc: ReportDocument): Map<string, Buffer> {
  return new Map(chartBlocks(doc).map((c) => [c.id, svgToPng(renderChartSvg(c.option, c.width, c.height), c.width)]));
}

/** "CUADRO 3. CASOS …" / "GRÁFICA 1. …" — captions as the seed prints them. */
export const tableCaption = (n: number, title: string) => `CUADRO ${n}. ${title}`;
export const chartCaption = (n: number, title: string) => `GRÁFICA ${n}. ${title}`;
