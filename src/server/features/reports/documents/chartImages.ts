// Renders every chart of a document once, keyed by chart id, for the writers that embed them.
// Rendering is the slow part of a document (ECharts SSR, then resvg at twice the size): a period's
// charts are the same for the DOCX, the PDF and the next download, so the results are kept in a
// small bounded cache keyed by the chart's option and size (aggregates only, never personal data).
import { createHash } from 'node:crypto';
import type { ChartBlock, ReportDocument } from '../report.model.js';
import { renderChartSvg, svgToPng, withoutTextHalo } from '../charts/render.js';

const CACHE_ENTRIES = 128;
const svgCache = new Map<string, string>();
const pngCache = new Map<string, Buffer>();

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key); // most recently used goes last
    cache.set(key, hit);
    return hit;
  }
  const value = make();
  cache.set(key, value);
  if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
  return value;
}

const keyOf = (c: ChartBlock) =>
  createHash('sha256')
    .update(JSON.stringify([c.option, c.width, c.height]))
    .digest('hex');

const svgOf = (c: ChartBlock, key: string) => cached(svgCache, key, () => renderChartSvg(c.option, c.width, c.height));

/** Empties the chart cache (tests compare a cached rendering with a fresh one). */
export function clearChartCache(): void {
  svgCache.clear();
  pngCache.clear();
}

export function chartBlocks(doc: ReportDocument): ChartBlock[] {
  return doc.sections.flatMap((s) => s.blocks.filter((b): b is ChartBlock => b.kind === 'chart'));
}

/** SVGs ready for pdfmake (see withoutTextHalo). */
export function renderPdfSvgs(doc: ReportDocument): Map<string, string> {
  return new Map(chartBlocks(doc).map((c) => [c.id, withoutTextHalo(svgOf(c, keyOf(c)))]));
}

export function renderPngs(doc: ReportDocument): Map<string, Buffer> {
  return new Map(
    chartBlocks(doc).map((c) => {
      const key = keyOf(c);
      return [c.id, cached(pngCache, key, () => svgToPng(svgOf(c, key), c.width))];
    }),
  );
}

/** "CUADRO 3. CASOS …" / "GRÁFICA 1. …" — captions as the seed prints them. */
export const tableCaption = (n: number, title: string) => `CUADRO ${n}. ${title}`;
export const chartCaption = (n: number, title: string) => `GRÁFICA ${n}. ${title}`;
