// A package problem as a sentence a person understands: which record (kind, position, folio or id)
// and which field (its Spanish name, with the package's name in brackets), then what is wrong.
// `cases[0].kind` + "campo obligatorio" -> "Caso n.º 1 (folio «MPI-2024-0001»), campo «tipo» (kind): es obligatorio."

const RECORDS: Record<string, string> = {
  cases: 'Caso',
  measures: 'Medida',
  informationRequests: 'Solicitud de información',
  followUps: 'seguimiento',
  actions: 'acción',
};

const FIELDS: Record<string, string> = {
  format: 'formato',
  folio: 'folio',
  id: 'identificador',
  code: 'clave',
  kind: 'tipo',
  type: 'tipo',
  procedure: 'procedimiento',
  profile: 'perfil',
  identity: 'identidad',
  openedOn: 'fecha de apertura',
  closedOn: 'fecha de cierre',
  followUps: 'seguimientos',
  caseFolio: 'folio del caso',
  name: 'nombre',
  status: 'estado',
  startedOn: 'fecha de inicio',
  endedOn: 'fecha de término',
  actions: 'acciones',
  on: 'fecha',
  count: 'cantidad',
  receivedOn: 'fecha de recepción',
  admissible: 'procedencia',
};

const MESSAGES: Record<string, string> = { 'campo obligatorio': 'es obligatorio' };

type Segment = string | number;

/** `measures[0].actions[2].count` -> ['measures', 0, 'actions', 2, 'count']. */
function segmentsOf(path: string): Segment[] {
  const out: Segment[] = [];
  for (const m of path.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(JSON.parse(`"${m[3]}"`) as string);
  }
  return out;
}

/** The record's own name in the package: its folio, id or code, when it has a text one. */
function identifierOf(item: unknown): string | null {
  if (item === null || typeof item !== 'object') return null;
  const r = item as Record<string, unknown>;
  for (const key of ['folio', 'id', 'code'] as const) {
    const v = r[key];
    if (typeof v === 'string' && v.trim() !== '') return `${key === 'folio' ? 'folio' : 'clave'} «${v.trim()}»`;
  }
  return null;
}

export function describeProblem(path: string, message: string, root: unknown): string {
  const segments = segmentsOf(path);
  const parts: string[] = [];
  let node: unknown = root;
  let field: string | null = null;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const next = segments[i + 1];
    if (typeof s === 'string' && typeof next === 'number') {
      node = (node as Record<string, unknown> | null)?.[s];
      node = Array.isArray(node) ? node[next] : undefined;
      const record = RECORDS[s] ?? `registro de «${s}»`;
      const id = parts.length === 0 ? identifierOf(node) : null;
      parts.push(`${record} n.º ${next + 1}${id ? ` (${id})` : ''}`);
      i++;
    } else if (typeof s === 'string') {
      field = field ? `${field}.${s}` : s;
      node = (node as Record<string, unknown> | null)?.[s];
    }
  }
  const where = parts.length > 0 ? parts.join(', ') : 'El paquete';
  const last = field?.split('.').pop();
  const fieldText = field ? `, campo «${FIELDS[last!] ?? field}» (${field})` : '';
  const what = MESSAGES[message] ?? message;
  const sentence = `${where.charAt(0).toUpperCase()}${where.slice(1)}${fieldText}: ${what}`;
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
