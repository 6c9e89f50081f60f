// Seed 003 (Informe Bimestral Enero–Febrero 2024) §5: the fixture tests/fixtures/seed003.legal.json
// goes in through the package arrays; the report objects and Cuadros 10 and 11 (contracts) and the
// §5.2 list come out as the seed prints them (expected cells transcribed from 003 L426–469).
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/database.js';
import type { DatabaseHandle } from '../../db/client.js';
import { createFieldCrypto } from '../../platform/crypto/fields.js';
import { keyRingFromFile, newKeyFile } from '../../platform/crypto/keys.js';
import { DEFAULT_INSTITUTION, type TableBlock } from '../reports/report.model.js';
import type { SectionBuildContext } from '../reports/api.js';
import { registry } from '../index.js';
import { buildReportDocument } from '../reports/report.document.js';
import { generateReport } from '../reports/report.service.js';
import { legalFeature } from './legal.feature.js';
import { contractsArray, gazettePublicationsArray } from './legal.package.js';
import { legalSection, type LegalSectionData } from './legal.section.js';

const fixture = JSON.parse(
  fs.readFileSync(new URL('../../../../tests/fixtures/seed003.legal.json', import.meta.url), 'utf8'),
);
const period = { from: '2024-01-01', to: '2024-02-29' };
const pctx = {
  crypto: createFieldCrypto(keyRingFromFile(newKeyFile())),
  actor: { userId: null, username: 'test' },
};
let handle: DatabaseHandle;

const VIGENCIA = '01 de enero al 30 de septiembre 2024';
const CUADRO_10 = [
  ['1', 'MPICDMX/CAF/CT/01/2024', VIGENCIA],
  ['2', 'MPICDMX/CAF/CT/02/2024', VIGENCIA],
  ['3', 'MPICDMX/CAF/CP/01/2024', VIGENCIA],
  ['4', 'MPICDMX/CAF/CP/02/2024', VIGENCIA],
  ['5', 'MPICDMX/CAF/CT/03/2024', VIGENCIA],
  ['6', 'MPICDMX/CAF/CP/03/2024', VIGENCIA],
  ['7', 'MPICDMX/CAF/CT/04/2024', VIGENCIA],
  ['8', 'MPICDMX/CAF/CP/04/2024', VIGENCIA],
];
const CUADRO_11 = [
  ['1', 'CDMX-MPI-CPS-H-001-2024', VIGENCIA],
  ['2', 'CDMX-MPI-CPS-H-002-2024', VIGENCIA],
  ['3', 'CDMX-MPI-CPS-H-003-2024', VIGENCIA],
  ['4', 'CDMX-MPI-CPS-H-004-2024', VIGENCIA],
];

function buildCtx(): SectionBuildContext {
  let t = 9;
  let c = 0;
  return {
    period,
    institution: DEFAULT_INSTITUTION,
    core: undefined as never,
    nextTable: () => ++t,
    nextChart: () => ++c,
  };
}

async function load(): Promise<LegalSectionData> {
  return handle.db.transaction((tx) => legalSection.load({ db: tx, period, core: undefined as never }));
}

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

