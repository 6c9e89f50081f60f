import { defineConfig } from 'drizzle-kit';

// One set of migrations for PGlite and PostgreSQL; every feature's *.schema.ts is read.
export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './src/server/platform/**/*.schema.ts',
    './src/server/records/*.schema.ts',
    './src/server/features/**/*.schema.ts',
  ],
  out: './src/server/db/migrations',
  strict: true,
});
