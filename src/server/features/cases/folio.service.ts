import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { caseFolioSequences, caseSettings } from './cases.schema.js';
import { cases, measures } from '../../records/records.schema.js';
import { DEFAULT_FOLIO_PATTERN, folioRegex, formatFolio, patternWidth, widthAfter } from './folio.js';

export async function folioPattern(db: Database): Promise<{ pattern: string; version: number }> {
  const [row] = await db.select().from(caseSettings).where(eq(caseSettings.key, 'folio_pattern')).limit(1);
  return row ? { pattern: row.value, version: row.version } : { pattern: DEFAULT_FOLIO_PATTERN, version: 1 };
}

/** The highest sequence among `column`'s values matching `regex` (one capture group), as written. */
async function highest(tx: Database, table: typeof cases | typeof measures, regex: string): Promise<string | null> {
  const column = 'folio' in table ? table.folio : table.code;
  const seq = sql`substring(${column} from ${regex})`;
  const rows = await tx
    .select({ digits: sql<string>`${seq}` })
    .from(table)
    .where(sql`${column} ~ ${regex}`)
    .orderBy(sql`(${seq})::numeric desc`, sql`length(${seq}) desc`)
    .limit(1);
  return rows[0]?.digits ?? null;
}

/**
 * Next folio of the year: after the counter AND after the highest folio of the year already there,
 * whatever its padding (`MPI-2026-0010` exists -> 11, written `MPI-2026-0011`). The counter row is
 * locked by the upsert until the transaction ends, so concurrent creations get distinct numbers.
 */
export async function nextFolio(tx: Database, year: number): Promise<string> {
  const { pattern } = await folioPattern(tx);
  const top = await highest(tx, cases, folioRegex(pattern, year));
  const after = top ? Number(top) + 1 : 1;
  const width = widthAfter(top, patternWidth(pattern));
  for (let i = 0; i < 10_000; i++) {
    const [row] = await tx
      .insert(caseFolioSequences)
      .values({ year, last: after })
      .onConflictDoUpdate({
        target: caseFolioSequences.year,
        set: { last: sql`greatest(${caseFolioSequences.last} + 1, ${after})` },
      })
      .returning({ last: caseFolioSequences.last });
    const folio = formatFolio(pattern, year, row!.last, width);
    const [taken] = await tx.select({ id: cases.id }).from(cases).where(eq(cases.folio, folio)).limit(1);
    if (!taken) return folio;
  }
  throw new Error('No se pudo generar un folio libre.');
}

const MEASURE_CODE = '^M-([0-9]+)$';
const MEASURE_CODE_WIDTH = 6;

/**
 * Next public measure code (`M-000124`): after the counter and after the highest numeric code
 * already there, padded like that code when it is padded (`M-0000104` -> `M-0000105`).
 */
export async function nextMeasureCode(tx: Database): Promise<string> {
  const top = await highest(tx, measures, MEASURE_CODE);
  const after = top ? Number(top) + 1 : 1;
  const width = widthAfter(top, MEASURE_CODE_WIDTH);
  for (let i = 0; i < 10_000; i++) {
    const [row] = await tx
      .insert(caseSettings)
      .values({ key: 'measure_code_seq', value: String(after) })
      .onConflictDoUpdate({
        target: caseSettings.key,
        set: { value: sql`greatest((${caseSettings.value})::bigint + 1, ${after})::text` },
      })
      .returning({ value: caseSettings.value });
    const code = `M-${row!.value.padStart(width, '0')}`;
    const [taken] = await tx.select({ id: measures.id }).from(measures).where(eq(measures.code, code)).limit(1);
    if (!taken) return code;
  }
  throw new Error('No se pudo generar un código de medida libre.');
}
