import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Database } from '../../db/client.js';
import { audit } from '../audit/audit.js';
import { createFieldCrypto, type FieldCrypto } from '../crypto/fields.js';
import { addDataKey, keyRingFromFile, readKeyFile, writeKeyFile, type KeyFile } from '../crypto/keys.js';
import { quoteIdent } from './catalog.js';
import { keyIdsInUse, keyUsage, presentEncryptedColumns, valuesUnderKeysAnywhere } from './key-usage.js';

export interface ReencryptResult {
  /** `table.column` -> values re-encrypted */
  changed: Record<string, number>;
  keyId: string;
}

/**
 * Re-encrypts every registered encrypted column with the current key, `batchSize` rows per
 * transaction, walking each table by its id. Values already under the current key are skipped, so
 * an interrupted run is simply run again. Blind indexes use the separate index key: untouched.
 */
export async function reencryptAll(db: Database, crypto: FieldCrypto, batchSize = 500): Promise<ReencryptResult> {
  const changed: Record<string, number> = {};
  const prefix = `enc1.${crypto.currentKeyId}.`;
  for (const c of await presentEncryptedColumns(db)) {
    const [t, id, col] = [quoteIdent(c.table), quoteIdent(c.idColumn), quoteIdent(c.column)];
    let last: string | null = null;
    let n = 0;
    for (;;) {
      const after: SQL = last === null ? sql`` : sql` and ${sql.raw(id)}::text > ${last}`;
      const rows: { id: string; v: string }[] = rowsOf<{ id: string; v: string }>(
        await db.execute(
          sql`select ${sql.raw(id)}::text as id, ${sql.raw(col)} as v from ${sql.raw(t)}
            where ${sql.raw(col)} is not null${after} order by ${sql.raw(id)}::text limit ${batchSize}`,
        ),
      );
      if (rows.length === 0) break;
      last = rows[rows.length - 1]!.id;
      const todo = rows
        .filter((r) => !r.v.startsWith(prefix))
        .map((r) => ({ id: r.id, old: r.v, val: crypto.encrypt(crypto.decrypt(r.v)) }));
      if (todo.length) {
        // `and col = old`: a value changed meanwhile by the application is left as it was written.
        const updated = await db.transaction(async (tx) =>
          rowsOf(
            await tx.execute(
              sql`update ${sql.raw(t)} set ${sql.raw(col)} = v.val
                from jsonb_to_recordset(${JSON.stringify(todo)}::jsonb) as v(id text, old text, val text)
                where ${sql.raw(`${t}.${id}`)}::text = v.id and ${sql.raw(`${t}.${col}`)} = v.old returning 1`,
            ),
          ),
        );
        n += updated.length;
      }
      if (rows.length < batchSize) break;
    }
    changed[`${c.table}.${c.column}`] = n;
  }
  return { changed, keyId: crypto.currentKeyId };
}

/** `keys rotate`: a new current key in the key file (old ones kept), then every value re-encrypted. */
export async function rotateKeys(
  db: Database,
  keyFile: string,
  batchSize?: number,
): Promise<ReencryptResult & { previousKeyId: string }> {
  const before = readKeyFile(keyFile);
  const next = addDataKey(before);
  // The file is written first: from here on, values under either key stay readable.
  writeKeyFile(keyFile, next);
  const result = await reencryptAll(db, createFieldCrypto(keyRingFromFile(next)), batchSize);
  await db.transaction((tx) =>
    audit(tx, {
      actor: null,
      action: 'keys_rotate',
      entity: 'keys',
      details: { from: before.current, to: next.current, changed: result.changed },
    }),
  );
  return { ...result, previousKeyId: before.current };
}

/** Drops data keys no value uses any more; refuses while any value still needs one. */
export async function removeUnusedKeys(db: Database, keyFile: string): Promise<{ removed: string[]; file: KeyFile }> {
  const keys = readKeyFile(keyFile);
  const inUse = new Set(keyIdsInUse(await keyUsage(db)));
  const unknown = [...inUse].filter((k) => !(k in keys.keys));
  if (unknown.length)
    throw new Error(`Hay valores cifrados con llaves que no están en el archivo: ${unknown.join(', ')}.`);
  const removed = Object.keys(keys.keys).filter((k) => k !== keys.current && !inUse.has(k));
  const stillUsed = await valuesUnderKeysAnywhere(db, removed);
  if (stillUsed.length)
    throw new Error(
      `No se borró ninguna llave: hay valores cifrados con ellas en columnas no registradas: ${stillUsed
        .map((u) => `${u.table}.${u.column} (${u.keyId})`)
        .join(', ')}.`,
    );
  const file: KeyFile = {
    ...keys,
    keys: Object.fromEntries(Object.entries(keys.keys).filter(([k]) => !removed.includes(k))),
  };
  if (removed.length) writeKeyFile(keyFile, file);
  return { removed, file };
}
