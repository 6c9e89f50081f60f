import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** Size of what a browser downloads for the web app: every built JS/CSS file, raw and gzip. */
export function benchWebSize(root: string) {
  const dir = path.join(root, 'dist/web/assets');
  if (!fs.existsSync(dir)) return { built: false as const, note: 'dist/web missing: run `npm run build` first' };
  const files = fs.readdirSync(dir).filter((f) => /\.(js|css)$/.test(f)); // not the .gz/.br copies
  const entries = files.map((f) => {
    const buf = fs.readFileSync(path.join(dir, f));
    return {
      file: f,
      bytes: buf.length,
      gzipBytes: zlib.gzipSync(buf, { level: 9 }).length,
      // What the server sends to a browser that accepts brotli (the build's precompressed copy).
      brotliBytes: fs.existsSync(path.join(dir, `${f}.br`)) ? fs.statSync(path.join(dir, `${f}.br`)).size : null,
    };
  });
  const sum = (ext: string, k: 'bytes' | 'gzipBytes') =>
    entries.filter((e) => e.file.endsWith(ext)).reduce((a, e) => a + e[k], 0);
  const html = fs.readFileSync(path.join(root, 'dist/web/index.html'), 'utf8');
  const initial = entries.filter((e) => html.includes(e.file)); // loaded by index.html; the rest are lazy chunks
  const gzipOf = new Map(entries.map((e) => [e.file, e.gzipBytes]));
  /** A chunk and every chunk it imports statically (what the browser fetches to show that page). */
  const closure = (file: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(file) || !gzipOf.has(file)) return seen;
    seen.add(file);
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)) closure(m[1]!, seen);
    return seen;
  };
  const withPage = (prefix: string, ext: '.js' | '') => {
    const chunk = entries.find((e) => e.file.startsWith(`${prefix}-`) && e.file.endsWith('.js'));
    if (!chunk) return null;
    const files = new Set(initial.map((e) => e.file));
    for (const f of closure(chunk.file)) files.add(f);
    return [...files].filter((f) => f.endsWith(ext)).reduce((a, f) => a + (gzipOf.get(f) ?? 0), 0);
  };
  return {
    built: true as const,
    builtAt: fs.statSync(dir).mtime.toISOString(),
    jsBytes: sum('.js', 'bytes'),
    jsGzipBytes: sum('.js', 'gzipBytes'),
    cssGzipBytes: sum('.css', 'gzipBytes'),
    initialGzipBytes: initial.reduce((a, e) => a + e.gzipBytes, 0),
    // Issue 16's goal (≤ 250 KB of gzip JavaScript): the first page plus the case list page with all
    // it imports; the same with the stylesheet beside it.
    firstPagePlusCaseListJsGzipBytes: withPage('CaseListPage', '.js'),
    firstPagePlusCaseListGzipBytes: withPage('CaseListPage', ''),
    initialBrotliBytes: initial.reduce((a, e) => a + (e.brotliBytes ?? e.gzipBytes), 0),
    precompressed: entries.every((e) => e.brotliBytes !== null || e.bytes < 1024),
    initialJsGzipBytes: initial.filter((e) => e.file.endsWith('.js')).reduce((a, e) => a + e.gzipBytes, 0),
    // Each page with every chunk it imports, JS gzip: what a browser holds to show that page.
    pagesWithFirstPageJsGzipBytes: Object.fromEntries(
      entries
        .filter((e) => /Page/.test(e.file) && e.file.endsWith('.js'))
        .map((e) => {
          const name = e.file.replace(/-[\w-]{8}\.js$/, '');
          return [name, withPage(name, '.js')];
        }),
    ),
    // Each feature's page chunk alone (lazy), gzip.
    pagesGzipBytes: Object.fromEntries(
      entries
        .filter((e) => /Page/.test(e.file) && e.file.endsWith('.js'))
        .map((e) => [e.file.replace(/-[\w-]{8}\.js$/, ''), e.gzipBytes]),
    ),
    files: entries,
  };
}
