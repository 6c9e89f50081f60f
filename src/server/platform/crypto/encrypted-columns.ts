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
  // cases feature: beneficiaries (law arts. 24, 40), risk narrative, plan summary, CEM decision notes
  ...['name_enc', 'aliases_enc', 'contact_enc', 'address_enc', 'organisation_enc', 'activity_enc'].map((column) => ({
    table: 'beneficiaries',
    idColumn: 'id',
    column,
  })),
  { table: 'risk_assessments', idColumn: 'id', column: 'narrative_enc' },
  { table: 'protection_plans', idColumn: 'id', column: 'summary_enc' },
  { table: 'measure_decisions', idColumn: 'id', column: 'note_enc' },
  { table: 'information_request_details', idColumn: 'request_id', column: 'request_text_enc' },
  { table: 'information_request_details', idColumn: 'request_id', column: 'requester_name_enc' },
  { table: 'information_request_details', idColumn: 'request_id', column: 'requester_contact_enc' },
  { table: 'information_request_events', idColumn: 'id', column: 'note_enc' },
];
