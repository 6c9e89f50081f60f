// The whole seed 003 (January–February 2024) in one database: the core package (cases, measures,
// requests) and every module's fixture (bodies, prevention and liaison, legal, administration,
// monitoring), imported through the product's package import with every registered array.
import fs from 'node:fs';
import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Database } from '../../../db/client.js';
import { SEED003_ACTIVITIES } from '../../administration/administration.fixtures.js';
import { administrationActivities } from '../../administration/administration.schema.js';
import { registry } from '../../index.js';
import { importPackage } from '../../interchange/import.service.js';
import { preventionLiaisonActivities } from '../../prevention/prevention.schema.js';
import { seed003Text, seedBody } from './seed003.text.js';

const FIXTURES = ['bodies', 'prevention', 'legal', 'administration', 'monitoring'];

/** The core package with every module fixture's arrays merged in. */
export function seed003Package(): Record<string, unknown> {
  const pkg = JSON.parse(fs.readFileSync('tests/fixtures/seed003.package.json', 'utf8')) as Record<string, unknown>;
  for (const name of FIXTURES) {
    const part = JSON.parse(fs.readFileSync(`tests/fixtures/seed003.${name}.json`, 'utf8')) as Record<string, unknown>;
    for (const [key, value] of Object.entries(part)) if (Array.isArray(value)) pkg[key] = value;
  }
  return pkg;
}

/** Imports the whole seed 003 into `db` (a fresh database). */
export async function importSeed003(db: Database): Promise<void> {
  const result = await importPackage(db, seed003Package(), {
    actor: { userId: null, username: 'seed003' },
    arrays: registry.packageArrays,
  });
  if (!result.ok) throw new Error(`seed 003 did not import: ${JSON.stringify(result.problems.slice(0, 5))}`);
  // The CAF's activity list (§6) has no package array: it is typed by the unit.
  await db.insert(administrationActivities).values(SEED003_ACTIVITIES.map((a) => ({ ...a })));
  // §7.2: the Transparency Committee's session is the bodies fixture's CT-2024-E1.
  // §4: the long description of each event and meeting (who took part, where, what for) is typed by
  // the unit on the activity; the package has no field for it.
  const rows = await db
    .select({ code: preventionLiaisonActivities.code })
    .from(preventionLiaisonActivities)
    .where(
      and(
        inArray(preventionLiaisonActivities.kind, ['event', 'meeting']),
        gte(preventionLiaisonActivities.on, '2024-01-01'),
        lte(preventionLiaisonActivities.on, '2024-02-29'),
      ),
    )
    .orderBy(
      asc(preventionLiaisonActivities.kind),
      asc(preventionLiaisonActivities.on),
      asc(preventionLiaisonActivities.code),
    );
  const descriptions = seed003LiaisonDescriptions();
  if (rows.length !== descriptions.length)
    throw new Error(`seed 003 §4: ${rows.length} events and meetings, ${descriptions.length} descriptions`);
  for (const [i, { code }] of rows.entries())
    await db
      .update(preventionLiaisonActivities)
      .set({ description: descriptions[i]! })
      .where(eq(preventionLiaisonActivities.code, code));
}

/**
 * The seed's §4.1.1 and §4.1.2 bullets after "El DD de mes, " (events, then the meeting, in date
 * order): what staff type as each activity's description.
 */
export function seed003LiaisonDescriptions(): string[] {
  const body = seedBody(seed003Text());
  const part = body.slice(body.indexOf('4.1.1 Eventos.\n'), body.indexOf('5. ASUNTOS JURÍDICOS.\n'));
  return [...part.matchAll(/^- \*\*El \d\d de [a-z]+\*\*, (.*)$/gm)].map((m) => m[1]!.replace(/\*\*/g, '').trim());
}
