import fs from 'node:fs';
import { defineConfig } from 'vitest/config';
import { usesDatabase } from './tests/support/uses-database.js';

const include = ['src/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'];

/** On PostgreSQL (TEST_DATABASE_URL) only the files that reach a database: the rest ran on PGlite. */
function databaseFiles(): string[] {
  const files = ['src', 'tests', 'scripts'].flatMap((dir) =>
    fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => `${dir}/${f}`),
  );
  return files.filter((f) => f.endsWith('.test.ts') && !f.startsWith('tests/e2e/') && usesDatabase(f));
}

export default defineConfig({
  test: {
    include: process.env.TEST_DATABASE_URL ? databaseFiles() : include,
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file gets its own database; two cores, so two files at a time.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
