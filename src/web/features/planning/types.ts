// Shapes of the planning API (src/server/features/planning/planning.contract.ts).
export type Light = 'green' | 'yellow' | 'red' | 'none';
export type SourceStatus = 'computed' | 'typed' | 'source_missing' | 'source_params_invalid' | 'not_applicable';

export interface PlanSummary {
  id: string;
  title: string;
  institution: string;
  kind: string;
  year: number;
  indicators: number;
}

export interface PlanNode {
  code: string;
  parent: string | null;
  level: string;
  title: string;
  description: string | null;
}

export interface Sheet {
  id: string;
  code: string;
  node: string;
  name: string;
  dimension: string | null;
  definition: string | null;
  formula: string | null;
  formulaType: 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
  unit: string | null;
  baselineText: string | null;
  baselineValue: number | null;
  goalText: string | null;
  goalValue: number | null;
  responsible: string | null;
  source: string | null;
  direction: 'ascending' | 'descending';
  frequency: string;
  sourceId: string | null;
  /** Fields only some plans print (004: activity, temporality, verification means). */
  extra: Record<string, string> | null;
}

export interface Plan {
  /** What the reader may do here, computed by the server from the policy catalogue. */
  can: { edit: boolean; copy: boolean; report: boolean };
  id: string;
  title: string;
  institution: string;
  year: number;
  frontMatter: { introduction: string[]; mission: string; vision: string; objectives: string[] };
  nodes: PlanNode[];
  indicators: Sheet[];
  schedule: Array<{ row: number; cells: Record<string, string | number[]>; nodes: string[] }>;
}

export interface Figure {
  achieved: number | null;
  programmed: number | null;
  percent: number | null;
  previous: number | null;
  light: Light;
}

export interface PeriodProgress extends Figure {
  period: string;
  from: string;
  to: string;
  typedValue: number | null;
  evidence: string | null;
  note: string | null;
  valueVersion: number | null;
  target: number | null;
  targetVersion: number | null;
  closed: boolean;
}

export interface IndicatorProgress {
  id: string;
  code: string;
  name: string;
  formulaType: Sheet['formulaType'];
  unit: string | null;
  responsible: string | null;
  sourceId: string | null;
  sourceStatus: SourceStatus;
  direction: 'ascending' | 'descending';
  goalValue: number | null;
  periods: PeriodProgress[];
  cumulative: Figure & { to: string };
}

export interface Progress {
  plan: { id: string; title: string; year: number };
  asOf: string;
  indicators: IndicatorProgress[];
}
