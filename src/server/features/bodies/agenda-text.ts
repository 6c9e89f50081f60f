// The text of an agenda item: plain for most bodies; encrypted (text_enc) for bodies whose
// agendas name beneficiaries (the CEM: `restrictedAgenda`), read only by case roles and audited.
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import type { FieldCrypto } from '../../platform/crypto/fields.js';
import { bodies, bodyAgendaItems, bodySessions } from './bodies.schema.js';

export function agendaTextColumns(restricted: boolean, text: string, fc: FieldCrypto) {
  return restricted ? { text: null, textEnc: fc.encrypt(text) } : { text, textEnc: null };
}

/** The item's text: decrypted when the item is stored encrypted (call only for readers allowed to see it). */
export function agendaTextOf(row: { text: string | null; textEnc: string | null }, fc: FieldCrypto): string {
  return row.textEnc ? fc.decrypt(row.textEnc) : (row.text ?? '');
}

/**
 * Encrypts the agenda texts of restricted bodies still stored in plain (rows written before
 * migration 0024, which could not encrypt: the key is outside the database). Run at every start;
 * returns how many items it sealed.
 */
export async function sealRestrictedAgendas(db: Database, fc: FieldCrypto): Promise<number> {
  const rows = await db
    .select({ id: bodyAgendaItems.id, text: bodyAgendaItems.text })
    .from(bodyAgendaItems)
    .innerJoin(bodySessions, eq(bodySessions.id, bodyAgendaItems.sessionId))
    .innerJoin(bodies, eq(bodies.code, bodySessions.bodyCode))
    .where(and(eq(bodies.restrictedAgenda, true), isNotNull(bodyAgendaItems.text)));
  if (rows.length === 0) return 0;
  await db.transaction(async (tx) => {
    for (const r of rows)
      await tx
        .update(bodyAgendaItems)
        .set({ text: null, textEnc: fc.encrypt(r.text!) })
        .where(and(eq(bodyAgendaItems.id, r.id), eq(bodyAgendaItems.text, r.text!)));
  });
  return rows.length;
}
