import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.js';
import type { BimonthlyReport, SectionBuildContext, TableBlock } from '../reports/api.js';
import { DEFAULT_INSTITUTION } from '../reports/report.model.js';
import { agreementsDoneSource, agreementsDueSource, sessionsSource } from './bodies.indicators.js';
import { bodySessionsArray, PackageBodySession } from './bodies.package.js';
import { bodyAgreements, bodyAttendance, bodyMembers } from './bodies.schema.js';
import { bodiesSection, consejoLead, juntaLead, type ReportedSession } from './bodies.section.js';
import { eq } from 'drizzle-orm';
import { registry } from '../index.js';
import { buildReportDocument } from '../reports/report.document.js';
import { generateReport } from '../reports/report.service.js';
import { writeDocument } from '../reports/documents/index.js';
import { unzipEntry } from '../reports/testing/zip.js';

/** Seed 003 (Jan–Feb 2024): the four sessions of the bimester, Cuadros 1 and 2 as the seed prints them. */
const FIXTURE = JSON.parse(fs.readFileSync('tests/fixtures/seed003.bodies.json', 'utf8')) as {
  bodySessions: unknown[];
};
const PERIOD = { from: '2024-01-01', to: '2024-02-29' };
const actor = { userId: null, username: 'test' };
let ctx: TestContext;

const items = () => FIXTURE.bodySessions.map((i) => PackageBodySession.parse(i));
const buildCtx = (): SectionBuildContext => {
  let t = 0;
  return {
    period: PERIOD,
    institution: DEFAULT_INSTITUTION,
    core: {} as BimonthlyReport,
    nextTable: () => ++t,
    nextChart: () => 0,
  };
};

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.handle.db.transaction((tx) => bodySessionsArray.import(tx, items(), { crypto: ctx.deps.crypto, actor }));
});
afterAll(async () => ctx?.close());

