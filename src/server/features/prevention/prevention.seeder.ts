// Demo data: several years of fictional workshops, trainings, agreements and liaison activities
// (deterministic), loaded through the package arrays; a few workshops carry out preventive
// "Taller de elaboración de protocolos de seguridad" measures of the demo cases.
import { and, eq, isNull } from 'drizzle-orm';
import type { AppDeps } from '../../platform/deps.js';
import { todayInMexicoCity } from '../interchange/demo.seeder.js';
import { measures } from '../../records/records.schema.js';
import type { DemoSeeder } from '../manifest.js';
import {
  agreementsArray,
  liaisonActivitiesArray,
  preventionActivitiesArray,
  type PackageAgreement,
  type PackageLiaisonActivity,
  type PackagePreventionActivity,
} from './prevention.package.js';
import { preventionActivities, preventionInstitutions } from './prevention.schema.js';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const TRAININGS: Array<[PackagePreventionActivity['format'], string, number, string | null]> = [
  ['taller', 'Seguridad digital básica para periodistas', 3, null],
  ['seminario', 'Libertad de expresión y derecho a defender derechos', 1, null],
  ['taller', 'Comunicación con perspectiva de género', 2, 'Colectiva Voces Diversas'],
  ['curso', 'Herramientas digitales para la acción social', 4, null],
  ['taller', 'Prevención y reacción ante violencias digitales', 5, 'Red Ciudadana Digital'],
  ['foro', 'Periodismo y protesta social', 1, null],
  ['platica', 'Autocuidado digital para defensoras', 5, null],
  ['conversatorio', 'Cobertura periodística con enfoque de derechos', 2, 'Observatorio de Medios Locales'],
];

const INSTITUTIONS: Array<[string, string | null, (typeof preventionInstitutions.$inferInsert)['level']]> = [
  ['Fiscalía General de Justicia de la Ciudad de México', 'FGJCDMX', 'gobierno_cdmx'],
  ['Secretaría de las Mujeres de la Ciudad de México', null, 'gobierno_cdmx'],
  ['Comisión de Derechos Humanos de la Ciudad de México', 'CDHCM', 'autonomo'],
  ['Secretaría de Relaciones Exteriores', 'SRE', 'federal'],
  ['Consejo para Prevenir y Eliminar la Discriminación de la Ciudad de México', 'COPRED', 'gobierno_cdmx'],
  ['Instituto de la Juventud de la Ciudad de México', 'INJUVE', 'gobierno_cdmx'],
  ['Oficina regional de un organismo internacional de derechos humanos', null, 'internacional'],
];

const EVENTS = [
  'Informe anual de actividades',
  'Foro sobre protección de personas defensoras',
  'Mesa de trabajo sobre protesta social',
  'Presentación de un protocolo de atención',
  'Jornada por la libertad de expresión',
];

