// The one list of what features share with the web (policies and error codes). A new feature adds
// its `src/common/features/<name>.ts` here; the policy catalogue and the closed union of error
// codes are derived from this list, and src/common/features.test.ts fails on a duplicate.
import type { ErrorText, SharedFeature } from './feature.js';
import { administrationShared } from './features/administration.js';
import { bodiesShared } from './features/bodies.js';
import { casesShared } from './features/cases.js';
import { dashboardShared } from './features/dashboard.js';
import { interchangeShared } from './features/interchange.js';
import { planningShared } from './features/planning.js';
import { monitoringShared } from './features/monitoring.js';
import { legalShared } from './features/legal.js';
import { platformShared } from './features/platform.js';
import { preventionShared } from './features/prevention.js';
import { reportsShared } from './features/reports.js';
import { transparencyShared } from './features/transparency.js';
import type { Role } from './roles.js';

export const sharedFeatures = [
  platformShared,
  casesShared,
  transparencyShared,
  reportsShared,
  interchangeShared,
  planningShared,
  monitoringShared,
  administrationShared,
  preventionShared,
  legalShared,
  bodiesShared,
  dashboardShared,
] as const;

type Shared = (typeof sharedFeatures)[number];
type KeysOf<T> = T extends SharedFeature<infer P, infer E> ? { policy: P; error: E } : never;

export type PolicyKey = KeysOf<Shared>['policy'];
export type ErrorCode = KeysOf<Shared>['error'];

export const policies = Object.fromEntries(sharedFeatures.flatMap((f) => Object.entries(f.policies))) as Record<
  PolicyKey,
  readonly Role[]
>;

export const errorTexts = Object.fromEntries(sharedFeatures.flatMap((f) => Object.entries(f.errors))) as Record<
  ErrorCode,
  ErrorText
>;
