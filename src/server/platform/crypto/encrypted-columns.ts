/**
 * Every column that holds a value from FieldCrypto.encrypt, so `keys rotate` can re-encrypt all of
 * them and backups can be checked. Append one entry when a feature adds an encrypted column.
 */
export interface EncryptedColumn {
  table: string;
  /** primary-key column used to update row by row */
  idColumn: string;
  column: string;
}

export const encryptedColumns: EncryptedColumn[] = [
  { table: 'users', idColumn: 'id', column: 'totp_secret' },
  { table: 'case_follow_ups', idColumn: 'id', column: 'note' },
];
