// Narrative overrides per period: staff replace or add paragraphs before issuing.
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client.js';
import { audit, type AuditActor } from '../../platform/audit/audit.js';
import { conflict } from '../../platform/http/errors.js';
import type { NarrativeOverrides, ReportDocument } from './report.model.js';
import { reportNarratives } from './reports.schema.js';

const paragraph = z.string().max(5000);
const key = z.string().regex(/^[A-Za-z0-9_.-]{1,120}$/);
export const NarrativeOverridesInput = z.strictObject({
  paragraphs: z.record(key, paragraph).refine((r) => Object.keys(r).length <= 200, 'demasiados párrafos'),
  extra: z
    .record(key, z.array(paragraph.min(1)).max(20))
    .refine((r) => Object.keys(r).length <= 50, 'demasiadas secciones'),
  /** Paragraph ids staff marked public: the only text the public version prints. */
  public: z.array(key).max(500).optional(),
});

export const EMPTY_OVERRIDES: NarrativeOverrides = { paragraphs: {}, extra: {} };

export async function loadOverrides(
  db: Database,
  period: { from: string; to: string },
): Promise<{ overrides: NarrativeOverrides; version: number }> {
  const [row] = await db
    .select({ overrides: reportNarratives.overrides, version: reportNarratives.version })
    .from(reportNarratives)
    .where(and(eq(reportNarratives.periodFrom, period.from), eq(reportNarratives.periodTo, period.to)));
  return row ?? { overrides: EMPTY_OVERRIDES, version: 0 };
}

/** Saves the overrides of a period; `version` is the one read (0 = none saved yet). */
export async function saveOverrides(
  db: Database,
  actor: AuditActor & { userId: string },
  period: { from: string; to: string },
  overrides: NarrativeOverrides,
  version: number,
): Promise<number> {
  return db.transaction(async (tx) => {
    let next: number;
    if (version === 0) {
      const inserted = await tx
        .insert(reportNarratives)
        .values({ periodFrom: period.from, periodTo: period.to, overrides, updatedBy: actor.userId })
        .onConflictDoNothing()
        .returning({ v: reportNarratives.version });
      if (inserted.length === 0) throw conflict();
      next = 1;
    } else {
      const updated = await tx
        .update(reportNarratives)
        .set({
          overrides,
          version: sql`${reportNarratives.version} + 1`,
          updatedBy: actor.userId,
          updatedAt: new Date(),
        })
        .where(
          and(
            eq(reportNarratives.periodFrom, period.from),
            eq(reportNarratives.periodTo, period.to),
            eq(reportNarratives.version, version),
          ),
        )
        .returning({ v: reportNarratives.version });
      if (updated.length === 0) throw conflict();
      next = updated[0]!.v;
    }
    await audit(tx, {
      actor,
      action: 'update',
      entity: 'report_narrative',
      entityId: `${period.from}..${period.to}`,
      details: {
        version: next,
        paragraphs: Object.keys(overrides.paragraphs).length,
        extraSections: Object.keys(overrides.extra).length,
      },
    });
    return next;
  });
}

/** A paragraph of the report as the data generate it (before any staff edit): what staff may edit. */
export interface GeneratedParagraph {
  /** '<sectionId>.<key>' — the key of `overrides.paragraphs` and `overrides.public`. */
  id: string;
  /** The section it belongs to (`overrides.extra` is keyed by section). */
  section: string;
  text: string;
}

/**
 * Every paragraph a period's report generates, section by section, from a document built without
 * overrides: every section of the bimonthly or annual report, lists and notes included.
 */
export function generatedParagraphs(doc: ReportDocument): GeneratedParagraph[] {
  return doc.sections.flatMap((s) =>
    s.blocks.flatMap((b) => (b.kind === 'paragraph' ? [{ id: b.id, section: s.id, text: b.text }] : [])),
  );
}

export interface OverrideProblem {
  path: string;
  message: string;
}

/**
 * The keys of `overrides` the period's report does not have: a paragraph that is not generated for
 * the period, a section that is not in it, a public mark on neither. `doc` is built without overrides.
 */
export function unknownOverrideKeys(doc: ReportDocument, overrides: NarrativeOverrides): OverrideProblem[] {
  const paragraphs = new Set(generatedParagraphs(doc).map((p) => p.id));
  const sections = new Set(doc.sections.map((s) => s.id));
  const extras = new Set(
    Object.entries(overrides.extra).flatMap(([section, list]) => list.map((_, i) => `${section}.extra.${i}`)),
  );
  const problems: OverrideProblem[] = [];
  for (const key of Object.keys(overrides.paragraphs))
    if (!paragraphs.has(key))
      problems.push({
        path: `overrides.paragraphs.${key}`,
        message: `El párrafo «${key}» no existe en el informe de este periodo.`,
      });
  for (const key of Object.keys(overrides.extra))
    if (!sections.has(key))
      problems.push({
        path: `overrides.extra.${key}`,
        message: `La sección «${key}» no existe en el informe de este periodo.`,
      });
  (overrides.public ?? []).forEach((key, i) => {
    if (!paragraphs.has(key) && !extras.has(key))
      problems.push({
        path: `overrides.public.${i}`,
        message: `El párrafo «${key}» marcado como público no existe en el informe de este periodo.`,
      });
  });
  return problems;
}
