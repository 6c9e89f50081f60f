import { describe, expect, it } from 'vitest';
import { usesDatabase } from './uses-database.js';

describe('usesDatabase', () => {
  it('finds a database through a relative import (a route test via the test context)', () => {
    expect(usesDatabase('src/server/features/cases/routes.test.ts')).toBe(true);
  });

  it('leaves out pure logic and a CLI test on its own embedded data directory', () => {
    expect(usesDatabase('src/server/features/transparency/business-days.test.ts')).toBe(false);
    expect(usesDatabase('src/server/features/planning/plan.command.test.ts')).toBe(false);
  });

  it('leaves out the reliability tests: their processes and their own reads open only an embedded data directory', () => {
    for (const f of ['faults', 'ops-cli', 'ops-faults'])
      expect(usesDatabase(`tests/reliability/${f}.test.ts`)).toBe(false);
  });

  it('a file that merely imports the database client (its definition) does not reach a database', () => {
    expect(usesDatabase('src/server/platform/ops/catalog.test.ts')).toBe(false);
    expect(usesDatabase('src/server/platform/ops/rotate.test.ts')).toBe(true);
  });
});
