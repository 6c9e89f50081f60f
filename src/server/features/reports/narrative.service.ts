// Narrative overrides per period: staff replace or add paragraphs before issuing.
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client.js';
import { audit, type AuditActor } from '../../platform/audit/audit.js';
import { conflict } from '../../platform/http/errors.js';
import type { NarrativeOverrides } from './report.model.js';
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
