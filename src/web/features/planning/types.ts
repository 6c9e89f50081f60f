// Shapes of the planning API, from the shared contract (src/common/features/planning.contract.ts, types only).
import type { z } from 'zod';
import type * as C from '../../../common/features/planning.contract';

export type PlanSummary = z.infer<typeof C.PlanListResponse>[number];
export type Plan = z.infer<typeof C.PlanResponse>;
export type PlanNode = Plan['nodes'][number];
export type Sheet = Plan['indicators'][number];
export type CopyResult = z.infer<typeof C.CopyResponse>;

export type Progress = z.infer<typeof C.ProgressResponse>;
export type IndicatorProgress = Progress['indicators'][number];
export type PeriodProgress = IndicatorProgress['periods'][number];
export type Figure = Pick<PeriodProgress, 'achieved' | 'programmed' | 'percent' | 'previous' | 'light'>;
export type Light = Figure['light'];
export type SourceStatus = IndicatorProgress['sourceStatus'];
