import type { z } from 'zod';
import { ALCALDIAS, PLACES } from '../../../common/features/monitoring';
import type * as C from '../../../common/features/monitoring.contract';

export const MONITORING_KEY = ['monitoring'] as const;
export const placeLabel = (k: string, t: (key: string) => string) =>
  k in ALCALDIAS ? ALCALDIAS[k as keyof typeof ALCALDIAS] : t(`monitoring:place.${k}`);
export const placeOptions = (t: (key: string) => string) => PLACES.map((k) => ({ value: k, label: placeLabel(k, t) }));

// The monitoring pages' record types, from the shared contract (types only).
export type FindingSummary = z.infer<typeof C.FindingSummary>;
export type FindingList = z.infer<typeof C.FindingList>;
export type SourceOut = z.infer<typeof C.SourceOut>;
export type FindingDetail = z.infer<typeof C.FindingDetail>;
export type DuplicateList = z.infer<typeof C.DuplicateList>;
export type Saved = z.infer<typeof C.Saved>;
export type StatsOut = z.infer<typeof C.StatsOut>;
