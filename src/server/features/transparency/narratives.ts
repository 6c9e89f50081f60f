// The §7.1, §7.1.2, §7.2 and §7.4 texts of seed 003, written from the unit's records: portal
// activities, SIPOT updates, Comité de Transparencia sessions and integration steps, and the open
// government activities. Pure: the section loads the rows.
import { joinList, longDate } from '../reports/api.js';

const ORDINAL_M = ['primer', 'segundo', 'tercer', 'cuarto'];
const ORDINAL_F = [
  'Primera',
  'Segunda',
  'Tercera',
  'Cuarta',
  'Quinta',
  'Sexta',
  'Séptima',
  'Octava',
  'Novena',
  'Décima',
];

/** '2023-Q4' -> "cuarto trimestre del año 2023" (seed 003 §7.1.2); '2024-H1' -> semester; '2024' -> "ejercicio 2024". */
export function sipotPeriod(key: string): string {
  const y = key.slice(0, 4);
  if (key.includes('-Q')) return `${ORDINAL_M[Number(key.slice(6)) - 1]} trimestre del año ${y}`;
  if (key.includes('-H')) return `${key.endsWith('1') ? 'primer' : 'segundo'} semestre del año ${y}`;
  return `ejercicio ${y}`;
}

/** "Coordinación de Administración y Finanzas" -> "la Coordinación …": the seed names areas with their article. */
export function withArticle(area: string): string {
  if (/^(la|el|los|las)\s/i.test(area)) return area;
  if (/^(Coordinación|Dirección|Unidad|Subdirección|Jefatura|Secretaría|Oficina|Subsecretaría)\b/.test(area))
    return `la ${area}`;
  if (/^(Área|Departamento|Comité|Órgano)\b/.test(area)) return `el ${area}`;
  return area;
}

/** "31 de enero del 2024": the form of the §7.2 dates that open with "el". */
const dateDel = (iso: string) => longDate(iso).replace(/ de (\d{4})$/, ' del $1');
const sentence = (s: string) => (/[.!?…]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);
/** A feminine nominalisation ("Generación", "Actualización") reads after "se realizó la". */
const feminine = (text: string) => /^\p{L}+(ción|sión|dad|tud|umbre|ura)\b/iu.test(text);

/** §7.1: "Durante el periodo a reportar se realizó la Generación de usuarios y contraseñas …". */
export function portalParagraphs(items: readonly { text: string }[]): string[] {
  if (items.length === 0) return [];
  if (items.length === 1) {
    const t = items[0]!.text.trim();
    return [sentence(`Durante el periodo a reportar se realizó ${feminine(t) ? 'la ' : ''}${t}`)];
  }
  return [
    'Durante el periodo a reportar se realizaron las siguientes actividades:',
    ...items.map((i) => `• ${sentence(i.text)}`),
  ];
}

/** §7.1.2: the SIPOT update of the period, who made it and on which platforms. */
export function sipotParagraph(rows: readonly { period: string; area: string }[], afterPortal: boolean): string | null {
  if (rows.length === 0) return null;
  const periods = [...new Set(rows.map((r) => r.period))].sort().map(sipotPeriod);
  const areas = [...new Set(rows.map((r) => r.area))].sort((a, b) => a.localeCompare(b, 'es')).map(withArticle);
  const lead = afterPortal ? 'De igual forma se llevó' : 'Se llevó';
  return `${lead} a cabo la actualización del SIPOT, correspondiente al ${joinList(periods)}, misma que fue efectuada por ${joinList(areas)}, en la Plataforma Nacional de Transparencia, así como en la Plataforma Local.`;
}

export interface CommitteeSession {
  kind: 'ordinary' | 'extraordinary';
  ordinal: number;
  heldOn: string;
  /** One topic a line (or the whole text as one topic). */
  topics: string;
}

/** §7.2, each session: the lead sentence, then one bullet a topic. */
export function sessionParagraphs(s: CommitteeSession): string[] {
  const name = `${ORDINAL_F[s.ordinal - 1] ?? `${s.ordinal}a`} Sesión ${s.kind === 'ordinary' ? 'Ordinaria' : 'Extraordinaria'}`;
  const topics = s.topics
    .split(/\r?\n/)
    .map((t) => t.replace(/^[•\-\s]+/, '').trim())
    .filter(Boolean);
  const lead = `El ${dateDel(s.heldOn)}, se llevó a cabo la ${name} del Comité de Transparencia.`;
  if (topics.length === 0) return [lead];
  return [`${lead} En dicha sesión se abordaron los siguientes temas:`, ...topics.map((t) => `• ${sentence(t)}`)];
}

/**
 * §7.2, the Comité's integration steps outside its sessions: "Por otra parte, el 09 de febrero del
 * 2024, se llevó a cabo la elaboración de los formatos A y B …" then "Asimismo, se informa que, con
 * fecha de 15 de febrero de 2024, se recibió oficio del INFO CDMX …".
 */
export function committeeStepParagraphs(
  steps: readonly { occurredOn: string; verb: 'carried_out' | 'received'; text: string }[],
  afterSessions: boolean,
): string[] {
  return steps.map((s, i) => {
    const connector = i === 0 ? (afterSessions ? 'Por otra parte, ' : '') : 'Asimismo, se informa que, ';
    const body =
      s.verb === 'received'
        ? `con fecha de ${longDate(s.occurredOn)}, se recibió ${s.text.trim()}`
        : `el ${dateDel(s.occurredOn)}, se llevó a cabo ${s.text.trim()}`;
    const text = connector ? `${connector}${body}` : body.charAt(0).toUpperCase() + body.slice(1);
    return sentence(text);
  });
}

/** §7.4: the lead and one bullet an activity. */
export function openGovernmentParagraphs(items: readonly { text: string }[]): string[] {
  if (items.length === 0) return [];
  const lead =
    items.length === 1
      ? 'En este rubro se comunica que con la finalidad de cumplir con los principios de transparencia se realizó la siguiente actividad:'
      : 'En este rubro se comunica que con la finalidad de cumplir con los principios de transparencia se realizaron las siguientes actividades:';
  return [lead, ...items.map((i) => `• ${sentence(i.text)}`)];
}
