import fs from 'node:fs';

/* The shape run.ts produces (kept loose: this only formats it). */
interface Output {
  startedAt: string;
  seconds: number;
  machine: {
    cpu?: string;
    cores: number;
    memoryGb: number;
    node: string;
    platform: string;
    loadavg?: { start: number[]; end: number[] };
  };
  scales: {
    scale: string;
    engine: string;
    imported: { seconds: number; records: number; recordsPerSec: number };
    report: {
      minimalSqlMs: number;
      serviceMs: number;
      wholeReportMs?: number;
      documentModelMs?: number;
      httpMs: number;
      serviceOverMinimal: number;
      httpOverMinimal: number;
    };
    loadavg?: { start: number[]; end: number[] };
    http: {
      connections?: number;
      bareQuery: { reqPerSec: number; p99Ms: number };
      listBound?: { reqPerSec: number; p99Ms: number };
      appList: { reqPerSec: number; p99Ms: number; errors: number };
      appCasePage?: { reqPerSec: number; p99Ms: number; errors: number };
      appHealth: { reqPerSec: number; p99Ms: number };
      bareOverApp: number;
    };
  }[];
  web: { built: boolean; jsGzipBytes?: number; initialGzipBytes?: number; cssGzipBytes?: number; builtAt?: string };
}

const kb = (b?: number) => (b === undefined ? '–' : `${(b / 1024).toFixed(1)} KiB`);

export function renderTable(o: Output): string {
  const head = ['', ...o.scales.map((s) => `${s.scale} (${s.engine})`)];
  const row = (label: string, f: (s: Output['scales'][number]) => string | number) => [
    label,
    ...o.scales.map((s) => String(f(s))),
  ];
  const rows = [
    row('import: records', (s) => s.imported.records),
    row('import: seconds', (s) => s.imported.seconds),
    row('import: records/s', (s) => s.imported.recordsPerSec),
    row('report: minimal SQL (ms, median)', (s) => s.report.minimalSqlMs),
    row('report: service JSON (ms)', (s) => s.report.serviceMs),
    row('report: whole report JSON, every section (ms)', (s) => s.report.wholeReportMs ?? '–'),
    row('report: its document model (ms)', (s) => s.report.documentModelMs ?? '–'),
    row('report: HTTP route, whole report + document (ms)', (s) => s.report.httpMs),
    row('ratio service / minimal SQL', (s) => `×${s.report.serviceOverMinimal}`),
    row('ratio HTTP / minimal SQL', (s) => `×${s.report.httpOverMinimal}`),
    row('HTTP bare Fastify + 1 indexed query (req/s)', (s) => s.http.bareQuery.reqPerSec),
    row('HTTP app GET /api/cases (req/s, p99 ms)', (s) => `${s.http.appList.reqPerSec} (${s.http.appList.p99Ms})`),
    row('HTTP app GET /api/cases/:id, audited (req/s, p99 ms)', (s) =>
      s.http.appCasePage ? `${s.http.appCasePage.reqPerSec} (${s.http.appCasePage.p99Ms})` : '–',
    ),
    row('HTTP list bound: the page SQL alone (req/s, p99 ms)', (s) =>
      s.http.listBound ? `${s.http.listBound.reqPerSec} (${s.http.listBound.p99Ms})` : '–',
    ),
    row('HTTP app GET /api/health (req/s)', (s) => s.http.appHealth.reqPerSec),
    row('HTTP connections', (s) => s.http.connections ?? 10),
    row('load average at start / end (1 min)', (s) =>
      s.loadavg ? `${s.loadavg.start[0]} / ${s.loadavg.end[0]}` : '–',
    ),
    row('ratio bare / app list', (s) => `×${s.http.bareOverApp}`),
  ];
  const lines = [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`);
  const m = o.machine;
  const web = o.web.built
    ? `Web: ${kb(o.web.jsGzipBytes)} of JS gzip in total, ${kb(o.web.initialGzipBytes)} loaded by the first page (JS + CSS), CSS ${kb(o.web.cssGzipBytes)} (build of ${o.web.builtAt}).`
    : 'Web: not built (run `npm run build`).';
  return [
    `Run ${o.startedAt} (${o.seconds} s) on ${m.cpu ?? 'unknown CPU'}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, ${m.platform}` +
      (m.loadavg ? `, load average ${m.loadavg.start.join(' ')} at start, ${m.loadavg.end.join(' ')} at end.` : '.'),
    '',
    ...lines,
    '',
    web,
  ].join('\n');
}

/** Replaces the text between the bench markers of one engine in docs/performance.md. */
export function updateDoc(file: string, table: string, resultsFile: string, engine: string): void {
  if (!fs.existsSync(file)) return;
  const text = fs.readFileSync(file, 'utf8');
  const start = `<!-- bench:${engine}:start -->`;
  const end = `<!-- bench:${engine}:end -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) return;
  const body = `${start}\n${table}\n\nRaw figures: \`${resultsFile}\`.\n${end}`;
  fs.writeFileSync(file, text.slice(0, a) + body + text.slice(b + end.length));
}