describe('seed 003 §5 through the package arrays', () => {
  it('the manifest registers the section at order 500 and both arrays', () => {
    expect(legalFeature.reportSections?.map((s) => [s.id, s.order])).toEqual([['legal', 500]]);
    expect(legalFeature.packageArrays?.map((a) => a.name)).toEqual(['contracts', 'gazettePublications']);
  });

  it('imports the fixture; a second import changes nothing; export gives the same items sorted by id', async () => {
    const contracts = fixture.contracts.map((c: unknown) => contractsArray.item.parse(c));
    const pubs = fixture.gazettePublications.map((g: unknown) => gazettePublicationsArray.item.parse(g));
    const first = await handle.db.transaction(async (tx) => ({
      c: await contractsArray.import(tx, contracts, pctx),
      g: await gazettePublicationsArray.import(tx, pubs, pctx),
    }));
    expect(first).toEqual({ c: { created: 12, updated: 0 }, g: { created: 3, updated: 0 } });
    const again = await handle.db.transaction(async (tx) => ({
      c: await contractsArray.import(tx, contracts, pctx),
      g: await gazettePublicationsArray.import(tx, pubs, pctx),
    }));
    expect(again).toEqual({ c: { created: 0, updated: 0 }, g: { created: 0, updated: 0 } });
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    expect(await contractsArray.export(handle.db)).toEqual([...fixture.contracts].sort(byId));
    expect(await gazettePublicationsArray.export(handle.db)).toEqual([...fixture.gazettePublications].sort(byId));
    expect(JSON.stringify(await contractsArray.export(handle.db))).toBe(
      JSON.stringify([...fixture.contracts].sort(byId)),
    );
  });

  it('gives the report objects of interchange.md: 8 + 4 contracts, 3 publications', async () => {
    expect(legalSection.contract!(await load())).toEqual({
      contracts: { professionalServices: 8, fees: 4, total: 12 },
      gazettePublications: { total: 3 },
    });
  });

  it('prints Cuadro 10 and the honorarios Cuadro cell for cell, in registration order', async () => {
    const content = legalSection.build(await load(), buildCtx());
    const tables = content.blocks.filter((b): b is TableBlock => b.kind === 'table');
    expect(tables.map((t) => [t.number, t.title])).toEqual([
      [10, 'CONTRATOS DE PRESTACIÓN DE SERVICIOS PROFESIONALES'],
      [
        11,
        'CONTRATOS DE PRESTACIÓN DE SERVICIOS PROFESIONALES, SUJETOS AL RÉGIMEN DE HONORARIOS ASIMILABLES A SALARIOS',
      ],
    ]);
    for (const t of tables) {
      expect(t.header).toEqual([[{ text: 'Número' }, { text: 'Contrato' }, { text: 'Vigencia' }]]);
      expect(t.notes).toEqual(['Fuente: Elaboración propia con información del MPI CDMX.']);
      expect(t.totalRows).toBe(0);
    }
    expect(tables[0]!.body).toEqual(CUADRO_10);
    expect(tables[1]!.body).toEqual(CUADRO_11);
    const para = content.blocks.find((b) => b.kind === 'paragraph' && b.id === 'legal.agreements');
    expect(para).toMatchObject({ text: 'En el bimestre se celebraron los siguientes instrumentos jurídicos:' });
  });

  it('prints the §5.2 list with its footnotes', async () => {
    const content = legalSection.build(await load(), buildCtx());
    const texts = content.blocks.flatMap((b) =>
      b.kind === 'paragraph' && b.id.startsWith('legal.gazette') ? [b.text] : [],
    );
    expect(texts).toEqual([
      'Durante el periodo que se reporta, el MPI CDMX realizó las siguientes publicaciones en la Gaceta Oficial de la Ciudad de México:',
      '• Aviso por el cual se da a conocer los días inhábiles de la Unidad de Transparencia del MPI CDMX, correspondientes al año 2024 y enero de 2025.¹',
      '• Aviso por el cual se da a conocer la liga digital donde podrán ser consultados los lineamientos de acción Social del MPI CDMX, para el ejercicio fiscal 2024.²',
      '• Aviso por el que se da a conocer la liga digital donde podrán ser consultados los lineamientos de austeridad y ahorro para el MPI CDMX, ejercicio fiscal 2024.³',
      // The seed's footnote 4, word for word; 5 and 6 in the same single form (seed-modules.md §1.8).
      '¹ Gaceta Oficial de la Ciudad de México, 31 de enero de 2024, página 96, puede consultarse en: https://data.consejeria.cdmx.gob.mx/portal_old/uploads/gacetas/e8a265f67df90f6e54e17dd58f7071fa.pdf',
      '² Gaceta Oficial de la Ciudad de México, 21 de febrero de 2024, página 75, puede consultarse en: https://data.consejeria.cdmx.gob.mx/portal_old/uploads/gacetas/bf7a277d0f7ff4ac49f3fec331867997.pdf',
      '³ Gaceta Oficial de la Ciudad de México, 26 de febrero de 2024, página 16, puede consultarse en: https://data.consejeria.cdmx.gob.mx/portal_old/uploads/gacetas/ee9fcd6c21af8cdc39031b0465d795db.pdf',
    ]);
  });

  it('reaches the report JSON and the printable document through the registry', async () => {
    const generated = await generateReport(handle.db, period, registry.reportSections);
    expect(generated.report.contracts).toEqual({ professionalServices: 8, fees: 4, total: 12 });
    expect(generated.report.gazettePublications).toEqual({ total: 3 });
    const doc = buildReportDocument(generated);
    const legal = doc.sections.find((s) => s.id === 'legal')!;
    expect(legal.title).toBe('ASUNTOS JURÍDICOS');
    const tables = legal.blocks.filter((b): b is TableBlock => b.kind === 'table');
    expect(tables.map((t) => t.body)).toEqual([CUADRO_10, CUADRO_11]);
    // Numbered in sequence after the tables of the sections before it (seed-modules.md §8 Q1).
    expect(tables[1]!.number).toBe(tables[0]!.number + 1);
  });

  it('leaves out records outside the period; an empty period prints the zero forms', async () => {
    await handle.db.transaction(async (tx) => {
      await contractsArray.import(
        tx,
        [
          {
            id: 'MPICDMX/CAF/CT/05/2024',
            kind: 'professional_services',
            signedOn: '2024-03-01',
            startsOn: '2024-03-01',
            endsOn: '2024-09-30',
            object: '',
          },
          {
            id: 'ADQ-2024-001',
            kind: 'goods',
            signedOn: '2024-02-10',
            startsOn: '2024-02-10',
            endsOn: '2024-12-31',
            object: 'Papelería',
          },
        ],
        pctx,
      );
    });
    const data = await load();
    expect(legalSection.contract!(data)).toEqual({
      contracts: { professionalServices: 8, fees: 4, total: 13 },
      gazettePublications: { total: 3 },
    });
    // The goods contract is counted in `total` but printed in no Cuadro.
    const tables = legalSection.build(data, buildCtx()).blocks.filter((b): b is TableBlock => b.kind === 'table');
    expect(tables.map((t) => t.body.length)).toEqual([8, 4]);

    const empty = await handle.db.transaction((tx) =>
      legalSection.load({ db: tx, period: { from: '2023-01-01', to: '2023-02-28' }, core: undefined as never }),
    );
    expect(legalSection.contract!(empty)).toEqual({
      contracts: { professionalServices: 0, fees: 0, total: 0 },
      gazettePublications: { total: 0 },
    });
    const blocks = legalSection.build(empty, { ...buildCtx(), period: empty.period }).blocks;
    expect(blocks.filter((b) => b.kind === 'table')).toEqual([]);
    expect(blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))).toEqual([
      'En el bimestre no se celebraron contratos de prestación de servicios profesionales.',
      'Durante el periodo que se reporta, el MPI CDMX no realizó publicaciones en la Gaceta Oficial de la Ciudad de México.',
    ]);
  });

  it('refuses unknown fields and reversed dates in package items', () => {
    const ok = fixture.contracts[0];
    expect(contractsArray.item.safeParse({ ...ok, amount: 5 }).success).toBe(false);
    expect(contractsArray.item.safeParse({ ...ok, endsOn: '2023-01-01' }).success).toBe(false);
    expect(gazettePublicationsArray.item.safeParse({ ...fixture.gazettePublications[0], footnote: 'x' }).success).toBe(
      false,
    );
    expect(
      gazettePublicationsArray.item.safeParse({ id: 'GO-2024-009', publishedOn: '2024-02-01', title: 'Aviso' }).data,
    ).toEqual({
      id: 'GO-2024-009',
      publishedOn: '2024-02-01',
      title: 'Aviso',
      kind: 'aviso',
      page: null,
      url: null,
    });
  });
});
