import { defineConfig } from 'vitest/config';

// Browser tests: the real server (embedded database in a temp dir) and Debian's Chromium.
// Run after `npm run build` (the server serves dist/web). One file at a time: each starts a server.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    minWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    retry: 0, // no retries hiding flakiness
  },
});