describe('seed 003 bodies', () => {
  it('imports idempotently and exports the same items (round trip)', async () => {
    const again = await ctx.handle.db.transaction((tx) =>
      bodySessionsArray.import(tx, items(), { crypto: ctx.deps.crypto, actor }),
    );
    expect(again).toEqual({ created: 0, updated: 0 });
    const exported = await bodySessionsArray.export(ctx.handle.db);
    expect(JSON.stringify(exported)).toBe(JSON.stringify(items()));
  });

  it('gives the report JSON object number for number', async () => {
    const data = await bodiesSection.load({ db: ctx.handle.db, period: PERIOD, core: {} as BimonthlyReport });
    const { bodySessions } = bodiesSection.contract!(data) as { bodySessions: Record<string, unknown> };
    expect(bodySessions).toEqual({
      rows: [
        {
          id: 'SAAPS-2024-O1',
          body: 'saaps',
          type: 'ordinary',
          ordinal: 1,
          heldOn: '2024-01-25',
          agendaItems: 1,
          agreements: 0,
        },
        {
          id: 'CT-2024-E1',
          body: 'comite_transparencia',
          type: 'extraordinary',
          ordinal: 1,
          heldOn: '2024-01-31',
          agendaItems: 1,
          agreements: 0,
        },
        {
          id: 'JG-2024-E1',
          body: 'junta_gobierno',
          type: 'extraordinary',
          ordinal: 1,
          heldOn: '2024-02-08',
          agendaItems: 9,
          agreements: 0,
        },
        {
          id: 'CC-2024-O1',
          body: 'consejo_consultivo',
          type: 'ordinary',
          ordinal: 1,
          heldOn: '2024-02-09',
          agendaItems: 5,
          agreements: 1,
        },
      ],
      byBody: {
        junta_gobierno: { ordinary: 0, extraordinary: 1, agreements: 0 },
        consejo_consultivo: { ordinary: 1, extraordinary: 0, agreements: 1 },
        comite_transparencia: { ordinary: 0, extraordinary: 1, agreements: 0 },
        saaps: { ordinary: 1, extraordinary: 0, agreements: 0 },
      },
      total: { sessions: 4, agendaItems: 16, agreements: 1 },
    });
    // byBody follows the contract's body order.
    expect(Object.keys(bodySessions.byBody as object)).toEqual([
      'junta_gobierno',
      'consejo_consultivo',
      'comite_transparencia',
      'saaps',
    ]);
  });

  it('prints Cuadros 1 and 2 and their lead sentences as seed 003 does', async () => {
    // The Persona Consejera (a Consejo Consultivo representative) attended the Junta session.
    const [member] = await ctx.handle.db
      .insert(bodyMembers)
      .values({
        bodyCode: 'junta_gobierno',
        name: 'Persona Consejera',
        role: 'persona_consejera',
        fromOn: '2024-02-08',
        representsBody: 'consejo_consultivo',
      })
      .returning();
    const data0 = await bodiesSection.load({ db: ctx.handle.db, period: PERIOD, core: {} as BimonthlyReport });
    expect(data0.consejoAtJunta).toBe(false);
    await ctx.handle.db.insert(bodyAttendance).values({ sessionId: 'JG-2024-E1', memberId: member!.id, present: true });
    const data = await bodiesSection.load({ db: ctx.handle.db, period: PERIOD, core: {} as BimonthlyReport });
    const { blocks } = bodiesSection.build(data, buildCtx());
    const paragraphs = blocks.filter((b) => b.kind === 'paragraph').map((b) => (b as { text: string }).text);
    expect(paragraphs).toEqual([
      'Durante el bimestre a reportar se llevó a cabo la Primera Sesión Extraordinaria de la Junta de Gobierno del Mecanismo de Protección Integral de Personas Defensoras de Derechos Humanos y Periodistas de la Ciudad de México, como parte de los puntos abordados destacan los siguientes:',
      'Referente a las actividades de este órgano, se comunica que durante el bimestre reportado el Consejo Consultivo del MPI CDMX participó en la Junta de Gobierno. De igual forma el 09 de febrero de 2024, se celebró la 1ra Sesión Ordinaria del Consejo Consultivo del MPI CDMX.',
    ]);
    const tables = blocks.filter((b) => b.kind === 'table') as TableBlock[];
    expect(tables.map((t) => `CUADRO ${t.number}. ${t.title}`)).toEqual([
      'CUADRO 1. SESIONES JUNTA DE GOBIERNO 2024',
      'CUADRO 2. SESIONES CONSEJO CONSULTIVO 2024',
    ]);
    for (const t of tables) {
      expect(t.header).toEqual([
        [{ text: 'Número de sesión' }, { text: 'Tipo de Sesión' }, { text: 'Fecha' }, { text: 'Temas abordados' }],
      ]);
      expect(t.notes).toEqual(['Fuente: Elaboración propia con información del MPI CDMX.']);
    }
    const [junta, consejo] = tables as [TableBlock, TableBlock];
    expect(junta.body).toHaveLength(1);
    expect(junta.body[0]!.slice(0, 3)).toEqual(['Primera', 'Extraordinaria', '08 de febrero de 2024']);
    const juntaItems = (FIXTURE.bodySessions[2] as { agenda: { text: string }[] }).agenda.map((a) => a.text);
    expect(junta.body[0]![3]!.split('\n')).toEqual([
      `• ${juntaItems[0]}`,
      'Para aprobación:',
      ...juntaItems.slice(1, 4).map((t) => `• ${t}`),
      'Para conocimiento:',
      ...juntaItems.slice(4).map((t) => `• ${t}`),
    ]);
    expect(consejo.body).toEqual([
      [
        'Primera',
        'Ordinaria',
        '09 de febrero de 2024',
        [
          '• Designación y aprobación la Presidencia del Consejo Consultivo.',
          '• Presentación de la nueva conformación de las y los integrantes.',
          'De la misma forma para conocimiento se presentaron los siguientes temas:',
          '• Los Lineamientos del Consejo Consultivo.',
          '• Las actividades del Consejo Consultivo.',
          '• El Acuerdo de Confidencialidad y No Divulgación.',
          'Finalmente se acordó la designación de la Persona Consejera que representará al Consejo Consultivo en la Junta de Gobierno del MPI CDMX.',
        ].join('\n'),
      ],
    ]);
  });

  it('writes the zero and plural forms of the lead sentences', () => {
    const s = (ordinal: number, type: 'ordinary' | 'extraordinary', heldOn: string): ReportedSession => ({
      id: `x${ordinal}${type}`,
      body: 'junta_gobierno',
      type,
      ordinal,
      heldOn,
      agenda: [],
      agreements: [],
    });
    const name = DEFAULT_INSTITUTION.name;
    expect(juntaLead([], PERIOD, name)).toBe(
      `Durante el bimestre a reportar no se llevaron a cabo sesiones de la Junta de Gobierno del ${name}.`,
    );
    expect(juntaLead([s(1, 'ordinary', '2024-01-20'), s(1, 'extraordinary', '2024-02-08')], PERIOD, name)).toBe(
      `Durante el bimestre a reportar se llevaron a cabo dos sesiones de la Junta de Gobierno del ${name}: la Primera Sesión Ordinaria y la Primera Sesión Extraordinaria; como parte de los puntos abordados destacan los siguientes:`,
    );
    expect(consejoLead([], false, PERIOD, 'MPI CDMX')).toBe(
      'Referente a las actividades de este órgano, se comunica que durante el bimestre reportado no se celebraron sesiones del Consejo Consultivo del MPI CDMX.',
    );
    expect(
      consejoLead(
        [s(2, 'ordinary', '2024-03-05'), s(3, 'ordinary', '2024-04-09')],
        false,
        { from: '2024-03-01', to: '2024-04-30' },
        'MPI CDMX',
      ),
    ).toBe(
      'Referente a las actividades de este órgano, se comunica que durante el bimestre reportado, se celebraron dos sesiones del Consejo Consultivo del MPI CDMX: la 2da Sesión Ordinaria, el 05 de marzo de 2024 y la 3ra Sesión Ordinaria, el 09 de abril de 2024.',
    );
    expect(consejoLead([], true, PERIOD, 'MPI CDMX')).toBe(
      'Referente a las actividades de este órgano, se comunica que durante el bimestre reportado el Consejo Consultivo del MPI CDMX participó en la Junta de Gobierno. No se celebraron sesiones del Consejo Consultivo del MPI CDMX.',
    );
  });

  it('counts sessions and agreements for the plan indicators', async () => {
    const db = ctx.handle.db;
    expect(await sessionsSource.measure(db, PERIOD, { body: 'junta_gobierno' })).toBe(1);
    expect(await sessionsSource.measure(db, PERIOD, { body: 'junta_gobierno', type: 'ordinary' })).toBe(0);
    expect(await sessionsSource.measure(db, PERIOD, { body: 'comite_transparencia', type: 'extraordinary' })).toBe(1);
    expect(await sessionsSource.measure(db, { from: '2024-03-01', to: '2024-12-31' }, { body: 'saaps' })).toBe(0);
    // Agreements: two due in March, one of them done in time, one done late.
    await db.insert(bodyAgreements).values([
      {
        id: 'T-1',
        sessionId: 'JG-2024-E1',
        bodyCode: 'junta_gobierno',
        year: 2024,
        number: 90,
        text: 'a',
        dueOn: '2024-03-10',
        status: 'done',
        doneOn: '2024-03-09',
      },
      {
        id: 'T-2',
        sessionId: 'JG-2024-E1',
        bodyCode: 'junta_gobierno',
        year: 2024,
        number: 91,
        text: 'b',
        dueOn: '2024-03-20',
        status: 'in_progress',
      },
      {
        id: 'T-3',
        sessionId: 'JG-2024-E1',
        bodyCode: 'junta_gobierno',
        year: 2024,
        number: 92,
        text: 'c',
        dueOn: '2024-03-25',
        status: 'done',
        doneOn: '2024-04-15',
      },
    ]);
    const march = { from: '2024-03-01', to: '2024-03-31' };
    expect(await agreementsDueSource.measure(db, march, {})).toBe(3);
    expect(await agreementsDoneSource.measure(db, march, {})).toBe(1);
    expect(await agreementsDoneSource.measure(db, march, { body: 'consejo_consultivo' })).toBe(0);
    await db.delete(bodyAgreements).where(eq(bodyAgreements.sessionId, 'JG-2024-E1'));
  });

  it('is part of the whole report: JSON object and the printed document with its Cuadros first', async () => {
    const generated = await generateReport(ctx.handle.db, PERIOD, registry.reportSections);
    const report = generated.report as unknown as { bodySessions: { total: unknown } };
    expect(report.bodySessions.total).toEqual({ sessions: 4, agendaItems: 16, agreements: 1 });
    const doc = buildReportDocument(generated);
    expect(doc.sections[0]!.title).toBe('ÓRGANOS DE GOBIERNO Y TOMA DE DECISIONES DEL MPI CDMX');
    const tables = doc.sections[0]!.blocks.filter((b) => b.kind === 'table') as TableBlock[];
    expect(tables.map((t) => t.number)).toEqual([1, 2]);
    const docx = await writeDocument(doc, 'docx');
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    // "Temas abordados": one paragraph a topic and a group heading, as seed 003 prints them.
    const xml = unzipEntry(docx, 'word/document.xml');
    const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const lines = tables.flatMap((t) => t.body.flatMap((r) => r[3]!.split('\n')));
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(xml).toContain(`>${esc(line)}</w:t>`);
  });
});
