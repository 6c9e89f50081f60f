// Staff training: staff list, course catalogue, who took which course when, and the
// "100% capacitados" coverage of a year (seed 000 §1).
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { App, AppDeps } from '../../platform/deps.js';
import { audit } from '../../platform/audit/audit.js';
import { AppError, alreadyExists, conflict, notFound } from '../../platform/http/errors.js';
import { trainingCoverage } from './training.logic.js';
import { IdParams, isoDate } from './transparency.contract.js';
import { COURSE_KINDS, transparencyCourses, transparencyStaff, transparencyTrainings } from './transparency.schema.js';

const StaffOut = z.object({
  id: z.string(),
  name: z.string(),
  area: z.string(),
  position: z.string(),
  committeeMember: z.boolean(),
  active: z.boolean(),
  version: z.number(),
});
const StaffBody = z.object({
  name: z.string().trim().min(1).max(200),
  area: z.string().trim().min(1).max(200),
  position: z.string().trim().max(200).default(''),
  committeeMember: z.boolean().default(false),
});
const StaffPatch = StaffBody.partial().extend({ version: z.number().int().positive(), active: z.boolean().optional() });
const CourseOut = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(COURSE_KINDS),
  required: z.boolean(),
  provider: z.string(),
});
const CourseBody = z.object({
  title: z.string().trim().min(1).max(300),
  kind: z.enum(COURSE_KINDS),
  required: z.boolean().default(false),
  provider: z.string().trim().max(200).default('INFO CDMX'),
});
const TrainingOut = z.object({
  id: z.string(),
  staffId: z.string(),
  courseId: z.string(),
  completedOn: z.string(),
  certificateRef: z.string().nullable(),
});
const TrainingBody = z.object({
  staffId: z.uuid(),
  courseId: z.uuid(),
  completedOn: isoDate,
  certificateRef: z.string().trim().max(300).nullable().optional(),
});
const YearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export async function trainingRoutes(app: App, { db }: AppDeps): Promise<void> {
  const who = (req: { actor?: { userId: string; username: string } }) => ({
    userId: req.actor!.userId,
    username: req.actor!.username,
  });

  app.get(
    '/transparency/training',
    {
      config: { policy: 'transparency.read' },
      schema: {
        querystring: YearQuery,
        response: {
          200: z.object({
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
          }),
        },
      },
    },
    async (req) => {
      const [staff, courses, trainings] = await Promise.all([
        db.select().from(transparencyStaff).orderBy(asc(transparencyStaff.name)),
        db.select().from(transparencyCourses).orderBy(asc(transparencyCourses.title)),
        db.select().from(transparencyTrainings).orderBy(asc(transparencyTrainings.completedOn)),
      ]);
      const year = req.query.year;
      const inYear = trainings.filter((t) => t.completedOn.startsWith(`${year}-`));
      return { staff, courses, trainings: inYear, coverage: trainingCoverage(year, staff, courses, trainings) };
    },
  );

  app.post(
    '/transparency/training/staff',
    {
      config: { policy: 'transparency.write' },
      schema: { body: StaffBody, response: { 201: StaffOut } },
    },
    async (req, reply) => {
      const row = await db.transaction(async (tx) => {
        const [created] = await tx.insert(transparencyStaff).values(req.body).returning();
        await audit(tx, {
          actor: who(req),
          action: 'create',
          entity: 'transparency_staff',
          entityId: created!.id,
          ip: req.ip,
        });
        return created!;
      });
      return reply.status(201).send(row);
    },
  );

  app.patch(
    '/transparency/training/staff/:id',
    {
      config: { policy: 'transparency.write' },
      schema: { params: IdParams, body: StaffPatch, response: { 200: StaffOut } },
    },
    async (req) => {
      const { version, ...changes } = req.body;
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(transparencyStaff)
          .set({ ...changes, version: sql`${transparencyStaff.version} + 1` })
          .where(and(eq(transparencyStaff.id, req.params.id), eq(transparencyStaff.version, version)))
          .returning();
        if (!row) {
          const [exists] = await tx
            .select({ id: transparencyStaff.id })
            .from(transparencyStaff)
            .where(eq(transparencyStaff.id, req.params.id));
          throw exists ? conflict() : notFound();
        }
        await audit(tx, {
          actor: who(req),
          action: 'update',
          entity: 'transparency_staff',
          entityId: row.id,
          ip: req.ip,
          details: { fields: Object.keys(changes) },
        });
        return row;
      });
    },
  );

  app.post(
    '/transparency/training/courses',
    {
      config: { policy: 'transparency.write' },
      schema: { body: CourseBody, response: { 201: CourseOut } },
    },
    async (req, reply) => {
      const row = await db.transaction(async (tx) => {
        const [dup] = await tx
          .select({ id: transparencyCourses.id })
          .from(transparencyCourses)
          .where(eq(transparencyCourses.title, req.body.title));
        if (dup) throw alreadyExists({ field: 'title' });
        const [created] = await tx.insert(transparencyCourses).values(req.body).returning();
        await audit(tx, {
          actor: who(req),
          action: 'create',
          entity: 'transparency_course',
          entityId: created!.id,
          ip: req.ip,
        });
        return created!;
      });
      return reply.status(201).send(row);
    },
  );

  app.post(
    '/transparency/training/records',
    {
      config: { policy: 'transparency.write' },
      schema: { body: TrainingBody, response: { 201: TrainingOut } },
    },
    async (req, reply) => {
      const b = req.body;
      const row = await db.transaction(async (tx) => {
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
        await audit(tx, {
          actor: who(req),
          action: 'create',
          entity: 'transparency_training',
          entityId: created!.id,
          ip: req.ip,
          details: { staffId: b.staffId, courseId: b.courseId },
        });
        return created!;
      });
      return reply.status(201).send(row);
    },
  );
}
