import { caseFollowUps, cases, measureActions, measures } from '../../records/records.schema.js';
import type { Database } from '../../db/client.js';
import { auditNow } from '../audit/audit.js';
import { users } from '../auth/auth.schema.js';
import type { FieldCrypto } from '../crypto/fields.js';

/**
 * A small but varied data set for the backup and key tests: arrays, jsonb, dates, timestamps,
 * nulls, a bigserial (audit), foreign keys and encrypted values. Returns the plaintexts encrypted.
 */
export async function seedOpsFixture(db: Database, crypto: FieldCrypto, n = 12): Promise<{ secrets: string[] }> {
  const secrets: string[] = [];
  for (let i = 0; i < n; i++) {
    const secret = `JBSWY3DPEHPK3PXP${i}`;
    secrets.push(secret);
    await db.insert(users).values({
      username: `ops.user.${i}`,
      displayName: `Usuaria ${i} «ñandú» \u{1F510}`,
      passwordHash: '!',
      roles: i % 2 ? ['cdemp', 'dg'] : ['admin'],
      totpSecret: crypto.encrypt(secret),
      recoveryCodes: [`code-${i}`, `"quoted" ${i}`],
      lockedUntil: i % 3 ? null : new Date(Date.UTC(2024, 1, 29, 12, 30, 15, 123)),
    });
    const [c] = await db
      .insert(cases)
      .values({
        folio: `MPI/${String(i).padStart(4, '0')}/2024`,
        kind: i % 2 ? 'attention' : 'incorporation',
        procedure: i % 2 ? null : 'ordinary',
        profile: 'journalist',
        identity: 'woman',
        openedOn: `2024-0${(i % 9) + 1}-1${i % 10}`,
      })
      .returning({ id: cases.id });
    const note = `Nota de seguimiento ${i}: la persona Ana Pérez ${i} pidió reubicación`;
    secrets.push(note);
    await db
      .insert(caseFollowUps)
      .values({ caseId: c!.id, on: '2024-03-01', kind: 'visit', note: crypto.encrypt(note) });
    const [m] = await db
      .insert(measures)
      .values({
        code: `M-${String(i).padStart(6, '0')}`,
        caseId: c!.id,
        type: 'protection',
        name: 'Botón de pánico',
        startedOn: '2024-01-01',
      })
      .returning({ id: measures.id });
    await db.insert(measureActions).values({ measureId: m!.id, on: '2024-02-02', count: i + 1 });
    await auditNow(db, {
      actor: null,
      action: 'create',
      entity: 'case',
      entityId: c!.id,
      details: { i, nested: { b: [1, 2], a: 'x' } },
    });
  }
  return { secrets };
}
