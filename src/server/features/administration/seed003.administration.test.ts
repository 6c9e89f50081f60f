// Seed 003 (Informe bimestral enero-febrero 2024) §6: the fixture's fourteen deliverables delivered
// in January and February give the report object number for number and Cuadro 12 cell for cell;
// the activity log gives the nine bullets; a missing submission prints "Pendiente".
import fs from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.js';
import type { TableBlock } from '../reports/api.js';
import { administrationSubmissions } from './administration.schema.js';
import { administrationContract, administrationSection } from './administration.section.js';
import { SEED003_ACTIVITIES } from './administration.fixtures.js';
import { administrationActivities } from './administration.schema.js';
import { DELIVERABLE_CATALOGUE } from './deliverables.catalogue.js';
import { deliverablesArray, DeliverableItem } from './deliverables.package.js';
import { selectDeliverables } from './administration.queries.js';

const FIXTURE = JSON.parse(fs.readFileSync('tests/fixtures/seed003.administration.json', 'utf8')) as {
  format: string;
  deliverables: unknown[];
};
const PERIOD = { from: '2024-01-01', to: '2024-02-29' };

// Cuadro 12 as seed 003 prints it (003 L495–508): Informe, Dependencia, then per month inicio, término, estatus.
const SEED_CUADRO_12 = `Información actualización de plazas ocupadas personal	OIC
Información de altas y bajas de personal	OIC
Evolución presupuestal	OIC
Avance programático presupuestal	OIC
Reporte avance observaciones órganos fiscalizadores	OIC
Estado del Ejercicio presupuestal	SGC
Compromiso de Egresos	SAYF
Informe presupuestal flujo de efectivo	SAYF
Conciliación central y Paraestatal	SAYF
Informe de cuentas bancarias	SAYF
Informe a que refiere el art. 53 de la Ley de Adquisiciones para el Distrito Federal	OIC, SAYF y SGC
Informe de ingresos	Subtesorería de Política Fiscal SAYF
Informe de Estados Financieros	SAYF
Entero de las obligaciones fiscales	SAT y SAYF`
  .split('\n')
  .map((line) => [
    ...line.split('\t'),
    '01 de enero de 2024',
    '31 de enero de 2024',
    'Entregado',
    '01 de febrero de 2024',
    '29 de febrero de 2024',
    'Entregado',
  ]);

let ctx: TestContext;

async function report() {
  return ctx.deps.db.transaction(async (tx) => {
    const data = await administrationSection.load({ db: tx, period: PERIOD, core: {} as never });
    let n = 11;
    const built = administrationSection.build(data, {
      period: PERIOD,
      institution: { shortName: 'MPI CDMX', name: '', headerLines: [] },
      core: {} as never,
      nextTable: () => ++n,
      nextChart: () => 0,
    });
    return { contract: administrationContract(data), built };
  });
}

beforeAll(async () => {
  ctx = await createTestContext();
  const items = FIXTURE.deliverables.map((i) => DeliverableItem.parse(i));
  await ctx.deps.db.transaction((tx) =>
    deliverablesArray.import(tx, items, { crypto: ctx.deps.crypto, actor: { userId: null, username: 'test' } }),
  );
  await ctx.deps.db.insert(administrationActivities).values(SEED003_ACTIVITIES.map((a) => ({ ...a })));
  // An entry outside the bimester and a non-public one must not be printed.
  await ctx.deps.db.insert(administrationActivities).values([
    { on: '2024-03-01', area: 'Informes', text: 'Fuera del periodo.' },
    { on: '2024-02-10', area: 'Almacén', text: 'Registro interno.', public: false },
  ]);
});
afterAll(async () => ctx?.close());

