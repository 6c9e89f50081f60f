import { text } from 'drizzle-orm/pg-core';

/**
 * A text column that holds FieldCrypto.encrypt values. Declaring a column this way is what
 * registers it: `keys rotate`, `keys remove-old` and the backup checks find every such column by
 * walking the schema (src/server/db/encrypted-columns.ts). New columns end in `_enc`.
 */
export function encryptedText<N extends string>(name: N) {
  const builder = text(name);
  // The builder's config object becomes the column's config: the flag survives into the table.
  (builder as unknown as { config: Record<string, unknown> }).config.encrypted = true;
  return builder;
}

/** True for a column declared with encryptedText. */
export function isEncryptedColumn(column: unknown): boolean {
  return (column as { config?: { encrypted?: unknown } } | null)?.config?.encrypted === true;
}
