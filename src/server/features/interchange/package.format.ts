import type { PackageArray } from '../manifest.js';
import type { DataPackage, PackageCase, PackageInformationRequest, PackageMeasure } from './package.contract.js';

/**
 * The canonical text of a package, exactly as the export writes it: records sorted by folio / id
 * (code-unit order, the same as collate "C" for the ASCII folios in use), follow-ups ascending,
 * actions by date then count, one record per line. Fixtures and generated data use it, so
 * `export` of an imported canonical file reproduces the file byte for byte.
 */
const byKey =
  <T>(key: (x: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

export function canonicalCase(c: PackageCase): PackageCase {
  return {
    folio: c.folio,
    kind: c.kind,
    procedure: c.procedure,
    profile: c.profile,
    identity: c.identity,
    openedOn: c.openedOn,
    closedOn: c.closedOn,
    followUps: [...new Set(c.followUps)].sort(),
  };
}

export function canonicalMeasure(m: PackageMeasure): PackageMeasure {
  return {
    id: m.id,
    caseFolio: m.caseFolio,
    type: m.type,
    name: m.name,
    startedOn: m.startedOn,
    endedOn: m.endedOn,
    actions: [...m.actions]
      .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.count - b.count))
      .map((a) => ({ on: a.on, count: a.count })),
  };
}

export function canonicalRequest(r: PackageInformationRequest): PackageInformationRequest {
  return { folio: r.folio, receivedOn: r.receivedOn, kind: r.kind, admissible: r.admissible };
}

export function arrayText(name: string, items: readonly unknown[]): string {
  const body = items.map((x) => JSON.stringify(x)).join(',\n');
  return `\n${JSON.stringify(name)}:[${body ? `\n${body}` : ''}\n]`;
}

export function packageText(pkg: DataPackage, arrays: readonly PackageArray[] = []): string {
  const cases = pkg.cases.map(canonicalCase).sort(byKey((c) => c.folio));
  const measures = pkg.measures.map(canonicalMeasure).sort(byKey((m) => m.id));
  const requests = pkg.informationRequests.map(canonicalRequest).sort(byKey((r) => r.folio));
  // Other features' items are canonical once parsed by their schema (nulls written); sorted by id.
  const extra = arrays.map((a) => arrayText(a.name, [...(pkg.extra?.[a.name] ?? [])].sort(byKey((x) => a.idOf(x)))));
  return `{"format":"${pkg.format}",${[arrayText('cases', cases), arrayText('measures', measures), arrayText('informationRequests', requests), ...extra].join(',')}}\n`;
}
