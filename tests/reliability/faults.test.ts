import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { generateData } from '../../src/server/features/interchange/generate/generate.js';
import { SCALES } from '../../src/server/features/interchange/generate/scales.js';
import { writePackage } from '../../src/server/features/interchange/generate/write.js';
import { cases } from '../../src/server/records/records.schema.js';
import { auditLog } from '../../src/server/platform/audit/audit.schema.js';
import { rowCounts } from '../../src/server/platform/ops/catalog.js';
import {
  createUserSession,
  migratedInstallation,
  newInstallation,
  openInstallation,
  verifyInstallationAudit,
  sleep,
  spawnCli,
  startServer,
  type Installation,
} from './support/process.js';

/**
 * Faults on the real server process: SIGKILL in the middle of an import and of a burst of writes,
 * then a restart. Each operation is all or nothing, acknowledged writes survive, and the audit
 * chain verifies. Plus many clients editing one record at once: one wins, the rest get 409.
 */
const figures = { inputs: 0, faults: 0, lost: 0 };
const installs: Installation[] = [];
afterAll(() => {
  console.log(`reliability: ${figures.inputs} inputs, ${figures.faults} faults, ${figures.lost} records lost`);
  for (const i of installs) i.remove();
});
const install = () => {
  const i = newInstallation();
  installs.push(i);
  return i;
};
/** An initialised, migrated installation (a copy of one made once per file), as after its first start. */
const installMigrated = async () => {
  const i = await migratedInstallation();
  installs.push(i);
  return i;
};

const IMPORTED = ['cases', 'case_follow_ups', 'measures', 'measure_actions', 'information_requests'];
const CASE = { kind: 'attention', profile: 'journalist', identity: 'collective', openedOn: '2024-02-01' };

describe('faults', () => {
  it('an import killed midway leaves all or nothing, and the audit chain intact', { timeout: 240_000 }, async () => {
    const data = generateData({ scale: SCALES.S, seed: 7 });
    const probe = install();
    const file = path.join(probe.dir, 'package.json');
    await writePackage(data, file);
    figures.inputs += data.cases.length + data.informationRequests.length + data.actionEntries;
    // A complete import first: its counts are "all", its duration places the kills (the machine may be busy).
    const { counts: full, ms: duration } = await completeImportCounts(file);
    for (const delayMs of [0.6, 0.85].map((f) => Math.round(f * duration))) {
      // An initialised, migrated installation: the kill must hit the import, not the first start.
      const inst = await installMigrated();
      const run = spawnCli(inst, ['import', file]);
      await sleep(delayMs);
      const killed = run.exitCode === null;
      if (killed) run.kill('SIGKILL');
      const exit = await run.exited;
      if (killed && exit.signal === 'SIGKILL') figures.faults++;
      const handle = await openInstallation(inst);
      try {
        const after = await rowCounts(handle.db, IMPORTED);
        expect((await verifyInstallationAudit(inst, handle)).ok).toBe(true);
        const empty = Object.values(after).every((n) => n === 0);
        console.log(
          `import ${killed ? `killed at ${delayMs} ms` : 'finished before the kill'}: ${empty ? 'nothing' : 'everything'} stored`,
        );
        // Only a complete import may be visible.
        if (!empty) expect(after).toEqual(full);
      } finally {
        await handle.close();
      }
      // The installation still takes the import afterwards.
      const again = spawnCli(inst, ['import', file]);
      expect((await again.exited).code, again.output()).toBe(0);
    }
  });

  it(
    'writes acknowledged before a SIGKILL survive; each write is whole with its audit entry; concurrent edits never get lost',
    { timeout: 240_000 },
    async () => {
      const inst = await installMigrated();
      let session: Awaited<ReturnType<typeof createUserSession>>;
      {
        const handle = await openInstallation(inst);
        session = await createUserSession(handle.db, ['cdemp'], { lead: true });
        await handle.close();
      }
      let server = await startServer(inst);
      const post = (body: unknown) =>
        fetch(`${server.url}/api/cases`, { method: 'POST', headers: session.headers, body: JSON.stringify(body) });

      // Concurrency: 12 clients send the same version of one case at once, 5 rounds.
      const created = await post(CASE);
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string; version: number };
      let version = 1;
      const ROUNDS = 5;
      for (let round = 0; round < ROUNDS; round++) {
        const results = await Promise.all(
          Array.from({ length: 12 }, (_, i) =>
            fetch(`${server.url}/api/cases/${id}`, {
              method: 'PATCH',
              headers: session.headers,
              body: JSON.stringify({ version, location: `Cliente ${round}-${i}` }),
            }),
          ),
        );
        figures.inputs += results.length;
        const statuses = results.map((r) => r.status).sort();
        expect(statuses.filter((s) => s === 200)).toHaveLength(1);
        expect(statuses.filter((s) => s === 409)).toHaveLength(11);
        version = ((await results.find((r) => r.status === 200)!.json()) as { version: number }).version;
      }
      expect(version).toBe(1 + ROUNDS);

      // A burst of creations, killed once some are acknowledged.
      const acknowledged: string[] = [];
      let sent = 0;
      const worker = async () => {
        while (sent < 400) {
          sent++;
          try {
            const res = await post({ ...CASE, location: `Ráfaga ${sent}` });
            if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
          } catch {
            return; // the server is gone
          }
        }
      };
      const workers = Array.from({ length: 8 }, worker);
      while (acknowledged.length < 40) await sleep(10);
      await server.kill('SIGKILL');
      figures.faults++;
      await Promise.all(workers);
      figures.inputs += sent;

      const handle = await openInstallation(inst);
      try {
        const stored = await handle.db.select({ id: cases.id, version: cases.version }).from(cases);
        const storedIds = new Set(stored.map((c) => c.id));
        const lost = acknowledged.filter((a) => !storedIds.has(a));
        figures.lost += lost.length;
        expect(lost).toEqual([]);
        expect(stored.find((c) => c.id === id)!.version).toBe(1 + ROUNDS);
        const created = await handle.db
          .select({ entityId: auditLog.entityId })
          .from(auditLog)
          .where(
            and(eq(auditLog.entity, 'case'), eq(auditLog.action, 'create'), inArray(auditLog.entityId, [...storedIds])),
          );
        expect(new Set(created.map((c) => c.entityId))).toEqual(storedIds); // no case without its audit entry
        const updates = await handle.db
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'update')));
        expect(updates).toHaveLength(ROUNDS);
        expect((await verifyInstallationAudit(inst, handle)).ok).toBe(true);
      } finally {
        await handle.close();
      }

      // And it starts again and takes writes.
      server = await startServer(inst);
      expect((await post(CASE)).status).toBe(201);
      await server.kill('SIGTERM');
    },
  );
});

async function completeImportCounts(file: string): Promise<{ counts: Record<string, number>; ms: number }> {
  const inst = await installMigrated();
  const t0 = Date.now();
  const run = spawnCli(inst, ['import', file]);
  expect((await run.exited).code, run.output()).toBe(0);
  const ms = Date.now() - t0;
  const handle = await openInstallation(inst);
  try {
    return { counts: await rowCounts(handle.db, IMPORTED), ms };
  } finally {
    await handle.close();
  }
}
