// The evidence files live in a bytea column: a logical backup and its restore must carry them
// byte for byte (and their SHA-256), with the catalogue and the submissions.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.js';
import { createBackup, restoreLogicalBackup } from '../../platform/ops/backup.js';
import {
  administrationDeliverables,
  administrationEvidence,
  administrationSubmissions,
} from './administration.schema.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-adm-backup-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('administration evidence in backups', () => {
  it('restores the evidence bytes exactly', { timeout: 180_000 }, async () => {
    const source = await createTestDatabase();
    const target = await createTestDatabase();
    try {
      // Every byte value, so an encoding slip (text, escapes, base64) would show.
      const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 256 }, (_, i) => i))]);
      const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
      await source.db
        .update(administrationDeliverables)
        .set({ dueDay: 15 })
        .where(eq(administrationDeliverables.id, 'CAF-02'));
      const [s] = await source.db
        .insert(administrationSubmissions)
        .values({ deliverableId: 'CAF-02', month: '2024-01', status: 'delivered', deliveredOn: '2024-02-12' })
        .returning();
      await source.db.insert(administrationEvidence).values({
        submissionId: s!.id,
        fileName: 'acuse.pdf',
        mediaType: 'application/pdf',
        size: bytes.length,
        sha256,
        content: bytes,
      });
      const file = path.join(dir, 'logical.sgz');
      await createBackup(source, file, { logical: true });
      await restoreLogicalBackup(target, file);
      const [restored] = await target.db.select().from(administrationEvidence);
      expect(restored!.submissionId).toBe(s!.id);
      expect(Buffer.compare(restored!.content, bytes)).toBe(0);
      expect(crypto.createHash('sha256').update(restored!.content).digest('hex')).toBe(sha256);
      const [d] = await target.db
        .select()
        .from(administrationDeliverables)
        .where(eq(administrationDeliverables.id, 'CAF-02'));
      expect(d!.dueDay).toBe(15);
      expect(await target.db.select().from(administrationDeliverables)).toHaveLength(14);
    } finally {
      await source.close();
      await target.close();
    }
  });
});
