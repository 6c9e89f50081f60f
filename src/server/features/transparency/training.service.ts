// Staff training: staff list, course catalogue, who took which course when, and the
// "100% capacitados" coverage of a year (seed 000 §1).
import { and, asc, eq, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../platform/context.js';
import { AppError, alreadyExists, conflict, notFound } from '../../platform/http/errors.js';
import type {
  CourseInput,
  StaffInput,
  StaffPatchInput,
  TrainingInput,
} from '../../../common/features/transparency.training.contract.js';
import { trainingCoverage } from './training.logic.js';
import { transparencyCourses, transparencyStaff, transparencyTrainings } from './transparency.schema.js';

/** Staff, courses, the year's trainings and the year's coverage. */
export async function trainingPage({ db }: Pick<ServiceContext, 'db'>, year: number) {
  const [staff, courses, trainings] = await Promise.all([
    db.select().from(transparencyStaff).orderBy(asc(transparencyStaff.name)),
    db.select().from(transparencyCourses).orderBy(asc(transparencyCourses.title)),
    db.select().from(transparencyTrainings).orderBy(asc(transparencyTrainings.completedOn)),
  ]);
  const inYear = trainings.filter((t) => t.completedOn.startsWith(`${year}-`));
  return { staff, courses, trainings: inYear, coverage: trainingCoverage(year, staff, courses, trainings) };
}

export async function addStaff(ctx: ServiceContext, input: StaffInput) {
  return ctx.db.transaction(async (tx) => {
    const [created] = await tx.insert(transparencyStaff).values(input).returning();
    await ctx.audit(tx, { action: 'create', entity: 'transparency_staff', entityId: created!.id });
    return created!;
  });
}

export async function updateStaff(ctx: ServiceContext, id: string, input: StaffPatchInput) {
  const { version, ...changes } = input;
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(transparencyStaff)
      .set({ ...changes, version: sql`${transparencyStaff.version} + 1` })
      .where(and(eq(transparencyStaff.id, id), eq(transparencyStaff.version, version)))
      .returning();
    if (!row) {
      const [exists] = await tx
        .select({ id: transparencyStaff.id })
        .from(transparencyStaff)
        .where(eq(transparencyStaff.id, id));
      throw exists ? conflict() : notFound();
    }
    await ctx.audit(tx, {
      action: 'update',
      entity: 'transparency_staff',
      entityId: row.id,
      details: { fields: Object.keys(changes) },
    });
    return row;
  });
}

export async function addCourse(ctx: ServiceContext, input: CourseInput) {
  return ctx.db.transaction(async (tx) => {
    const [dup] = await tx
      .select({ id: transparencyCourses.id })
      .from(transparencyCourses)
      .where(eq(transparencyCourses.title, input.title));
    if (dup) throw alreadyExists({ field: 'title' });
    const [created] = await tx.insert(transparencyCourses).values(input).returning();
    await ctx.audit(tx, { action: 'create', entity: 'transparency_course', entityId: created!.id });
    return created!;
  });
}

export async function recordTraining(ctx: ServiceContext, b: TrainingInput) {
  return ctx.db.transaction(async (tx) => {
    const [staff] = await tx
      .select({ id: transparencyStaff.id })
      .from(transparencyStaff)
      .where(eq(transparencyStaff.id, b.staffId));
    const [course] = await tx
      .select({ id: transparencyCourses.id })
      .from(transparencyCourses)
      .where(eq(transparencyCourses.id, b.courseId));
    if (!staff || !course) throw new AppError('not_found', 404, { field: !staff ? 'staffId' : 'courseId' });
    const [dup] = await tx
      .select({ id: transparencyTrainings.id })
      .from(transparencyTrainings)
      .where(
        and(
          eq(transparencyTrainings.staffId, b.staffId),
          eq(transparencyTrainings.courseId, b.courseId),
          eq(transparencyTrainings.completedOn, b.completedOn),
        ),
      );
    if (dup) throw alreadyExists();
    const [created] = await tx
      .insert(transparencyTrainings)
      .values({ ...b, certificateRef: b.certificateRef ?? null })
      .returning();
    await ctx.audit(tx, {
      action: 'create',
      entity: 'transparency_training',
      entityId: created!.id,
      details: { staffId: b.staffId, courseId: b.courseId },
    });
    return created!;
  });
}
