// buildBimonthlyReport: the contract JSON for a period, from the database aggregates.
import type { Database } from '../../db/client.js';
import { BimonthlyReport, Period } from './report.contract.js';
import {
  countCasesByBucket,
  countIncorporationsByMonth,
  countIncorporationsByYear,
  countInformationRequests,
  countMeasures,
} from './report.queries.js';
import { buildCasesByType } from './tables/casesByType.js';
import { buildIncorporationsByMonth } from './tables/incorporationsByMonth.js';
import { buildIncorporationsByYear } from './tables/incorporationsByYear.js';
import { buildInformationRequests } from './tables/informationRequests.js';
import { buildMeasures } from './tables/measures.js';

export async function buildBimonthlyReport(
  db: Database,
  period: { from: string; to: string },
): Promise<BimonthlyReport> {
  const { from, to } = Period.parse(period);
  // One read-only snapshot: the five tables describe the same state of the data.
  return db.transaction(
    async (tx) => {
      const [byBucket, byMonth, byYear, measureRows, requests] = [
        await countCasesByBucket(tx, { from, to }),
        await countIncorporationsByMonth(tx, { to }),
        await countIncorporationsByYear(tx, { to }),
        await countMeasures(tx, { from, to }),
        await countInformationRequests(tx, { from, to }),
      ];
      const toYear = Number(to.slice(0, 4));
      const report: BimonthlyReport = {
        period: { from, to },
        casesByType: buildCasesByType(byBucket),
        incorporationsByMonth: buildIncorporationsByMonth(toYear, byMonth),
        incorporationsByYear: buildIncorporationsByYear(toYear, byYear),
        measures: buildMeasures(measureRows),
        informationRequests: buildInformationRequests({ from, to }, requests),
      };
      // The contract is a public interface: never print a document that does not match it.
      return BimonthlyReport.parse(report);
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