export async function seedPreventionDemo(deps: AppDeps, today = todayInMexicoCity()): Promise<string[]> {
  const r = rng(2019);
  const day = (y: number, m: number) =>
    `${y}-${String(m).padStart(2, '0')}-${String(1 + Math.floor(r() * 27)).padStart(2, '0')}`;
  const add = (iso: string, days: number) =>
    new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const activities: PackagePreventionActivity[] = [];
  const liaison: PackageLiaisonActivity[] = [];
  const lastYear = Number(today.slice(0, 4));
  for (let y = 2019; y <= lastYear; y++) {
    let pa = 0;
    let ev = 0;
    for (let m = 1; m <= 12; m++) {
      const first = day(y, m);
      if (first > today) break;
      const participants = () => ({
        woman: 5 + Math.floor(r() * 40),
        man: 2 + Math.floor(r() * 25),
        lgbttti: Math.floor(r() * 3),
        preferNotToSay: Math.floor(r() * 2),
      });
      if (m % 2 === 0) {
        const [format, title, line, partner] = TRAININGS[Math.floor(r() * TRAININGS.length)]!;
        const n = 1 + Math.floor(r() * 3);
        activities.push({
          id: `PA-${y}-${String(++pa).padStart(3, '0')}`,
          kind: 'training',
          format,
          modality: r() < 0.7 ? 'virtual' : 'in_person',
          title,
          objective: 'Fortalecer las capacidades de prevención de las personas participantes.',
          partner,
          thematicLine: line,
          measureId: null,
          sessions: Array.from({ length: n }, (_, i) => ({ on: add(first, 7 * i), hours: 2 })).filter(
            (s) => s.on <= today,
          ),
          participants: participants(),
        });
      }
      if (m % 4 === 1) {
        activities.push({
          id: `PA-${y}-${String(++pa).padStart(3, '0')}`,
          kind: 'self_protection_workshop',
          format: 'taller',
          modality: 'in_person',
          title: 'Taller de autoprotección',
          objective: 'Trazar acciones preventivas para enfrentar riesgos.',
          partner: null,
          thematicLine: null,
          measureId: null,
          sessions: [0, 7, 14].map((d) => ({ on: add(first, d), hours: 3 })).filter((s) => s.on <= today),
          participants: participants(),
        });
      }
      const [inst, acr] = INSTITUTIONS[Math.floor(r() * 5)]!;
      liaison.push({
        id: `EV-${y}-${String(++ev).padStart(3, '0')}`,
        kind: 'event',
        on: first,
        institution: acr ? `${inst}, ${acr}` : inst,
        title: EVENTS[Math.floor(r() * EVENTS.length)]!,
        international: false,
      });
      if (m % 3 === 0)
        liaison.push({
          id: `RE-${y}-${String(m).padStart(3, '0')}`,
          kind: 'meeting',
          on: day(y, m) > today ? first : day(y, m),
          institution: 'Instituto de la Juventud de la Ciudad de México',
          title: 'Reunión de seguimiento del convenio',
          international: false,
        });
      if (m === 9)
        liaison.push({
          id: `INT-${y}-001`,
          kind: 'international',
          on: first,
          institution: 'Oficina regional de un organismo internacional de derechos humanos',
          title: 'Intercambio de buenas prácticas de protección',
          international: true,
        });
      if (m === 10)
        liaison.push({
          id: `CO-${y}-001`,
          kind: 'community',
          on: first,
          institution: 'jornadas comunitarias en escuelas de la Alcaldía Cuauhtémoc',
          title: 'Escuela Primaria de la colonia Centro',
          international: false,
        });
    }
  }
  const agreements: PackageAgreement[] = [
    {
      id: 'CONV-2019-CDHCM',
      counterpart: 'Comisión de Derechos Humanos de la Ciudad de México',
      international: false,
      signedOn: '2019-05-14',
      endsOn: null,
      actions: [
        { on: '2020-03-10', description: 'Capacitación conjunta' },
        { on: '2021-06-22', description: 'Reunión de seguimiento' },
      ],
    },
    {
      id: 'CONV-2019-INJUVE',
      counterpart: 'Instituto de la Juventud de la Ciudad de México',
      international: false,
      signedOn: '2019-08-01',
      endsOn: null,
      actions: liaison
        .filter((l) => l.kind === 'meeting')
        .map((l) => ({ on: l.on, description: 'Reunión de seguimiento del convenio' })),
    },
    {
      id: 'CONV-2022-INT',
      counterpart: 'Oficina regional de un organismo internacional de derechos humanos',
      international: true,
      signedOn: '2022-02-15',
      endsOn: '2024-02-15',
      actions: [{ on: '2022-09-05', description: 'Intercambio de buenas prácticas' }],
    },
  ];
  const held = activities.filter((a) => a.sessions.length > 0);
  const ctx = { crypto: deps.crypto, actor: { userId: null, username: 'demo' } };
  await deps.db.transaction(async (tx) => {
    await preventionActivitiesArray.import(
      tx,
      activities.filter((a) => a.sessions.length > 0),
      ctx,
    );
    await agreementsArray.import(tx, agreements, ctx);
    await liaisonActivitiesArray.import(tx, liaison, ctx);
    await tx
      .insert(preventionInstitutions)
      .values(INSTITUTIONS.map(([name, acronym, level]) => ({ name, acronym, level })))
      .onConflictDoNothing();
    // Two workshops carry out case measures (the report prints only the generic "Dirigido a").
    const taller = await tx
      .select({ id: measures.id })
      .from(measures)
      .where(eq(measures.name, 'Taller de elaboración de protocolos de seguridad'))
      .limit(2);
    const workshops = await tx
      .select({ id: preventionActivities.id })
      .from(preventionActivities)
      .where(and(eq(preventionActivities.kind, 'self_protection_workshop'), isNull(preventionActivities.measureId)))
      .limit(taller.length);
    for (const [i, w] of workshops.entries())
      await tx.update(preventionActivities).set({ measureId: taller[i]!.id }).where(eq(preventionActivities.id, w.id));
  });
  return [
    `Prevención y vinculación: ${held.length} talleres y capacitaciones, ${liaison.length} actividades de vinculación, ${agreements.length} convenios.`,
  ];
}

export const preventionDemoSeeder: DemoSeeder = {
  name: 'prevention',
  order: 60,
  seed: (deps) => seedPreventionDemo(deps),
};
