// Request and response shapes of /api/transparency/training (staff, courses, trainings, coverage).
import { z } from 'zod';
import { isoDate } from './transparency.contract.js';
import { COURSE_KINDS } from './transparency.js';

export const StaffOut = z.object({
  id: z.string(),
  name: z.string(),
  area: z.string(),
  position: z.string(),
  committeeMember: z.boolean(),
  active: z.boolean(),
  version: z.number(),
});
export const StaffBody = z.object({
  name: z.string().trim().min(1).max(200),
  area: z.string().trim().min(1).max(200),
  position: z.string().trim().max(200).default(''),
  committeeMember: z.boolean().default(false),
});
export const StaffPatch = StaffBody.partial().extend({
  version: z.number().int().positive(),
  active: z.boolean().optional(),
});
export const CourseOut = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(COURSE_KINDS),
  required: z.boolean(),
  provider: z.string(),
});
export const CourseBody = z.object({
  title: z.string().trim().min(1).max(300),
  kind: z.enum(COURSE_KINDS),
  required: z.boolean().default(false),
  provider: z.string().trim().max(200).default('INFO CDMX'),
});
export const TrainingOut = z.object({
  id: z.string(),
  staffId: z.string(),
  courseId: z.string(),
  completedOn: z.string(),
  certificateRef: z.string().nullable(),
});
export const TrainingBody = z.object({
  staffId: z.uuid(),
  courseId: z.uuid(),
  completedOn: isoDate,
  certificateRef: z.string().trim().max(300).nullable().optional(),
});
export const YearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const TrainingPageOut = z.object({
  staff: z.array(StaffOut),
  courses: z.array(CourseOut),
  trainings: z.array(TrainingOut),
  coverage: z.object({
    year: z.number(),
    staff: z.number(),
    trained: z.number(),
    percent: z.number().nullable(),
    committeeMembers: z.number(),
    committeeWithSpecialised: z.number(),
    fullyTrained: z.boolean(),
    missing: z.array(z.string()),
  }),
});

export type StaffInput = z.infer<typeof StaffBody>;
export type StaffPatchInput = z.infer<typeof StaffPatch>;
export type CourseInput = z.infer<typeof CourseBody>;
export type TrainingInput = z.infer<typeof TrainingBody>;
