// Section "CASOS ATENDIDOS" (seed 003 §2): Cuadros 3–6, Gráficas per type of case and of measures.
import type { CaseBucket } from '../report.contract.js';
import type { Block, ChartBlock, SectionContent } from '../report.model.js';
import type { ReportSection, SectionBuildContext } from '../sections.js';
import { casesByIdentityOption, casesByProfileOption, measuresByTypeOption } from '../charts/options.js';
import { bucketParagraph, measuresParagraph } from '../narrative/cases.narrative.js';
import { cutNote, sourceNote } from '../narrative/notes.js';
import { periodLabel } from '../narrative/spanish.js';
import {
  casesByTypeTable,
  incorporationsByMonthTable,
  incorporationsByYearTable,
  measuresTable,
} from './cases.tables.js';

/** Subsections that describe one row of Cuadro 3, in seed order. */
const SUBSECTIONS: Array<{ bucket: CaseBucket; heading: string; chartTitle: string; lead?: string }> = [
  {
    bucket: 'incorporationFollowUp',
    heading: 'Seguimiento a casos de incorporación.',
    chartTitle: 'Seguimiento a casos incorporados',
  },
  {
    bucket: 'attention',
    heading: 'Atención y canalización de casos.',
    chartTitle: 'Atenciones o canalización',
    lead: 'Se entiende por casos de atención y canalización a aquellos en los que se proporcionó algún tipo de medida, orientación o canalización sin incorporar a la persona defensora de derechos humanos o periodista.',
  },
  {
    bucket: 'attentionFollowUp',
    heading: 'Seguimiento de atenciones y canalización de casos.',
    chartTitle: 'Seguimiento de atenciones o canalización',
  },
  {
    bucket: 'federalCollaboration',
    heading: 'Colaboraciones a casos incorporados al Mecanismo de Protección Federal.',
    chartTitle: 'Colaboraciones con el Mecanismo Federal',
  },
  {
    bucket: 'federalCollaborationFollowUp',
    heading: 'Seguimiento de colaboraciones a casos incorporados al Mecanismo de Protección Federal.',
    chartTitle: 'Seguimiento a colaboraciones con el Mecanismo Federal',
  },
];

const chart = (
  ctx: SectionBuildContext,
  id: string,
  title: string,
  option: ChartBlock['option'],
  notes: string[],
): ChartBlock => ({
  kind: 'chart',
  id,
  number: ctx.nextChart(),
  title,
  option,
  width: 560,
  height: 320,
  notes,
});

