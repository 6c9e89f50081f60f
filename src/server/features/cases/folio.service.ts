import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { caseFolioSequences, caseSettings } from './cases.schema.js';
import { cases, measures } from './core.schema.js';
import { DEFAULT_FOLIO_PATTERN, formatFolio } from './folio.js';

export async function folioPattern(db: Database): Promise<{ pattern: string; version: number }> {
  const [row] = await db.select().from(caseSettings).where(eq(caseSettings.key, 'folio_pattern')).limit(1);
  return row ? { pattern: row.value, version: row.version } : { pattern: DEFAULT_FOLIO_PATTERN, version: 1 };
}

/**
 * Next folio of the year. The counter row is locked by the upsert until the transaction ends, so
 * concurrent creations get distinct numbers; folios already taken (e.g. imported) are skipped.
 */
export async function nextFolio(tx: Database, year: number): Promise<string> {
  const { pattern } = await folioPattern(tx);
  for (let i = 0; i < 10_000; i++) {
    const [row] = await tx
      .insert(caseFolioSequences)
      .values({ year, last: 1 })
      .onConflictDoUpdate({ target: caseFolioSequences.year, set: { last: sql`${caseFolioSequences.last} + 1` } })
      .returning({ last: caseFolioSequences.last });
    const folio = formatFolio(pattern, year, row!.last);
    const [taken] = await tx.select({ id: cases.id }).from(cases).where(eq(cases.folio, folio)).limit(1);
    if (!taken) return folio;
  }
  throw new Error('No se pudo generar un folio libre.');
}

/** Next public measure code (`M-000124`), continuing after the highest imported numeric code. */
export async function nextMeasureCode(tx: Database): Promise<string> {
  await tx.execute(sql`insert into ${caseSettings} (key, value)
    select 'measure_code_seq', coalesce(max(substring(${measures.code} from '^M-([0-9]{1,9})$')::int), 0)::text from ${measures}
    on conflict do nothing`);
  for (let i = 0; i < 10_000; i++) {
    const [row] = await tx
      .update(caseSettings)
      .set({ value: sql`((${caseSettings.value})::int + 1)::text` })
      .where(eq(caseSettings.key, 'measure_code_seq'))
      .returning({ value: caseSettings.value });
    const code = `M-${row!.value.padStart(6, '0')}`;
    const [taken] = await tx.select({ id: measures.id }).from(measures).where(eq(measures.code, code)).limit(1);
    if (!taken) return code;
  }
  throw new Error('No se pudo generar un código de medida libre.');
}
