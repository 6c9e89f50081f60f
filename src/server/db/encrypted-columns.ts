// Every column that holds a FieldCrypto.encrypt value, derived from the schema: a column is
// encrypted because it is declared with encryptedText, so none can be left out of key rotation.
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { isEncryptedColumn } from '../platform/crypto/encrypted-column.js';
import * as schema from './schema.js';

export interface EncryptedColumn {
  table: string;
  /** primary-key column used to update row by row */
  idColumn: string;
  column: string;
}

export function encryptedColumnsOf(tables: readonly unknown[]): EncryptedColumn[] {
  const out: EncryptedColumn[] = [];
  for (const table of tables) {
    if (!(table instanceof PgTable)) continue;
    const config = getTableConfig(table);
    const encrypted = config.columns.filter(isEncryptedColumn);
    if (encrypted.length === 0) continue;
    const primary = config.columns.filter((c) => c.primary);
    if (primary.length !== 1) throw new Error(`${config.name}: encrypted columns need a one-column primary key`);
    for (const c of encrypted) out.push({ table: config.name, idColumn: primary[0]!.name, column: c.name });
  }
  return out.sort((a, b) => `${a.table}.${a.column}`.localeCompare(`${b.table}.${b.column}`));
}

export const encryptedColumns: EncryptedColumn[] = encryptedColumnsOf(Object.values(schema));