export function buildCasesSection(ctx: SectionBuildContext): SectionContent {
  const { core: data, institution } = ctx;
  const short = institution.shortName;
  const notes = [cutNote(data.period.to), sourceNote(short)];
  const label = periodLabel(data.period.from, data.period.to);
  const rows = data.casesByType.rows;
  const blocks: Block[] = [];
  const p = (key: string, text: string) => blocks.push({ kind: 'paragraph', id: `cases.${key}`, text });

  blocks.push({
    kind: 'heading',
    id: 'cases.overview',
    text: 'Atención integral para personas defensoras de derechos humanos y periodistas en situación de riesgo.',
  });
  const t3 = ctx.nextTable();
  p(
    'overview',
    `La Dirección General del ${short} instrumentó, a través del área sustantiva, la atención de casos de personas defensoras de derechos humanos y personas periodistas o colaboradoras. En el Cuadro ${t3}, los datos se encuentran desagregados en seis tipos de casos: incorporaciones, seguimiento de casos incorporados en años anteriores, atenciones o canalizaciones, su seguimiento, colaboraciones con el Mecanismo de Protección Federal y su seguimiento.`,
  );
  blocks.push(casesByTypeTable(data, { number: t3, short, notes }));

  blocks.push({ kind: 'heading', id: 'cases.incorporations', text: 'Incorporaciones.' });
  const t4 = ctx.nextTable();
  const incCharts = rows.incorporation.total > 0 ? [ctx.nextChart(), ctx.nextChart()] : [];
  p(
    'incorporations',
    `${bucketParagraph('incorporation', rows.incorporation, data.period, incCharts, short)} En el Cuadro ${t4} se puede observar la información desagregada por perfil y procedimiento.`,
  );
  blocks.push(incorporationsByMonthTable(data, { number: t4, short, notes }));
  const t5 = ctx.nextTable();
  p(
    'incorporationsByYear',
    `A continuación, en el Cuadro ${t5} se presenta la información sobre los casos incorporados desde la creación del ${short} hasta el momento de elaborar este informe.`,
  );
  blocks.push(incorporationsByYearTable(data, { number: t5, short, notes }));
  if (incCharts.length === 2) {
    blocks.push(
      {
        kind: 'chart',
        id: 'incorporation.profile',
        number: incCharts[0]!,
        title: `Incorporaciones por perfil, ${label}`,
        option: casesByProfileOption('Incorporaciones por perfil', rows.incorporation),
        width: 560,
        height: 320,
        notes,
      },
      {
        kind: 'chart',
        id: 'incorporation.identity',
        number: incCharts[1]!,
        title: `Incorporaciones por identidad, ${label}`,
        option: casesByIdentityOption('Incorporaciones por identidad', rows.incorporation),
        width: 560,
        height: 320,
        notes,
      },
    );
  }

  for (const s of SUBSECTIONS) {
    const row = rows[s.bucket];
    blocks.push({ kind: 'heading', id: `cases.${s.bucket}`, text: s.heading });
    const charts =
      row.total > 0
        ? [
            chart(
              ctx,
              `${s.bucket}.profile`,
              `${s.chartTitle} por perfil, ${label}`,
              casesByProfileOption(`${s.chartTitle} por perfil`, row),
              notes,
            ),
            chart(
              ctx,
              `${s.bucket}.identity`,
              `${s.chartTitle} por identidad, ${label}`,
              casesByIdentityOption(`${s.chartTitle} por identidad`, row),
              notes,
            ),
          ]
        : [];
    const text = bucketParagraph(
      s.bucket,
      row,
      data.period,
      charts.map((c) => c.number),
      short,
    );
    p(s.bucket, s.lead ? `${s.lead} ${text}` : text);
    blocks.push(...charts);
  }

  blocks.push({ kind: 'heading', id: 'cases.measures', text: 'Medidas otorgadas.' });
  const t6 = ctx.nextTable();
  const measuresChart = data.measures.total.measures > 0 ? ctx.nextChart() : null;
  // Seed 003 §2.8: the paragraph carries the footnote that defines measures and actions.
  p('measures', `${measuresParagraph(data.measures, t6, measuresChart)}³`);
  blocks.push({
    ...measuresTable(data, { number: t6, short, notes }),
    notes: [...notes, measuresFootnote(short)],
  });
  if (measuresChart !== null) {
    blocks.push({
      kind: 'chart',
      id: 'measures.byType',
      number: measuresChart,
      title: 'Medidas desglosadas por tipo',
      option: measuresByTypeOption('Medidas desglosadas por tipo', data.measures),
      width: 560,
      height: 320,
      notes,
    });
  }
  return { blocks };
}

/** Built from the core tables of the report JSON alone: nothing more to load. */
export const casesSection: ReportSection<null> = {
  id: 'cases',
  order: 200,
  title: (ctx) => `CASOS ATENDIDOS POR EL ${ctx.institution.shortName}`,
  load: async () => null,
  build: (_data, ctx) => buildCasesSection(ctx),
};

/** Seed 003's footnote ³ (§2.8), word for word but for the institution's short name. */
export const measuresFootnote = (short: string) =>
  `³ Se entenderá por medidas al conjunto de acciones y medios para proteger, respetar y garantizar los derechos humanos de las personas que se encuentran en situación de riesgo como consecuencia de la defensa o promoción de los derechos humanos y del ejercicio de la libertad de expresión y periodismo, así como fomentar las políticas públicas, capacitación y coordinación en la materia, para prevenir situaciones que vulneren dichos derechos. Asimismo, se entiende por acción al conjunto de gestiones o solicitudes realizadas por el ${short} para concretar las medidas en los planes de protección. El desglose de medidas y acciones presentado en este informe únicamente refleja las solicitudes realizadas por el ${short}. Cada institución involucrada en un Plan de Protección y/o implementación de medidas tiene un proceso interno distinto con su propia metodología e indicadores.`;
