// The prevention pages' types, from the shared contract (types only: no zod in the bundle from here)
// and the value lists of the shared definitions (plain data).
import type { z } from 'zod';
import type * as C from '../../../common/features/prevention.contract';
import {
  activityFormats,
  activityKinds,
  activityModalities,
  activityStatuses,
  institutionLevels,
  liaisonKinds,
  participantCategories,
} from '../../../common/features/prevention';

export const KINDS = activityKinds;
export const FORMATS = activityFormats;
export const MODALITIES = activityModalities;
export const STATUSES = activityStatuses;
export const LIAISON_KINDS = liaisonKinds;
export const LEVELS = institutionLevels;
export const CATEGORIES = participantCategories;

export type Participants = z.infer<typeof C.Participants>;
export type Photo = z.infer<typeof C.PhotoMeta>;
export type Activity = z.infer<typeof C.Activity>;
export type ActivitySummary = z.infer<typeof C.ActivitySummary>;
export type ActivityList = z.infer<typeof C.ActivityList>;
export type RegistrationList = z.infer<typeof C.RegistrationList>;
export type Liaison = z.infer<typeof C.Liaison>;
export type LiaisonList = z.infer<typeof C.LiaisonList>;
export type Agreement = z.infer<typeof C.Agreement>;
export type AgreementList = z.infer<typeof C.AgreementList>;
export type Institution = z.infer<typeof C.Institution>;
export type InstitutionList = z.infer<typeof C.InstitutionList>;
