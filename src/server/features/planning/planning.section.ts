// Section "RESULTADOS DEL PROGRAMA ANUAL DE TRABAJO" of the annual report (issue 15): each plan of
// the report's year with its indicators computed over the year (programmed, achieved, percent,
// traffic light), from the same computation as the planning dashboard. Only in the annual report.
import { asc, eq } from 'drizzle-orm';
import type { Block, ReportSection, SectionBuildContext, TableBlock } from '../reports/api.js';
import { cutNote, longDate, sourceNote } from '../reports/api.js';
import { computePlanIndicators, type IndicatorFigures } from './planning.service.js';
import { plans } from './planning.schema.js';
import type { Light } from './indicators.logic.js';

export interface PlanResults {
  id: string;
  title: string;
  indicators: Array<Pick<IndicatorFigures, 'code' | 'name' | 'programmed' | 'achieved' | 'percent' | 'light' | 'unit'>>;
}

export const LIGHTS: Record<Light, string> = {
  green: 'En meta',
  yellow: 'Con rezago',
  red: 'Rezago crítico',
  none: 'Sin dato',
};
export const figure = (n: number | null) =>
  n === null ? 'n.d.' : n.toLocaleString('en-US', { maximumFractionDigits: 2 });

function planTable(plan: PlanResults, number: number, notes: string[]): TableBlock {
  return {
    kind: 'table',
    id: `planning.${plan.id}`,
    number,
    title: `RESULTADOS DE LOS INDICADORES: ${plan.title.toUpperCase()}`,
    header: [
      [
        { text: 'Clave' },
        { text: 'Indicador' },
        { text: 'Programado' },
        { text: 'Alcanzado' },
        { text: 'Porcentaje' },
        { text: 'Semáforo' },
      ],
    ],
    body: plan.indicators.map((i) => [
      i.code,
      i.name,
      figure(i.programmed),
      figure(i.achieved),
      i.percent === null ? 'n.d.' : `${figure(i.percent)}%`,
      LIGHTS[i.light],
    ]),
    totalRows: 0,
    align: ['center', 'left', 'center', 'center', 'center', 'center'],
    notes: [...notes, 'n.d.: sin dato registrado o sin meta programada para el periodo.'],
  };
}

export function buildPlanning(data: PlanResults[], ctx: SectionBuildContext) {
  const year = ctx.period.from.slice(0, 4);
  const notes = [cutNote(ctx.period.to), sourceNote(ctx.institution.shortName)];
  if (data.length === 0)
    return {
      blocks: [
        {
          kind: 'paragraph' as const,
          id: 'planning.none',
          text: `No hay un programa anual de trabajo registrado para el ejercicio ${year}.`,
        },
      ],
    };
  const blocks: Block[] = [];
  for (const plan of data) {
    blocks.push({ kind: 'heading', id: `planning.${plan.id}`, text: `${plan.title}.` });
    const n = ctx.nextTable();
    const met = plan.indicators.filter((i) => i.light === 'green').length;
    blocks.push({
      kind: 'paragraph',
      id: `planning.${plan.id}.lead`,
      text: `En el Cuadro ${n} se presentan los resultados de los ${plan.indicators.length} indicadores del programa al ${longDate(ctx.period.to)}; ${met === 1 ? 'uno alcanzó' : `${met} alcanzaron`} su meta.`,
    });
    blocks.push(planTable(plan, n, notes));
  }
  return { blocks };
}

export const planningSection: ReportSection<PlanResults[]> = {
  id: 'planning',
  order: 860,
  title: 'RESULTADOS DEL PROGRAMA ANUAL DE TRABAJO',
  kinds: ['annual'],
  async load({ db, period }) {
    // The registry (indicator sources) is read lazily: the feature list imports this manifest.
    const { registry } = await import('../index.js');
    const rows = await db
      .select()
      .from(plans)
      .where(eq(plans.year, Number(period.from.slice(0, 4))))
      .orderBy(asc(plans.id));
    const out: PlanResults[] = [];
    for (const plan of rows) {
      const figures = await computePlanIndicators(db, registry, plan, period);
      out.push({
        id: plan.id,
        title: plan.title,
        indicators: figures.map(({ code, name, programmed, achieved, percent, light, unit }) => ({
          code,
          name,
          programmed,
          achieved,
          percent,
          light,
          unit,
        })),
      });
    }
    return out;
  },
  contract: (data) => ({
    planIndicators: data.map((p) => ({
      plan: p.id,
      indicators: p.indicators.map(({ code, achieved, programmed, percent }) => ({
        code,
        achieved,
        programmed,
        percent,
      })),
    })),
  }),
  build: buildPlanning,
};
