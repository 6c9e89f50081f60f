// `tsx bench/profile.ts <target>`: keeps one imported database per scale (PROFILE_SCALE, default M) on
// BENCH_DATABASE_URL's server, starts the app, and drives one target with autocannon in a child
// process, so that a `--cpu-prof` of this process shows the server alone.
// Targets: list, case, health, bare, bound (see bench/suites/http.ts). Prints autocannon's summary.
// PROFILE_SECONDS (10), PROFILE_CONNECTIONS (50), PROFILE_POOL (the product's default).
import { spawn } from 'node:child_process';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase, rowsOf } from '../src/server/db/client.js';
import { migrate } from '../src/server/db/migrate.js';
import { users } from '../src/server/platform/auth/auth.schema.js';
import { caseLeads } from '../src/server/features/cases/cases.schema.js';
import { createSession, SESSION_COOKIE } from '../src/server/platform/auth/session.js';
import { createFieldCrypto } from '../src/server/platform/crypto/fields.js';
import { keyRingFromFile, newKeyFile } from '../src/server/platform/crypto/keys.js';
import { generatePackage } from '../src/server/features/interchange/generate/generate.js';
import { SCALES, type Scale } from '../src/server/features/interchange/generate/scales.js';
import { benchImport } from './suites/import.js';
import { bareApp } from './suites/http.js';

const server = process.env.BENCH_DATABASE_URL;
if (!server) throw new Error('BENCH_DATABASE_URL');
const scaleName = (process.env.PROFILE_SCALE ?? 'M') as Scale['name'];
const target = process.argv[2] ?? 'list';
const seconds = process.env.PROFILE_SECONDS ?? '10';
const connections = process.env.PROFILE_CONNECTIONS ?? '50';
const name = `sg_profile_${scaleName.toLowerCase()}`;

const admin = postgres(server, { max: 1, onnotice: () => {} });
const exists = (await admin`select 1 from pg_database where datname = ${name}`).length > 0;
if (!exists) await admin.unsafe(`create database ${name}`);
await admin.end();
const url = new URL(server);
url.pathname = `/${name}`;
const handle = await openDatabase({
  databaseUrl: url.toString(),
  databasePoolSize: process.env.PROFILE_POOL ? Number(process.env.PROFILE_POOL) : undefined,
});
if (!exists) {
  await migrate(handle);
  console.log(await benchImport(handle.db, generatePackage({ scale: SCALES[scaleName]!, seed: 2016 })));
  await handle.db.execute(sql`vacuum analyze`);
}
const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', SALVAGUARDA_RATE_LIMIT: '1000000000' });
const app = await buildApp(
  { db: handle.db, engine: 'postgres', config, crypto: createFieldCrypto(keyRingFromFile(newKeyFile())) },
  { logger: false },
);
const [u] = await handle.db
  .insert(users)
  .values({ username: `prof${Date.now()}`, displayName: 'Prof', passwordHash: '!', roles: ['cdemp', 'planning'] })
  .returning({ id: users.id });
await handle.db.insert(caseLeads).values({ userId: u!.id });
const session = await createSession(handle.db, u!.id, { secondFactorVerified: true });
const base = await app.listen({ port: 0, host: '127.0.0.1' });
const bare = bareApp(handle.db, '2016-01-01');
const bareBase = await bare.listen({ port: 0, host: '127.0.0.1' });
const [newest] = rowsOf<{ id: string }>(
  await handle.db.execute(sql`select id from cases order by opened_on desc, folio desc limit 1`),
);
const path: Record<string, string> = {
  list: '/api/cases?from=2016-01-01&limit=50',
  case: `/api/cases/${newest!.id}`,
  health: '/api/health',
};
const cannon = [
  '-d',
  seconds,
  '-c',
  connections,
  '-H',
  `cookie=${SESSION_COOKIE}=${session.token}`,
  target === 'bare'
    ? `${bareBase}/bare/cases`
    : target === 'bound'
      ? `${bareBase}/bare/list-page`
      : `${base}${path[target]}`,
];
// The load generator in its own process (async spawn: this process must keep serving).
const run = (args: string[], stdio: 'inherit' | 'ignore') =>
  new Promise<void>((resolve) => spawn('node_modules/.bin/autocannon', args, { stdio }).on('exit', () => resolve()));
await run(['-d', '2', ...cannon.slice(4)], 'ignore'); // warm-up: JIT, prepared statements, pool
await run(cannon, 'inherit');
await app.close();
await handle.close();
process.exit(0);
