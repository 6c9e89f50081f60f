// ECharts option builders (pure, JSON-serialisable: no functions) shared by the server-side SVG
// renderer and the web page, so the printed and the on-screen charts are the same chart.
import type { EChartsOption } from 'echarts';
import {
  IDENTITIES,
  MEASURE_TYPES,
  type Identity,
  type MeasureType,
  type Measures,
  type Row,
} from '../report.contract.js';

// Institutional palette of the Gobierno de la Ciudad de México (guinda, dorado, verde, gris).
export const PALETTE = ['#9F2241', '#BC955C', '#235B4E', '#98989A', '#691C32', '#DDC9A3'];

export const IDENTITY_LABELS: Record<Identity, string> = {
  woman: 'Mujeres',
  man: 'Hombres',
  lgbttti: 'LGBTTTI',
  collective: 'Colectivo',
};
export const PROFILE_LABELS = {
  defender: 'Personas defensoras de derechos humanos',
  journalist: 'Personas periodistas o colaboradoras',
} as const;
export const MEASURE_TYPE_LABELS: Record<MeasureType, string> = {
  preventive: 'Preventiva',
  protection: 'Protección',
  urgent_protection: 'Protección urgente',
  social: 'Social',
};

const base = (title: string): EChartsOption => ({
  animation: false,
  color: PALETTE,
  backgroundColor: '#ffffff',
  textStyle: { fontFamily: 'Helvetica, Arial, sans-serif' },
  title: { text: title, left: 'center', top: 8, textStyle: { fontSize: 14, fontWeight: 'bold', color: '#333' } },
});

/** Pie of a Cuadro 3 row by profile (defender / journalist). */
export function casesByProfileOption(title: string, row: Row): EChartsOption {
  return {
    ...base(title),
    tooltip: { trigger: 'item' },
    legend: { bottom: 8, left: 'center' },
    series: [
      {
        type: 'pie',
        radius: ['0%', '58%'],
        center: ['50%', '50%'],
        label: { formatter: '{c} ({d}%)', fontSize: 12 },
        data: [
          { name: PROFILE_LABELS.defender, value: row.defender.cases },
          { name: PROFILE_LABELS.journalist, value: row.journalist.cases },
        ].filter((d) => d.value > 0),
      },
    ],
  };
}

/** Bars of a Cuadro 3 row by identity, stacked by profile. */
export function casesByIdentityOption(title: string, row: Row): EChartsOption {
  const categories = IDENTITIES.map((i) => IDENTITY_LABELS[i]);
  const series = (['defender', 'journalist'] as const).map((p) => ({
    type: 'bar' as const,
    name: PROFILE_LABELS[p],
    stack: 'total',
    barMaxWidth: 48,
    label: { show: true, position: 'inside' as const, color: '#fff' },
    // Zeros are left out of the labels (null) so empty segments print nothing.
    data: IDENTITIES.map((i) => (row[p][i] > 0 ? row[p][i] : null)),
  }));
  return {
    ...base(title),
    tooltip: { trigger: 'axis' },
    legend: { bottom: 8, left: 'center' },
    grid: { left: 48, right: 24, top: 48, bottom: 72 },
    xAxis: { type: 'category', data: categories },
    yAxis: { type: 'value', minInterval: 1 },
    series,
  };
}

/** Gráfica "Medidas desglosadas por tipo": measures (and actions in the label) per type. */
export function measuresByTypeOption(title: string, measures: Measures): EChartsOption {
  const types = MEASURE_TYPES.filter((t) => measures.byType[t].measures > 0);
  return {
    ...base(title),
    tooltip: { trigger: 'axis' },
    grid: { left: 48, right: 24, top: 48, bottom: 40 },
    xAxis: { type: 'category', data: types.map((t) => MEASURE_TYPE_LABELS[t]) },
    yAxis: { type: 'value', minInterval: 1, name: 'Medidas' },
    series: [
      {
        type: 'bar',
        name: 'Medidas',
        barMaxWidth: 64,
        colorBy: 'data',
        label: { show: true, position: 'top', fontWeight: 'bold' },
        data: types.map((t) => measures.byType[t].measures),
      },
    ],
  };
}
