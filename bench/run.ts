// `npm run bench`: scales S and M (BENCH_SCALE=L for the national scale — run it once, it is long).
// PGlite in memory by default; BENCH_DATABASE_URL=postgres://… runs on a PostgreSQL server.
// Writes bench/results/<date>-<scales>.json and the table in docs/performance.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { users } from '../src/server/platform/auth/auth.schema.js';
import { caseLeads } from '../src/server/features/cases/cases.schema.js';
import { createSession, SESSION_COOKIE } from '../src/server/platform/auth/session.js';
import { createFieldCrypto } from '../src/server/platform/crypto/fields.js';
import { keyRingFromFile, newKeyFile } from '../src/server/platform/crypto/keys.js';
import { generatePackage } from '../src/server/features/interchange/generate/generate.js';
import { SCALES, type Scale } from '../src/server/features/interchange/generate/scales.js';
import { freshDatabase } from './lib/db.js';
import { renderTable, updateDoc } from './lib/report-doc.js';
import { benchHttp } from './suites/http.js';
import { benchImport } from './suites/import.js';
import { benchReport } from './suites/report.js';
import { benchWebSize } from './suites/web.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scaleNames = (process.env.BENCH_SCALE ?? 'S,M').split(',').map((s) => s.trim().toUpperCase()) as Scale['name'][];
const httpSeconds = Number(process.env.BENCH_HTTP_SECONDS ?? 5);
const httpConnections = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 10);
/** Machine load (1, 5, 15 min): on a shared machine every figure must say how busy it was. */
const load = () => os.loadavg().map((x) => Math.round(x * 100) / 100);
const PERIOD = { from: '2025-11-01', to: '2025-12-31' }; // the generator's last bimonthly period

async function benchScale(name: Scale['name']) {
  const scale = SCALES[name];
  if (!scale) throw new Error(`escala desconocida: ${name}`);
  const loadStart = load();
  console.log(`[${name}] generating…`);
  const pkg = generatePackage({ scale, seed: 2016 });
  const handle = await freshDatabase();
  try {
    console.log(`[${name}] import…`);
    const imported = await benchImport(handle.db, pkg);
    // Fresh statistics and visibility map, as autovacuum leaves them after a bulk load (PostgreSQL 13+
    // also vacuums insert-only tables): plans of a real installation, index-only scans included.
    await handle.db.execute(sql`vacuum analyze`);
    const config = {
      ...loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', SALVAGUARDA_RATE_LIMIT: '1000000000' }),
    };
    const app = await buildApp(
      { db: handle.db, engine: handle.engine, config, crypto: createFieldCrypto(keyRingFromFile(newKeyFile())) },
      { logger: false },
    );
    await app.ready();
    const [u] = await handle.db
      .insert(users)
      .values({ username: 'bench', displayName: 'Bench', passwordHash: '!', roles: ['cdemp', 'planning'] })
      .returning({ id: users.id });
    // A case lead: the case page shows identities, so every request is an audited read.
    await handle.db.insert(caseLeads).values({ userId: u!.id });
    const session = await createSession(handle.db, u!.id, { secondFactorVerified: true });
    const headers = { cookie: `${SESSION_COOKIE}=${session.token}` };
    console.log(`[${name}] report…`);
    const report = await benchReport(handle.db, app, headers, PERIOD);
    console.log(`[${name}] http (${httpSeconds} s per target)…`);
    const http = await benchHttp(app, handle.db, headers, '2016-01-01', httpSeconds, httpConnections);
    await app.close();
    return { scale: name, engine: handle.engine, loadavg: { start: loadStart, end: load() }, imported, report, http };
  } finally {
    await handle.close();
  }
}

const started = new Date();
const startLoad = load();
const results = [];
for (const name of scaleNames) results.push(await benchScale(name));
const output = {
  startedAt: started.toISOString(),
  seconds: Math.round((Date.now() - started.getTime()) / 1000),
  machine: {
    cpu: os.cpus()[0]?.model,
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadavg: { start: startLoad, end: load() },
  },
  scales: results,
  web: benchWebSize(ROOT),
};
fs.mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
const engine = process.env.BENCH_DATABASE_URL ? 'postgres' : 'pglite';
const file = path.join(
  ROOT,
  'bench/results',
  `${started.toISOString().slice(0, 10)}-${scaleNames.join('')}-${engine}.json`,
);
fs.writeFileSync(file, `${JSON.stringify(output, null, 2)}\n`);
const table = renderTable(output);
console.log(`\n${table}\nResultados: ${path.relative(ROOT, file)}`);
if (process.env.BENCH_NO_DOC !== '1')
  // Scale L has its own block in the page (bench:<engine>-L), so that S and M stay beside it.
  updateDoc(
    path.join(ROOT, 'docs/performance.md'),
    table,
    path.relative(ROOT, file),
    scaleNames.includes('L') ? `${engine}-L` : engine,
  );
process.exit(0);
