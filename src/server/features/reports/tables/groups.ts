// Small helpers shared by the table builders: the GROUP and ROW shapes of the contract.
import { IDENTITIES, PROFILES, type Group, type Identity, type Profile, type Row } from '../report.contract.js';

export function emptyGroup(): Group {
  return { woman: 0, man: 0, lgbttti: 0, collective: 0, cases: 0 };
}

export function emptyRow(): Row {
  return { defender: emptyGroup(), journalist: emptyGroup(), total: 0 };
}

/** Adds n cases of one profile/identity to a row, keeping `cases` and `total` consistent. */
export function addToRow(
  row: { defender: Group; journalist: Group; total: number },
  profile: Profile,
  identity: Identity,
  n: number,
): void {
  row[profile][identity] += n;
  row[profile].cases += n;
  row.total += n;
}

/** Sum of several rows (the "Totales" line). */
export function sumRows(rows: Array<{ defender: Group; journalist: Group; total: number }>): Row {
  const total = emptyRow();
  for (const row of rows) {
    for (const profile of PROFILES) {
      for (const identity of IDENTITIES) addToRow(total, profile, identity, row[profile][identity]);
    }
  }
  return total;
}

export function isProfile(value: unknown): value is Profile {
  return (PROFILES as readonly unknown[]).includes(value);
}

export function isIdentity(value: unknown): value is Identity {
  return (IDENTITIES as readonly unknown[]).includes(value);
}

/** Aggregates from SQL may come back as strings (bigint on PostgreSQL) — normalise to numbers. */
export function toCount(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`invalid aggregate count: ${String(value)}`);
  return n;
}
