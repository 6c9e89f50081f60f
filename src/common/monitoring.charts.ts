// ECharts options of the monitoring of aggressions, shared by the server-side renderer (report
// PDF/DOCX) and the web dashboard so the printed and on-screen charts are the same. Pure and
// JSON-serialisable (no functions). The map needs the alcaldías registered under ALCALDIAS_MAP
// (echarts.registerMap(ALCALDIAS_MAP, geojson)): drawn offline from the geojson, no tile server.
import type { EChartsOption } from 'echarts';
import { ALCALDIA_KEYS, ALCALDIAS, type AlcaldiaKey } from './features/monitoring.js';

export const ALCALDIAS_MAP = 'cdmx-alcaldias';
const PALETTE = ['#9F2241', '#BC955C', '#235B4E', '#98989A', '#691C32', '#DDC9A3'];

/** A count as shown: exact, or "<3" in published figures. */
export type ShownCount = number | '<3';

const base = (title: string): EChartsOption => ({
  animation: false,
  color: PALETTE,
  backgroundColor: '#ffffff',
  textStyle: { fontFamily: 'Helvetica, Arial, sans-serif' },
  title: { text: title, left: 'center', top: 8, textStyle: { fontSize: 14, fontWeight: 'bold', color: '#333' } },
});

// A suppressed cell is drawn in the "1–2" band: the colour says no more than the "<3" label does.
const colourValue = (v: ShownCount) => (v === '<3' ? 1.5 : v);

/** Choropleth of the 16 alcaldías by number of findings; each label shows the count as given. */
export function alcaldiaMapOption(title: string, counts: Record<AlcaldiaKey, ShownCount>): EChartsOption {
  const suppressed = ALCALDIA_KEYS.some((k) => counts[k] === '<3');
  return {
    ...base(title),
    tooltip: { trigger: 'item' },
    visualMap: {
      type: 'piecewise',
      left: 12,
      bottom: 12,
      textStyle: { fontSize: 11 },
      pieces: [
        { value: 0, label: '0', color: '#f4efe6' },
        { min: 1, max: 2.99, label: suppressed ? '<3' : '1–2', color: '#DDC9A3' },
        { min: 3, max: 5.99, label: '3–5', color: '#BC955C' },
        { min: 6, max: 10.99, label: '6–10', color: '#9F2241' },
        { min: 11, label: '11 o más', color: '#691C32' },
      ],
    },
    series: [
      {
        type: 'map',
        map: ALCALDIAS_MAP,
        nameProperty: 'cvegeo',
        roam: false,
        top: 44,
        bottom: 12,
        left: 'center',
        aspectScale: 0.95,
        itemStyle: { borderColor: '#555', borderWidth: 0.6 },
        emphasis: { disabled: true },
        label: { show: true, fontSize: 9, color: '#222' },
        data: ALCALDIA_KEYS.map((k) => ({
          name: k,
          value: colourValue(counts[k]),
          label: { formatter: `${ALCALDIAS[k]}\n${counts[k]}` },
          tooltip: { formatter: `${ALCALDIAS[k]}: ${counts[k]}` },
        })),
      },
    ],
  } as EChartsOption;
}

/** Bars: findings per month in the period and in the same month a year earlier. */
export function monthsComparisonOption(
  title: string,
  rows: Array<{ label: string; total: ShownCount; previousYear: ShownCount }>,
  names: { current: string; previous: string },
): EChartsOption {
  const bar = (name: string, values: ShownCount[], colour: string) => ({
    type: 'bar' as const,
    name,
    barMaxWidth: 40,
    itemStyle: { color: colour },
    label: { show: true, position: 'top' as const },
    data: values.map((v) => ({ value: colourValue(v), label: { formatter: String(v) } })),
  });
  return {
    ...base(title),
    tooltip: { trigger: 'axis' },
    legend: { bottom: 8, left: 'center' },
    grid: { left: 48, right: 24, top: 48, bottom: 72 },
    xAxis: { type: 'category', data: rows.map((r) => r.label) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      bar(
        names.previous,
        rows.map((r) => r.previousYear),
        '#BC955C',
      ),
      bar(
        names.current,
        rows.map((r) => r.total),
        '#9F2241',
      ),
    ],
  } as EChartsOption;
}
