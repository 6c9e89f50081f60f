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
});
