// Narrative paragraphs of section 2 (casos atendidos) in the wording of seed 003.
import {
  IDENTITIES,
  type CaseBucket,
  type Identity,
  type MeasureType,
  type Measures,
  type Row,
} from '../report.contract.js';
import { count, joinList, numberWord, periodNoun, capitalize } from './spanish.js';

const IDENTITY_WORDS: Record<Identity, (n: number) => string> = {
  woman: (n) => count(n, 'mujer', 'mujeres', 'f'),
  man: (n) => count(n, 'hombre', 'hombres', 'm'),
  lgbttti: (n) =>
    n === 1
      ? 'un caso de persona que indicó pertenecer a la comunidad LGBTTTI'
      : `${numberWord(n, 'm')} casos de personas que indicaron pertenecer a la comunidad LGBTTTI`,
  collective: (n) => count(n, 'caso colectivo', 'casos colectivos', 'm'),
};

/** "una mujer, un hombre y dos casos colectivos" (identities with no cases are left out). */
export function identityPhrase(row: Row): string {
  return joinList(
    IDENTITIES.map((i) => ({ i, n: row.defender[i] + row.journalist[i] }))
      .filter((x) => x.n > 0)
      .map((x) => IDENTITY_WORDS[x.i](x.n)),
  );
}

const DEFENDERS = { one: 'persona defensora de derechos humanos', many: 'personas defensoras de derechos humanos' };
const JOURNALISTS = { one: 'persona periodista o colaboradora', many: 'personas periodistas o colaboradoras' };

/** "tres casos corresponden a personas defensoras de derechos humanos y un caso a persona periodista o colaboradora". */
export function profilePhrase(row: Row): string {
  const d = row.defender.cases;
  const j = row.journalist.cases;
  const who = (n: number, nouns: { one: string; many: string }) => (n === 1 ? nouns.one : nouns.many);
  if (d > 0 && j > 0) {
    const verb = d === 1 ? 'corresponde' : 'corresponden';
    return `${count(d, 'caso', 'casos', 'm')} ${verb} a ${who(d, DEFENDERS)} y ${count(j, 'caso', 'casos', 'm')} a ${who(j, JOURNALISTS)}`;
  }
  const only = d > 0 ? DEFENDERS : JOURNALISTS;
  return row.total === 1 ? `el caso corresponde a ${only.one}` : `todos corresponden a ${only.many}`;
}

/** "cuatro casos; del total, tres casos corresponden a …, siendo una mujer, un hombre y dos casos colectivos". */
export function casesPhrase(row: Row): string {
  return `${count(row.total, 'caso', 'casos', 'm')}; del total, ${profilePhrase(row)}, siendo ${identityPhrase(row)}`;
}

/** "Gráficas 1 y 2." — the charts that illustrate the paragraph. */
export function chartsRef(numbers: readonly number[]): string {
  if (numbers.length === 0) return '';
  return numbers.length === 1 ? ` Gráfica ${numbers[0]}.` : ` Gráficas ${joinList(numbers.map(String))}.`;
}

export interface PeriodWords {
  from: string;
  to: string;
}

/** The paragraph for one row of Cuadro 3. */
export function bucketParagraph(
  bucket: CaseBucket,
  row: Row,
  period: PeriodWords,
  charts: readonly number[] = [],
  short = 'MPI CDMX',
): string {
  const p = periodNoun(period.from, period.to);
  const refs = row.total > 0 ? chartsRef(charts) : '';
  const federal =
    'Mecanismo de Protección para Personas Defensoras de Derechos Humanos y Periodistas de la Secretaría de Gobernación';
  switch (bucket) {
    case 'incorporation':
      return row.total === 0
        ? `En ${p}, no hubo incorporaciones al ${short}.`
        : `En ${p} se incorporaron al ${short} ${casesPhrase(row)}.${refs}`;
    case 'incorporationFollowUp':
      return row.total === 0
        ? `Durante ${p} no se dio seguimiento a casos incorporados en años anteriores.`
        : `Como parte de los seguimientos a casos incorporados en años anteriores, durante ${p} se dio seguimiento a ${casesPhrase(row)}.${refs}`;
    case 'attention':
      return row.total === 0
        ? `Durante ${p} no se brindó atención por primera vez a ningún caso.`
        : `Durante ${p} se brindó atención por primera vez a ${casesPhrase(row)}.${refs}`;
    case 'attentionFollowUp':
      return row.total === 0
        ? `Durante ${p} no se dio seguimiento a casos de atención o canalización.`
        : `De igual forma, durante ${p} se dio seguimiento a ${casesPhrase(row)}.${refs}`;
    case 'federalCollaboration':
      return row.total === 0
        ? `Durante ${p} no se recibieron casos nuevos del ${federal} para brindar medidas de colaboración.`
        : `Durante ${p} el ${short} colaboró en ${count(row.total, 'caso', 'casos', 'm')} ${row.total === 1 ? 'incorporado' : 'incorporados'} al ${federal}, ${row.total === 1 ? 'referido' : 'referidos'} al ${short} por primera vez para brindar medidas de colaboración. Del total, ${profilePhrase(row)}, siendo ${identityPhrase(row)}.${refs}`;
    case 'federalCollaborationFollowUp':
      return row.total === 0
        ? `Durante ${p} no se dio seguimiento a colaboraciones con el ${federal}.`
        : `Para dar continuidad y seguimiento a las solicitudes de atención y colaboración del ${federal}, durante ${p} se colaboró en ${casesPhrase(row)}.${refs}`;
  }
}

const TYPE_WORDS: Record<MeasureType, [string, string]> = {
  preventive: ['medida preventiva', 'medidas preventivas'],
  protection: ['medida de protección', 'medidas de protección'],
  urgent_protection: ['medida de protección urgente', 'medidas de protección urgente'],
  social: ['medida de carácter social', 'medidas de carácter social'],
};

/** Paragraph of §2.8: "…siendo un total de 127 medidas desagregadas de la siguiente manera: 63 medidas preventivas, …". */
export function measuresParagraph(m: Measures, tableNumber: number, chartNumber: number | null): string {
  const intro = `En el Cuadro ${tableNumber}. Medidas otorgadas${chartNumber ? ` y la Gráfica ${chartNumber}. Medidas desglosadas por tipo` : ''}, se presentan el número de medidas y acciones vinculadas a los planes de protección`;
  if (m.total.measures === 0) return `${intro}; en el periodo no se registraron acciones de medidas.`;
  const parts = (Object.keys(TYPE_WORDS) as MeasureType[])
    .filter((t) => m.byType[t].measures > 0)
    .map((t) => count(m.byType[t].measures, ...TYPE_WORDS[t], 'f'));
  const total = count(m.total.measures, 'medida', 'medidas', 'f');
  const actions = count(m.total.actions, 'acción', 'acciones', 'f');
  return `${intro}, siendo un total de ${total} con ${actions}, desagregadas de la siguiente manera: ${joinList(parts)}.`;
}

export { capitalize };
