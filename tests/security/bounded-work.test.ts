import zlib from 'node:zlib';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { roles } from '../../src/common/roles.js';
import { maxDate } from '../../src/common/dates.js';
import { isCalendarDate } from '../../src/server/features/interchange/dates.js';
import { cellDate } from '../../src/server/features/interchange/spreadsheet/convert.js';
import { MAX_ROWS, zipUncompressedBytes } from '../../src/server/features/interchange/spreadsheet/limits.js';
import { readCsv, readXlsx } from '../../src/server/features/interchange/spreadsheet/read.js';
import { createTestContext } from '../support/context.js';
import fc from 'fast-check';
import { arbitraryFor, jsonSchemaOf } from './support/arbitraries.js';
import { apiRoutes, fillUrl, type ApiRoute } from './support/routes.js';

vi.mock('../../src/server/platform/access/guard.js', async (orig) =>
  (await import('./support/routes.js')).withRouteCollector(await orig()),
);

/**
 * Bounded work (issue 17, items 2, 4 and 12): every date is refused outside 1990 .. end of next
 * year, so nothing loops to the year 9999; deep or large bodies are refused before JSON.parse.
 */
const ctx = await createTestContext();
const routes = apiRoutes();
const client = await ctx.signInAs([...roles]);
afterAll(() => ctx.close());

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('report period', () => {
  it('the year 9999 is refused at once with a 400 (it used to run 37 s and end in a 500)', async () => {
    const board = await ctx.signInAs(['board']);
    for (const url of [
      '/api/reports/bimonthly?from=9999-01-01&to=9999-12-31',
      '/api/reports/bimonthly/download?from=9999-01-01&to=9999-12-31&format=pdf',
    ]) {
      // A validation failure answers before any report work starts; speed itself is measured in bench/.
      const res = await board.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
  });
});

type JsonSchema = NonNullable<ReturnType<typeof jsonSchemaOf>>;

/** Fills path parameters with values their schema accepts, so validation reaches the query and body. */
function validPath(route: ApiRoute): string {
  const params = jsonSchemaOf(route.schema.params);
  return fillUrl(route.url, (n) => {
    const [value] = fc.sample(arbitraryFor(params?.properties?.[n]), { numRuns: 1, seed: 7 });
    return typeof value === 'string' ? value : String(value);
  });
}

/** Top-level properties of a schema whose JSON Schema says `format: date` (or date-time). */
function dateFields(schema: JsonSchema | undefined): string[] {
  return Object.entries(schema?.properties ?? {})
    .filter(([, s]) => {
      const alts = [s, ...((s as { anyOf?: JsonSchema[] }).anyOf ?? [])];
      return alts.some((a) => a.format === 'date' || a.format === 'date-time');
    })
    .map(([k]) => k);
}

describe('dates on every route', () => {
  const withDates = routes
    .map((r) => ({
      route: r,
      query: dateFields(jsonSchemaOf(r.schema.querystring)),
      body: dateFields(jsonSchemaOf(r.schema.body)),
    }))
    .filter((r) => r.query.length + r.body.length > 0);

  it('finds the routes that take dates (cases, transparency, reports, audit)', () => {
    const urls = withDates.map((r) => r.route.url).join(' ');
    for (const part of ['/api/cases', '/api/transparency', '/api/reports', '/api/audit']) expect(urls).toContain(part);
  });

  it.each([['9999-12-31'], ['1900-01-01'], [`${Number(maxDate().slice(0, 4)) + 1}-01-01`]])(
    'refuses %s in every date field of every route with a clear Spanish message',
    async (bad) => {
      const sent = (r: ApiRoute, url: string, body?: Record<string, unknown>) =>
        r.method === 'GET'
          ? client.get(url)
          : client[r.method === 'DELETE' ? 'del' : (r.method.toLowerCase() as 'post' | 'put' | 'patch')](url, body);
      for (const { route, query, body } of withDates) {
        const path = validPath(route);
        for (const field of query) {
          const res = await sent(route, `${path}?${field}=${encodeURIComponent(bad)}`);
          expect(res.statusCode, `${route.method} ${route.url} ?${field}`).toBe(400);
          expect(JSON.stringify(res.json()), `${route.url} ${field}`).toMatch(/fecha/i);
        }
        for (const field of body) {
          const res = await sent(route, path, { [field]: bad });
          expect(res.statusCode, `${route.method} ${route.url} body.${field}`).toBe(400);
          const details = (res.json().error.details ?? []) as { path: string; message: string }[];
          const mine = details.filter((d) => d.path === `body.${field}`);
          expect(mine.length, `${route.method} ${route.url} body.${field}`).toBeGreaterThan(0);
          expect(mine.map((d) => d.message).join(' ')).toMatch(/fecha/i);
        }
      }
    },
  );

  it('imports refuse the same dates (packages and spreadsheets share isCalendarDate)', () => {
    expect(isCalendarDate('9999-12-31')).toBe(false);
    expect(isCalendarDate('1989-12-31')).toBe(false);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate(cellDate('31/12/9999')!)).toBe(false);
  });
});

