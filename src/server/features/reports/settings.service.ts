// Per-institution texts of the documents (header lines, names). Stored in report_settings;
// the defaults are those of seed 003 (MPI CDMX).
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client.js';
import { conflict } from '../../platform/http/errors.js';
import { audit, type AuditActor } from '../../platform/audit/audit.js';
import { DEFAULT_INSTITUTION, type InstitutionHeader } from './report.model.js';
import { reportSettings } from './reports.schema.js';

export const InstitutionInput = z.strictObject({
  headerLines: z.array(z.string().trim().min(1).max(200)).min(1).max(6),
  name: z.string().trim().min(1).max(300),
  shortName: z.string().trim().min(1).max(40),
});

export async function loadInstitution(db: Database): Promise<{ institution: InstitutionHeader; version: number }> {
  const [row] = await db.select().from(reportSettings).where(eq(reportSettings.id, 1));
  return row
    ? { institution: row.institution, version: row.version }
    : { institution: DEFAULT_INSTITUTION, version: 0 };
}

/** The switchable report sections the settings turned off (none when never saved). */
export async function loadDisabledSections(db: Database): Promise<string[]> {
  const [row] = await db
    .select({ disabled: reportSettings.disabledSections })
    .from(reportSettings)
    .where(eq(reportSettings.id, 1));
  return row?.disabled ?? [];
}

/**
 * Saves the institution texts (and, when given, the switched-off sections); `version` is the one
 * read (0 when never saved).
 */
export async function saveInstitution(
  db: Database,
  actor: AuditActor,
  institution: InstitutionHeader,
  version: number,
  disabledSections?: readonly string[],
): Promise<number> {
  const sections = disabledSections ? { disabledSections: [...new Set(disabledSections)].sort() } : {};
  return db.transaction(async (tx) => {
    let next: number;
    if (version === 0) {
      const inserted = await tx
        .insert(reportSettings)
        .values({ id: 1, institution, ...sections })
        .onConflictDoNothing()
        .returning({ v: reportSettings.version });
      if (inserted.length === 0) throw conflict();
      next = 1;
    } else {
      const updated = await tx
        .update(reportSettings)
        .set({ institution, ...sections, version: sql`${reportSettings.version} + 1`, updatedAt: new Date() })
        .where(sql`${reportSettings.id} = 1 and ${reportSettings.version} = ${version}`)
        .returning({ v: reportSettings.version });
      if (updated.length === 0) throw conflict();
      next = updated[0]!.v;
    }
    await audit(tx, {
      actor,
      action: 'update',
      entity: 'report_settings',
      entityId: '1',
      details: { version: next, ...sections },
    });
    return next;
  });
}
