// A contract's document survives a logical backup and restore byte for byte (it lives in the
// database, encrypted), and the plaintiff of a lawsuit reaches no role outside legal.plaintiffs.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../../../common/roles.js';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { createTestDatabase } from '../../../../tests/support/database.js';
import { createBackup, restoreLogicalBackup } from '../../platform/ops/backup.js';
import { policies } from '../../platform/access/policies.js';
import { readContractDocument } from './legal.service.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-legal-backup-'));
let ctx: TestContext;
let legal: TestClient;
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), crypto.randomBytes(2048), Buffer.from('\n%%EOF\n')]);

beforeAll(async () => {
  ctx = await createTestContext();
  legal = await ctx.signInAs(['legal']);
});
afterAll(async () => {
  await ctx.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('legal data in backups and across roles', () => {
  it('restores a contract document byte for byte with its SHA-256', async () => {
    const c = await legal.post('/api/legal/contracts', {
      number: 'BK-2024-001',
      kind: 'fees',
      counterpart: 'Persona Respaldo',
      signedOn: '2024-01-02',
      startsOn: '2024-01-01',
      endsOn: '2024-09-30',
    });
    const contractId = c.json().id;
    const up = await legal.post(`/api/legal/contracts/${contractId}/documents`, {
      fileName: 'contrato.pdf',
      contentBase64: PDF.toString('base64'),
    });
    expect(up.statusCode).toBe(201);
    const file = path.join(dir, 'b.sgz');
    await createBackup(ctx.handle, file, { logical: true });
    const target = await createTestDatabase();
    try {
      await restoreLogicalBackup(target, file);
      const actor = { userId: legal.user.id, username: legal.user.username, roles: ['legal'] } as never;
      const doc = await readContractDocument(
        { db: target.db, crypto: ctx.deps.crypto },
        { actor, ip: '127.0.0.1' },
        contractId,
        up.json().id,
      );
      expect(doc.bytes.equals(PDF)).toBe(true);
      expect(crypto.createHash('sha256').update(doc.bytes).digest('hex')).toBe(up.json().sha256);
    } finally {
      await target.close();
    }
  });

  it('shows the plaintiff to legal.plaintiffs only, for every role', async () => {
    const res = await legal.post('/api/legal/lawsuits', {
      fileNumber: 'CONF-1/2024',
      typeCode: 'labour',
      court: 'Tribunal Laboral',
      plaintiff: 'Nombre Confidencial Ficticio',
      filedOn: '2024-02-01',
    });
    const id = res.json().id;
    for (const role of roles) {
      const client = await ctx.signInAs([role]);
      const urls = [
        `/api/legal/lawsuits/${id}`,
        '/api/legal/lawsuits',
        '/api/legal/lawsuits?format=xlsx',
        '/api/legal/summary',
      ];
      for (const url of urls) {
        const r = await client.get(url);
        const sees = r.rawPayload.toString('latin1').includes('Nombre Confidencial');
        const expected = url === `/api/legal/lawsuits/${id}` && policies['legal.plaintiffs'].includes(role);
        expect({ role, url, sees }).toEqual({ role, url, sees: expected });
      }
    }
  });
});