describe('bodies', () => {
  it('a 1 MB deeply nested body is refused in under a second, on sign-in and on a signed-in route', async () => {
    const body = nested(512 * 1024); // 1 MiB of brackets
    for (const [who, url] of [
      [ctx.anonymous(), '/api/auth/sign-in'],
      [client, '/api/cases'],
    ] as const) {
      const started = performance.now();
      const res = await who.post(url, body);
      const ms = performance.now() - started;
      expect([400, 413], url).toContain(res.statusCode);
      // Generous bound: the unbounded parser took tens of seconds; a loaded CI machine takes ~1 s.
      expect(ms, url).toBeLessThan(5000);
    }
  });

  it('nesting beyond 32 levels is refused with a Spanish message; 30 levels still parse', async () => {
    const deep = await client.post('/api/cases', `{"a":${nested(40)}}`);
    expect(deep.statusCode).toBe(400);
    expect(deep.json().error.details[0].message).toMatch(/anidación/);
    const shallow = await client.post('/api/cases', `{"a":${nested(30)}}`);
    expect(shallow.statusCode).toBe(400);
    expect(JSON.stringify(shallow.json())).not.toMatch(/anidación/); // reached zod, refused as a bad case
  });

  it('sign-in takes at most 16 KB; other routes keep their larger limit', async () => {
    const big = JSON.stringify({ username: 'a'.repeat(20_000), password: 'b' });
    expect((await ctx.anonymous().post('/api/auth/sign-in', big)).statusCode).toBe(413);
    expect((await client.post('/api/cases', JSON.stringify({ x: 'a'.repeat(20_000) }))).statusCode).toBe(400);
  });

  it('strings with brackets inside are not counted as nesting', async () => {
    const res = await ctx
      .anonymous()
      .post('/api/auth/sign-in', JSON.stringify({ username: '['.repeat(100) + '"\\', password: '{'.repeat(100) }));
    expect(res.statusCode).not.toBe(500);
    expect(JSON.stringify(res.json())).not.toMatch(/anidación/);
  });
});

describe('text that is not what it seems (issue 17, item 12)', () => {
  const message = async (res: { statusCode: number; json(): unknown }) =>
    JSON.stringify((res.json() as { error?: { details?: unknown } }).error?.details ?? null);

  it('a lone surrogate is refused with a Spanish message instead of being stored as U+FFFD', async () => {
    for (const lone of ['\\ud800', 'a\\udc00b']) {
      const res = await client.post('/api/cases', `{"summary":"${lone}"}`);
      expect(res.statusCode, lone).toBe(400);
      expect(await message(res), lone).toMatch(/Unicode incompleto/);
    }
  });

  it('bytes that are not UTF-8 are refused before parsing', async () => {
    const raw = Buffer.concat([Buffer.from('{"summary":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
    const res = await client.post('/api/cases', raw);
    expect(res.statusCode).toBe(400);
    expect(await message(res)).toMatch(/UTF-8/);
  });

  it('a whole surrogate pair (an emoji) and accented text pass on to the route', async () => {
    const res = await client.post('/api/cases', JSON.stringify({ summary: 'Defensora 🌱 de Tláhuac' }));
    expect(res.statusCode).toBe(400); // refused by the case schema, not by the text check
    expect(await message(res)).not.toMatch(/Unicode incompleto|UTF-8/);
  });
});

/** A one-entry ZIP (deflated), as an XLSX part would be stored: local header, data, directory, end. */
function zipWith(name: string, content: Buffer): Buffer {
  const data = zlib.deflateRawSync(content);
  const n = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(n.length, 26);
  const dir = Buffer.alloc(46);
  dir.writeUInt32LE(0x02014b50, 0);
  dir.writeUInt16LE(20, 4);
  dir.writeUInt16LE(20, 6);
  dir.writeUInt16LE(8, 10);
  dir.writeUInt32LE(data.length, 20);
  dir.writeUInt32LE(content.length, 24);
  dir.writeUInt16LE(n.length, 28);
  const dirOffset = 30 + n.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + n.length, 12);
  end.writeUInt32LE(dirOffset, 16);
  return Buffer.concat([local, n, data, dir, n, end]);
}

describe('spreadsheet import limits', () => {
  it('an XLSX holding a huge (compressible) image is refused from its directory, before it is inflated', async () => {
    const file = zipWith('xl/media/image1.png', Buffer.alloc(70 * 1024 * 1024));
    expect(file.length).toBeLessThan(1024 * 1024); // small on the wire
    const problems: { message: string }[] = [];
    expect(await readXlsx(file, problems as never)).toEqual([]);
    expect(problems[0]!.message).toMatch(/sin comprimir/);
  });

  it('a CSV with more rows than the limit is refused before it is parsed', () => {
    const csv = Buffer.from(`Folio\n${'MPI-1\n'.repeat(MAX_ROWS + 5)}`);
    const problems: { message: string }[] = [];
    expect(readCsv(csv, 'casos.csv', problems as never)).toEqual([]);
    expect(problems[0]!.message).toMatch(/filas/);
  });

  it('a zip directory that lies about its shape is refused, not trusted', () => {
    expect(zipUncompressedBytes(Buffer.from('no es un zip'.repeat(10)))).toMatchObject({ ok: false });
  });
});
