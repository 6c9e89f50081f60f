// Cuadro 3 — cases attended in the period, by type of case, profile and identity.
import { CASE_BUCKETS, type CaseBucket, type CasesByType, type Identity, type Profile } from '../report.contract.js';
import { addToRow, emptyRow, sumRows, toCount } from './groups.js';

/** One aggregate row from SQL: how many cases of a bucket/profile/identity. */
export interface CaseBucketCount {
  bucket: CaseBucket;
  profile: Profile;
  identity: Identity;
  n: number | string;
}

export function buildCasesByType(counts: readonly CaseBucketCount[]): CasesByType {
  const rows = Object.fromEntries(CASE_BUCKETS.map((b) => [b, emptyRow()])) as CasesByType['rows'];
  for (const c of counts) {
    const row = rows[c.bucket];
    if (!row) throw new Error(`unknown case bucket: ${String(c.bucket)}`);
    addToRow(row, c.profile, c.identity, toCount(c.n));
  }
  return { rows, total: sumRows(CASE_BUCKETS.map((b) => rows[b])) };
}
