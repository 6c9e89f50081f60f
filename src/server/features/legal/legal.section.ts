// Report section "ASUNTOS JURÍDICOS" (seed 003 §5): Cuadro 10 (professional-services contracts),
// the honorarios contracts Cuadro (003 prints it as "Cuadro 11") and the §5.2 list of Gazette
// publications. Contracts count in the period by signing date, printed in signing then
// registration order (seed-modules.md §8 Q5).
import type { ReportSection, SectionBuildContext, Block, TableBlock } from '../reports/api.js';
import { sourceNote } from '../reports/narrative/notes.js';
import { capitalize, periodNoun } from '../reports/narrative/spanish.js';
import { gazetteFootnote, validityLabel } from './legal.logic.js';
import { contractsSignedIn, publicationsIn } from './legal.queries.js';
import type { ContractKind } from './legal.schema.js';

export interface LegalSectionData {
  period: { from: string; to: string };
  contracts: Array<{ number: string; kind: ContractKind; startsOn: string; endsOn: string }>;
  publications: Array<{ ref: string; publishedOn: string; title: string; page: number | null; url: string | null }>;
}

/** The report JSON objects (interchange.md, "Report JSON: the other modules"). */
export function legalContract(data: LegalSectionData) {
  const professionalServices = data.contracts.filter((c) => c.kind === 'professional_services').length;
  const fees = data.contracts.filter((c) => c.kind === 'fees').length;
  return {
    // `total` counts every contract signed in the period; goods and services contracts appear in no Cuadro.
    contracts: { professionalServices, fees, total: data.contracts.length },
    gazettePublications: { total: data.publications.length },
  };
}

const TABLES: Array<{ kind: ContractKind; id: string; title: string }> = [
  {
    kind: 'professional_services',
    id: 'legal.contracts.professionalServices',
    title: 'CONTRATOS DE PRESTACIÓN DE SERVICIOS PROFESIONALES',
  },
  {
    kind: 'fees',
    id: 'legal.contracts.fees',
    title:
      'CONTRATOS DE PRESTACIÓN DE SERVICIOS PROFESIONALES, SUJETOS AL RÉGIMEN DE HONORARIOS ASIMILABLES A SALARIOS',
  },
];

/** "⁴"-style marks for the list's footnotes, numbered within the section. */
const SUPERSCRIPT = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
const mark = (n: number) => [...String(n)].map((d) => SUPERSCRIPT[Number(d)]).join('');

export function contractTable(
  rows: LegalSectionData['contracts'],
  t: (typeof TABLES)[number],
  number: number,
  short: string,
): TableBlock {
  return {
    kind: 'table',
    id: t.id,
    number,
    title: t.title,
    header: [[{ text: 'Número' }, { text: 'Contrato' }, { text: 'Vigencia' }]],
    body: rows.map((c, i) => [String(i + 1), c.number, validityLabel(c.startsOn, c.endsOn)]),
    totalRows: 0,
    notes: [sourceNote(short)],
  };
}

export function buildLegalSection(data: LegalSectionData, ctx: SectionBuildContext) {
  const short = ctx.institution.shortName;
  const noun = periodNoun(data.period.from, data.period.to);
  const blocks: Block[] = [];
  blocks.push({ kind: 'heading', id: 'legal.agreements', text: 'Convenios e Instrumentos Jurídicos suscritos.' });
  const printed = TABLES.map((t) => ({ t, rows: data.contracts.filter((c) => c.kind === t.kind) })).filter(
    (x) => x.rows.length > 0,
  );
  blocks.push({
    kind: 'paragraph',
    id: 'legal.agreements',
    text:
      printed.length > 0
        ? `${capitalize(`en ${noun}`)} se celebraron los siguientes instrumentos jurídicos:`
        : `${capitalize(`en ${noun}`)} no se celebraron contratos de prestación de servicios profesionales.`,
  });
  for (const { t, rows } of printed) blocks.push(contractTable(rows, t, ctx.nextTable(), short));

  blocks.push({
    kind: 'heading',
    id: 'legal.gazette',
    text: 'Publicaciones en la Gaceta Oficial de la Ciudad de México',
  });
  if (data.publications.length === 0) {
    blocks.push({
      kind: 'paragraph',
      id: 'legal.gazette',
      text: `Durante el periodo que se reporta, el ${short} no realizó publicaciones en la Gaceta Oficial de la Ciudad de México.`,
    });
  } else {
    blocks.push({
      kind: 'paragraph',
      id: 'legal.gazette',
      text: `Durante el periodo que se reporta, el ${short} realizó ${
        data.publications.length === 1 ? 'la siguiente publicación' : 'las siguientes publicaciones'
      } en la Gaceta Oficial de la Ciudad de México:`,
    });
    data.publications.forEach((p, i) => {
      const title = /[.!?]$/.test(p.title) ? p.title : `${p.title}.`;
      blocks.push({ kind: 'paragraph', id: `legal.gazette.item.${i + 1}`, text: `• ${title}${mark(i + 1)}` });
    });
    data.publications.forEach((p, i) => {
      blocks.push({
        kind: 'paragraph',
        id: `legal.gazette.note.${i + 1}`,
        text: `${mark(i + 1)} ${gazetteFootnote(p)}`,
      });
    });
  }
  return { blocks };
}

export const legalSection: ReportSection<LegalSectionData> = {
  id: 'legal',
  order: 500,
  title: 'ASUNTOS JURÍDICOS',
  async load({ db, period }) {
    const [contracts, publications] = await Promise.all([
      contractsSignedIn(db, period.from, period.to),
      publicationsIn(db, period.from, period.to),
    ]);
    return { period, contracts, publications };
  },
  contract: legalContract,
  build: buildLegalSection,
};
