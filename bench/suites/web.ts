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
  return {
    built: true as const,
    builtAt: fs.statSync(dir).mtime.toISOString(),
    jsBytes: sum('.js', 'bytes'),
    jsGzipBytes: sum('.js', 'gzipBytes'),
    cssGzipBytes: sum('.css', 'gzipBytes'),
    initialGzipBytes: initial.reduce((a, e) => a + e.gzipBytes, 0),
    initialBrotliBytes: initial.reduce((a, e) => a + (e.brotliBytes ?? e.gzipBytes), 0),
    precompressed: entries.every((e) => e.brotliBytes !== null || e.bytes < 1024),
    // Each feature's page chunk (lazy), gzip: what opening that page adds to the first page.
    pagesGzipBytes: Object.fromEntries(
      entries
        .filter((e) => /Page/.test(e.file) && e.file.endsWith('.js'))
        .map((e) => [e.file.replace(/-[\w-]{8}\.js$/, ''), e.gzipBytes]),
    ),
    files: entries,
  };
}
