// The demo data: several years of contracts and publications, lawsuits with open deadlines, a
// contract ending soon; personal data encrypted; a second run adds nothing.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.js';
import type { DatabaseHandle } from '../../db/client.js';
import { createFieldCrypto } from '../../platform/crypto/fields.js';
import { keyRingFromFile, newKeyFile } from '../../platform/crypto/keys.js';
import {
  legalContracts,
  legalGazettePublications,
  legalLawsuits,
  legalOpinions,
  legalRegulationVersions,
} from './legal.schema.js';
import { seedLegalDemo } from './legal.seeder.js';
import { reminders } from './legal.service.js';

let handle: DatabaseHandle;
const crypto = createFieldCrypto(keyRingFromFile(newKeyFile()));
const now = new Date('2026-03-02T18:00:00Z');

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

describe('legal demo data', () => {
  it('spans several years, encrypts people and shows reminders', async () => {
    const lines = await seedLegalDemo({ db: handle.db, crypto }, now);
    expect(lines[0]).toMatch(/contratos/);
    const years = await handle.db
      .select({ y: sql<string>`distinct substr(${legalContracts.signedOn}::text, 1, 4)` })
      .from(legalContracts);
    expect(years.length).toBeGreaterThanOrEqual(5);
    const [pubs] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(legalGazettePublications);
    expect(pubs!.n).toBeGreaterThanOrEqual(15);
    const suits = await handle.db.select().from(legalLawsuits);
    expect(suits.every((s) => s.plaintiffEnc.startsWith('enc1.'))).toBe(true);
    const r = await reminders(handle.db, now);
    expect(r.contractsEnding.length).toBeGreaterThanOrEqual(1);
    expect(r.deadlines.length).toBeGreaterThanOrEqual(1);
    // 2 March 2026 lies in the reminder window of the Jan–Feb report (due 6 March).
    expect(r.lawsuitReport?.dueOn).toBe('2026-03-06');
    // Opinions every year (those of the current year still unanswered) and one Lineamientos version a year.
    const opinions = await handle.db.select().from(legalOpinions);
    expect(opinions.filter((o) => o.requestedOn.startsWith('2026') && o.answeredOn === null).length).toBeGreaterThan(0);
    const versions = await handle.db.select().from(legalRegulationVersions);
    expect(versions.map((v) => v.label)).toContain('2026');
    expect(versions.every((v) => v.gazettePublicationId !== null)).toBe(true);
    expect(await seedLegalDemo({ db: handle.db, crypto }, now)).toEqual([]);
  });
});
