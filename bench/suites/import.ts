import type { Database } from '../../src/server/db/client.js';
import { importPackage } from '../../src/server/features/interchange/import.service.js';
import { round } from '../lib/measure.js';
import type { DataPackage } from '../../src/server/features/interchange/package.contract.js';

/** One import of the whole generated package into an empty database (validation + writes + audit). */
export async function benchImport(db: Database, pkg: DataPackage) {
  const t = performance.now();
  const result = await importPackage(db, pkg, { actor: { userId: null, username: 'bench' } });
  const seconds = (performance.now() - t) / 1000;
  if (!result.ok)
    throw new Error(`import refused the generated package: ${JSON.stringify(result.problems.slice(0, 3))}`);
  const c = result.counts;
  const records =
    c.cases.inserted + c.followUps.inserted + c.measures.inserted + c.actions.inserted + c.informationRequests.inserted;
  return { seconds: round(seconds), records, recordsPerSec: round(records / seconds, 0) };
}
