// "100% capacitados" (seed 000 §1): every active staff member has taken every required
// (introductory) course in the year; committee and unit members also at least one specialised one.
export interface StaffMember {
  id: string;
  committeeMember: boolean;
  active: boolean;
}
export interface Course {
  id: string;
  kind: 'introductory' | 'specialised';
  required: boolean;
}
export interface Completion {
  staffId: string;
  courseId: string;
  completedOn: string;
}

export interface TrainingCoverage {
  year: number;
  staff: number;
  trained: number;
  /** Share of active staff with every required course, percentage with one decimal (null: no staff). */
  percent: number | null;
  committeeMembers: number;
  committeeWithSpecialised: number;
  fullyTrained: boolean;
  /** Ids of active staff still missing a required course (for follow-up). */
  missing: string[];
}

export function trainingCoverage(
  year: number,
  staff: readonly StaffMember[],
  courses: readonly Course[],
  completions: readonly Completion[],
): TrainingCoverage {
  const active = staff.filter((s) => s.active);
  const inYear = completions.filter((c) => c.completedOn.startsWith(`${year}-`));
  const done = new Map<string, Set<string>>();
  for (const c of inYear) {
    if (!done.has(c.staffId)) done.set(c.staffId, new Set());
    done.get(c.staffId)!.add(c.courseId);
  }
  const required = courses.filter((c) => c.required).map((c) => c.id);
  const specialised = new Set(courses.filter((c) => c.kind === 'specialised').map((c) => c.id));
  const missing = active.filter((s) => !required.every((id) => done.get(s.id)?.has(id))).map((s) => s.id);
  const committee = active.filter((s) => s.committeeMember);
  const committeeWithSpecialised = committee.filter((s) =>
    [...(done.get(s.id) ?? [])].some((id) => specialised.has(id)),
  ).length;
  const trained = active.length - missing.length;
  return {
    year,
    staff: active.length,
    trained,
    percent: active.length === 0 ? null : Math.round((trained / active.length) * 1000) / 10,
    committeeMembers: committee.length,
    committeeWithSpecialised,
    fullyTrained: active.length > 0 && missing.length === 0 && committeeWithSpecialised === committee.length,
    missing,
  };
}
