// Seed 003 §7 (January–February 2024) from records: the unit registers its activities through the
// routes, the Comité's session lives in the bodies module, and the section prints the seed's texts
// in the seed's order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../tests/support/context.js';
import { bodyAgendaItems, bodySessions } from '../bodies/bodies.schema.js';
import type { BimonthlyReport } from '../reports/report.contract.js';
import { DEFAULT_INSTITUTION } from '../reports/report.model.js';
import { buildInformationRequests } from '../reports/tables/informationRequests.js';
import { loadTransparencySection, transparencySection } from './transparency.section.js';
import { transparencyObligationUpdates, transparencyObligations } from './transparency.schema.js';

const INFO =
  'Instituto de Transparencia, Acceso a la Información Pública, Protección de Datos Personales y Rendición de Cuentas de la Ciudad de México';
const OPEN_GOVERNMENT = [
  'Se participó en el evento “La protección de datos personales, una proyección hacia el futuro: Inteligencia artificial y derechos digitales”.',
  'Elaboración del Informe de Gestión de 5 años del área correspondiente.',
  'Generación de la ficha informativa sobre la información reservada y confidencial del periodo 2019 a 2023.',
  `Participación en la Caravana archivística del ${INFO}, misma que se llevó a cabo el 14 de febrero de 2024.`,
];

let ctx: TestContext;
let unit: TestClient;
let legal: TestClient;

beforeAll(async () => {
  ctx = await createTestContext();
  unit = await ctx.signInAs(['transparency']);
  legal = await ctx.signInAs(['legal']);
  const db = ctx.handle.db;
  const [o] = await db
    .insert(transparencyObligations)
    .values({
      fraction: '121-XXX',
      title: 'Contratos',
      responsibleArea: 'Coordinación de Administración y Finanzas',
      periodicity: 'quarterly',
    })
    .returning();
  await db
    .insert(transparencyObligationUpdates)
    .values({ obligationId: o!.id, period: '2023-Q4', status: 'uploaded', updatedOn: '2024-01-25' });
  await db.insert(bodySessions).values({
    id: 'CT-2024-E1',
    bodyCode: 'comite_transparencia',
    type: 'extraordinary',
    year: 2024,
    ordinal: 1,
    status: 'held',
    heldOn: '2024-01-31',
  });
  await db.insert(bodyAgendaItems).values({
    sessionId: 'CT-2024-E1',
    position: 1,
    group: 'none',
    text: 'Presentación, votación y aprobación de los nuevos integrantes de dicho Comité.',
  });
});
afterAll(() => ctx.close());

describe('transparency activities and the §7 texts', () => {
  it('the unit records activities; other roles may not; bad input is refused', async () => {
    const post = (body: Record<string, unknown>) => unit.post('/api/transparency/activities', body);
    const portal = await post({
      category: 'portal',
      occurredOn: '2024-01-15',
      text: `Generación de usuarios y contraseñas en la Plataforma del ${INFO}, mismo que fueron asignados para la estructura del MPI CDMX`,
    });
    expect(portal.statusCode).toBe(201);
    await post({
      category: 'committee',
      occurredOn: '2024-02-09',
      text: 'la elaboración de los formatos A y B para la actualización del Comité de Transparencia del MPI CDMX',
    });
    await post({
      category: 'committee',
      verb: 'received',
      occurredOn: '2024-02-15',
      text: 'oficio del INFO CDMX donde se notifica visto bueno a la integración del Comité de Transparencia',
    });
    for (const [i, text] of OPEN_GOVERNMENT.entries())
      await post({ category: 'open_government', occurredOn: `2024-02-0${i + 1}`, text });
    await post({ category: 'open_government', occurredOn: '2024-03-04', text: 'Fuera del bimestre.' });
    expect((await post({ category: 'blog', occurredOn: '2024-01-01', text: 'x' })).statusCode).toBe(400);
    expect(
      (await legal.post('/api/transparency/activities', { category: 'portal', occurredOn: '2024-01-01', text: 'Algo' }))
        .statusCode,
    ).toBe(403);
    const list = (await unit.get('/api/transparency/activities?year=2024')).json();
    expect(list).toHaveLength(8);
    const fix = await unit.patch(`/api/transparency/activities/${portal.json().id}`, {
      version: 1,
      occurredOn: '2024-01-16',
    });
    expect(fix.statusCode).toBe(200);
    expect(
      (await unit.patch(`/api/transparency/activities/${portal.json().id}`, { version: 1, text: 'otra' })).statusCode,
    ).toBe(409);
  });

  it('prints §7.1, §7.1.2, §7.2 and §7.4 as seed 003 does, in its order', async () => {
    const period = { from: '2024-01-01', to: '2024-02-29' };
    const data = await loadTransparencySection(ctx.handle.db, period.from, period.to);
    const content = transparencySection.build(data, {
      period,
      core: {
        period,
        informationRequests: buildInformationRequests(period, [
          { month: '2024-01', kind: 'public', admissible: true, n: 1 },
        ]),
      } as unknown as BimonthlyReport,
      institution: DEFAULT_INSTITUTION,
      nextTable: () => 11,
      nextChart: () => 0,
    });
    const texts = content.blocks.filter((b) => b.kind === 'paragraph').map((b) => ('text' in b ? b.text : ''));
    const expected = [
      `Durante el periodo a reportar se realizó la Generación de usuarios y contraseñas en la Plataforma del ${INFO}, mismo que fueron asignados para la estructura del MPI CDMX.`,
      'De igual forma se llevó a cabo la actualización del SIPOT, correspondiente al cuarto trimestre del año 2023, misma que fue efectuada por la Coordinación de Administración y Finanzas, en la Plataforma Nacional de Transparencia, así como en la Plataforma Local.',
      'El 31 de enero del 2024, se llevó a cabo la Primera Sesión Extraordinaria del Comité de Transparencia. En dicha sesión se abordaron los siguientes temas:',
      '• Presentación, votación y aprobación de los nuevos integrantes de dicho Comité.',
      'Por otra parte, el 09 de febrero del 2024, se llevó a cabo la elaboración de los formatos A y B para la actualización del Comité de Transparencia del MPI CDMX.',
      'Asimismo, se informa que, con fecha de 15 de febrero de 2024, se recibió oficio del INFO CDMX donde se notifica visto bueno a la integración del Comité de Transparencia.',
      'En este rubro se comunica que con la finalidad de cumplir con los principios de transparencia se realizaron las siguientes actividades:',
      ...OPEN_GOVERNMENT.map((t) => `• ${t}`),
    ];
    // The seed's texts appear in its order (the statistics paragraph sits between §7.2 and §7.4).
    const positions = expected.map((e) => texts.indexOf(e));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(texts.some((t) => t.includes('Fuera del bimestre'))).toBe(false);
    const headings = content.blocks.filter((b) => b.kind === 'heading').map((b) => ('text' in b ? b.text : ''));
    expect(headings[0]).toBe('Portales de transparencia.');
    expect(headings.at(-1)).toBe('Gobierno Abierto.');
  });
});
