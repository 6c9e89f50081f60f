// Demo data of the legal area over several years: each year's professional-services and
// honorarios contracts (valid January–September, as in seed 003), a few supplier contracts, the
// yearly Gazette notices and some fictional lawsuits with their history. Every name is fictional.
import { sql } from 'drizzle-orm';
import type { AppDeps } from '../../platform/deps.js';
import type { DemoSeeder } from '../manifest.js';
import { addCalendarDays, mexicoCityDate } from '../transparency/calendar.js';
import { ensureLawsuitTypes } from './legal.service.js';
import { seedOpinionsDemo } from './opinions.seeder.js';
import { legalContracts, legalGazettePublications, legalLawsuitEvents, legalLawsuits } from './legal.schema.js';

const PEOPLE = ['Ana Demo Ejemplo', 'Bruno Ficticio Prueba', 'Carla Muestra Simulada', 'Diego Inventado Ensayo'];
const FIRST_YEAR = 2021;

export async function seedLegalDemo({ db, crypto }: Pick<AppDeps, 'db' | 'crypto'>, now = new Date()) {
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(legalContracts);
  if (existing!.n > 0) return [];
  const today = mexicoCityDate(now);
  const thisYear = Number(today.slice(0, 4));
  let contracts = 0;
  let publications = 0;
  let opinions = 0;
  await db.transaction(async (tx) => {
    for (let year = FIRST_YEAR; year <= thisYear; year++) {
      const rows: Array<typeof legalContracts.$inferInsert> = [];
      // Seed 003's order: CT/01, CT/02, CP/01, CP/02, CT/03, CP/03, CT/04, CP/04.
      const order = ['CT/01', 'CT/02', 'CP/01', 'CP/02', 'CT/03', 'CP/03', 'CT/04', 'CP/04'];
      for (const [i, part] of order.entries()) {
        rows.push({
          number: `MPICDMX/CAF/${part}/${year}`,
          kind: 'professional_services',
          counterpartEnc: crypto.encrypt(PEOPLE[i % PEOPLE.length]!),
          object: 'Prestación de servicios profesionales de apoyo a las áreas del Mecanismo',
          amount: String(90000 + i * 7500),
          signedOn: `${year}-01-02`,
          startsOn: `${year}-01-01`,
          endsOn: `${year}-09-30`,
        });
      }
      for (let i = 1; i <= 4; i++) {
        rows.push({
          number: `CDMX-MPI-CPS-H-${String(i).padStart(3, '0')}-${year}`,
          kind: 'fees',
          counterpartEnc: crypto.encrypt(PEOPLE[(i + 1) % PEOPLE.length]!),
          object: 'Servicios profesionales bajo el régimen de honorarios asimilables a salarios',
          amount: String(60000 + i * 5000),
          signedOn: `${year}-01-02`,
          startsOn: `${year}-01-01`,
          endsOn: `${year}-09-30`,
        });
      }
      // Second-half renewals of the honorarios contracts, and two supplier contracts.
      rows.push(
        {
          number: `CDMX-MPI-CPS-H-005-${year}`,
          kind: 'fees',
          object: 'Renovación de servicios profesionales, octubre a diciembre',
          amount: '30000',
          signedOn: `${year}-09-27`,
          startsOn: `${year}-10-01`,
          endsOn: `${year}-12-31`,
        },
        {
          number: `MPICDMX/CAF/AD/01/${year}`,
          kind: 'goods',
          object: 'Adquisición de equipo de cómputo y papelería',
          amount: '145000',
          signedOn: `${year}-03-15`,
          startsOn: `${year}-03-15`,
          endsOn: `${year}-12-31`,
        },
        {
          number: `MPICDMX/CAF/PS/01/${year}`,
          kind: 'services',
          object: 'Servicio de limpieza de oficinas',
          amount: '210000',
          signedOn: `${year}-02-01`,
          startsOn: `${year}-02-01`,
          endsOn: `${year}-12-31`,
        },
      );
      const usable = rows.filter((r) => r.signedOn <= today);
      if (usable.length) await tx.insert(legalContracts).values(usable);
      contracts += usable.length;

      const pubs = [
        {
          ref: `GO-${year}-001`,
          publishedOn: `${year}-01-31`,
          title: `Aviso por el cual se da a conocer los días inhábiles de la Unidad de Transparencia del MPI CDMX, correspondientes al año ${year} y enero de ${year + 1}.`,
          kind: 'aviso' as const,
          page: 96,
        },
        {
          ref: `GO-${year}-002`,
          publishedOn: `${year}-02-21`,
          title: `Aviso por el cual se da a conocer la liga digital donde podrán ser consultados los lineamientos de acción social del MPI CDMX, para el ejercicio fiscal ${year}.`,
          kind: 'lineamientos' as const,
          page: 75,
        },
        {
          ref: `GO-${year}-003`,
          publishedOn: `${year}-02-26`,
          title: `Aviso por el que se da a conocer la liga digital donde podrán ser consultados los lineamientos de austeridad y ahorro para el MPI CDMX, ejercicio fiscal ${year}.`,
          kind: 'aviso' as const,
          page: 16,
        },
      ].filter((p) => p.publishedOn <= today);
      if (pubs.length)
        await tx
          .insert(legalGazettePublications)
          .values(pubs.map((p) => ({ ...p, url: `https://data.consejeria.cdmx.gob.mx/ejemplo/${p.ref}.pdf` })));
      publications += pubs.length;
    }
    // A contract ending soon, for the dashboard.
    await tx.insert(legalContracts).values({
      number: `MPICDMX/CAF/PS/90/${thisYear}`,
      kind: 'services',
      object: 'Mantenimiento de vehículos (por vencer)',
      amount: '48000',
      signedOn: addCalendarDays(today, -200),
      startsOn: addCalendarDays(today, -200),
      endsOn: addCalendarDays(today, 12),
    });
    contracts += 1;
  });

  await ensureLawsuitTypes(db);
  const suits = [
    {
      file: `1234/${FIRST_YEAR}`,
      type: 'labour',
      court: 'Junta Local de Conciliación y Arbitraje de la Ciudad de México',
      filed: `${FIRST_YEAR}-05-10`,
      stage: 'concluded' as const,
      resolution: 'Laudo absolutorio',
      resolvedOn: `${FIRST_YEAR + 1}-08-22`,
    },
    {
      file: `TJA/I-5678/${FIRST_YEAR + 1}`,
      type: 'administrative',
      court: 'Tribunal de Justicia Administrativa de la Ciudad de México',
      filed: `${FIRST_YEAR + 1}-03-03`,
      stage: 'judgment' as const,
      resolution: null,
      resolvedOn: null,
    },
    {
      file: `910/${thisYear - 1}`,
      type: 'labour',
      court: 'Tribunal Laboral de la Ciudad de México',
      filed: `${thisYear - 1}-06-14`,
      stage: 'hearings' as const,
      resolution: null,
      resolvedOn: null,
    },
    {
      file: `AMP-321/${thisYear}`,
      type: 'amparo',
      court: 'Juzgado de Distrito en Materia Administrativa',
      filed: addCalendarDays(today, -40),
      stage: 'answered' as const,
      resolution: null,
      resolvedOn: null,
    },
  ];
  await db.transaction(async (tx) => {
    for (const [i, s] of suits.entries()) {
      const [row] = await tx
        .insert(legalLawsuits)
        .values({
          fileNumber: s.file,
          typeCode: s.type,
          court: s.court,
          plaintiffEnc: crypto.encrypt(`${PEOPLE[i % PEOPLE.length]} (persona ficticia)`),
          defendant:
            'Mecanismo de Protección Integral de Personas Defensoras de Derechos Humanos y Periodistas de la Ciudad de México',
          claims:
            s.type === 'labour' ? 'Reinstalación, salarios caídos y prestaciones' : 'Nulidad del acto administrativo',
          claimedAmount: String(250000 + i * 50000),
          projectedAmount: String(120000 + i * 25000),
          stage: s.stage,
          filedOn: s.filed,
          resolution: s.resolution,
          resolvedOn: s.resolvedOn,
        })
        .returning({ id: legalLawsuits.id });
      const events: Array<typeof legalLawsuitEvents.$inferInsert> = [
        { lawsuitId: row!.id, kind: 'filing', on: s.filed, description: 'Presentación de la demanda', done: true },
        {
          lawsuitId: row!.id,
          kind: 'filing',
          on: addCalendarDays(s.filed, 20),
          description: 'Contestación de la demanda',
          done: true,
        },
      ];
      if (!s.resolvedOn) {
        events.push(
          {
            lawsuitId: row!.id,
            kind: 'hearing',
            on: addCalendarDays(today, 5 + i * 3),
            description: 'Audiencia de desahogo de pruebas',
            done: false,
          },
          {
            lawsuitId: row!.id,
            kind: 'deadline',
            on: addCalendarDays(today, 30 + i),
            description: 'Presentar alegatos',
            done: false,
          },
        );
      }
      await tx.insert(legalLawsuitEvents).values(events);
    }
    opinions = await seedOpinionsDemo(tx, FIRST_YEAR, thisYear);
  });
  return [
    `Asuntos jurídicos: ${contracts} contratos, ${publications} publicaciones en Gaceta, ${suits.length} juicios ficticios, ${opinions} opiniones, Lineamientos de Acción Social por año.`,
  ];
}

export const legalDemoSeeder: DemoSeeder = { name: 'legal', order: 60, seed: (deps) => seedLegalDemo(deps) };