describe('seed 003 §6 and Cuadro 12', () => {
  it('ships the fourteen deliverables of Cuadro 12 in every installation, as the fixture lists them', async () => {
    const rows = await selectDeliverables(ctx.deps.db);
    expect(rows.map((r) => ({ id: r.id, position: r.position, name: r.name, recipients: r.recipients }))).toEqual(
      DELIVERABLE_CATALOGUE,
    );
    expect(FIXTURE.deliverables.map((d) => (d as { name: string }).name)).toEqual(
      DELIVERABLE_CATALOGUE.map((d) => d.name),
    );
  });

  it('gives the report object: two months, fourteen rows all delivered, 28 cells', async () => {
    const { contract } = await report();
    expect(contract.deliverables.months).toEqual(['2024-01', '2024-02']);
    expect(contract.deliverables.rows).toHaveLength(14);
    expect(contract.deliverables.rows.map((r) => r.id)).toEqual(DELIVERABLE_CATALOGUE.map((d) => d.id));
    for (const row of contract.deliverables.rows) expect(row.statuses).toEqual(['delivered', 'delivered']);
    expect(contract.deliverables.total).toEqual({ delivered: 28, in_progress: 0, pending: 0 });
  });

  it('prints Cuadro 12 cell for cell as the seed, with the lead, the bullets and the notes', async () => {
    const { built } = await report();
    const table = built.blocks.find((b) => b.kind === 'table') as TableBlock;
    expect(table.number).toBe(12);
    expect(table.title).toBe('COORDINACIÓN DE ADMINISTRACIÓN Y FINANZAS');
    expect(table.header.map((row) => row.map((c) => c.text))).toEqual([
      [
        'Informe',
        'Dependencia a la que se entrega',
        'Período que se reporta',
        'Estatus',
        'Período que se reporta',
        'Estatus',
      ],
      ['Fecha de inicio', 'Fecha de término', 'Fecha de inicio', 'Fecha de término'],
    ]);
    expect(table.body).toEqual(SEED_CUADRO_12);
    expect(table.notes).toEqual([
      'Fuente: Elaboración propia con información del MPI CDMX.',
      '¹ Nota: Cabe señalar que los informes son publicados en la página institucional del MPI CDMX, sección Administración <https://www.mpi.cdmx.gob.mx/informes-mpi-cdmx>',
    ]);
    const paragraphs = built.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b as { text: string }).text);
    expect(paragraphs[0]).toBe(
      'En temas de administración, finanzas y capital humano se realizaron las siguientes actividades:',
    );
    expect(paragraphs.slice(1, 10)).toEqual(SEED003_ACTIVITIES.map((a) => `• ${a.text}`));
    expect(paragraphs[10]).toBe(
      'Se presenta el listado de Informes de Actividades Bimestrales enero-febrero de la Coordinación de Administración y Finanzas, correspondiente al Ejercicio 2024:¹',
    );
    expect(paragraphs).toHaveLength(11);
    expect(built.blocks.find((b) => b.kind === 'heading')).toMatchObject({ text: 'Informes.' });
  });

  it('exports the fixture back unchanged and a second import changes nothing', async () => {
    const exported = await ctx.deps.db.transaction((tx) => deliverablesArray.export(tx));
    expect(JSON.parse(JSON.stringify(exported))).toEqual(FIXTURE.deliverables);
    const again = await ctx.deps.db.transaction((tx) =>
      deliverablesArray.import(tx, exported, { crypto: ctx.deps.crypto, actor: { userId: null, username: 'test' } }),
    );
    expect(again).toEqual({ created: 0, updated: 0 });
  });

  it('prints "Pendiente" where a month has no submission and counts it pending', async () => {
    await ctx.deps.db
      .delete(administrationSubmissions)
      .where(
        and(eq(administrationSubmissions.deliverableId, 'CAF-07'), eq(administrationSubmissions.month, '2024-02')),
      );
    const { contract, built } = await report();
    expect(contract.deliverables.rows[6]).toEqual({ id: 'CAF-07', statuses: ['delivered', 'pending'] });
    expect(contract.deliverables.total).toEqual({ delivered: 27, in_progress: 0, pending: 1 });
    const table = built.blocks.find((b) => b.kind === 'table') as TableBlock;
    expect(table.body[6]).toEqual([
      'Compromiso de Egresos',
      'SAYF',
      '01 de enero de 2024',
      '31 de enero de 2024',
      'Entregado',
      '01 de febrero de 2024',
      '29 de febrero de 2024',
      'Pendiente',
    ]);
    expect(table.body.filter((r) => r.includes('Pendiente'))).toHaveLength(1);
  });
});
